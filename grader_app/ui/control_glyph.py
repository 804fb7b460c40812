"""A status's icon on a control (the results page's main button, the columns dialog's "No model" choice), as a dark
palette shows it: the light look's orange or green circle stood 1.3 to 2.1:1 from a dark button's face as Fusion paints
it (a gradient lighter than the palette's button colour, the default button's tinged with the highlight), where WCAG
1.4.11 asks 3:1 of the parts of a control that tell what it is. There the circle is made lighter until it stands 3:1
from the lightest pixel the style paints where the icon goes (:func:`.style.status_icon` on that colour), worked out
again when the palette or the style changes (the system's scheme switched while Grader runs). In a light palette the
icon is the light look's, as it was."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QComboBox, QPushButton, QStyle, QStyleOptionButton, QStyleOptionComboBox, QWidget

from .filter_guard import passes_when_collected
from . import style

R = QPalette.ColorRole
_CHANGES = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange)
_faces: dict[tuple, QColor] = {}   # a face's lightest colour, per palette, style, size and kind of control


def is_dark_face(widget: QWidget) -> bool:
    """Whether ``widget``'s palette is a dark one for a control: its button words lighter than its button."""
    pal = widget.palette()
    return style.luminance(pal.color(R.ButtonText)) > style.luminance(pal.color(R.Button))


def _draw_face(widget: QPushButton | QComboBox, image: QImage, extra: QStyle.StateFlag) -> QRect:
    """Paint ``widget``'s face without its icon and words on ``image`` (in the state ``extra`` too); the area of its
    icon and words."""
    kit, painter = widget.style(), QPainter(image)
    if isinstance(widget, QComboBox):
        box = QStyleOptionComboBox()
        widget.initStyleOption(box)
        box.currentText, box.currentIcon, box.rect = "", QIcon(), image.rect()
        box.state |= extra
        kit.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        area = kit.subControlRect(QStyle.ComplexControl.CC_ComboBox, box, QStyle.SubControl.SC_ComboBoxEditField, widget)
    else:
        button = QStyleOptionButton()
        widget.initStyleOption(button)
        button.text, button.icon, button.rect = "", QIcon(), image.rect()
        button.state |= extra
        kit.drawControl(QStyle.ControlElement.CE_PushButtonBevel, button, painter, widget)
        area = kit.subElementRect(QStyle.SubElement.SE_PushButtonContents, button, widget)
    painter.end()
    return area


def face(widget: QPushButton | QComboBox) -> QColor:
    """The lightest colour ``widget``'s style paints its face in around its icon (a button's bevel, a combo box's
    frame, drawn without their icon and words, in the rows the icon takes, also as when the pointer is over it and it
    has the focus). Worked out once per palette, style, size and kind (drawing it takes some 20 ms)."""
    size = widget.size() if widget.width() > 8 and widget.height() > 8 else widget.sizeHint()
    key = (type(widget).__name__, widget.palette().cacheKey(), widget.style().name(), size.width(), size.height(),
           widget.iconSize().height(), isinstance(widget, QPushButton) and widget.isDefault())
    if key not in _faces:
        if len(_faces) > 64:
            _faces.clear()
        _faces[key] = _lightest(widget, size)
    return _faces[key]


def _lightest(widget: QPushButton | QComboBox, size: QSize) -> QColor:
    image = QImage(size, QImage.Format.Format_ARGB32)
    lightest, most = QColor(widget.palette().color(R.Button)), -1.0
    for extra in (QStyle.StateFlag.State_None, QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_HasFocus):
        image.fill(Qt.GlobalColor.transparent)
        area = _draw_face(widget, image, extra)
        # the rows the icon is drawn in (centred) and two pixels around it: not the bevel's light edge lines
        reach = widget.iconSize().height() // 2 + 2
        area = area.adjusted(2, 0, -2, 0).intersected(image.rect())
        middle = area.center().y()
        area.setTop(max(area.top() + 2, middle - reach))
        area.setBottom(min(area.bottom() - 2, middle + reach + 1))
        for y in range(area.top(), area.bottom() + 1):
            for x in range(area.left(), area.right() + 1):
                colour = QColor.fromRgba(image.pixel(x, y))
                if colour.alpha() == 255 and style.luminance(colour) > most:
                    lightest, most = colour, style.luminance(colour)
    return lightest


class StatusGlyph(QObject):
    """``widget``'s icon (a combo box's entry ``entry``'s): the status ``status``'s, made to stand out from its face in
    a dark palette (:func:`face`), and made so again whenever its palette or style changes."""

    def __init__(self, widget: QPushButton | QComboBox, status: str, entry: int = 0) -> None:
        super().__init__(widget)
        self.widget, self.status, self.entry = widget, status, entry
        widget.installEventFilter(self)
        self.apply()

    def show(self, status: str) -> None:
        self.status = status
        self.apply()

    def icon(self) -> QIcon:
        return style.status_icon(self.status, face(self.widget) if is_dark_face(self.widget) else None)

    def apply(self) -> None:
        if isinstance(self.widget, QComboBox):
            self.widget.setItemIcon(self.entry, self.icon())
        else:
            self.widget.setIcon(self.icon())

    @passes_when_collected
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() in _CHANGES:
            self.apply()
        return False
