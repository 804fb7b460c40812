"""An undo (or redo) at the results table changed a row the teacher may not see: the table stayed where it was, often
scrolled far from it, so a teacher on the keyboard, or hearing the screen, had to hunt for the answer whose score went.
Now the row that changed is chosen and scrolled into view. The teacher's filter and search stay as they are (they
chose them; the table jumping to "All answers" behind their back would lose their place in the list): where they hide
the row, the status bar says so after what was undone. The real main window on a real sheet scored for real."""
from __future__ import annotations

import csv

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from grader_app.ui import results_model as rm
from grader_app.ui.main_window import RESULTS, REVIEW
from ui_helpers import ANSWERS, open_and_score

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _sheet(path, students=40):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i in range(students):
            w.writerow([f"S{i + 1:03d}", f"Pupil {i + 1:02d}", "asap-sas-1", ANSWERS[i % len(ANSWERS)] + f" ({i})"])
    return path


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard's focus"
    qtbot.keyClick(focus, key, modifier)


def _row_of(window, key) -> QModelIndex:
    proxy = window.results.proxy
    model = window.results.model
    return proxy.mapFromSource(model.index(model.row_of(key), 0))


def _in_sight(table, index) -> bool:
    return index.isValid() and table.visualRect(index).intersects(table.viewport().rect())


def _far_from_a_marked_row(qtbot, window, tmp_path):
    """The sheet scored, the table's last row opened on the review screen and given a 2 by the keys (the answer the 2
    went to: the last one, or where the grouping came in time, its group's typical answer), Esc back to the table,
    then Ctrl+Home or Ctrl+End to the end of the table away from it (out of sight); returns (session, the key marked)."""
    s = open_and_score(qtbot, window, _sheet(tmp_path / "class" / "answers.csv"), active=True)
    table = window.results.table
    keys = window.results.visible_keys()
    window.show_review(keys, keys[-1])   # as a double-click on the last row opens it
    assert window.pages.currentIndex() == REVIEW
    view = window.review_view
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert len(s.decisions) == 1
    key = next(iter(s.decisions))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == RESULTS
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=3000)
    far = Qt.Key.Key_Home if _row_of(window, key).row() >= len(keys) // 2 else Qt.Key.Key_End
    _press(qtbot, far, CTRL)
    assert not _in_sight(table, _row_of(window, key)), "the sheet is too short for the table to scroll"
    return s, key, far


def test_the_row_undone_is_chosen_and_in_sight(qtbot, make_window, tmp_path):
    window = make_window((1024, 600))
    s, key, far = _far_from_a_marked_row(qtbot, window, tmp_path)
    table = window.results.table
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert key not in s.decisions
    row = _row_of(window, key)
    assert table.currentIndex().row() == row.row()
    assert table.selectionModel().isRowSelected(row.row(), QModelIndex())
    assert window.results.chosen_row().row() == row.row()   # chosen: Enter opens it
    assert _in_sight(table, row)
    _press(qtbot, far, CTRL)
    assert not _in_sight(table, row)
    _press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert s.decisions[key].score == 2
    assert table.currentIndex().row() == _row_of(window, key).row() and _in_sight(table, _row_of(window, key))
    assert QApplication.focusWidget() is table


def test_a_filter_that_hides_the_row_stays_and_is_said(qtbot, make_window, tmp_path):
    window = make_window((1024, 600))
    s, key, far = _far_from_a_marked_row(qtbot, window, tmp_path)
    results = window.results
    results.filter_buttons[rm.REVIEWED].click()   # "Decided by you": the marked row alone
    results.table.setFocus()
    assert results.visible_keys() == [key]
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert key not in s.decisions
    assert results.proxy.mode() == rm.REVIEWED and results.filter_buttons[rm.REVIEWED].isChecked()
    assert results.visible_keys() == []
    said = window.statusBar().currentMessage()
    assert said.startswith("Undone: score 2 for ") and said.endswith(". The filter or search hides what it changed."), said
    _press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert results.visible_keys() == [key]
    assert results.table.currentIndex().row() == 0 and results.chosen_row().isValid()
    assert "hides" not in window.statusBar().currentMessage()
