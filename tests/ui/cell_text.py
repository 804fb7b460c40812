"""A table cell's text as the view draws it: the room the style gives the text and the text cut to it."""
from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem


def _cell_option(table, index) -> QStyleOptionViewItem:
    """The option the view paints the cell with: the cell's rectangle first, then the delegate's option."""
    opt = QStyleOptionViewItem()
    table.initViewItemOption(opt)
    opt.rect = table.visualRect(index)
    table.itemDelegateForIndex(index).initStyleOption(opt, index)
    return opt


def _room(table, opt: QStyleOptionViewItem) -> int:
    """The style's text rectangle (beside the icon), less the text margins Qt's item drawing keeps
    (QCommonStyle's viewItemDrawText)."""
    style = table.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, table)
    return rect.width() - 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)


def text_room(table, index) -> int:
    """The pixels in which the view draws the cell's text (beside its icon, less Qt's text margins)."""
    return _room(table, _cell_option(table, index))


def shown_as(table, index, text: str) -> str:
    """``text`` as the view would draw it in the cell at ``index`` (beside its icon): cut as :func:`shown_text` cuts."""
    opt = _cell_option(table, index)
    opt.text = text
    return opt.fontMetrics.elidedText(opt.text, opt.textElideMode, _room(table, opt))


def shown_text(table, index) -> str:
    """A cell's text as the view draws it: cut by its delegate's elide mode to the style's text rectangle."""
    opt = _cell_option(table, index)
    return opt.fontMetrics.elidedText(opt.text, opt.textElideMode, _room(table, opt))


def shown_icon(table, index):
    """The icon the view draws beside the cell's text (its delegate's, as :func:`shown_text` has its text)."""
    opt = _cell_option(table, index)
    return QIcon(opt.icon)   # a copy: the option's own goes with it
