"""The results page by the keyboard and a screen reader (QA s52r): the filters are one named group of radio buttons
that Tab reaches once and the arrow keys go through; the table shows where its focus is as it gets it; the main
button's accessible name is its words, not the "⏎" drawn after them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication

from grader_app.ui import results_model as rm
from grader_app.ui import style
from ui_helpers import make_long_csv, open_and_score
from wcag import luminance, ratio


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


def _row_pixels(table, row: int):
    """The colours of ``row``'s frame (its darkest pixel along its top edge) and of its background (its most common
    colour across its middle), read from the table as painted."""
    from collections import Counter

    image = table.viewport().grab().toImage()
    rect = table.visualRect(table.model().index(row, 0))
    width = min(table.viewport().width(), table.horizontalHeader().length()) - 1
    edge = [image.pixelColor(x, y) for x in range(4, width - 4, 7) for y in range(rect.top(), rect.top() + 3)]
    middle = Counter(image.pixelColor(x, rect.center().y()).rgb() for x in range(width))
    return min(edge, key=luminance), QColor.fromRgb(middle.most_common(1)[0][0])


def test_the_table_shows_its_focus_as_it_gets_it_and_down_goes_to_the_next_row(qtbot, window, tmp_path):
    """The focus came with row 0 current and nothing selected, its frame 1.66:1 on the orange row; the first Down
    went to the second row, so the first could not be chosen with Down."""
    _open(qtbot, window, tmp_path)
    results, table = window.results, window.results.table
    results.search.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(results.search.hasFocus, timeout=2000)
    table.clearSelection()
    assert _tab(qtbot) is table
    assert [i.row() for i in table.selectionModel().selectedRows()] == [table.currentIndex().row()]
    first = table.currentIndex().row()
    assert not results.chosen_row().isValid()   # shown, not chosen: Enter still does what the default button says
    frame, fill = _row_pixels(table, first)
    assert ratio(frame, fill) >= 3, (frame.name(), fill.name())
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == first + 1
    assert [i.row() for i in table.selectionModel().selectedRows()] == [first + 1]
    assert results.chosen_row().row() == first + 1   # moved to: chosen, Enter opens it
    # a current row that is not selected, on its status colour: the frame shows there too
    table.clearSelection()
    table.selectionModel().setCurrentIndex(results.proxy.index(first + 2, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    row = table.currentIndex().row()
    assert row == first + 2 and not table.selectionModel().isRowSelected(row, QModelIndex())
    frame, fill = _row_pixels(table, row)
    background = results.proxy.index(row, rm.ANSWER).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None and fill.rgb() == QColor(background).rgb()   # a status colour, as painted
    assert ratio(frame, fill) >= 3, (frame.name(), fill.name())
    # and on every colour a row can have: the chosen rows' highlight, each status colour, the table's base
    palette = table.palette()
    behind = [palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Base),
              *style.STATUS_COLOUR.values(), style.FLAG_COLOUR]
    assert min(max(ratio(table.FRAME, c), ratio(table.INNER, c)) for c in behind) >= 3


def test_the_main_buttons_accessible_name_is_its_words_without_the_enter_symbol(qtbot, window, tmp_path):
    session = _open(qtbot, window, tmp_path)
    button = window.results.review_button
    need = len(session.review_queue())

    def said():
        acc = QAccessible.queryAccessibleInterface(button)
        return acc.text(QAccessible.Text.Name), acc.text(QAccessible.Text.Description)
    assert button.text() == f"Review {need} answers  ⏎"   # the symbol stays in sight
    name, description = said()
    assert name == f"Review {need} answers" and "(Enter)" in description
    for key in session.review_queue():   # nothing left to review: the next step is the export
        p = session.predictions.get(key)
        session.decide(key, p.score if p else 0)
    window.results.decisions_changed()
    qtbot.waitUntil(lambda: button.text().startswith("Export"), timeout=3000)
    assert said()[0] == "Export the grades…" and button.text().endswith("⏎")
    window.close_sheet()
    qtbot.waitUntil(lambda: button.text() == "Review", timeout=3000)
    assert said()[0] == "Review"
