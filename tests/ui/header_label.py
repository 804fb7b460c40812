"""A results table's column title measured as its header draws it, for the tests of what the titles show."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionHeader


def header_label(table, col: int) -> tuple[str, QFontMetrics, int]:
    """Column ``col``'s title as QHeaderView::paintSection hands it to the style, the metrics of the font it is drawn
    in (bold while the column holds the chosen row's cell) and the width of the style's label rectangle (which leaves
    room for the sort arrow in the column sorted by)."""
    header = table.horizontalHeader()
    opt = QStyleOptionHeader()
    header.initStyleOption(opt)
    header.initStyleOptionForIndex(opt, col)
    opt.rect = QRect(0, 0, header.sectionSize(col), header.height())
    label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, opt, header)
    font = QFont(header.font())
    font.setBold(bool(opt.state & QStyle.StateFlag.State_On))
    return opt.text, QFontMetrics(font), label.width()
