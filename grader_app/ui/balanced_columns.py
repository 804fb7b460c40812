"""Two columns side by side that share their row's width so that the taller is as short as it can be
(:class:`BalancedColumns`).

The export dialog's formats stand in two columns: the sheet's own formats and the feedback on the left, the learning
platforms on the right. Given half the row each, at a 16 pt font on a 1280×720 screen the platforms' column was taller
than the dialog's body had room for (Google Classroom's line and the "Any system" choice below the fold, to be
scrolled to, in English, German and Spanish) while the left column left a band of nothing under its choices. The left
column now gives the right what it can spare, its own lines wrapping, as long as that makes the taller of the two
shorter (or takes what the right can spare); where both are as tall at half the row, each keeps half.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

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

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        """As tall as the taller column once balanced at ``width`` (the dialog is sized to it before the row is)."""
        return self.best(width)[1]

    def balance(self) -> int:
        """Give the left column the width, within what each needs at the least, at which the taller of the two is
        shortest (:meth:`best`); returns it."""
        left, right = self.parts
        half = (self.width() - self.row.spacing()) // 2
        best_width = self._held = self.best(self.width())[0]
        total = self.width() - self.row.spacing()
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
