"""The results page's controls, made and set up: the filter buttons with the search box (:class:`FilterBar`) and the
table (:func:`results_table`, a :class:`ResultsTable` that shows where its focus is). What they do when used is the
page's (:class:`~.results_view.ResultsView`)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QRect, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QGroupBox, QHeaderView, QLabel, QLineEdit, QRadioButton,
                               QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QToolTip, QWidget)

from . import results_model as rm
from . import style
from .flow_layout import FlowLayout
from .plain_tip import plain_tip
from .results_layout import status_texts, telling_words
from .results_flags import FlagsCell
from .results_titles import TitleHeader
from .weak_slots import weak_slot

translate = QCoreApplication.translate


def short_filters() -> dict[str, str]:
    """The filters' short words, in the interface's language, where the page is too narrow for their whole words on
    one line with the search box (1024 px at 16 pt): each keeps its filter's Alt+letter. A filter not here keeps
    its words."""
    return {rm.ALL: translate("ResultsView", "&All", "filter: short for “All answers”; the same Alt+letter"),
            rm.OVERRIDDEN: translate("ResultsView", "&Changed", "filter: short for “Changed by you”; the same Alt+letter"),
            rm.REVIEWED: translate("ResultsView", "&Decided", "filter: short for “Decided by you”; the same Alt+letter"),
            rm.DIFFERING: translate("ResultsView", "D&iffer",
                                    "filter: short for “Identical, other scores”; the same Alt+letter")}


def _words(text: str) -> str:
    return text.replace("&", "")


class FilterBar:
    """'Show: (•) All answers ( ) Needs review ( ) …' and the search box, on one line while they fit, else on a line that
    wraps (``layout``). Where their whole words would wrap, the filters say short ones ("All", "Changed", "Decided", and
    "Differ" for "Identical, other scores" while that one shows: the same Alt+letters, the whole words in their tooltip
    and to a screen reader), so at 16 pt on a 1024 px screen the filters and the search box keep to one line and the
    table keeps its rows (in German and Spanish the filters took two lines, and the search box a third; with
    "Identical, other scores" in sight, in English too). A filter chosen calls ``on_filter(mode)``, a method of the
    page, held weakly (:func:`_calls_when_checked`); none is chosen yet.

    The filters are radio buttons in one group named "Show" (``box``), as a radio group is on every platform: Tab
    stops once on the group (the filter chosen), the arrow keys choose another and the table follows at once, and a
    screen reader says "Show, group: Needs review, radio button, 2 of 5". They were checkable push buttons: Tab
    skipped all but the one chosen, nothing said that the arrows reached the others, and a screen reader read each
    as an unrelated check box. Arrows that only moved the focus, with Space to apply, were not chosen: that is not
    how any radio group behaves (the export dialog's choices included), and a filter is undone by the next arrow."""

    def __init__(self, owner: QWidget, on_filter: Callable[[str], None]) -> None:
        self.group = QButtonGroup(owner)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        self.whole: dict[str, str] = {}   # each filter's whole words ("&Changed by you")
        self.short = False   # the short words shown
        self.box = box = QGroupBox(owner)   # no frame, no title of its own: the "Show:" beside the filters names it
        box.setStyleSheet("QGroupBox { border: none; margin: 0px; padding: 0px; }")
        box.setAccessibleName(translate("ResultsView", "Show"))
        filters = FlowLayout(box, stretch_last=False)
        filters.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(translate("ResultsView", "Show:"), box)
        filters.addWidget(self.label)
        self._filters = filters
        said = translate("ResultsView", "Which answers the table lists; the arrow keys choose another filter")
        for mode, text in rm.FILTERS:
            self.whole[mode] = whole = translate("ResultsView", text)
            b = QRadioButton(whole, box)
            b.setProperty("filter_mode", mode)
            b.setAccessibleName(_words(whole))
            b.setAccessibleDescription(said)
            self.group.addButton(b)
            self.buttons[mode] = b
            filters.addWidget(b)
            b.toggled.connect(_calls_when_checked(on_filter, mode))
        self.layout = FilterRow(self)
        self.layout.addWidget(box)
        self.search = search = SearchBox()
        search.setMinimumWidth(search.fontMetrics().averageCharWidth() * 16)
        search.setPlaceholderText(translate("ResultsView", "Search students, answers, comments (Ctrl+F)"))
        search.setClearButtonEnabled(True)
        search.setAccessibleName(translate("ResultsView", "Search the results"))
        self.layout.addWidget(search)   # the last item: it takes the rest of its line

    def fit(self, width: int) -> None:
        """The whole words where the filters and the search box fit on one line ``width`` wide with them, else the
        short ones; where even those do not fit with "Show:" before them (German and Spanish at 16 pt on a 1024 px
        screen, with "Identical, other scores" in sight), "Show:" goes too: the group is still named "Show" to a screen
        reader. Decided from the widths, measured, whichever is shown: the same width always gives the same."""
        short = short_filters()
        shown = [m for m, b in self.buttons.items() if not b.isHidden()]
        fm = self.box.fontMetrics()

        def wide(text: str) -> int:
            return fm.size(Qt.TextFlag.TextShowMnemonic, text).width()

        label = self.label.sizeHint().width() + self._filters.gap()
        now = self.box.sizeHint().width() - sum(wide(self.buttons[m].text()) for m in shown)
        bare = now - (0 if self.label.isHidden() else label)   # the filters' boxes and gaps, without their words
        rest = self.layout.gap() + self.layout.itemAt(1).minimumSize().width()   # the search box takes the rest
        use_short = bare + label + sum(wide(self.whole[m]) for m in shown) + rest > width
        no_label = use_short and bare + label + sum(wide(short.get(m, self.whole[m])) for m in shown) + rest > width
        self.label.setVisible(not no_label)
        if use_short == self.short:
            return
        self.short = use_short
        for mode, b in self.buttons.items():
            words = short.get(mode, self.whole[mode]) if use_short else self.whole[mode]
            b.setText(words)
            b.setToolTip(_words(self.whole[mode]) if words != self.whole[mode] else "")


def _calls_when_checked(on_filter: Callable[[str], None], mode: str) -> Callable[[bool], None]:
    """A slot for a filter's ``toggled``: ``on_filter(mode)`` once it is checked. ``on_filter`` (a bound method) is
    held weakly (``weak_slot``): a slot holding the page's method kept the page, its table and its session alive once
    let go of, until the app quit."""
    call = weak_slot(on_filter, mode)

    def checked(on: bool) -> None:
        if on:
            call()
    return checked


class SearchBox(QLineEdit):
    """The results' search box: Esc clears what is typed (the table lists the filter's rows again; the box's undo
    brings the search back); in an empty box Esc goes on to whatever took it before (nothing on the results page)."""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._clears(event):
            event.accept()   # the box's Esc, before any shortcut on the window takes it
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self._clears(event):
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    def _clears(self, event) -> bool:
        return (event.key() == Qt.Key.Key_Escape and not event.modifiers() and bool(self.text())
                and not self.isReadOnly())


class FilterRow(FlowLayout):
    """The filters and the search box (:class:`FilterBar`): as it is given its width, the filters' words are chosen
    to keep the row to one line where they can (:meth:`FilterBar.fit`)."""

    _bar: FilterBar | None = None   # what a row the garbage collector has cleared reads: no filters to fit (flow_layout)

    def __init__(self, bar: FilterBar) -> None:
        super().__init__()
        self._bar = bar

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's names)
        # fewer items: Qt is tearing the page down and the search box's item is gone (flow_layout)
        if self.count() == 2 and self._bar is not None:
            m = self.contentsMargins()
            self._bar.fit(rect.width() - m.left() - m.right())
        super().setGeometry(rect)


class StatusWords(QStyledItemDelegate):
    """A status's words in a column too narrow for them: its short word ("To review" for "Needs review", "Prüfen" for "Zu
    prüfen"), a word chosen rather than one cut; where even that does not fit, the words cut after the last whole word
    that fits, as long as they tell it from every other status ("Aceptada…", not "Aceptada auto…"; never "Von Ihn…");
    else none, and its icon and colour say it. Drawn short, its tooltip begins with its whole words."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if not text or option.rect.width() <= 0:
            return
        widget = option.widget
        qstyle = widget.style() if widget is not None else None
        if qstyle is None:
            return
        room = qstyle.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width()
        room -= 2 * (qstyle.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        fm = option.fontMetrics
        if fm.horizontalAdvance(text) <= room:
            return
        short = style.status_short(str(index.data(rm.StatusRole)))
        if fm.horizontalAdvance(short) <= room:
            option.text = short
            return
        words, told = text.split(" "), telling_words(status_texts()).get(text, text)
        for k in range(len(words) - 1, len(told.removesuffix("\u2026").split(" ")) - 1, -1):
            kept = " ".join(words[:k]).rstrip(" (") + "\u2026"
            if fm.horizontalAdvance(kept) <= room:
                option.text = kept
                return
        option.text = ""

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 (Qt's names)
        """A status drawn short or not at all: its tooltip begins with its whole words."""
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            drawn = QStyleOptionViewItem(option)
            self.initStyleOption(drawn, index)
            whole = str(index.data() or "")
            if drawn.text != whole:
                why = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
                QToolTip.showText(event.globalPos(), plain_tip(whole if why in ("", whole) else f"{whole}\n{why}"), view)
                return True
        return super().helpEvent(event, view, option, index)


class ResultsTable(QTableView):
    """The table of answers, which shows where its focus is. Getting the focus, it selects its current row (the first
    when none is) and scrolls to it: Qt made row 0 current and selected nothing, its faint frame on the orange row
    (1.66:1) the only sign, and the first Down went to the second row, so the first could not be chosen with Down. While
    it has the focus, a frame of :data:`FRAME` with a white line inside (:data:`INNER`) goes round the current row:
    at least 3:1 against the highlight of a chosen row and every status colour (and the white line on a dark theme's).

    A row selected only because the focus came (``arrived``) is shown, not chosen: Enter then still does what the
    default button says (review what needs the teacher, :meth:`.ResultsView.chosen_row`), as before. Moving to a row,
    clicking it or Space chooses it; :meth:`choose_row` chooses one for the teacher (the first row found)."""

    FRAME = QColor(20, 20, 20)
    INNER = QColor(255, 255, 255)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arrived = False   # the row selected is the one shown as the focus came, not one the teacher chose

    def show_focus(self, scroll: bool = True) -> None:
        """Select the current row (the first when none is current) when no row is, and scroll to it."""
        model, chosen = self.model(), self.selectionModel()
        if model is None or chosen is None or model.rowCount() == 0:
            return
        index = self.currentIndex()
        if not index.isValid():
            index = model.index(0, 0)
        if not chosen.hasSelection():
            chosen.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                   | QItemSelectionModel.SelectionFlag.Rows)
            self.arrived = True
        if scroll:
            self.scrollTo(index)
        self.viewport().update()

    def arrive_at(self, key: int) -> bool:
        """Answer ``key``'s row current, selected and in view, shown, not chosen (``arrived``): the answer the review
        screen was on as the teacher comes back; the row the teacher chose and opened stays chosen (Enter opens it
        again). False, the table as it was, where no row shows it (a filter hides it)."""
        proxy, chosen = self.model(), self.selectionModel()
        if not isinstance(proxy, QSortFilterProxyModel) or chosen is None:
            return False
        source = proxy.sourceModel()
        if not isinstance(source, rm.ResultsModel) or not 0 <= key < source.rowCount():
            return False
        index = proxy.mapFromSource(source.index(source.row_of(key), 0))
        if not index.isValid():
            return False
        kept = not self.arrived and index.row() == self.currentIndex().row() and chosen.isRowSelected(index.row())
        chosen.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                               | QItemSelectionModel.SelectionFlag.Rows)
        self.arrived = not kept
        self.scrollTo(index)
        return True

    def choose_key(self, keys) -> bool:
        """The row of the first of answers ``keys`` a row shows, chosen (Enter opens it) and in view: an undo or redo
        at the table changed them. False, the table as it was, where no row shows any (the filter or search hides
        them: they stay as the teacher set them)."""
        proxy = self.model()
        if not isinstance(proxy, QSortFilterProxyModel) or not isinstance(source := proxy.sourceModel(), rm.ResultsModel):
            return False
        for key in keys:
            index = proxy.mapFromSource(source.index(source.row_of(key), 0)) if 0 <= key < source.rowCount() else None
            if index is not None and index.isValid():
                self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                      | QItemSelectionModel.SelectionFlag.Rows)
                self.arrived = False
                self.scrollTo(index)
                return True
        return False

    def choose_row(self, row: int) -> None:
        """``row`` chosen, as if the teacher had moved to it (Enter opens it)."""
        self.selectRow(row)
        self.arrived = False
        self.scrollTo(self.model().index(row, 0))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's names)
        """A new palette (the system's scheme switched while Grader runs): the rows take its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_rows()

    def _colour_rows(self) -> None:
        proxy = self.model()
        source = proxy.sourceModel() if isinstance(proxy, QSortFilterProxyModel) else proxy
        if isinstance(source, rm.ResultsModel):
            source.set_palette(self.palette())

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's names)
        super().focusInEvent(event)
        reason = event.reason()
        if reason != Qt.FocusReason.MouseFocusReason:   # a click chooses its own row
            self.show_focus(scroll=reason not in (Qt.FocusReason.ActiveWindowFocusReason,
                                                  Qt.FocusReason.PopupFocusReason))

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()   # the frame goes with the focus

    def currentChanged(self, current, previous) -> None:  # noqa: N802
        super().currentChanged(current, previous)
        if previous.isValid() and current.row() != previous.row():
            self.arrived = False
        self.viewport().update()   # the frame goes round the whole row: Qt repaints only the cells

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.arrived = False
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select):
            self.arrived = False
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        index = self.currentIndex()
        if not self.hasFocus() or not index.isValid():
            return
        cell = self.visualRect(index)
        width = min(self.viewport().width(), self.horizontalHeader().length() - self.horizontalOffset())
        row = QRect(0, cell.top(), width, cell.height())
        painter = QPainter(self.viewport())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.FRAME, 2))
        painter.drawRect(row.adjusted(1, 1, -1, -1))
        painter.setPen(QPen(self.INNER, 1))
        painter.drawRect(row.adjusted(2, 2, -3, -3))
        painter.end()


def results_table(proxy: QSortFilterProxyModel) -> ResultsTable:
    """The table of answers over ``proxy``: rows chosen whole, one at a time, read-only, sorted by the header (sheet
    order at first), the Answer column taking the room to spare, the titles whole or short (:mod:`.results_titles`)."""
    table = ResultsTable()
    table.setHorizontalHeader(TitleHeader(table))   # a title too wide for its column: its short form, whole
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)   # Tab moves on to the next control; the arrow keys move between cells
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    h = table.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    h.setSectionResizeMode(rm.ANSWER, QHeaderView.ResizeMode.Stretch)
    h.setStretchLastSection(False)
    table.setAccessibleName(translate("ResultsView", "Results table"))
    table.setItemDelegateForColumn(rm.STATUS, StatusWords(table))
    table.setItemDelegateForColumn(rm.FLAGS, FlagsCell(table))   # more than one flag: the count of the others never cut
    table._colour_rows()   # a dark palette's rows (.tints)
    return table
