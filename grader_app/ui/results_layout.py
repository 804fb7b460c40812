"""How the results page fits a narrow window or a large font: the filter row wraps, and the table's
narrow columns give way before the Answer column becomes unreadable, keeping their short titles whole and the
question ids apart."""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QFrame, QHeaderView, QLayout, QLayoutItem, QScrollArea, QStyle, QStyledItemDelegate,
                               QStyleOptionHeader, QTableView, QWidget)

from ..core import review
from . import results_model as rm
from . import style

ANSWER_MIN_CHARS = 26   # the Answer column keeps at least this many average characters while it can
SHORT_HEADER_CHARS = 12   # a column title this short is kept whole while the table has room for it


class FlowLayout(QLayout):
    """Items left to right, wrapping onto the next line when the width runs out (the filter buttons at a large
    font). The last item (the search box) stretches to the end of its line, or takes a line of its own when
    less than its minimum width is left there (unless ``stretch_last`` is False)."""

    def __init__(self, parent=None, stretch_last: bool = True) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch_last = stretch_last   # False: every item keeps its own width (a row of buttons)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def gap(self) -> int:
        """The room between two items side by side."""
        return self._gap()

    def _gap(self) -> int:
        gap = self.spacing()
        parent = self.parent()
        if gap < 0 and isinstance(parent, QLayout):
            gap = parent.spacing()
        return gap if gap >= 0 else 6

    def sizeHint(self) -> QSize:
        """All on one line."""
        m, gap = self.contentsMargins(), self._gap()
        shown = [it for it in self._items if not it.isEmpty()]
        w = sum(it.sizeHint().width() for it in shown) + gap * max(0, len(shown) - 1)
        h = max((it.sizeHint().height() for it in shown), default=0)
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: everything else wraps."""
        m = self.contentsMargins()
        size = QSize(0, 0)
        for it in self._items:
            if not it.isEmpty():
                size = size.expandedTo(it.minimumSize())
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        m, gap = self.contentsMargins(), self._gap()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        shown = [it for it in self._items if not it.isEmpty()]
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = 0
        for i, it in enumerate(shown):
            last = self._stretch_last and i == len(shown) - 1
            w = it.minimumSize().width() if last else max(it.sizeHint().width(), it.minimumSize().width())
            if lines[-1] and x + w > area.width():
                lines.append([])
                x = 0
            if last:
                w = max(w, area.width() - x)
            lines[-1].append((it, min(w, area.width())))
            x += w + gap
        y = area.y()
        for line in lines:
            height = max((_height(it, w) for it, w in line), default=0)
            x = area.x()
            for it, w in line:
                h = min(height, max(_height(it, w), it.minimumSize().height()))
                if move:
                    it.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                x += w + gap
            y += height + gap
        return y - gap - area.y() + m.top() + m.bottom() if shown else m.top() + m.bottom()


def _height(item: QLayoutItem, width: int) -> int:
    """An item's height at ``width``: a group of items that wraps in turn (the filters) as tall as its lines."""
    return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()


class PanelScroll(QScrollArea):
    """The threshold panel in a page too short for it (600 px high at a large font): it scrolls up and down
    rather than squeezing its risk plot flat, and is never narrower than its widest line (nothing is cut at the
    side, there is no horizontal scroll bar)."""

    def __init__(self, panel: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # no stop of its own for Tab (nothing shows it has the focus): Tab goes on to the panel's first control, and
        # a control reached with Tab is scrolled into view all the same
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def minimumSizeHint(self) -> QSize:
        inner = self.panel.minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar + 2 * self.frameWidth(), min(inner.height(), self.fontMetrics().height() * 8))

    def sizeHint(self) -> QSize:
        inner = self.panel.sizeHint()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth(), inner.height())


class MiddleElide(QStyledItemDelegate):
    """Cuts a cell's text in the middle ("asap…s-10"), keeping the end where question ids differ."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def distinct_width(fm: QFontMetrics, texts: set[str], margin: int, least: int) -> int:
    """The narrowest column (from ``least`` up) in which ``texts``, each cut in the middle to fit, all still differ."""
    full = max((fm.horizontalAdvance(t) for t in texts), default=0) + margin
    if len(texts) < 2 or full <= least:
        return least

    def differ(width: int) -> bool:
        return len({fm.elidedText(t, Qt.TextElideMode.ElideMiddle, width - margin) for t in texts}) == len(texts)

    lo, hi = least, full   # differ(hi) holds: nothing is cut there
    while lo < hi:
        mid = (lo + hi) // 2
        if differ(mid):
            hi = mid
        else:
            lo = mid + 1
    return hi


def telling_width(fm: QFontMetrics, texts: set[str]) -> int:
    """The narrowest width in which each of ``texts``, cut at its end, keeps whole every word up to the first that
    tells it from all the others ("Von Ihnen bewertet" / "Von Ihnen zu…"): texts that differ only in their last
    words stay told apart in every language, by the word that says what they mean."""
    split = {t: t.split(" ") for t in texts}
    widest = 0
    for t, words in split.items():
        k = next((k for k in range(1, len(words) + 1)
                  if all(other[:k] != words[:k] for o, other in split.items() if o != t)), len(words))
        kept = " ".join(words[:k]) + ("" if k == len(words) else "\u2026")
        widest = max(widest, fm.horizontalAdvance(kept) + 1)
    return widest


STUDENT_TOLD_CHARS = 12   # "Ana Lima · S…": a student's name, their id after it (QA: at 1024 px only "S01 · …" showed)


class ColumnFitter(QObject):
    """Sizes the results table's narrow columns to their header and first rows' text; when the table is too
    narrow for them and a readable Answer column, they give way in two steps (their text is elided, the cells'
    tooltips keep what they kept): first down to what keeps every short header whole and every question id
    whole, then, in a narrower table still, down to a floor each, where the question ids still differ (they
    are cut in the middle: "asap…s-10"), but for the status, which keeps the words that tell it from the others
    ("Von Ihnen bewertet", "Von Ihnen zu…") until the others are at their floor, and the student, who keeps their name
    (the id comes after it) as long; only then does the status give way to its icon. A column the teacher resizes
    keeps the width chosen."""

    NARROW = (rm.STUDENT, rm.QUESTION, rm.MODEL_SCORE, rm.CONFIDENCE, rm.FLAGS, rm.STATUS, rm.FINAL, rm.COMMENT)

    def __init__(self, table: QTableView, model: rm.ResultsModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        self._natural: dict[int, int] = {}
        self._soft: dict[int, int] = {}    # the question ids whole (and, worked out as it is sorted, short titles)
        self._short: dict[int, bool] = {}  # a title kept whole while there is room
        self._floor: dict[int, int] = {}
        self._told: dict[int, int] = {}    # the statuses' telling words, kept while the others give way to their floor
        self._applying = False
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setItemDelegateForColumn(rm.QUESTION, MiddleElide(table))
        table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        table.horizontalHeader().sectionResized.connect(self._resized_by_hand)
        table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self.apply())   # room for the arrow
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)   # its width changes with the window and the splitter

    def answer_min(self) -> int:
        return self.table.fontMetrics().averageCharWidth() * ANSWER_MIN_CHARS

    def natural_width(self) -> int:
        """The shown narrow columns' natural widths together (what the table needs beside the Answer column)."""
        return sum(w for c, w in self._natural.items() if not self.table.isColumnHidden(c))

    def header_width(self, col: int) -> int:
        """The width in which the column's title is drawn whole (beside the sort arrow in the column sorted by)."""
        header = self.table.horizontalHeader()
        text = str(self.model.headerData(col, Qt.Orientation.Horizontal))
        opt = QStyleOptionHeader()
        opt.initFrom(header)
        opt.state |= QStyle.StateFlag.State_Horizontal
        opt.orientation = Qt.Orientation.Horizontal
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == col:
            opt.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        probe = 1000
        opt.rect = QRect(0, 0, probe, max(header.height(), header.sizeHint().height()))
        label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, opt, header)
        return header.fontMetrics().horizontalAdvance(text) + probe - label.width() + 1

    def fit(self, sample: int = 30) -> None:
        """Work out each narrow column's width from its text (the first rows only: fast on 10,000), then apply."""
        fm = self.table.fontMetrics()
        m, ch = fm.horizontalAdvance("M"), fm.averageCharWidth()
        pad = m * 2
        icon = self.table.iconSize().width() if self.table.iconSize().width() > 0 else fm.height()
        rows = min(sample, self.model.rowCount())
        session = self.model.session
        items = set(session.item_keys()) if session is not None else set()
        caps = {rm.STUDENT: 18, rm.QUESTION: 12, rm.FLAGS: 11, rm.COMMENT: 12}
        # what each column keeps when the Answer column needs the room, in average characters (and its icon):
        # the student's name's start, the question's start; the status and flags by their icon (the cell's tooltip says it)
        floors = {rm.STUDENT: 6, rm.QUESTION: 5, rm.FLAGS: 0, rm.STATUS: 0, rm.COMMENT: 2}
        samples = {rm.MODEL_SCORE: style.fmt_score(0), rm.FINAL: style.fmt_score(0), rm.CONFIDENCE: style.fmt_percent(1.0)}
        for col in self.NARROW:
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            cells = [str(self.model.data(self.model.index(r, col)) or "") for r in range(rows)]
            texts = [title]
            if col == rm.STATUS:   # the usual statuses are never cut while there is room (German ones are long)
                texts += [style.status_text(st) for st in review.STATUSES if st != review.UNSCORED]
            elif col == rm.QUESTION:   # every question, not only those in the first rows
                texts += sorted(items)
            else:
                texts += cells
            w = max(fm.horizontalAdvance(t) for t in texts) + pad
            extra = icon + fm.horizontalAdvance(" ") if col in (rm.STATUS, rm.FLAGS) else 0
            w += extra
            if col in caps:
                w = min(w, m * caps[col])
            if col in floors:   # a tighter margin than the natural width's
                floor = ch * floors[col] + m + extra
            else:   # the figures themselves are never cut (scored or not yet), only their header
                floor = max(fm.horizontalAdvance(t) for t in [*cells, samples[col]]) + m
            if col == rm.QUESTION:   # the ids stay apart (up to twice the cap: longer ones are in the cells' tooltips)
                floor = min(distinct_width(fm, items, m, floor), m * caps[col] * 2)
                w = max(w, floor)
            floor = min(w, floor)
            self._natural[col], self._floor[col] = int(w), int(floor)
            self._short[col] = len(title) <= SHORT_HEADER_CHARS
            self._soft[col] = max(fm.horizontalAdvance(t) for t in items) + m if col == rm.QUESTION and items else 0
            if col == rm.STUDENT:   # whose answer it is: the name (the id after it), kept as long as the statuses' words
                self._told[col] = self._soft[col] = min(int(w), ch * STUDENT_TOLD_CHARS + m)
            if col == rm.STATUS:   # told apart by their words: "Von Ihnen geändert" and "… bewertet" are not both "Von Ihn…"
                self._told[col] = self._soft[col] = min(w, telling_width(fm, set(map(style.status_text, review.STATUSES)))
                                                        + m + extra)
        self.apply()

    def widths(self, room: int) -> dict[int, int]:
        """Each shown narrow column's width when ``room`` is left beside the Answer column's readable width: its
        natural width, else the columns give way together, down to the next level, then the next (the statuses
        keep their telling words until the last)."""
        cols = [c for c in self.NARROW if c in self._natural and not self.table.isColumnHidden(c)]
        soft = {c: min(self._natural[c], max(self._floor[c], self._soft[c], self.header_width(c) if self._short[c] else 0))
                for c in cols}
        least = self.table.horizontalHeader().minimumSectionSize()   # no column is drawn narrower
        floor = {c: min(soft[c], max(self._floor[c], least)) for c in cols}
        told = {c: min(soft[c], max(floor[c], self._told.get(c, 0))) for c in cols}
        levels = [{c: level[c] for c in cols} for level in (self._natural, soft, told, floor)]
        widths = levels[0]
        for upper, lower in zip(levels, levels[1:]):
            over = sum(upper.values()) - room
            if over <= 0:
                return upper
            slack = sum(upper[c] - lower[c] for c in cols)
            if over <= slack:
                share = over / slack
                return {c: upper[c] - math.ceil((upper[c] - lower[c]) * share) for c in cols}
            widths = lower
        return widths

    def apply(self) -> None:
        """Give each narrow column its width, less what the Answer column needs to stay readable."""
        widths = self.widths(self.table.viewport().width() - self.answer_min())
        self._applying = True
        try:
            for c, w in widths.items():
                if self.table.columnWidth(c) != w:
                    self.table.setColumnWidth(c, w)
        finally:
            self._applying = False

    def _resized_by_hand(self, col: int, _old: int, new: int) -> None:
        header = self.table.horizontalHeader()
        if self._applying or col not in self._natural or header.sectionResizeMode(col) == QHeaderView.ResizeMode.Stretch:
            return
        self._natural[col] = new
        self._floor[col] = min(self._floor[col], new)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize and obj is self._viewport:
            self.apply()
        return False
