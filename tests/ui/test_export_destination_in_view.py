"""Review of the screens (a teacher on a 1280×720 laptop with a 16 pt font, in English, Spanish and German): the export
dialog opened with its "Save to" line below the fold of its scrolling body, the file's name cut in half by the
Export and Close buttons and the line saying what the chosen file holds out of sight, so the teacher pressed Export
without seeing where the file would go. The destination and that line now stand under the body, beside the buttons
they go with, never scrolled away: as the dialog opens, on a laptop's screen and on a netbook's, they are whole in
view. The real dialog."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from grader_app.ui import i18n, mapping_layout
from test_export_fit_and_words import class_sheet, inside, open_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LAPTOP = QRect(0, 0, 1280, 720 - 40)       # less a taskbar
NETBOOK = QRect(0, 0, 1024, 600 - 40)


def _whole_in_view(widget, dlg) -> bool:
    """``widget`` is shown whole: nothing of it clipped by the scrolling body or the dialog's edge."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect() and inside(widget, dlg)


@pytest.mark.parametrize("screen, lang", [(LAPTOP, "en"), (LAPTOP, "es"), (LAPTOP, "de"), (NETBOOK, "es")])
def test_where_the_file_goes_is_in_view_as_the_dialog_opens(qtbot, tmp_path, task_manager, monkeypatch, font_16,
                                                            screen, lang):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: screen)
    assert i18n.install(lang)                     # (the UI tests' own fixture puts English back)
    dlg = open_dialog(qtbot, task_manager, class_sheet(tmp_path / "class.csv", 50))
    qtbot.waitUntil(lambda: bool(dlg.path_edit.text()), timeout=5000)
    qtbot.wait(50)
    assert dlg.height() <= screen.height()
    shown = {name: _whole_in_view(getattr(dlg, name), dlg)
             for name in ("path_edit", "browse_button", "note_label", "export_button")}
    assert shown == dict.fromkeys(shown, True)
    assert dlg.note_label.text()
    # the body scrolls the formats only: the destination is not in it
    assert not dlg.body.widget().isAncestorOf(dlg.path_edit)
