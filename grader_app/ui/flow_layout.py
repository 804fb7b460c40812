"""A layout that lays its items out left to right and wraps them onto the next line when the width runs out: the
results page's filter row, the flag chips, the library's heading and buttons, the review's actions at a large font."""
from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem

__all__ = ["FlowLayout"]


class FlowLayout(QLayout):
    """Items left to right, wrapping onto the next line when the width runs out (the filter buttons at a large
    font). The last item (the search box) stretches to the end of its line, or takes a line of its own when
    less than its minimum width is left there (unless ``stretch_last`` is False)."""

    # What an instance reads once the garbage collector has cleared its attributes (a window it frees torn down, Qt
    # asking the layout once more): no items, laid out as nothing, rather than an AttributeError in the event loop.
    # Never changed in place: _live gives an instance a list of its own.
    _items: Sequence[QLayoutItem] = ()
    _stretch_last = True

    def __init__(self, parent=None, stretch_last: bool = True) -> None:
        super().__init__(parent)
        self._items = []
        self._stretch_last = stretch_last   # False: every item keeps its own width (a row of buttons)

    def addItem(self, item: QLayoutItem) -> None:
        self._live().append(item)

    def _live(self) -> list[QLayoutItem]:
        """The items whose C++ side still exists. Qt can delete an item behind the layout's back while a window is
        torn down (a window the garbage collector frees in the middle of another window's events); asking a
        deleted item its size raised in the event loop, so such items are let go of here."""
        items = self._items
        if not isinstance(items, list) or not all(shiboken6.isValid(it) for it in items):
            items = self._items = [it for it in items if shiboken6.isValid(it)]
        return items

    def count(self) -> int:
        return len(self._live())

    def itemAt(self, index: int):
        items = self._live()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int):
        items = self._live()
        return items.pop(index) if 0 <= index < len(items) else None

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
        shown = [it for it in self._live() if not it.isEmpty()]
        w = sum(it.sizeHint().width() for it in shown) + gap * max(0, len(shown) - 1)
        h = max((it.sizeHint().height() for it in shown), default=0)
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: everything else wraps."""
        m = self.contentsMargins()
        size = QSize(0, 0)
        for it in self._live():
            if not it.isEmpty():
                size = size.expandedTo(it.minimumSize())
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        m, gap = self.contentsMargins(), self._gap()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        shown = [it for it in self._live() if not it.isEmpty()]
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
