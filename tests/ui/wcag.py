"""WCAG 2 contrast ratios, for the tests of the colours the widgets paint (1.4.3: text 4.5:1; 1.4.11: a control's
parts and a focus indicator 3:1)."""
from __future__ import annotations

from PySide6.QtGui import QColor


def luminance(colour: QColor) -> float:
    """Relative luminance of an sRGB colour (WCAG 2's definition)."""
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def ratio(a: QColor, b: QColor) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
