"""A word-wrapped label that lays its text out once per width (:class:`WidthMemoLabel`).

Qt's QLabel keeps its size hint, but not its height for a width: every layout that asks (the member list's height, the
card's, each layout pass) lays the text out again. On the review screen a group card's member list asked each member's
line and text for their heights about seventeen times per key, at three or four widths, for the same texts: a third of
the key's time on the GUI thread. The label here remembers its heights per width and forgets them whenever anything
its layout depends on changes (its text, format, wrapping, margins, indent, frame, font or style), so it answers what
QLabel answers, only once.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel

# the changes to a label that can change its height for a width (besides what its setters below change): told its
# changeEvent, and (another screen, of another resolution: other font metrics) its event
_LAYOUT_EVENTS = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange,
                            QEvent.Type.LayoutDirectionChange})
_SCREEN_EVENTS = frozenset({QEvent.Type.ScreenChangeInternal, QEvent.Type.DevicePixelRatioChange})


class WidthMemoLabel(QLabel):
    """A QLabel whose :meth:`heightForWidth` is worked out once per width for its text as it is."""

    def __init__(self, text: str = "", parent=None) -> None:
        # before QLabel's own init (it may ask for a height already); by width, or by (width, words) for a subclass that
        # draws other words than its text (:class:`~.review_top_line.ShortCountLabel`)
        self._heights: dict[int | tuple[int, str], int] = {}
        super().__init__(text, parent)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in _LAYOUT_EVENTS:
            self._heights.clear()
        super().changeEvent(event)

    def event(self, e: QEvent) -> bool:
        if e.type() in _SCREEN_EVENTS:
            self._heights.clear()
        return super().event(e)

    # every setter of what the text's layout depends on (the label's own are called from Python only); each forgets the
    # heights only when it changes something: the review screen sets every member's texts again at each key
    def _changes(self, now, then) -> None:
        if now != then:
            self._heights.clear()

    def setText(self, text: str) -> None:  # noqa: N802
        self._changes(text, self.text())
        super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setNum(self, number) -> None:  # noqa: N802
        self._heights.clear()
        super().setNum(number)

    def setPixmap(self, pixmap) -> None:  # noqa: N802 (a label with a picture has no height for a width of its own)
        self._heights.clear()
        super().setPixmap(pixmap)

    def setPicture(self, picture) -> None:  # noqa: N802
        self._heights.clear()
        super().setPicture(picture)

    def setMovie(self, movie) -> None:  # noqa: N802
        self._heights.clear()
        super().setMovie(movie)

    def setTextInteractionFlags(self, flags) -> None:  # noqa: N802 (selectable text may be laid out as a document)
        self._changes(flags, self.textInteractionFlags())
        super().setTextInteractionFlags(flags)

    def setTextFormat(self, format_) -> None:  # noqa: N802
        self._changes(format_, self.textFormat())
        super().setTextFormat(format_)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802
        self._changes(on, self.wordWrap())
        super().setWordWrap(on)

    def setMargin(self, margin: int) -> None:  # noqa: N802
        self._changes(margin, self.margin())
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:  # noqa: N802
        self._changes(indent, self.indent())
        super().setIndent(indent)

    def setFrameShape(self, shape) -> None:  # noqa: N802
        self._changes(shape, self.frameShape())
        super().setFrameShape(shape)

    def setFrameStyle(self, style: int) -> None:  # noqa: N802
        self._changes(style, self.frameStyle())
        super().setFrameStyle(style)

    def setLineWidth(self, width: int) -> None:  # noqa: N802
        self._changes(width, self.lineWidth())
        super().setLineWidth(width)

    def setMidLineWidth(self, width: int) -> None:  # noqa: N802
        self._changes(width, self.midLineWidth())
        super().setMidLineWidth(width)

    def setContentsMargins(self, *margins) -> None:  # noqa: N802
        self._heights.clear()
        super().setContentsMargins(*margins)

    def setFont(self, font) -> None:  # noqa: N802
        self._changes(font, self.font())
        super().setFont(font)
