"""A radio button whose text wraps onto more lines when its row is narrower than the text (:class:`WrapRadio`).

A QRadioButton draws its text on one line and asks for its whole width: in Spanish at a 150 % font the export
dialog's formats made it 1456 px wide on a 1024 px screen, Export and Close off its edge (QA s52r finding 2). This one
asks for that width where there is room and is drawn as Qt draws it then; given less, its text wraps between words
under the first line, the circle beside that line, and it is as tall as its lines (height for width). Its text, its
Alt+letter, its accessible name and its keys are the QRadioButton's own.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (QRadioButton, QSizePolicy, QStyle, QStyleOptionButton, QStyleOptionFocusRect,
                               QStylePainter, QWidget)

LEAST_CHARS = 12   # it never asks for less than this many average characters of text beside its circle


class WrapRadio(QRadioButton):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)   # as tall as its lines (a Fixed one keeps to one line)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        return opt

    def _beside(self) -> int:
        """The width the circle and the gap after it take (the text starts there)."""
        style, opt = self.style(), self._option()
        return (style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, opt, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, opt, self))

    def _flags(self) -> int:
        shown = self.style().styleHint(QStyle.StyleHint.SH_UnderlineShortcut, self._option(), self)
        mnemonic = Qt.TextFlag.TextShowMnemonic if shown else Qt.TextFlag.TextHideMnemonic
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap | mnemonic)

    def _text_height(self, width: int) -> int:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 1 << 20), self._flags(), self.text()).height()

    def _one_line(self, width: int) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text().replace("&", "")) <= width - self._beside()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        one = super().sizeHint().height()
        if self._one_line(width):
            return one
        return max(one, self._text_height(width - self._beside()) + one - self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        words = self.text().replace("&", "").split()
        widest = max((fm.horizontalAdvance(w) for w in words), default=0)
        one = super().sizeHint()
        text = min(one.width() - self._beside(), max(widest, fm.averageCharWidth() * LEAST_CHARS))
        return QSize(self._beside() + text, one.height())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._one_line(self.width()):
            super().paintEvent(event)   # as Qt draws it
            return
        painter = QStylePainter(self)
        opt = self._option()
        style = self.style()
        line = self.fontMetrics().height()
        top = (super().sizeHint().height() - line) // 2   # the first line where a one-line button has its text
        indicator = style.subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, opt, self)
        indicator.moveTop(top + (line - indicator.height()) // 2)
        circle = QStyleOptionButton(opt)
        circle.rect = indicator
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, circle)
        text = QRect(self._beside(), top, self.width() - self._beside(), self.height() - top)
        style.drawItemText(painter, text, self._flags(), self.palette(), self.isEnabled(), self.text(),
                           self.foregroundRole())
        if opt.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = self.fontMetrics().boundingRect(text, self._flags(), self.text()).adjusted(-1, 0, 1, 0)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)
