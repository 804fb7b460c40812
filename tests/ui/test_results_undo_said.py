"""Ctrl+Z on the results table (or Edit ▸ Undo there) undid a decision without a word: the status bar kept what it said
before, so a teacher working from the keyboard, or hearing the screen through a screen reader, could not tell which
answer's score had just gone, nor that a second Ctrl+Z had nothing left to undo. The review screen says it
("Undone: score 2 for Ann Lee."); now the table's status bar says it in the same words, and names the student as the
screen names them now (a neutral label once blind marking is on, never the name). The real main window on a real
sheet scored for real, the keys sent to the widget that has the focus."""
from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grader_app.ui.main_window import RESULTS, REVIEW
from ui_helpers import ANSWERS, open_and_score

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NAMES = ("Ann Lee", "Bo Diaz", "Cy Park", "Di Moss")


def _sheet(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i, name in enumerate(NAMES):
            w.writerow([f"S{i + 1:03d}", name, "asap-sas-1", ANSWERS[i % len(ANSWERS)]])
    return path


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard's focus"
    qtbot.keyClick(focus, key, modifier)


def _marked_then_at_the_table(qtbot, window, tmp_path):
    """The sheet scored, its first answer to review given a 2 by the keys, and Esc back to the table (focused, the
    window active); returns (session, the key scored, its student's name)."""
    s = open_and_score(qtbot, window, _sheet(tmp_path / "class" / "answers.csv"), active=True)
    window.show_review([a.key for a in s.answers], 0)   # as a double-click on the first row opens it
    assert window.pages.currentIndex() == REVIEW
    view = window.review_view
    key = view.current_key()
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert s.decisions[key].score == 2
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == RESULTS
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.results.table, timeout=3000)
    return s, key, s.answers[key].student


def test_undo_and_redo_at_the_table_say_what_they_did(qtbot, window, tmp_path):
    s, key, student = _marked_then_at_the_table(qtbot, window, tmp_path)
    bar = window.statusBar()
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert key not in s.decisions
    assert bar.currentMessage() == f"Undone: score 2 for {student}."
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert bar.currentMessage() == "Nothing to undo."
    _press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert s.decisions[key].score == 2
    assert bar.currentMessage() == f"Redone: score 2 for {student}."
    _press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert bar.currentMessage() == "Nothing to redo."
    assert QApplication.focusWidget() is window.results.table   # the teacher stays where they were


def test_the_undo_at_the_table_names_no_student_while_marking_blind(qtbot, window, tmp_path):
    s, key, student = _marked_then_at_the_table(qtbot, window, tmp_path)
    window.blind.set_blind(True)
    window.undo_action.trigger()
    assert key not in s.decisions
    said = window.statusBar().currentMessage()
    assert said == f"Undone: score 2 for {window.blind.names.who(s, key)}.", said
    assert student not in said and "Student " in said
