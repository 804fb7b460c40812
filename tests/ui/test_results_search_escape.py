"""Esc in the results' search box did nothing: a teacher who had typed a search had to select its text and delete it
(or find the box's small clear button with the mouse) to see every row again. Now the first Esc clears the search and
the table lists the rows of the filter chosen again; an Esc in the empty box does what it did before (nothing: the
page, the focus and the filter stay). The real main window on a real sheet scored for real, the keys sent to the
widget that has the focus."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grader_app.ui import results_model as rm
from grader_app.ui.main_window import RESULTS
from test_results_undo_finds_row import _sheet as _long_sheet
from test_results_undo_said import _sheet
from ui_helpers import open_and_score

CTRL = Qt.KeyboardModifier.ControlModifier


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard's focus"
    qtbot.keyClick(focus, key, modifier)


def test_esc_clears_the_search_then_leaves_things_as_they_were(qtbot, window, tmp_path):
    s = open_and_score(qtbot, window, _sheet(tmp_path / "class" / "answers.csv"), active=True)
    results = window.results
    window.find_action.trigger()   # Edit ▸ Find (Ctrl+F)
    assert QApplication.focusWidget() is results.search
    qtbot.keyClicks(results.search, "ann")
    qtbot.waitUntil(lambda: len(results.visible_keys()) == 1, timeout=3000)
    _press(qtbot, Qt.Key.Key_Escape)
    assert results.search.text() == ""
    qtbot.waitUntil(lambda: len(results.visible_keys()) == len(s.answers), timeout=3000)
    assert results.shown.text() == f"Showing {len(s.answers)} of {len(s.answers)} answers"
    assert QApplication.focusWidget() is results.search   # the teacher types the next search at once
    _press(qtbot, Qt.Key.Key_Escape)   # the box empty: as before, nothing changes
    assert window.pages.currentIndex() == RESULTS
    assert QApplication.focusWidget() is results.search
    assert results.proxy.mode() == rm.ALL and results.search.text() == ""
    _press(qtbot, Qt.Key.Key_Z, CTRL)   # the search Esc cleared comes back with the box's own undo
    assert results.search.text() == "ann"


def test_esc_keeps_the_filter_chosen(qtbot, window, tmp_path):
    s = open_and_score(qtbot, window, _long_sheet(tmp_path / "class" / "answers.csv"), active=True)
    results = window.results
    for mode, _words in rm.FILTERS:   # a filter listing some of the rows, not all
        results.filter_buttons[mode].click()
        rows = results.visible_keys()
        if 0 < len(rows) < len(s.answers):
            break
    assert 0 < len(rows) < len(s.answers), "no filter lists some of the rows"
    results.focus_search()
    qtbot.keyClicks(results.search, "zzz-nobody")
    qtbot.waitUntil(lambda: results.visible_keys() == [], timeout=3000)
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: results.visible_keys() == rows, timeout=3000)
    assert results.proxy.mode() == mode and results.filter_buttons[mode].isChecked()
