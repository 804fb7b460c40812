"""The export and About dialogs of the real main window keep to the screen at a 150 % application font in Spanish,
their buttons in sight (QA s52r findings 2 and 3); the About text has a name a screen reader says (finding 7)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from grader_app.ui import i18n, mapping_layout
from ui_helpers import counted, make_long_csv, open_and_score

NETBOOK = QRect(0, 0, 1024, 600)


@pytest.fixture
def large_font(qapp):
    """The application font at 150 % of its size (9 pt: 13.5 pt), as the teacher's desktop sets it."""
    font = qapp.font()
    big = qapp.font()
    big.setPointSizeF(font.pointSizeF() * 1.5 if font.pointSizeF() > 0 else 13.5)
    qapp.setFont(big)
    yield
    qapp.setFont(font)


def _scored_window(qtbot, make_window, tmp_path: Path, size):
    window = make_window(size)
    open_and_score(qtbot, window, make_long_csv(tmp_path / "class" / "answers.csv", n_students=6), active=True)
    return window


def _on_screen(dialog: QWidget) -> None:
    screen = (dialog.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert screen.contains(dialog.frameGeometry()), (dialog.frameGeometry(), screen)


def _in_sight(button: QWidget, dialog: QWidget) -> None:
    assert button.isVisible() and dialog.rect().contains(QRect(button.mapTo(dialog, QPoint(0, 0)), button.size()))


@pytest.mark.parametrize("netbook", [False, True], ids=["this-screen", "1024x600"])
def test_the_export_dialog_keeps_to_the_screen_in_spanish_at_a_large_font(qtbot, make_window, tmp_path, large_font,
                                                                         monkeypatch, netbook):
    """It was 1456 px wide on a 1024 px screen: the learning platforms' column, Export and Close past its edge."""
    if netbook:
        monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    window = _scored_window(qtbot, make_window, tmp_path, (1024, 600))
    assert i18n.install("es")
    window.show_export()
    dlg = counted(qtbot, window)   # as tall as it gets: the LMS files' counts in
    qtbot.waitUntil(lambda: dlg is not None and dlg.isVisible(), timeout=5000)
    room = mapping_layout.available_geometry(dlg).size() - mapping_layout.FRAME
    assert dlg.width() <= room.width() and dlg.height() <= room.height(), dlg.size()
    if not netbook:
        _on_screen(dlg)
    else:
        assert NETBOOK.contains(dlg.frameGeometry()), dlg.frameGeometry()
    for button in (dlg.export_button, dlg.close_button):
        _in_sight(button, dlg)
    # every choice whole: its text wrapped onto the lines it needs, none cut at the side
    body = dlg.body.body
    for key, b in dlg.format_buttons.items():
        assert b.height() >= b.heightForWidth(b.width()), key
        assert body.rect().contains(QRect(b.mapTo(body, QPoint(0, 0)), b.size())), key
    if netbook:   # on a 1024 px screen the body never scrolls sideways: the texts wrap instead
        assert dlg.body.horizontalScrollBar().maximum() == 0
        assert any(b.height() > b.sizeHint().height() for b in dlg.format_buttons.values())   # some did wrap
    dlg.reject()


def test_the_about_dialog_keeps_to_the_screen_at_a_large_font_and_says_what_its_text_is(qtbot, make_window, tmp_path,
                                                                                      large_font, monkeypatch):
    """At 150 % it was 718 px tall on a 600 px screen, its Close button below the edge."""
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    window = _scored_window(qtbot, make_window, tmp_path, (1024, 600))
    assert i18n.install("es")
    window.show_about()
    dlg = window.about_dialog
    qtbot.waitUntil(dlg.isVisible, timeout=5000)
    room = NETBOOK.size() - mapping_layout.FRAME
    assert dlg.height() <= room.height() and dlg.width() <= room.width(), dlg.size()
    assert NETBOOK.contains(dlg.frameGeometry()), dlg.frameGeometry()
    close = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    _in_sight(close, dlg)
    assert dlg.text.verticalScrollBar().maximum() > 0   # the text scrolls instead
    acc = QAccessible.queryAccessibleInterface(dlg.text)
    assert acc.text(QAccessible.Text.Name) == "Acerca de Grader y las teclas"
    assert acc.text(QAccessible.Text.Description)
    dlg.reject()
    QApplication.processEvents()
