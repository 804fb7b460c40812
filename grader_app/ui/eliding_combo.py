"""A combo box that, narrower than its choice, draws it cut with "…" (:class:`ElidingCombo`).

A QComboBox draws its current text clipped at its edge, mid-letter ("Science: ce" in the columns dialog's "Scored by"
column at a 16 pt font on a 1024×600 screen), with nothing to say that more follows. This one draws the beginning of
the text and "…" where it does not fit; the whole text is in its tooltip, which the caller sets (the model's whole
name: :func:`~.mapping_items.whole_name_tip`). Its text, accessible name and keys are the QComboBox's own.

A cut that would read like another choice's cut (two models named "Science, Year 9, Unit 3: ..." both shown as
"Science, Year 9, Unit 3: liv…") leaves out the words they share instead, so that what tells them apart is in sight
("…membranes and tr…"): :func:`cut_apart`.

Given ``least_chars``, it asks for its minimum contents length where there is room but may be squeezed down to that
many characters (the columns dialog's choices of a column, which give their room to the models' names in Spanish at
16 pt: :class:`~.mapping_layout.ShareRow`).
"""
from __future__ import annotations

import os
from typing import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

ICON_GAP = 4   # what Qt's styles leave between a combo's icon and its text
ELLIPSIS = "…"


def cut_apart(text: str, others: Iterable[str], metrics: QFontMetrics, width: int) -> str:
    """``text`` as it fits in ``width`` pixels: whole, or its beginning and "…"; where that beginning is also how one
    of ``others`` would be cut, "…" and ``text`` from the word where it parts from the likest of them (cut at its end
    as far as it must be), or, where they part within their first word, its beginning and its end around "…"."""
    cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if cut == text:
        return text
    alike = [o for o in others if o != text and metrics.elidedText(o, Qt.TextElideMode.ElideRight, width) == cut]
    if not alike:
        return cut
    shared = max(len(os.path.commonprefix([text, o])) for o in alike)
    start = text.rfind(" ", 0, shared + 1) + 1   # the word in which they part
    if start <= 0:
        return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width)
    rest = metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, width - metrics.horizontalAdvance(ELLIPSIS))
    if not rest.rstrip(ELLIPSIS):   # no room for a letter of it after "…"
        return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width)
    return ELLIPSIS + rest


class ElidingCombo(QComboBox):
    def __init__(self, parent=None, least_chars: int | None = None) -> None:
        super().__init__(parent)
        self.least_chars = least_chars

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        least = super().minimumSizeHint()
        give = self.minimumContentsLength() - (self.least_chars or 0)
        if self.least_chars is None or give <= 0:
            return least
        return QSize(least.width() - self.fontMetrics().horizontalAdvance("X") * give, least.height())

    def _option(self) -> QStyleOptionComboBox:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        return opt

    def text_width(self) -> int:
        """The width its text is drawn in: the edit field's, less the icon."""
        return self.text_width_at(self.rect())

    def text_width_at(self, rect) -> int:
        """The width its text would be drawn in were it as large as ``rect`` (a QRect)."""
        opt = self._option()
        opt.rect = rect
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        icon = opt.iconSize.width() + ICON_GAP if not opt.currentIcon.isNull() else 0
        return field.width() - icon - 2

    def shown(self) -> str:
        """The text as it is drawn: whole, or its beginning and "…" (or, where another choice would be cut alike, what
        tells it apart: :func:`cut_apart`)."""
        others = (self.itemText(i) for i in range(self.count()) if i != self.currentIndex())
        return cut_apart(self.currentText(), others, self.fontMetrics(), max(0, self.text_width()))

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        opt = self._option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.shown()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)
