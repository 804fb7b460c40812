"""Two columns side by side that share their row's width so that the taller is as short as it can be
(:class:`BalancedColumns`).

The export dialog's formats stand in two columns: the sheet's own formats and the feedback on the left, the learning
platforms on the right. Given half the row each, at a 16 pt font on a 1280×720 screen the platforms' column was taller
than the dialog's body had room for (Google Classroom's line and the "Any system" choice below the fold, to be
scrolled to, in English, German and Spanish) while the left column left a band of nothing under its choices. The left
column now gives the right what it can spare, its own lines wrapping, as long as that makes the taller of the two
shorter (or takes what the right can spare); where both are as tall at half the row, each keeps half.

Inside a scroll area the row's width is a scroll bar narrower when the body scrolls and wider when it does not, and the
best split at the one width made the body scroll or not at the other: the German refusal of a Canvas file (no student
ids) balanced at 762 px, the body then scrolled, it balanced again at 748 px, the bar went away, and so on, each
resize inside the last until the stack ran out and Grader crashed. A split is now kept while the row's width stays
within a scroll bar of the width it was chosen at (:meth:`split`): narrower by a bar, the columns are no shorter, so
the bar that came stays; wider by one, no taller, so a bar that went stays away.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QStyle, QVBoxLayout, QWidget

WIDGET_MOST = 16777215   # Qt's QWIDGETSIZE_MAX: no most width


class BalancedColumns(QWidget):
    """A row of two columns, :attr:`left` and :attr:`right` (a QVBoxLayout each), balanced on each resize."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = (QWidget(self), QWidget(self))
        self.left, self.right = (QVBoxLayout(part) for part in self.parts)
        row = self.row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for part, column in zip(self.parts, (self.left, self.right)):
            column.setContentsMargins(0, 0, 0, 0)
            row.addWidget(part, 1)
        self._held = -1   # the left column's width as last balanced
        self._chosen_at = -1   # the row's width it was chosen at
        self._balancing = False

    def heights(self, left_width: int, width: int | None = None) -> tuple[int, int]:
        """How tall the two columns are with ``left_width`` to the left one and the rest of ``width`` (the row's own
        unless given) to the right."""
        left, right = self.parts
        rest = (self.width() if width is None else width) - self.row.spacing() - left_width
        return left.heightForWidth(left_width), right.heightForWidth(rest)

    def best(self, width: int) -> tuple[int, int]:
        """The left column's width at which the taller of the two is shortest in a row ``width`` wide (where several
        are: the width it has, else the nearest to half the row), and that height. The widths tried are whole steps,
        whatever the row's width, and the one it has among them: a row a scroll bar narrower (the dialog's body, which
        scrolled at one split and not at the other) tried other widths, chose another split, and the two took turns
        for ever."""
        left, right = self.parts
        total = width - self.row.spacing()
        half = total // 2
        lo = left.minimumSizeHint().width()
        hi = total - right.minimumSizeHint().width()
        step = max(4, self.fontMetrics().averageCharWidth())
        tried = {w for w in range(lo + (-lo) % step, hi + 1, step)} | {w for w in (half, self._held) if lo <= w <= hi}
        tallest = {w: max(self.heights(w, width)) for w in (tried or {half})}
        chosen = min(tallest, key=lambda w: (tallest[w], w != self._held, abs(w - half)))
        return chosen, tallest[chosen]

    def slack(self) -> int:
        """How far the row's width may move from the width its split was chosen at and keep it: a scroll bar's width
        (the bar of the scroll area it is in, where it is in one), the most a body's scrolling or not takes from it."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        outer = self.parentWidget()
        while outer is not None and not isinstance(outer, QAbstractScrollArea):
            outer = outer.parentWidget()
        if outer is not None:
            bar = max(bar, outer.verticalScrollBar().sizeHint().width() + 2 * outer.frameWidth())
        return bar

    def split(self, width: int) -> int:
        """The left column's width in a row ``width`` wide: the split held while ``width`` is within :meth:`slack` of
        the width it was chosen at (and still leaves each column what it needs), else the best one there."""
        if self._held >= 0 and abs(width - self._chosen_at) <= self.slack():
            left, right = self.parts
            if left.minimumSizeHint().width() <= self._held <= width - self.row.spacing() - right.minimumSizeHint().width():
                return self._held
        return self.best(width)[0]

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        """As tall as the taller column once balanced at ``width`` (the dialog is sized to it before the row is)."""
        return max(self.heights(self.split(width), width))

    def balance(self) -> int:
        """Give the left column the width, within what each needs at the least, at which the taller of the two is
        shortest (:meth:`best`), or keep the one it has where the row is within a scroll bar of the width that was
        chosen at (:meth:`split`); returns it. A resize that comes while it balances (the scroll area's answer to the
        new heights) keeps the split it is setting."""
        if self._balancing:
            return self._held
        self._balancing = True
        try:
            return self._balance()
        finally:
            self._balancing = False

    def _balance(self) -> int:
        left, right = self.parts
        width = self.width()
        half = (width - self.row.spacing()) // 2
        best_width = self.split(width)
        if best_width != self._held or abs(width - self._chosen_at) > self.slack():
            self._held, self._chosen_at = best_width, width
        total = width - self.row.spacing()
        # the side held is the narrower one; the other takes what the row has left, and more when it grows
        for part, most in ((left, best_width if best_width < half else WIDGET_MOST),
                           (right, total - best_width if best_width > half else WIDGET_MOST)):
            if part.maximumWidth() != most:
                part.setMaximumWidth(most)
        return best_width

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as the two columns would like, whatever width one is held to now: held, it would ask for less, the
        dialog be made narrower for it, and the columns held narrower again."""
        wish = super().sizeHint()
        return QSize(sum(part.sizeHint().width() for part in self.parts) + self.row.spacing(), wish.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():   # its height follows from the width it balances
            self.balance()
