"""How the results page fits a narrow window or a large font: the filter row wraps, and the table's
narrow columns give way before the Answer column becomes unreadable."""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QHeaderView, QLayout, QLayoutItem, QScrollArea, QTableView, QWidget

from ..core import review
from . import results_model as rm
from . import style

ANSWER_MIN_CHARS = 26   # the Answer column keeps at least this many average characters while it can


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
            height = max((it.sizeHint().height() for it, _w in line), default=0)
            x = area.x()
            for it, w in line:
                h = min(height, max(it.sizeHint().height(), it.minimumSize().height()))
                if move:
                    it.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                x += w + gap
            y += height + gap
        return y - gap - area.y() + m.top() + m.bottom() if shown else m.top() + m.bottom()


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


class ColumnFitter(QObject):
    """Sizes the results table's narrow columns to their header and first rows' text; when the table is too
    narrow for them and a readable Answer column, they give way down to a floor each (their text is elided,
    the cells' tooltips keep what they kept). A column the teacher resizes keeps the width chosen."""

    NARROW = (rm.STUDENT, rm.QUESTION, rm.MODEL_SCORE, rm.CONFIDENCE, rm.FLAGS, rm.STATUS, rm.FINAL, rm.COMMENT)

    def __init__(self, table: QTableView, model: rm.ResultsModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        self._natural: dict[int, int] = {}
        self._floor: dict[int, int] = {}
        self._applying = False
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        table.horizontalHeader().sectionResized.connect(self._resized_by_hand)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)   # its width changes with the window and the splitter

    def answer_min(self) -> int:
        return self.table.fontMetrics().averageCharWidth() * ANSWER_MIN_CHARS

    def fit(self, sample: int = 30) -> None:
        """Work out each narrow column's width from its text (the first rows only: fast on 10,000), then apply."""
        fm = self.table.fontMetrics()
        m, ch = fm.horizontalAdvance("M"), fm.averageCharWidth()
        pad = m * 2
        icon = self.table.iconSize().width() if self.table.iconSize().width() > 0 else fm.height()
        rows = min(sample, self.model.rowCount())
        caps = {rm.STUDENT: 18, rm.QUESTION: 12, rm.FLAGS: 11, rm.COMMENT: 12}
        # what each column keeps when the Answer column needs the room, in average characters (and its icon):
        # the student's id, the question's start; the status and flags by their icon (the cell's tooltip says it)
        floors = {rm.STUDENT: 6, rm.QUESTION: 5, rm.FLAGS: 0, rm.STATUS: 0, rm.COMMENT: 2}
        samples = {rm.MODEL_SCORE: style.fmt_score(0), rm.FINAL: style.fmt_score(0), rm.CONFIDENCE: style.fmt_percent(1.0)}
        for col in self.NARROW:
            cells = [str(self.model.data(self.model.index(r, col)) or "") for r in range(rows)]
            texts = [str(self.model.headerData(col, Qt.Orientation.Horizontal))]
            if col == rm.STATUS:   # the usual statuses are never cut while there is room (German ones are long)
                texts += [style.status_text(st) for st in review.STATUSES if st != review.UNSCORED]
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
            self._natural[col], self._floor[col] = int(w), int(min(w, floor))
        self.apply()

    def apply(self) -> None:
        """Give each narrow column its width, less what the Answer column needs to stay readable."""
        cols = [c for c in self.NARROW if c in self._natural and not self.table.isColumnHidden(c)]
        if not cols:
            return
        room = self.table.viewport().width() - self.answer_min()
        natural = {c: self._natural[c] for c in cols}
        over = sum(natural.values()) - room
        slack = sum(natural[c] - self._floor[c] for c in cols)
        widths = dict(natural)
        if over > 0 and slack > 0:
            share = min(1.0, over / slack)
            widths = {c: natural[c] - math.ceil((natural[c] - self._floor[c]) * share) for c in cols}
        self._applying = True
        try:
            for c in cols:
                if self.table.columnWidth(c) != widths[c]:
                    self.table.setColumnWidth(c, widths[c])
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
