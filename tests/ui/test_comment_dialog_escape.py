"""Escape in the comment dialog (Escape is "back to the table" everywhere else in the review): a comment typed or
changed is never thrown away by it without asking. The question offers Discard, Keep writing (its default, and its
own Escape) and Save; a dialog whose comment is unchanged closes on Escape at once, as before. The real dialog, on the
real review screen with a scored session and its project file."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from grader_app.ui.comment_dialog import CommentDialog
from ui_helpers import review_view

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TYPED = "Name the third variable too: the size of the container."


def dialog(qtbot, comment=""):
    dlg = CommentDialog(comment, who="Ann Lee")
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitExposed(dlg)
    return dlg


def test_escape_on_an_unchanged_comment_closes_at_once(qtbot):
    dlg = dialog(qtbot, "Good.")
    QTest.keyClick(dlg.editor, Qt.Key.Key_Escape)
    assert not dlg.isVisible() and dlg.result() == CommentDialog.DialogCode.Rejected and dlg.asking is None


def test_escape_after_typing_asks_and_keep_writing_keeps_the_text(qtbot):
    dlg = dialog(qtbot)
    QTest.keyClicks(dlg.editor, TYPED)
    QTest.keyClick(dlg.editor, Qt.Key.Key_Escape)
    box = dlg.asking
    assert box is not None and box.isVisible() and dlg.isVisible()
    assert box.text() == "Discard this comment?"
    assert [b.text() for b in box.buttons()] and box.defaultButton().text() == "&Keep writing"
    QTest.keyClick(box, Qt.Key.Key_Escape)            # Escape twice never loses it: the question's Escape keeps writing
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dlg.isVisible() and dlg.comment() == TYPED and dlg.asking is None
    QTest.keyClick(dlg.editor, Qt.Key.Key_Escape)      # asked again
    discard = next(b for b in dlg.asking.buttons() if b.text() == "&Discard")
    discard.click()
    assert not dlg.isVisible() and dlg.result() == CommentDialog.DialogCode.Rejected


def test_escape_then_save_on_the_review_screen_keeps_the_comment_in_the_project_file(qtbot, graded):
    session, store = graded
    view = review_view(qtbot, session, store)
    key = view.current_key()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: key in session.decisions)
    view.go_to(key)
    seen = {}

    def typed_then_escape():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, CommentDialog):
            return False
        QTest.keyClicks(dlg.editor, TYPED)
        QTest.keyClick(dlg.editor, Qt.Key.Key_Escape)
        seen["asked"] = dlg.asking is not None and dlg.asking.isVisible()
        next(b for b in dlg.asking.buttons() if b.text() == "&Save").click()
        return True
    QTest.keyClick(view, Qt.Key.Key_C)
    qtbot.waitUntil(typed_then_escape, timeout=10000)
    qtbot.waitUntil(lambda: session.decisions[key].comment == TYPED, timeout=10000)
    assert seen["asked"] and store.flush()
    import sqlite3
    con = sqlite3.connect(str(store.path))
    try:
        assert con.execute("SELECT comment FROM decisions WHERE answer_key=?", (key,)).fetchone() == (TYPED,)
    finally:
        con.close()
