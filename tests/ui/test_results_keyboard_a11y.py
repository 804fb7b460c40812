"""The results page by the keyboard and a screen reader (QA s52r): the filters are one named group of radio buttons
that Tab reaches once and the arrow keys go through; the table shows where its focus is as it gets it; the main
button's accessible name is its words, not the "⏎" drawn after them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from grader_app.ui import results_model as rm
from ui_helpers import make_long_csv, open_and_score


def _open(qtbot, window, tmp_path: Path):
    return open_and_score(qtbot, window, make_long_csv(tmp_path / "class" / "answers.csv", n_students=8), active=True)


def _tab(qtbot, key=Qt.Key.Key_Tab):
    qtbot.keyClick(QApplication.focusWidget(), key)
    return QApplication.focusWidget()


def test_the_filters_are_one_named_radio_group_that_tab_reaches_once(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    results = window.results
    buttons = results.filter_buttons
    shown = [b for b in buttons.values() if b.isVisible()]
    assert len(shown) == 5
    for b in shown:   # a screen reader hears a radio button in a group called "Show", and what the group does
        acc = QAccessible.queryAccessibleInterface(b)
        assert acc.role() == QAccessible.Role.RadioButton, acc.role()
        assert acc.text(QAccessible.Text.Name) == b.text().replace("&", "")
        assert "arrow keys" in acc.text(QAccessible.Text.Description)
        group = acc.parent()
        assert group.role() == QAccessible.Role.Grouping and group.text(QAccessible.Text.Name) == "Show"
    # Tab from the main button: the filter chosen, then the search box (one stop for the five), then the table
    results.review_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(results.review_button.hasFocus, timeout=2000)
    assert _tab(qtbot) is buttons[rm.ALL]
    assert _tab(qtbot) is results.search
    assert _tab(qtbot) is results.table
    assert _tab(qtbot, Qt.Key.Key_Backtab) is results.search
    assert _tab(qtbot, Qt.Key.Key_Backtab) is buttons[rm.ALL]
    # the arrows go through the filters, each one chosen as it is reached (a radio group's way), the table following
    qtbot.keyClick(buttons[rm.ALL], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is buttons[rm.NEEDS_REVIEW] and buttons[rm.NEEDS_REVIEW].isChecked()
    assert results.proxy.mode() == rm.NEEDS_REVIEW
    qtbot.keyClick(buttons[rm.NEEDS_REVIEW], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is buttons[rm.FLAGGED] and results.proxy.mode() == rm.FLAGGED
    # Tab from a filter now chosen: on to the search box, and back again to that filter
    assert _tab(qtbot) is results.search
    assert _tab(qtbot, Qt.Key.Key_Backtab) is buttons[rm.FLAGGED]
