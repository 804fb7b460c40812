"""A message box's buttons stacked one above the other where side by side they would be cut: QMessageBox keeps itself
within the screen (as wide as a screen of up to 1024 px, else 480 px narrower, at most 1000) and squeezes a row of
buttons too long for that, so a long label ("Bewertete Tabelle woandershin exportieren…") lost both its ends at a
16 pt font on a 1024 px screen. Stacked, each button is as wide as its whole label.
:func:`open_asking` opens a question so laid out and hands on the button clicked."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QMessageBox, QPushButton, QWidget


def widest_box(near: QWidget | None) -> int:
    """How wide QMessageBox lets itself be on the screen of ``near`` (QMessageBoxPrivate::updateSize's limit)."""
    screen = (near.screen() if near is not None else None) or QGuiApplication.primaryScreen()
    width = screen.availableGeometry().width()
    return width if width <= 1024 else min(width - 480, 1000)


def row_width(box: QMessageBox) -> int:
    """The width the box's buttons need side by side, with the box's margins."""
    buttons = box.buttons()
    row = box.findChild(QDialogButtonBox)
    row_layout = row.layout() if row is not None else None
    spacing = max(row_layout.spacing(), 6) if row_layout is not None else 6
    box_layout = box.layout()
    edge = 0
    if box_layout is not None:
        margins = box_layout.contentsMargins()
        edge = margins.left() + margins.right()
    return sum(b.sizeHint().width() for b in buttons) + spacing * max(len(buttons) - 1, 0) + edge


def stack_if_cut(box: QMessageBox, near: QWidget | None = None) -> bool:
    """Stack ``box``'s buttons (call before it is shown) if side by side they would not fit; True if stacked."""
    row = box.findChild(QDialogButtonBox)
    if row is None or row_width(box) <= widest_box(near or box.parentWidget()):
        return False
    row.setOrientation(Qt.Orientation.Vertical)
    return True


def open_asking(box: QMessageBox, near: QWidget, default: QPushButton, escape: QAbstractButton,
                answered: Callable[[QAbstractButton | None], object]) -> None:
    """Open ``box`` window-modal with ``default`` and ``escape`` set, its buttons stacked where beside each other they
    would be cut near ``near``; once it closes it is deleted and ``answered`` gets the button clicked (None: none)."""
    box.setDefaultButton(default)
    box.setEscapeButton(escape)

    def closed(_result: int) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        answered(clicked)

    box.finished.connect(closed)
    stack_if_cut(box, near)   # side by side, a long label is cut at 16 pt on a small screen
    box.open()
