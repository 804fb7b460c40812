"""Every way out of the comment dialog other than Save (the Cancel button, the window's close box, Escape) asks
"Discard this comment?" once the comment was changed, and none of them asks when it was not. The question is the
one Escape asks (test_comment_dialog_escape): Discard closes without the change, Keep writing keeps the dialog and
the text, Save saves. The real dialog; the close box is the window's close event, as a window manager sends it."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from test_comment_dialog_escape import dialog as escape_dialog

from grader_app.ui.comment_dialog import CommentDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TYPED = "Say which gas the leaf gives off."
Rejected, Accepted = CommentDialog.DialogCode.Rejected, CommentDialog.DialogCode.Accepted


def dialog(qtbot, comment="Good."):
    return escape_dialog(qtbot, comment)


def cancel(dlg: CommentDialog) -> None:
    dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def close_box(dlg: CommentDialog) -> None:
    dlg.close()     # what the title bar's close box does: a close event the dialog may refuse


WAYS = {"the Cancel button": cancel, "the close box": close_box}


def answer(dlg: CommentDialog, text: str) -> None:
    box = dlg.asking
    assert box is not None and box.isVisible() and box.text() == "Discard this comment?"
    next(b for b in box.buttons() if b.text() == text).click()


@pytest.mark.parametrize("way", WAYS)
def test_leaving_an_unchanged_comment_closes_at_once(qtbot, way):
    dlg = dialog(qtbot)
    WAYS[way](dlg)
    assert not dlg.isVisible() and dlg.result() == Rejected and dlg.asking is None


@pytest.mark.parametrize("way", WAYS)
def test_leaving_a_changed_comment_asks_and_keep_writing_keeps_it(qtbot, way):
    dlg = dialog(qtbot)
    dlg.editor.setPlainText(TYPED)
    WAYS[way](dlg)
    assert dlg.isVisible(), "the changed comment was thrown away without asking"
    answer(dlg, "&Keep writing")
    assert dlg.isVisible() and dlg.comment() == TYPED and dlg.asking is None
    WAYS[way](dlg)                                  # asked again, every time
    answer(dlg, "&Discard")
    assert not dlg.isVisible() and dlg.result() == Rejected


@pytest.mark.parametrize("way", WAYS)
def test_leaving_a_changed_comment_then_save_saves_it(qtbot, way):
    dlg = dialog(qtbot)
    saved = []
    dlg.accepted.connect(lambda: saved.append(dlg.comment()))
    dlg.editor.setPlainText(TYPED)
    WAYS[way](dlg)
    answer(dlg, "&Save")
    assert not dlg.isVisible() and dlg.result() == Accepted and saved == [TYPED]


def test_a_cleared_comment_counts_as_changed(qtbot):
    dlg = dialog(qtbot, "Good.")
    dlg.editor.clear()
    cancel(dlg)
    assert dlg.isVisible() and dlg.asking is not None
    answer(dlg, "&Discard")
    assert not dlg.isVisible()


def test_asking_twice_opens_one_question(qtbot):
    dlg = dialog(qtbot)
    dlg.editor.setPlainText(TYPED)
    cancel(dlg)
    first = dlg.asking
    close_box(dlg)
    assert dlg.asking is first and dlg.isVisible()
    answer(dlg, "&Discard")
    assert not dlg.isVisible()
