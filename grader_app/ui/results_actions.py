"""What the teacher does on the results page: choose a filter, search, press Enter, open a row, ask for the review of
what needs them, move a question's threshold. A mixin of :class:`~.results_view.ResultsView`, which holds the widgets
(made: :mod:`.results_controls`), the session and the figures; whether a session is large enough that the search and the
threshold's filter wait for the teacher to pause is its ``_many``. In the page's translation context ("ResultsView")."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QLabel, QLineEdit, QPushButton, QWidget

from ..core.session import Change, GradingSession
from . import results_model as rm
from .results_controls import ResultsTable
from .status_news import warn_in
from .threshold_panel import ThresholdPanel

translate = QCoreApplication.translate

if TYPE_CHECKING:   # the page is a QWidget (ResultsView, which makes it): checked as one
    _Page = QWidget
else:
    _Page = object


class ResultsActions(_Page):
    """The results page's actions (a mixin: :class:`~.results_view.ResultsView` holds what they act on)."""

    model: rm.ResultsModel
    proxy: rm.ResultsFilterModel
    table: ResultsTable
    search: QLineEdit
    shown: QLabel
    filter_buttons: dict
    review_button: QPushButton
    threshold: ThresholdPanel
    _session: GradingSession | None
    _need: int
    _refilter_pending: bool
    _search_timer: QTimer
    reviewRequested: ClassVar[Signal]     # the view's signals
    exportRequested: ClassVar[Signal]
    thresholdChanged: ClassVar[Signal]
    _many: Callable[[], bool]
    refresh: Callable[[], None]
    schedule_refresh: Callable[[], None]

    def focus_table(self) -> None:
        """The focus to the table, its current row selected and in view (also when the table had the focus already)."""
        self.table.setFocus()
        self.table.show_focus()

    def set_filter(self, mode: str) -> None:
        self.proxy.set_mode(mode)
        b = self.filter_buttons[mode]
        if not b.isChecked():
            b.setChecked(True)
        self._show_count()

    def _show_count(self) -> None:
        self.shown.setText(translate("ResultsView", "Showing {shown} of %n answers", "", self.model.rowCount()).format(
            shown=self.proxy.rowCount()))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def visible_keys(self) -> list[int]:
        return [self.proxy.data(self.proxy.index(r, 0), rm.KeyRole) for r in range(self.proxy.rowCount())]

    def _next_step(self) -> None:
        if self._need:
            self.request_review()
        elif self._session is not None:
            self.exportRequested.emit()

    def request_review(self) -> None:
        s = self._session
        if s is None:
            return
        queue = s.review_queue()
        if queue:
            self.reviewRequested.emit(queue, None)
        else:   # View ▸ Review answers that need you (Ctrl+2) says why nothing happens, and what comes next
            self._say(translate("ResultsView", "No answer needs you: every answer has its score. Export the "
                                        "grades with File ▸ Export… (Ctrl+E)."))

    def _say(self, text: str, ms: int = 8000) -> None:
        warn_in(self.window(), text, ms)   # why the command did nothing: no news replaces it

    def chosen_row(self) -> QModelIndex:
        """The row the teacher chose (clicked, or moved to with the arrow keys): a selected row. The row the
        table selects when it merely gets the focus, to show where it is, is not chosen (``ResultsTable.arrived``)."""
        index = self.table.currentIndex()
        if (index.isValid() and not self.table.arrived
                and self.table.selectionModel().isRowSelected(index.row(), QModelIndex())):
            return index
        return QModelIndex()

    def _on_enter(self) -> None:
        """Enter opens the row the teacher chose; otherwise it does what the default button says. Where the teacher
        is typing or choosing, it finishes that instead: in the search box it goes to the rows found (the first one
        chosen), in the threshold panel it keeps the value typed and stays, on a focused button it presses it."""
        focus = QApplication.focusWidget()
        if focus is self.search:
            self._to_found_rows()
            return
        if isinstance(focus, QAbstractSpinBox):
            focus.interpretText()
            focus.selectAll()
            focus.editingFinished.emit()   # as the box says on Enter itself (this shortcut takes its Enter): the
            return                         # threshold typed is chosen, to the disk now (.threshold_panel)
        if isinstance(focus, QAbstractButton) and focus is not self.review_button and self.isAncestorOf(focus):
            focus.click()
            return
        if focus is not None and self.threshold.isAncestorOf(focus):
            return   # the scope list or the slider: Enter would only take the teacher away from what they watch
        row = self.chosen_row() if self.table.hasFocus() else QModelIndex()
        if row.isValid():
            self._open_row(row)
        elif self.review_button.isEnabled():
            self._next_step()

    def _to_found_rows(self) -> None:
        """Enter in the search box: the table, its first row found chosen (Enter again opens it)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._apply_search()
        if not self.proxy.rowCount():
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.choose_row(0)

    def _open_row(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        key = self.proxy.data(index, rm.KeyRole)
        keys = self.visible_keys()   # the rows shown, question by question as every review goes (from the row chosen)
        self.reviewRequested.emit(self._session.by_question(keys) if self._session is not None else keys, key)

    def _on_search(self, text: str) -> None:
        if self._many():
            self._search_timer.start()   # filter once typing pauses: each pass visits every answer
            return
        self._apply_search()

    def _apply_search(self) -> None:
        self.proxy.set_search(self.search.text())
        self._show_count()

    def _on_threshold(self, change: Change) -> None:
        self.model.apply(change, rm.STATUS, rm.FINAL)
        if self._many():
            self._refilter_pending = True   # a dragged slider sends many values: filter once it rests
            self.schedule_refresh()
        else:
            self.proxy.refilter()
            self.refresh()
        self.thresholdChanged.emit(change)
