"""Review of the screens (a teacher on a 1280×720 laptop with a 16 pt font): the export dialog opened on the sample
sheet with its list of learning platforms cut, Google Classroom's line below the fold of the scrolling body (its
heading alone in English, half of it in German), while the column of the sheet's own formats beside it left a band of
nothing under its choices. The two columns now share the row's width so that the taller is as short as it can be: every
platform is in view as the dialog opens, nothing to scroll. In English, German and Spanish, on a 1280×720 and a
1366×768 screen, and at the usual font; the real dialog on the sample sheet."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QRadioButton

from grader_app.core.scale import TEACHER, Scale
from grader_app.core.session import GradingSession
from grader_app.io.readers import read_sheet
from grader_app.ui import i18n, mapping_layout
from grader_app.ui.export_dialog import ExportDialog
from grader_app.ui.export_formats import FEEDBACK_PDF
from test_export_fit_and_words import LONG, inside
from ui_helpers import counted

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SAMPLE = Path(__file__).resolve().parents[2] / "assets" / "sample-class.xlsx"


def _open(qtbot, task_manager, tmp_path) -> ExportDialog:
    sheet = tmp_path / "Science 9B" / SAMPLE.name
    sheet.parent.mkdir()
    shutil.copyfile(SAMPLE, sheet)
    session = GradingSession(read_sheet(sheet), LONG)
    for item in session.item_keys():   # the teacher said what they are out of (else a line more says Grader guessed)
        session.set_scale(item, Scale(top=3, source=TEACHER))
    for a in session.answers[:4]:   # a few decided: the summary says how many are left (three lines in German)
        session.decide(a.key, 1)
    dlg = ExportDialog(session, sheet, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return counted(qtbot, dlg)


def _platforms(dlg) -> list:
    """What the platforms' box shows (headings, choices, lines), top to bottom."""
    box = next(iter(dlg.chooser.system_labels.values())).parentWidget()
    shown = [w for w in [*box.findChildren(QLabel), *box.findChildren(QRadioButton)] if w.isVisibleTo(box)]
    return sorted(shown, key=lambda w: w.mapTo(box, w.rect().topLeft()).y())


@pytest.mark.parametrize("size, points", [((1280, 720), 16), ((1366, 768), 16), ((1280, 720), 0)])
@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_every_platform_is_in_view_as_the_export_dialog_opens(qtbot, tmp_path, task_manager, monkeypatch, app_font,
                                                              language, size, points):
    if points:
        app_font(points)
    screen = QRect(0, 0, *size)
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: screen)
    assert i18n.install(language)
    dlg = _open(qtbot, task_manager, tmp_path)
    qtbot.wait(50)   # the layouts settle
    dlg.grab().save(str(tmp_path / f"export-{language}-{size[0]}-{points}.png"))
    room = screen.size() - mapping_layout.FRAME
    assert dlg.width() <= room.width() and dlg.height() <= room.height()
    platforms = _platforms(dlg)
    assert len(platforms) >= 8
    port = dlg.body.viewport()
    cut = [w.text() for w in [*platforms, *dlg.format_buttons.values()] if not inside(w, port)]
    assert cut == []
    # nothing else to scroll to than, at the most, the bottom edge of a group's frame (a few pixels in German and
    # Spanish at 16 pt on 1280×720)
    bar = dlg.body.verticalScrollBar()
    assert bar.maximum() < dlg.fontMetrics().height(), (bar.maximum(), dlg.body.height())
    for widget in (dlg.path_edit, dlg.note_label, dlg.export_button):
        assert widget.isVisible() and inside(widget, dlg)
    dlg.reject()


def test_in_the_real_app_the_dialog_takes_the_height_its_screen_has_before_its_body_scrolls(
        qtbot, window, tmp_path, monkeypatch, app_font):
    """German at 16 pt on 1280×720, the dialog opened from the main window: it was 657 px high of the 672 px free, its
    body scrolled and the feedback PDF's choice was cut. fit_height took the dialog's size hint's height, which is its
    height at the hint's width (1484 px, wider than the screen): at the 1264 px it had, the summary's lines wrap to
    more and the layout needs 682 px."""
    from ui_helpers import open_and_score

    app_font(16)
    screen = QRect(0, 0, 1280, 720)
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: screen)
    assert i18n.install("de")
    sheet = tmp_path / "Science 9B" / SAMPLE.name
    sheet.parent.mkdir()
    shutil.copyfile(SAMPLE, sheet)
    open_and_score(qtbot, window, sheet)
    window.show_export()
    dlg = window.export_dialog
    qtbot.waitExposed(dlg)
    room = screen.size() - mapping_layout.FRAME
    for _ in range(2):   # as it opened, and fitted again (a choice changed, the counts came)
        qtbot.wait(50)   # the layouts settle
        assert dlg.width() <= room.width()
        assert dlg.body.verticalScrollBar().maximum() == 0 or dlg.height() == room.height(), dlg.height()
        # every choice in view as it opens, the last one of the feedback too (its line was 10 px below the fold: the
        # content needed 682 px of the 672 px the screen gives)
        cut = [b.text() for b in dlg.format_buttons.values() if not inside(b, dlg.body.viewport())]
        assert cut == [], (cut, dlg.height(), dlg.body.verticalScrollBar().maximum())
        assert inside(dlg.format_buttons[FEEDBACK_PDF], dlg.body.viewport())
        dlg.fit()
    dlg.reject()
