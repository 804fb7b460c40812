"""How the start screen's list of recent sheets shows an entry too long for its row: "year-9-biology.csv  —  in
Science 9B" loses its folder first ("… —  in Scie…"), and a file name that is itself longer than the row keeps its
start and its end ("Klassenarbeit Bio…ynthese 9B.xlsx"): the list elided every entry at its right end, so a long
name lost its own end, the part that tells two tests of one class apart, and its kind (.xlsx, .csv). The whole path is
in the entry's tooltip (:meth:`~.start_screen.StartScreen.set_recent`)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

NAME_ROLE = Qt.ItemDataRole.UserRole + 1   # an entry's file name, the part of its words never cut first


def fitted(text: str, name: str, fm: QFontMetrics, width: int) -> str:
    """``text`` (an entry that begins with the file name ``name``) as it fits ``width`` px: whole; else cut at its
    end while ``name`` stays whole; else ``name`` alone, cut in its middle."""
    if fm.horizontalAdvance(text) <= width:
        return text
    if name and text.startswith(name) and fm.horizontalAdvance(name + "…") <= width:
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return fm.elidedText(name or text, Qt.TextElideMode.ElideMiddle, width)


def text_width(option: QStyleOptionViewItem, widget: QWidget | None) -> int:
    """The width the style draws an item's text in (its text's rectangle, less the margins it keeps either side)."""
    style = widget.style() if widget is not None else None
    if style is None:
        return option.rect.width()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    return rect.width() - 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, widget) + 1)


class RecentEntry(QStyledItemDelegate):
    """Draws each recent sheet as :func:`fitted` to its row."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        name = index.data(NAME_ROLE)
        if isinstance(name, str) and option.text:
            view = self.parent()
            option.text = fitted(option.text, name, option.fontMetrics,
                                 text_width(option, view if isinstance(view, QWidget) else None))
