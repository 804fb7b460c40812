"""The control the keyboard's focus lands on is in sight, however the focus got there (keyboard QA). On a 1024×600
screen with a 16-point font the export dialog's choices scroll; Tab from Close went round to the format chosen at the
top, and Alt+G to the graded spreadsheet, while the area stayed scrolled down: the focus was on a control out of
sight (Qt scrolls to the focus only when Tab moves it within the scrolled area). The real main window and its export
dialog, the keys sent to the widget that has the focus."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from grader_app.ui import mapping_layout
from ui_helpers import counted, make_long_csv, open_and_score

NETBOOK = QRect(0, 0, 1024, 600)


@pytest.fixture
def font_16(qapp):
    """The application's font at 16 points: on a 1024×600 laptop, the size the layouts are made to fit."""
    font = qapp.font()
    big = qapp.font()
    big.setPointSizeF(16)
    qapp.setFont(big)
    yield
    qapp.setFont(font)


def _in_sight(widget: QWidget, area) -> bool:
    view = area.viewport()
    return view.rect().contains(QRect(widget.mapTo(view, widget.rect().topLeft()), widget.size()))


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard's focus"
    return widget


@pytest.fixture
def export(qtbot, make_window, tmp_path: Path, font_16, monkeypatch):
    """The export dialog on a 1024×600 screen at 16 points, its choices scrolled to the bottom (the path and its note
    in sight), the window active; returns the dialog."""
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    window = make_window((1024, 600))
    open_and_score(qtbot, window, make_long_csv(tmp_path / "class" / "answers.csv", n_students=6), active=True)
    window.show_export()
    dlg = counted(qtbot, window)   # its choices as they stay: the LMS files' counts in
    qtbot.waitUntil(lambda: dlg is not None and dlg.isVisible(), timeout=5000)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=3000)
    bar = dlg.body.verticalScrollBar()
    assert bar.maximum() > 0, "the export dialog's choices do not scroll here: nothing to test"
    dlg.close_button.setFocus(Qt.FocusReason.TabFocusReason)
    bar.setValue(bar.maximum())
    return dlg


def test_tab_round_from_close_shows_the_format_it_lands_on(qtbot, export):
    chosen = export.format_buttons["xlsx"]
    assert chosen.isChecked() and not _in_sight(chosen, export.body)
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is chosen
    assert _in_sight(chosen, export.body)


def test_an_alt_letter_shows_the_choice_it_lands_on(qtbot, export):
    export.format_buttons["csv"].click()   # another format chosen; the graded spreadsheet's own letter comes back to it
    target = export.format_buttons["xlsx"]
    export.close_button.setFocus(Qt.FocusReason.TabFocusReason)
    export.body.verticalScrollBar().setValue(export.body.verticalScrollBar().maximum())
    assert not _in_sight(target, export.body)
    qtbot.keyClick(_focus(), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert _focus() is target
    qtbot.waitUntil(target.isChecked, timeout=3000)   # a button's letter clicks it as a short press does
    assert _in_sight(target, export.body)
