"""The line above a group member's text on the review card (student, the model's score, the teacher's, how it differs,
its flags), which on a short page shows at most a few lines (:class:`HeadLabel`).

At a 16 pt font in German a member's head took three lines beside its Pull out button ("… · noch nicht bewertet ·
unterscheidet sich: lässt absorbs, less, energy, doghouse weg"), so that a member list the height of a 1024×600 page's
card showed one member's text: the teacher could not compare two answers of the group without scrolling. On a short
page (:mod:`.review_compact`) a head keeps two lines, the second cut with "…" where the head is longer; its ``text()``,
and so what a screen reader hears, stays whole, and its tooltip then shows it whole.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize
from PySide6.QtGui import QHelpEvent, QPainter, QTextOption
from PySide6.QtWidgets import QToolTip

from .plain_tip import plain_tip
from .text_wrap import cut_at_word, line_spans
from .width_memo import WidthMemoLabel


class HeadLabel(WidthMemoLabel):
    """A word-wrapped plain-text label of at most :attr:`max_lines` lines (0: as many as it needs)."""

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(text, parent)
        self.max_lines = 0

    def set_max_lines(self, lines: int) -> None:
        if lines != self.max_lines:
            self.max_lines = lines
            self.updateGeometry()
            self.update()

    def _inner_width(self, width: int) -> int:
        margins = self.contentsMargins()
        return max(1, width - margins.left() - margins.right() - 2 * self.margin())

    def _lines(self, width: int) -> list[str]:
        """Its text's lines, wrapped at ``width`` (the label's) as it is drawn."""
        text = self.text()
        spans = line_spans(text, self.font(), self._inner_width(width), QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        return [text[start:start + length] for start, length in spans]

    def _most(self) -> int:
        """Its height at :attr:`max_lines` lines."""
        margins = self.contentsMargins()
        return self.max_lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom() + 2 * self.margin()

    @property
    def folded(self) -> bool:
        """Cut to :attr:`max_lines` lines at its width now."""
        return bool(self.max_lines) and bool(self.text()) and super().heightForWidth(self.width()) > self._most()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        whole = super().heightForWidth(width)
        return min(whole, self._most()) if self.max_lines else whole

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self._most())) if self.max_lines else hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        least = super().minimumSizeHint()
        return QSize(least.width(), min(least.height(), self._most())) if self.max_lines else least

    def _shown_lines(self) -> list[str]:
        """The lines drawn when it is cut: its first lines whole, the last of them cut with "…"."""
        lines = self._lines(self.width())
        rest = "".join(lines[self.max_lines - 1:]).strip()
        return [line.rstrip() for line in lines[:self.max_lines - 1]] + [
            cut_at_word(rest, self.fontMetrics(), self._inner_width(self.width()))]

    def shown(self) -> str:
        """The text as it is drawn: whole, or its first lines, the last of them cut with "…"."""
        return " ".join(self._shown_lines()) if self.folded else self.text()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self.folded:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        fm = self.fontMetrics()
        for i, line in enumerate(self._shown_lines()):
            painter.drawText(QPointF(rect.left(), rect.top() + i * fm.lineSpacing() + fm.ascent()), line)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and self.folded and isinstance(e, QHelpEvent):
            own = self.toolTip()
            QToolTip.showText(e.globalPos(), plain_tip(self.text() + (f"\n\n{own}" if own else "")), self)
            return True
        return super().event(e)
