"""The light tints Grader paints behind words (a status's row, a flagged answer, a differing word, a banner), as a dark
palette shows them: Windows 11 and macOS in dark mode give Qt a dark window, on which the light look's pale yellow,
blue, green and salmon rows, their words forced dark, made a glaring striped table. There a tint is a dark colour of
the same hue (:data:`LIGHTNESS`), the palette's own light words on it read at 4.5:1 at least (WCAG 1.4.3), and a
status's icon is made lighter until it stands 3:1 from its row (WCAG 1.4.11). In a light palette every colour is the
light look's, as it was."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from .ink import Ink
from .style import behind_text, luminance

LIGHTNESS = 0.22   # a tint's HSL lightness in a dark palette (Windows' dark window is 0.12, its table 0.18)
SATURATION = 0.45   # at most: the light tints' full saturation, dark, is a loud brown or blue
EDGE_LIGHTNESS = 0.45   # a banner's border in a dark palette
R = QPalette.ColorRole


def is_dark(palette: QPalette, ground: QPalette.ColorRole = R.Window) -> bool:
    """Whether ``palette`` is a dark one: its words (of the ``ground`` role: Window's or Base's) lighter than it."""
    text = R.Text if ground == R.Base else R.WindowText
    return luminance(palette.color(text)) > luminance(palette.color(ground))


def dark_tint(light: QColor, text: QColor, lightness: float = LIGHTNESS) -> QColor:
    """The light tint ``light`` in a dark palette: its hue, dark, and darker still if ``text`` does not read on it."""
    tint = QColor.fromHslF(max(light.hslHueF(), 0.0), min(light.hslSaturationF(), SATURATION), lightness)
    return behind_text(tint, text, 4.5)


def glyph_on(colour: QColor, ground: QColor) -> QColor:
    """An icon's colour ``colour`` made lighter on a dark ``ground`` until it stands 3:1 from it (WCAG 1.4.11)."""
    return behind_text(colour, ground, 3.0)


class Tints:
    """A dark palette's tints, worked out once per light colour; ``None`` for a light palette (see :func:`of`)."""

    def __init__(self, palette: QPalette, ground: QPalette.ColorRole = R.Base) -> None:
        self.text = palette.color(R.Text if ground == R.Base else R.WindowText)
        self.ground = palette.color(ground)
        self._tints: dict[int, QColor] = {}

    def fill(self, light: QColor) -> QColor:
        rgb = light.rgb()
        if rgb not in self._tints:
            self._tints[rgb] = dark_tint(light, self.text)
        return self._tints[rgb]


def of(palette: QPalette, ground: QPalette.ColorRole = R.Base) -> Tints | None:
    """``palette``'s tints where it is a dark one, else ``None`` (the light look's colours)."""
    return Tints(palette, ground) if is_dark(palette, ground) else None


def banner_sheet(sheet: str, back: QColor, ink: QColor, edge: QColor, palette: QPalette) -> str:
    """``sheet`` with its ``{back}``, ``{ink}`` and ``{edge}`` the banner's light colours, or in a dark ``palette``
    its dark tint, the palette's words and a border of the same hue (lighter than the tint)."""
    if is_dark(palette):
        words = palette.color(R.WindowText)
        back = dark_tint(back, words)
        edge = QColor.fromHslF(max(edge.hslHueF(), 0.0), min(edge.hslSaturationF(), SATURATION), EDGE_LIGHTNESS)
        ink = behind_text(words, back, 4.5)
    return sheet.replace("{back}", back.name()).replace("{ink}", ink.name()).replace("{edge}", edge.name())


class Banner(Ink):
    """``widget``'s style sheet ``sheet`` (its ``{back}``, ``{ink}`` and ``{edge}``: :func:`banner_sheet`), worked out
    on the palette of the window it is on and again whenever that palette changes (as :class:`.ink.Ink` does)."""

    def __init__(self, widget, sheet: str, back: QColor, ink: QColor, edge: QColor) -> None:
        self.colours = (back, ink, edge)
        super().__init__(widget, sheet, R.WindowText)

    def apply(self) -> None:
        window = self.widget.parentWidget() or self.widget
        sheet = banner_sheet(self.sheet, *self.colours, window.palette())
        if self.widget.styleSheet() != sheet:
            self.widget.setStyleSheet(sheet)
