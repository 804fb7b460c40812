"""A teacher's own workbook with one answer column and no question column (QA: "Student ID, Name, Email, Cell
membrane"), in the real main window: the columns dialog, the review screen and the results name its question by the
answer column ("Question Cell membrane — Science: cell membrane", not "Question whole sheet"), the project opened
again keeps the decisions under the key it always had ("whole sheet"), and the Canvas gradebook by the student id
column, saved from the export dialog, heads its column so, leaves out the student with no id and lists her, with the
-unmatched.csv beside the file (QA: it wrote her with an empty id and said "with 4 students")."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.io.lms import report_path_for  # noqa: E402
from grader_app.learn.library_names import WHOLE_SHEET  # noqa: E402
from grader_app.ui import results_model as rm  # noqa: E402
from grader_app.ui.export_formats import CANVAS  # noqa: E402
from test_export_dialog import export  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_window_names_the_question_by_its_answer_column(qtbot, window, tmp_path):
    sheet = L.own_class(tmp_path)
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    assert dlg.mapping().item_column is None and dlg.items() == [(WHOLE_SHEET, 4)]
    cell = dlg.items_table.item(0, 0)
    assert cell.text() == "Cell membrane" and cell.data(Qt.ItemDataRole.UserRole) == WHOLE_SHEET
    combo = dlg.model_combo(WHOLE_SHEET)
    combo.setCurrentIndex(combo.findData("asap-sas-1"))
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    s = window.session
    assert s.item_keys() == [WHOLE_SHEET]
    table = window.results.proxy
    assert {table.data(table.index(r, rm.QUESTION)) for r in range(table.rowCount())} == {"Cell membrane"}

    key = s.keys_for(WHOLE_SHEET)[0]
    window.show_review([key])
    view = window.review_view
    assert view.question_label.text() == "Question Cell membrane — Science: cell membrane"
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert s.final_score(key) == 2
    qtbot.keyClick(view, Qt.Key.Key_Escape)

    window.close_sheet()
    with qtbot.waitSignal(window.sessionReady, timeout=10000):
        window.open_sheet(sheet)
    assert window.mapping_dialog is None                     # the project answered the question
    s = window.session
    assert s.item_keys() == [WHOLE_SHEET] and s.decisions[key].score == 2


def test_the_canvas_file_by_student_id_lists_the_student_it_leaves_out(qtbot, window, tmp_path):
    sheet = L.own_class(tmp_path)
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        window.mapping_dialog.ok_button.click()              # no model: the teacher marks every answer
    s = window.session
    for k in s.keys_for(WHOLE_SHEET):
        s.decide(k, 1)
    window.show_export()
    dlg = window.export_dialog
    qtbot.waitExposed(dlg)
    out = tmp_path / "canvas.csv"
    rows = L.read_csv(export(qtbot, dlg, CANVAS, out))
    assert rows[0][5:] == ["Cell membrane"]
    assert [r[2] for r in rows[2:]] == ["S0001", "S0002", "S0004"]            # no row with an empty SIS User ID
    assert dlg.unmatched_students() == ["Diaz, Cara"]
    assert "with 3 students" in dlg.done_label.text()
    assert L.read_csv(report_path_for(out))[1][:2] == ["4", "Diaz, Cara"]
    dlg.reject()
