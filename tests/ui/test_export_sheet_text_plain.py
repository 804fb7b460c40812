"""The export dialog shows text from the sheet as written (QA: a Canvas question headed with its HTML broke the line
saying what was saved into paragraphs, bold, the tags gone), and its list of the students left out shows several
lines on a 1024×600 screen (QA: two lines tall, the second student cut off)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.ui import mapping_layout  # noqa: E402
from test_export_fit_and_words import SCREEN, assert_whole_and_on_screen, export, inside  # noqa: E402
from ui_helpers import export_dialog  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TITLE = "4411: <p>Read the procedure <b>carefully</b> &amp; then explain, if a < b.</p>"


def canvas_with_html_title(folder: Path) -> Path:
    """Canvas's Student Analysis: a question headed with its HTML, worth 5 points (so the dialog says how the scores
    were scaled, naming it), and a student twice with one Canvas id (both left out of the file: a second attempt?)."""
    rows = [["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt",
             TITLE, "5.0", f"4102: {L.PLANTS}", "2.0", "n correct", "n incorrect", "score"]]
    people = [("Ann Lee", "1001"), ("Ben Okafor", "1002"), ("Cara Diaz", "1003"), ("Ann Lee", "1001"),
              ("Dev Rao", "1004")]
    for name, cid in people:
        rows.append([name, cid, "", "Period 2", "77", "SEC2", "2024-03-04 10:02:11 UTC", "1",
                     L.A_GOOD, "0.0", L.P_SOME, "0.0", "0", "0", "0.0"])
    return L.write_csv(folder / "Quiz 4 Student Analysis Report.csv", rows)


def test_a_question_title_with_html_is_shown_as_written_and_the_students_left_out_fit(qtbot, tmp_path, task_manager,
                                                                                       monkeypatch):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: SCREEN)
    sheet = canvas_with_html_title(tmp_path)
    session = L.session_for(sheet, L.by_text)
    assert "4411: Read the procedure carefully & then explain, if a < b." in session.item_keys()   # the HTML is off the id
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    qtbot.waitExposed(dlg)
    export(qtbot, dlg, "canvas-gradebook", tmp_path / "canvas.csv")
    done = dlg.done_label
    # the note names the question as the Canvas file titles it (tags off, "&amp;" read); its "a < b" shown as written
    assert "4411: Read the procedure carefully & then explain, if a < b." in done.text()
    labels = [done, dlg.summary_label, dlg.note_label, dlg.error_label, dlg.unmatched_box.label]
    assert [w.textFormat() for w in labels] == [Qt.TextFormat.PlainText] * len(labels)

    # the students left out, each on its lines, both whole in the list, on a 600-pixel-high screen
    lst = dlg.unmatched_list
    assert lst.count() == 2 and dlg.unmatched_box.isVisible()   # both rows sharing the id
    assert_whole_and_on_screen(dlg)
    qtbot.waitUntil(lambda: lst.visualRect(lst.model().index(1, 0)).height() > 0, timeout=3000)
    rows = [lst.visualRect(lst.model().index(r, 0)) for r in range(2)]
    assert rows[0].height() > lst.fontMetrics().lineSpacing()                # a student's line wraps at this width
    assert rows[1].bottom() <= lst.viewport().height(), (rows, lst.viewport().height())
    qtbot.waitUntil(lambda: inside(dlg.unmatched_box, dlg.body.viewport()) or inside(done, dlg.body.viewport()),
                    timeout=3000)
    dlg.grab().save(str(tmp_path / "export-html-title.png"))
    dlg.close()
