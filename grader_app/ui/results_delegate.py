"""Paints the results table's cells from one Python lookup per cell.

A stock ``QStyledItemDelegate`` fills its style option by asking the model for seven roles per cell
(display, decoration, background, foreground, alignment, font, check state); through the filter
proxy each of those is two calls from C++ into Python (the source index, then the data). With 200
cells on screen that is ~3,000 calls per repaint, and while a worker thread is scoring, each call
must win the GIL back first: the table's repaint was the longest stall of the window. This delegate
maps the cell to the source row once, takes everything it shows from
:meth:`ResultsModel.cell`, and lets the style draw it exactly as the stock delegate would.
The model still answers every role (tool tips, accessibility, tests and size hints use them).
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .results_model import RIGHT, DARK_TEXT

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ResultsDelegate(QStyledItemDelegate):
    def __init__(self, proxy, parent=None) -> None:
        super().__init__(parent)
        self._proxy = proxy

    def paint(self, painter, option, index) -> None:
        source = self._proxy.sourceModel()
        cell = source.cell(self._proxy.mapToSource(index).row(), index.column()) if source is not None else None
        if cell is None:
            super().paint(painter, option, index)
            return
        text, background, icon, numeric = cell
        opt = QStyleOptionViewItem(option)
        opt.index = index
        features = opt.features
        if text:
            opt.text = text
            features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        opt.displayAlignment = RIGHT if numeric else LEFT
        opt.textElideMode = Qt.TextElideMode.ElideRight
        if background is not None:
            opt.backgroundBrush = QBrush(background)
            opt.palette.setColor(QPalette.ColorRole.Text, DARK_TEXT)
        if icon is not None:
            opt.icon = icon
            features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            side = opt.widget.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, opt.widget) \
                if opt.widget is not None else 16
            opt.decorationSize = QSize(side, side)
        opt.features = features
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
