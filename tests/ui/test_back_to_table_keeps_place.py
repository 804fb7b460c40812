"""Back from the review screen, the table is where the teacher was: the answer the review was on is the table's
current row, selected and in view. It stayed on the row selected before the review (the first one, as the table got
the focus), scrolled there: after 40 answers the teacher had to look for the student again among 80 rows. The row is
shown, not chosen, so Enter still does what the default button says. The real window, a sheet scored for real by
the shipped test bundles, the keys and the mouse."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from grader_app.ui import results_model as rm
from grader_app.ui.main_window import RESULTS, REVIEW
from ui_helpers import make_long_csv


def _scored_window(qtbot, make_window, tmp_path):
    window = make_window((1366, 768))
    sheet = make_long_csv(tmp_path / "class" / "answers.csv", n_students=40)   # 80 rows: more than the table shows
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    with qtbot.waitSignal(window.scoringFinished, timeout=60000):
        window.mapping_dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def _shown_row(window) -> QModelIndex:
    table = window.results.table
    index = table.currentIndex()
    assert index.isValid()
    return index


def _in_view(table, index: QModelIndex) -> bool:
    return table.viewport().rect().contains(table.visualRect(index))


def _far_key(window, start: int = -1) -> int:
    """An answer of the review's queue whose row is far below the rows the table shows at first."""
    return window.session.review_queue()[start]


def test_escape_and_the_back_button_leave_the_table_at_the_answer_on_screen(qtbot, make_window, tmp_path):
    window = _scored_window(qtbot, make_window, tmp_path)
    table, proxy = window.results.table, window.results.proxy
    window.results.focus_table()
    first = proxy.data(proxy.index(0, 0), rm.KeyRole)

    window.results.request_review()
    assert window.pages.currentIndex() == REVIEW
    view = window.review_view
    view.go_to(_far_key(window))
    here = view.current_key()
    assert here != first
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == RESULTS
    index = _shown_row(window)
    assert proxy.data(index, rm.KeyRole) == here
    assert table.selectionModel().isRowSelected(index.row(), QModelIndex())
    assert index.row() > 20 and _in_view(table, index)   # far down, and scrolled to
    assert table.hasFocus() and table.arrived            # shown, not chosen: Enter reviews what needs the teacher
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == REVIEW

    # the mouse's way back: the button, from another answer
    view.go_to(_far_key(window, -9))
    there = view.current_key()
    assert there != here
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == RESULTS
    index = _shown_row(window)
    assert proxy.data(index, rm.KeyRole) == there and _in_view(table, index)

    # View ▸ Results table (Ctrl+1) too
    window.results.request_review()
    view.go_to(_far_key(window, -17))
    third = view.current_key()
    window.results_action.trigger()
    assert window.pages.currentIndex() == RESULTS and proxy.data(_shown_row(window), rm.KeyRole) == third


def test_the_row_opened_and_left_at_once_stays_chosen(qtbot, make_window, tmp_path):
    """A row double-clicked, looked at and left (Esc) without moving on: still the row the teacher chose, so Enter
    opens it again, as before."""
    window = _scored_window(qtbot, make_window, tmp_path)
    table, proxy = window.results.table, window.results.proxy
    index = proxy.index(30, rm.ANSWER)
    key = proxy.data(index, rm.KeyRole)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert window.pages.currentIndex() == REVIEW and window.review_view.current_key() == key
    qtbot.keyClick(window.review_view, Qt.Key.Key_Escape)
    assert proxy.data(_shown_row(window), rm.KeyRole) == key and not table.arrived
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == REVIEW and window.review_view.current_key() == key


def test_a_row_the_filter_hides_leaves_the_table_as_it_was(qtbot, make_window, tmp_path):
    """The answer on screen is not among the rows shown (Decided by you, and it is undecided): the table keeps the row
    it had, nothing is selected that is not shown."""
    window = _scored_window(qtbot, make_window, tmp_path)
    table, proxy = window.results.table, window.results.proxy
    key = _far_key(window)
    queue = window.session.review_queue()
    window.session.accept(queue[0])
    proxy.set_mode(rm.REVIEWED)
    assert proxy.rowCount() == 1
    table.selectionModel().setCurrentIndex(proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
    window.results.request_review()
    window.review_view.go_to(key)
    qtbot.keyClick(window.review_view, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == RESULTS
    assert proxy.data(_shown_row(window), rm.KeyRole) == queue[0]
