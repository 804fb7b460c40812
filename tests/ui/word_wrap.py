"""The lines a text breaks into at word boundaries in a given font and width, as Qt's text layout breaks it."""
from __future__ import annotations

from PySide6.QtGui import QTextLayout, QTextOption


def wrapped_lines(text: str, font, width: int) -> list[str]:
    """``text`` laid out word-wrapped in ``font`` at ``width`` pixels: the text of each line, in order."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart(): line.textStart() + line.textLength()])
    layout.endLayout()
    return lines
