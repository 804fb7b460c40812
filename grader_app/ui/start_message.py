"""The start screen's message under the drop zone ("✓ Made 1 model and added it to the library: …", "⚠ … is a folder"),
in a box no taller than a few of its lines, or than the room the screen has to spare beside the least the heading and
the drop zone need, whichever is more: a longer message scrolls in it, whole in its tooltip too, and leaves the heading
and the drop zone above it their room.

QA (a Spanish teacher at 1024×600 and a 16 pt font): the news of a model made from a marked sheet ran to nine lines,
200 px of the 540 the left column has; the drop zone above it had some 80 px of its 180 in sight and showed its title cut in
half."""
from __future__ import annotations

from math import ceil
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

from .filter_guard import passes_when_collected
from .plain_tip import plain_tip

LINES = 3   # the most lines of the message shown at once


class MessageBox(QScrollArea):
    """Holds ``label`` (word-wrapped): as tall as its text, up to ``lines`` of its lines or to what ``room()`` says is
    to spare, whichever is more; scrolled up and down beyond. ``room`` is asked again whenever the box, or the widget
    it is watching (:meth:`watch`), changes its size."""

    def __init__(self, label: QLabel, lines: int = LINES, room: Callable[[], int] | None = None) -> None:
        super().__init__()
        self.label = label
        self.lines = lines
        self.room = room
        self._watched: QWidget | None = None
        self.setWidget(label)
        self.setWidgetResizable(True)   # as wide as the box, as tall as its text at that width
        self.setFrameShape(QFrame.Shape.NoFrame)   # it looks as the label alone did
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label.installEventFilter(self)

    def watch(self, widget: QWidget) -> None:
        """Ask ``room`` again whenever ``widget`` (the column the box is in) changes its size."""
        self._watched = widget
        widget.installEventFilter(self)

    def most_height(self) -> int:
        """The most the box shows at once: ``lines`` of the label's lines, or the room to spare if that is more."""
        least = self.lines_height(self.lines)
        if self.room is None:
            return least
        spare = self.room() - 2 * self.frameWidth() - least
        line = self.lines_height(self.lines + 1) - least
        return least + max(0, spare // line * line if line > 0 else spare)   # whole lines: none shown cut in half

    def lines_height(self, lines: int) -> int:
        """The height of ``lines`` of the label's lines (and its margins), laid out as the label lays out its text."""
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.label.font())
        doc.setPlainText("\n".join(["X"] * lines))
        m = self.label.contentsMargins()
        return ceil(doc.size().height()) + m.top() + m.bottom() + 2 * self.label.margin()

    def text_height(self, width: int) -> int:
        """The height the label's text needs at ``width``."""
        need = self.label.heightForWidth(width)
        return need if need >= 0 else self.label.sizeHint().height()

    def fits(self) -> bool:
        """Whether the whole message shows without scrolling."""
        return self.text_height(self.viewport().width()) <= self.most_height()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = self.width() - 2 * self.frameWidth()
        need = self.text_height(width) if width > 0 else self.label.sizeHint().height()
        return QSize(self.label.sizeHint().width(), min(need, self.most_height()) + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.label.minimumSizeHint().width(), self.sizeHint().height())

    def set_text(self, text: str) -> None:
        """Show ``text`` from its first line."""
        self.label.setText(text)
        self.verticalScrollBar().setValue(0)
        self.refit()

    def refit(self) -> None:
        """The text or the width changed: ask for the height it needs now, and say it whole in the tooltip if cut."""
        self.updateGeometry()
        self.setToolTip("" if self.fits() else plain_tip(self.label.text()))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if self.fits() else Qt.FocusPolicy.TabFocus)   # scrolled by keys

    def resizeEvent(self, e) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(e)
        if e.oldSize().width() != e.size().width():
            self.refit()

    @passes_when_collected
    def eventFilter(self, watched: QObject, e: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.label and e.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self.refit()
        elif watched is self._watched and e.type() == QEvent.Type.Resize:
            self.refit()
        return super().eventFilter(watched, e)
