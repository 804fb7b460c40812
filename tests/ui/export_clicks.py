"""The export dialog driven as a teacher drives it: a format chosen with a click, a destination, Export pressed."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from ui_helpers import counted


def choose_format(qtbot, dlg, fmt: str) -> None:
    """Clicks the format's choice (near its left edge, where its radio button is), once the counts that decide which
    files are offered are in, and checks it is chosen."""
    counted(qtbot, dlg)
    button = dlg.format_buttons[fmt]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert dlg.format == fmt


def export_as(qtbot, dlg, fmt: str, path: Path, signal: str = "exported", timeout: int = 20000):
    """``fmt`` chosen with a click and Export pressed for ``path``; waits for ``signal`` and returns its blocker."""
    choose_format(qtbot, dlg, fmt)
    dlg.set_destination(path)
    with qtbot.waitSignal(getattr(dlg, signal), timeout=timeout) as sig:
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    return sig
