"""Review of the screens (a teacher on a 1280×720 laptop with a 16 pt font): the columns dialog opened on the sample
sheet with a scroll bar beside its choices for some 20 px, the bottom of the models' box out of sight, while the
preview under them showed its first rows. Where so little is missing the preview gives up that much of its rows:
the choices are whole, nothing to scroll, and the preview still shows its first rows. In English, German and Spanish,
on a 1280×720 and a 1366×768 screen; the real dialog, opened by the real main window on the sample sheet."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from grader_app.ui import i18n, mapping_layout
from test_mapping_fit_and_keys import _inside, _open
from test_mapping_preview_at_16_pt import rows_in_sight

SAMPLE = Path(__file__).resolve().parents[2] / "assets" / "sample-class.xlsx"
LEAST_ROWS_SHOWN = 3   # the preview's first rows still in sight


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_choices_need_no_scrolling_at_16_pt_on_a_laptop(qtbot, make_window, tmp_path, monkeypatch, font_16,
                                                           language, size):
    screen = QRect(0, 0, *size)
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: screen)
    assert i18n.install(language)
    window = make_window(size)
    sheet = tmp_path / "Science 9B" / SAMPLE.name   # a copy: the app writes a project file beside the sheet
    sheet.parent.mkdir()
    shutil.copyfile(SAMPLE, sheet)
    dlg = _open(qtbot, window, sheet)
    qtbot.wait(50)   # the layouts settle
    dlg.grab().save(str(tmp_path / f"columns-{language}-{size[0]}.png"))
    assert dlg.height() <= screen.height() - mapping_layout.FRAME.height()
    bar = dlg.scroller.verticalScrollBar()
    assert bar.maximum() == 0 and not bar.isVisible(), (bar.maximum(), dlg.scroller.height())
    for widget in (dlg.answer_combo, dlg.first_name_combo, dlg.items_table, dlg.items_note, dlg.ok_button):
        assert widget.isVisible() and _inside(widget, dlg.scroller.viewport() if widget is not dlg.ok_button else dlg)
    assert rows_in_sight(dlg) >= LEAST_ROWS_SHOWN
    dlg.reject()
