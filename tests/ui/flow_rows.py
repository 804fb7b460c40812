"""A real flow layout of three buttons in a shown window, for the tests of how it holds up when Qt or the garbage
collector takes its items or attributes away behind its back."""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from grader_app.ui.flow_layout import FlowLayout


def shown_flow_row(qtbot, width: int, height: int) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    """A FlowLayout (its last item not stretched) holding the buttons "button 0" to "button 2", on a widget of
    ``width`` × ``height`` shown and exposed (closed by qtbot after the test): the widget, which the test holds (let go
    of, it is deleted with its layout and buttons), the layout and its buttons."""
    box = QWidget()
    qtbot.addWidget(box)
    row = FlowLayout(box, stretch_last=False)
    buttons = [QPushButton(f"button {i}") for i in range(3)]
    for b in buttons:
        row.addWidget(b)
    box.resize(width, height)
    box.show()
    qtbot.waitExposed(box)
    return box, row, buttons
