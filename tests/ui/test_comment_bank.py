"""The comment bank in the review screen's comment dialog (real widgets, real project files): kept with
Ctrl+B in the project file (read back by a fresh ProjectStore) and in the teacher's own bank, inserted
with Ctrl+1 … Ctrl+9, the most used first, removed with Delete, and offered in a later project for the
same question, where Ctrl+1 inserts the comment rather than switching the window to the results."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from grader_app.core.comment_bank import UserBank, question_identity
from grader_app.io.project_store import ProjectStore, project_path_for
from grader_app.ui.main_window import REVIEW, MainWindow
from ui_helpers import ANSWERS, accept_mapping, review_view

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def view(qtbot, graded):
    return review_view(qtbot, *graded, width=900, height=700)


def on_disk(store: ProjectStore, item: str) -> list[tuple[str, int]]:
    """The bank as a fresh, independent ProjectStore reads it from the file (read-only: the view's holds the lock),
    once the view's store's writer thread has committed what was queued."""
    assert store.flush()
    with ProjectStore.open(store.path, read_only=True) as fresh:
        return [(e.text, e.uses) for e in fresh.bank_entries(item)]


def open_dialog(qtbot, view):
    qtbot.keyClick(view, Qt.Key.Key_C)
    dlg = view.comment_dialog
    assert dlg is not None and dlg.isVisible()
    return dlg


def keep(qtbot, view, text: str) -> None:
    dlg = open_dialog(qtbot, view)
    dlg.editor.setPlainText(text)
    qtbot.keyClick(dlg.editor, Qt.Key.Key_B, CTRL)
    dlg.reject()


def test_ctrl_b_keeps_the_comment_in_the_project_file_and_the_teachers_bank(qtbot, view, graded):
    session, store = graded
    item = session.answers[0].item
    dlg = open_dialog(qtbot, view)
    assert dlg.entries() == [] and "No comments kept for this question yet" in dlg.bank_note.text()
    assert dlg.bank_heading.text() == f"Comment bank for question {item}"
    qtbot.keyClicks(dlg.editor, "Name the membrane's job.")
    qtbot.keyClick(dlg.editor, Qt.Key.Key_B, CTRL)
    assert dlg.entries() == ["Name the membrane's job."]
    assert [dlg.bank_list.topLevelItem(0).text(c) for c in range(3)] == ["Ctrl+1", "Name the membrane's job.", "not yet"]
    assert on_disk(store, item) == [("Name the membrane's job.", 0)]          # on disk before the dialog closes
    identity = question_identity(item, session.items[item].prompt)
    assert [e.text for e in UserBank().entries(identity)] == ["Name the membrane's job."]
    qtbot.keyClick(dlg.editor, Qt.Key.Key_B, CTRL)                            # twice: kept once
    assert dlg.entries() == ["Name the membrane's job."] and "already" in dlg.bank_note.text()
    dlg.reject()
    assert on_disk(store, item) == [("Name the membrane's job.", 0)]          # cancelling keeps the bank


def test_ctrl_digit_inserts_that_comment_and_used_ones_rise(qtbot, view, graded):
    session, store = graded
    item = session.answers[0].item
    for text in ("Mention osmosis.", "Say what the membrane lets through.", "Good."):
        keep(qtbot, view, text)
    dlg = open_dialog(qtbot, view)
    assert dlg.entries() == ["Mention osmosis.", "Say what the membrane lets through.", "Good."]
    qtbot.keyClick(dlg.editor, Qt.Key.Key_2, CTRL)
    assert dlg.editor.toPlainText() == "Say what the membrane lets through."
    qtbot.keyClick(dlg.editor, Qt.Key.Key_3, CTRL)
    assert dlg.editor.toPlainText() == "Say what the membrane lets through. Good."
    qtbot.keyClick(dlg.editor, Qt.Key.Key_9, CTRL)                            # no ninth comment: nothing inserted
    assert dlg.editor.toPlainText() == "Say what the membrane lets through. Good."
    assert "no comment 9" in dlg.bank_note.text()
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, CTRL)                       # saved (waiting for the score)
    assert session.waiting_comments[0] == "Say what the membrane lets through. Good." and 0 not in session.decisions
    assert dict(on_disk(store, item)) == {"Say what the membrane lets through.": 1, "Good.": 1, "Mention osmosis.": 0}

    view.go_to(0)
    dlg = open_dialog(qtbot, view)
    dlg.editor.clear()
    qtbot.keyClick(dlg.editor, Qt.Key.Key_2, CTRL)                            # "Good.", used once, second now
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    view.go_to(0)
    dlg = open_dialog(qtbot, view)
    assert dlg.entries() == ["Good.", "Say what the membrane lets through.", "Mention osmosis."]
    assert [dlg.bank_list.topLevelItem(i).text(2) for i in range(3)] == ["2×", "1×", "not yet"]
    dlg.editor.clear()
    qtbot.keyClick(dlg.editor, Qt.Key.Key_1, CTRL)
    assert dlg.editor.toPlainText() == "Good."
    dlg.reject()                                                             # cancelled: no use counted
    assert dict(on_disk(store, item))["Good."] == 2


def test_enter_in_the_list_inserts_and_delete_removes_everywhere(qtbot, view, graded):
    session, store = graded
    item = session.answers[0].item
    keep(qtbot, view, "Keep me.")
    keep(qtbot, view, "Drop me.")
    dlg = open_dialog(qtbot, view)
    dlg.bank_list.setFocus()
    dlg.bank_list.setCurrentItem(dlg.bank_list.topLevelItem(1))
    qtbot.keyClick(dlg.bank_list, Qt.Key.Key_Delete)
    assert dlg.entries() == ["Keep me."]
    assert on_disk(store, item) == [("Keep me.", 0)]
    identity = question_identity(item, session.items[item].prompt)
    assert [e.text for e in UserBank().entries(identity)] == ["Keep me."]
    dlg.bank_list.setCurrentItem(dlg.bank_list.topLevelItem(0))
    qtbot.keyClick(dlg.bank_list, Qt.Key.Key_Return)
    assert dlg.editor.toPlainText() == "Keep me."
    dlg.reject()


def _sheet(path: Path, students: list[str]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i, name in enumerate(students):
            w.writerow([f"N{i + 1:03d}", name, "asap-sas-1", ANSWERS[i % len(ANSWERS)] or "no idea"])
    return path


def _open_and_review(qtbot, window: MainWindow, sheet: Path):
    window.open_sheet(sheet)
    accept_mapping(qtbot, window)
    window.show_review([a.key for a in window.session.answers], 0)
    view = window.review_view
    assert window.pages.currentIndex() == REVIEW
    return view


def test_offered_again_in_next_years_project_for_the_same_question(qtbot, window, tmp_path):
    (tmp_path / "2026").mkdir()
    this_year = _sheet(tmp_path / "2026" / "answers.csv", ["Ann", "Ben", "Cai"])
    view = _open_and_review(qtbot, window, this_year)
    keep(qtbot, view, "Explain what the membrane controls.")
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()

    next_year = _sheet(tmp_path / "next.csv", ["Dee", "Eve", "Fay", "Gus"])   # another class, same question
    view = _open_and_review(qtbot, window, next_year)
    dlg = open_dialog(qtbot, view)
    assert dlg.entries() == ["Explain what the membrane controls."]
    window.activateWindow()
    dlg.activateWindow()
    dlg.editor.setFocus()
    qtbot.keyClick(dlg.editor, Qt.Key.Key_1, CTRL)      # the window's Ctrl+1 is "results table": not here
    assert dlg.editor.toPlainText() == "Explain what the membrane controls."
    assert window.pages.currentIndex() == REVIEW and dlg.isVisible()
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, CTRL)
    s = window.session   # kept with the model's score (an answer accepted without review) or waiting for a score
    assert [d.comment for d in s.decisions.values()] + list(s.waiting_comments.values()) == [
        "Explain what the membrane controls."]
    # now in the new project's own file too, with its use
    assert window.store.flush()                        # committed by the store's writer thread
    with ProjectStore.open(project_path_for(next_year), read_only=True) as fresh:
        assert [(e.text, e.uses) for e in fresh.bank_entries("asap-sas-1")] == [("Explain what the membrane controls.", 1)]
