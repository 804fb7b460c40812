"""The counts beside the status bar's message ("120 decided by you · 6 need you · saved"). They give way to news said in
a few words (:meth:`.message_bar.MessageBar.show_in_brief`): while it is shown the bar may make them narrower than their
text, and then they are cut at their end with "…" and said whole in their tooltip; once the news is gone they are whole
again. ``text()`` stays the whole counts; only what is painted is shorter."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QStyleOption

from .plain_tip import plain_tip


class BarCounts(QLabel):
    def shown(self) -> str:
        """The counts as painted: whole, or cut at their end to the width they were given."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def _tip(self) -> None:
        cut = self.shown() != self.text()
        tip = plain_tip(self.text()) if cut else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._tip()

    def paintEvent(self, event) -> None:
        self._tip()
        painter = QPainter(self)
        opt = QStyleOption()
        opt.initFrom(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment() | Qt.TextFlag.TextSingleLine),
                                  opt.palette, self.isEnabled(), self.shown(), self.foregroundRole())
        painter.end()
