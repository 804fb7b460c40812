"""QA (a Spanish teacher, keyboard only, 1366×768 at a 16 pt font, 150 answers): after the first export the line
"✔ … guardado en …" was scrolled into view and took the summary sentence at the top of the export dialog out of it
(it scrolled), so she no longer saw how many answers still needed her. The summary now stands above the scrolling
body: after an export both the summary and what was saved are in view, and on a netbook's screen too. The real
dialog, a real export."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from grader_app.ui import i18n, mapping_layout
from grader_app.ui.export_dialog import XLSX
from test_export_fit_and_words import class_sheet, export, inside, open_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LAPTOP = QRect(0, 0, 1366, 768 - 40)       # less a taskbar
NETBOOK = QRect(0, 0, 1024, 600 - 40)


def _whole_in_view(label, dlg) -> bool:
    """``label`` is shown whole: nothing of it clipped by the scrolling body or the dialog's edge."""
    return label.isVisible() and label.visibleRegion().boundingRect() == label.rect() and inside(label, dlg)


@pytest.mark.parametrize("screen, lang", [(LAPTOP, "es"), (LAPTOP, "en"), (NETBOOK, "de")])
def test_after_an_export_the_summary_and_the_saved_line_are_both_in_view(qtbot, tmp_path, task_manager, monkeypatch,
                                                                         font_16, screen, lang):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: screen)
    assert i18n.install(lang)                     # (the UI tests' own fixture puts English back)
    dlg = open_dialog(qtbot, task_manager, class_sheet(tmp_path / "clase.csv", 50))   # 150 answers
    summary = dlg.summary_label.text()
    assert summary and _whole_in_view(dlg.summary_label, dlg)
    export(qtbot, dlg, XLSX, tmp_path / "clase-corregida.xlsx")
    qtbot.waitUntil(lambda: inside(dlg.done_label, dlg.body.viewport()), timeout=5000)   # what was saved, in view
    qtbot.wait(50)
    assert dlg.done_label.text().startswith("✔")
    assert dlg.summary_label.text() and _whole_in_view(dlg.summary_label, dlg)
    assert dlg.height() <= screen.height() and _whole_in_view(dlg.export_button, dlg)
