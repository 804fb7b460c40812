"""How the export dialog keeps to the screen, whatever it says after an export.

The dialog's body (the formats, what the export said and the students it left out; the summary stands above it, the
destination under it) is in a :class:`BodyScroll` above the Export and Close buttons. Once the list of students left
out appeared, the body used to be taller than the dialog's layout could give it: the formats were squashed (radio buttons 10 px
high, the systems' names drawn over them) and the dialog grew past a 600 px screen, taking Export and Close with
it. Now every part keeps its own height, the body scrolls when the screen is too short for it, and
:func:`fit_height` makes the dialog as tall as what it shows (shorter again when the list goes away), never
taller than the free area of its screen; :func:`reveal` scrolls what the teacher must read next into view. A line said
only now and then (:class:`SaidLabel`: what went wrong, what was saved) takes no room while it says nothing.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from . import mapping_layout


class BodyScroll(QScrollArea):
    """A dialog's body: as tall as its content where there is room, else it scrolls up and down; as wide as its lines
    where there is room, its long lines wrapped where there is not (down to :attr:`cap`, the screen's width: then,
    and only then, it scrolls sideways rather than leave the screen)."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = body
        self.cap: int | None = None   # the most it may ask for as its least width (fit_height: the screen's)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab goes to the body's controls, which are scrolled into view

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def content_height(self, width: int) -> int:
        """The body's height at ``width`` (its wrapped labels as tall as that width makes them)."""
        h = self.body.heightForWidth(width) if self.body.hasHeightForWidth() else -1
        return max(h, self.body.minimumSizeHint().height()) if h > 0 else self.body.sizeHint().height()

    def settle(self) -> None:
        """Give the body its height for the width it has now and lay it out at once: the scroll area does so only
        when the layout request of a list just shown arrives, and until then the body kept its old height, its
        formats squashed into it."""
        width = max(self.viewport().width(), self.body.minimumSizeHint().width())
        self.body.resize(width, max(self.viewport().height(), self.content_height(width)))
        inner = self.body.layout()
        if inner is not None:
            inner.activate()

    def minimumSizeHint(self) -> QSize:
        inner = self.body.minimumSizeHint()
        width = inner.width() + self._bar() + 2 * self.frameWidth()
        return QSize(min(width, self.cap) if self.cap else width, min(inner.height(), self.fontMetrics().height() * 8))

    def sizeHint(self) -> QSize:
        width = max(self.body.sizeHint().width(), self.body.minimumSizeHint().width())
        shown = self.viewport().width() if self.isVisible() else 0   # the width the body has now (beside a scroll bar)
        return QSize(width + self._bar() + 2 * self.frameWidth(),
                     self.content_height(shown if shown > 0 else width) + 2 * self.frameWidth())


def plain_label(parent: QWidget) -> QLabel:
    """A wrapped line of the dialog's that shows its text as written (names and titles from the sheet may hold <b> or
    &amp;: never markup)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SaidLabel(QLabel):
    """A line the dialog says only now and then (what went wrong, what was saved): hidden while it says nothing, so
    that an empty one takes no room from a small screen; wrapped, shown as written, and selectable (to be copied)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHidden(True)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setHidden(not text)

    def clear(self) -> None:
        super().clear()
        self.setHidden(True)


def room(widget: QWidget) -> QSize:
    """The most a window may take of the free area of its screen (the taskbar left out, its frame and title bar
    allowed for)."""
    return mapping_layout.available_geometry(widget).size() - mapping_layout.FRAME


def fit_height(dialog: QWidget, scroll: BodyScroll) -> None:
    """Make ``dialog`` as tall as its content (grown for a list of students, shorter again without it) and never
    taller or wider than :func:`room` allows (its long lines wrap: in Spanish at a 150 % font it was 1456 px wide on a
    1024 px screen, Export and Close off its edge); its width stays the one it has, unless that is too narrow."""
    free = room(dialog)
    outer = dialog.layout()
    margins = outer.contentsMargins() if outer is not None else None
    scroll.cap = free.width() - (margins.left() + margins.right() if margins is not None else 0)
    dialog.setMaximumSize(free)
    for _ in range(2):   # twice: the second time at the width the first gave the body (its lines wrapped as shown)
        before = dialog.size()
        inner = scroll.body.layout()
        if inner is not None:
            inner.invalidate()   # the labels' new texts, a list shown or hidden
        scroll.updateGeometry()
        layout = dialog.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        want = dialog.sizeHint()
        least = dialog.minimumSizeHint()
        width = min(max(dialog.width(), least.width(), want.width()), free.width())
        tall = want.height()   # at the hint's width: narrower (the screen's), its lines wrap to more of them
        if layout is not None and layout.hasHeightForWidth():
            tall = max(tall, layout.totalHeightForWidth(width))
        dialog.resize(width, max(min(tall, free.height()), min(least.height(), free.height())))
        scroll.settle()
        if dialog.size() == before:
            break
    keep_on_screen(dialog)


def keep_on_screen(window: QWidget) -> None:
    """Move ``window`` back into the free area of its screen where growing it took its edge past it (placed while it
    was narrower, the export dialog grown to its lines kept its left edge: Close was past the screen's right edge)."""
    if not window.isVisible():
        return
    area = mapping_layout.available_geometry(window)
    frame = window.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(window.pos() + QPoint(x - frame.left(), y - frame.top()))


def reveal(scroll: BodyScroll, *widgets: QWidget) -> None:
    """Once the layout has settled, scroll so that each of ``widgets`` in turn is in view (the last one wins where
    not all fit)."""
    def scroll_to() -> None:
        for w in widgets:
            if w.isVisible():
                scroll.ensureWidgetVisible(w, 0, 0)
    QTimer.singleShot(0, scroll, scroll_to)
