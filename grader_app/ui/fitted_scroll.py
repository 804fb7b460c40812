"""A scroll area as tall as what it holds, scrolling only where it is given less (the review screen's card, and on
it the whole question's box: :mod:`.whole_question`)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget


class FittedScrollArea(QScrollArea):
    """A scroll area that asks for its content's height (and scrolls only when the window is shorter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:
        w = self.widget()
        if w is None:
            return super().sizeHint()
        width = self.viewport().width()
        h = w.heightForWidth(width) if w.hasHeightForWidth() and width > 0 else -1
        margins = self.viewportMargins()   # a line pinned above the card (:class:`~.group_in_view.QuestionPin`)
        h = (h if h > 0 else w.sizeHint().height()) + 2 * self.frameWidth() + margins.top() + margins.bottom()
        return QSize(super().sizeHint().width(), h)

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """The card's layout changed (a group card's line on differing words shown, a heading hidden): the height it
        asks for changed, so the review screen's layout asks again. Else the area kept the height of the card's earlier
        content: a group card scrolled in a short area above an empty band where its members would have fitted."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def set_top_margin(self, height: int) -> None:
        """Room above the scrolled card for a line that stays put while the card scrolls."""
        if self.viewportMargins().top() != height:
            self.setViewportMargins(0, height, 0, 0)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """A new width wraps the card's text anew, so its height, the one asked for, changes: the layout asks again
        (else the area keeps the height the card had at its first, narrower width, and a gap opens under it)."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()
