"""Words in a colour Grader chooses (a failure's dark red, a link's colour), readable on the window behind them in
whatever palette Qt gives: Windows 11 and macOS in dark mode give a dark one, on which the light look's dark red of a
failure read at 1.8:1 (WCAG 1.4.3 asks 4.5:1). The colour is kept where it reads (the light look is unchanged), made
lighter on a dark window until it does (:func:`.style.behind_text`), and worked out again when the palette changes
(the system's scheme switched while Grader runs): a style sheet's colour, even ``palette(link)``, is read once, when
it is set, so a failure shown before the switch kept the light look's colour on the dark window."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from .filter_guard import passes_when_collected
from .style import behind_text

FAILURE = QColor(138, 28, 0)   # a failure's words (#8a1c00): 8.1:1 on the light window
INK = "{ink}"   # where a style sheet given to :class:`Ink` takes the colour
_CHANGES = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


def ink_on(colour: QColor, ground: QColor, least: float = 4.5) -> QColor:
    """``colour`` as words on ``ground`` read at ``least`` at least: as it is if they do, else lighter on a dark ground
    (darker on a light one) until they do."""
    return behind_text(colour, ground, least)


class Ink(QObject):
    """``widget``'s style sheet ``sheet``, its :data:`INK` the colour ``colour`` (or the palette's colour of that role)
    made readable on the window it is on (its parent's), and made so again whenever that palette changes. An empty
    sheet is none (the widget's own colours). A widget with a style sheet keeps the palette it had when the sheet was
    set, and is told nothing when the application's changes: its parent is."""

    def __init__(self, widget: QWidget, sheet: str, colour: QColor | QPalette.ColorRole) -> None:
        super().__init__(widget)
        self.widget, self.sheet, self.colour = widget, sheet, colour
        self._watched: QWidget | None = None   # the parent whose palette the colour is worked out on
        widget.installEventFilter(self)
        self._watch()
        self.apply()

    def _watch(self) -> None:
        parent = self.widget.parentWidget()
        if parent is not self._watched:
            if self._watched is not None:
                try:
                    self._watched.removeEventFilter(self)
                except RuntimeError:   # the old parent is gone already
                    pass
            if parent is not None:
                parent.installEventFilter(self)
            self._watched = parent

    def ink(self) -> QColor:
        """The colour the words are painted in now."""
        window = self.widget.parentWidget() or self.widget   # the style sheet's own colour is not the window's
        pal = window.palette()
        colour = self.colour if isinstance(self.colour, QColor) else pal.color(self.colour)
        return ink_on(colour, pal.color(QPalette.ColorRole.Window))

    def set_sheet(self, sheet: str) -> None:
        self.sheet = sheet
        self.apply()

    def apply(self) -> None:
        sheet = self.sheet.replace(INK, self.ink().name())
        if self.widget.styleSheet() != sheet:   # the same sheet again: no repolish (which changes the palette)
            self.widget.setStyleSheet(sheet)

    @passes_when_collected
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and watched is self.widget:
            self._watch()
            self.apply()
        elif event.type() in _CHANGES:
            self.apply()
        return False
