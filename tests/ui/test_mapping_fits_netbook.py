"""The columns dialog on a 1024×600 netbook (its screen less a taskbar), in English, German and Spanish: whatever the
sheet brings above the choices (a Moodle banner, the rows left out, a choice of worksheets, the blind-marking note,
a problem to fix), the dialog is no taller than the screen and "Score … answers" and "Cancel" stay in sight; what does
not fit scrolls above them. On the sample sheet and on a larger screen nothing scrolls."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QRect

from grader_app.ui import i18n, mapping_layout
from test_mapping_fit_and_keys import _inside, _open

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402

NETBOOK = QRect(0, 0, 1024, 600 - 40)          # a netbook's screen, less a taskbar
SAMPLE = Path(__file__).resolve().parents[2] / "assets" / "sample-class.xlsx"


def moodle_with_everything(folder: Path) -> Path:
    """A Moodle export (its banner, its "Overall average" row left out) in a workbook of two worksheets."""
    path = L.moodle_responses(folder, xlsx=True, average=True)
    wb = load_workbook(path)
    ws = wb.create_sheet("Notes")
    ws.append(["Topic", "Comment"])
    ws.append(["Ice", "Revise density before the test"])
    wb.save(path)
    return path


def assert_fits(dlg, room) -> None:
    assert dlg.minimumSizeHint().height() <= room.height(), dlg.minimumSizeHint()
    assert dlg.width() <= max(room.width(), dlg.parentWidget().window().width()) and dlg.height() <= room.height()
    for button in (dlg.ok_button, dlg.buttons.button(dlg.buttons.StandardButton.Cancel)):
        assert button.isVisible() and _inside(button, dlg), (button.text(), button.geometry(), dlg.size())


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_columns_dialog_and_its_buttons_fit_a_netbook_whatever_the_sheet_brings(qtbot, window, tmp_path,
                                                                                   monkeypatch, language):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    room = NETBOOK.size() - mapping_layout.FRAME
    assert i18n.install(language)
    window.blind_action.trigger()                 # blind marking on: a note above the preview
    dlg = _open(qtbot, window, moodle_with_everything(tmp_path))
    assert dlg.lms_banner.isVisible() and dlg.worksheet_combo is not None and dlg.blind_note.isVisible()
    dlg.long_radio.click()                         # one row per answer, the answers' column not chosen: a problem said
    dlg.answer_combo.setCurrentIndex(0)
    assert dlg.error.isVisible() and not dlg.ok_button.isEnabled()
    assert_fits(dlg, room)
    dlg.grab().save(str(tmp_path / f"moodle-{language}.png"))
    dlg.wide_radio.click()                         # back to Moodle's columns: ready to score
    assert dlg.ok_button.isEnabled()
    dlg.resize(dlg.width(), room.height())         # as high as the screen allows
    assert_fits(dlg, room)
    # the preview of the sheet stands under the choices, its heading in sight (preview_room: the columns' choices
    # come before its rows, dragging the handle shows them); what is out of sight above scrolls
    heading = dlg.split.words[0]
    assert heading.isVisible() and _inside(heading, dlg)
    if not dlg.preview.isVisible():
        dlg.split.moveSplitter(dlg.split.sizes()[0] - 6 * dlg.preview.verticalHeader().defaultSectionSize(), 1)
    assert dlg.preview.isVisible() and _inside(dlg.preview, dlg)
    dlg.scroller.ensureWidgetVisible(dlg.lms_banner)
    assert _inside(dlg.lms_banner, dlg.scroller.viewport())
    dlg.reject()


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_sample_sheet_shows_whole_with_nothing_to_scroll(qtbot, window, tmp_path, monkeypatch, language):
    assert i18n.install(language)
    sheet = tmp_path / "Science 9B" / SAMPLE.name  # a copy: the app writes a project file beside the sheet
    sheet.parent.mkdir()
    shutil.copyfile(SAMPLE, sheet)
    for screen in (NETBOOK, QRect(0, 0, 1280, 800 - 40)):
        monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w, s=screen: s)
        dlg = _open(qtbot, window, sheet)
        assert_fits(dlg, screen.size() - mapping_layout.FRAME)
        assert not dlg.scroller.verticalScrollBar().isVisible() and not dlg.scroller.horizontalScrollBar().isVisible()
        for widget in (dlg.items_table, dlg.preview, dlg.ok_button):
            assert widget.isVisible() and _inside(widget, dlg)
        dlg.grab().save(str(tmp_path / f"sample-{language}-{screen.width()}.png"))
        dlg.reject()
        qtbot.waitUntil(lambda: window.mapping_dialog is None or not window.mapping_dialog.isVisible(), timeout=5000)
