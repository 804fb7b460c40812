"""After an export, the students who got no grade because an answer of theirs still had no score are named.

QA (h5): the export dialog counted the answers still without a score before Export ("%n answers still have no
score…"), but after it nothing said whose: an LMS file wrote those grades empty, and a teacher importing it left
those students without a grade, none named. Now the window's line after saving gives their count and the first few
names, and the list beside an LMS file (``<name>-unmatched.csv``) names them all, after the students the file could
not take (each once). The real dialog writes real files, which are read back."""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.io.lms.grade_files import left_out_list  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui.export_dialog import XLSX  # noqa: E402
from ui_helpers import export_dialog, make_long_csv  # noqa: E402


def _export(qtbot, dlg, fmt: str | None, path: Path) -> str:
    if fmt is not None:
        dlg.set_format(fmt)
    dlg.set_destination(path)
    with qtbot.waitSignal(dlg.exported, timeout=20000):
        qtbot.mouseClick(dlg.export_button, Qt.LeftButton)
    return dlg.done_label.text()


def test_the_lms_file_names_who_got_no_grade_in_the_window_and_in_the_list_beside_it(qtbot, tmp_path, task_manager):
    sheet_path = L.moodle_responses(tmp_path)   # Ann, Ben, and Cara, who has no email (Moodle cannot take her)
    session = L.session_for(sheet_path, lambda a: None if a.text in (L.A_GOOD, "It is cold.") else L.by_text(a))
    dlg = export_dialog(qtbot, session, sheet_path, task_manager)
    assert dlg.format == "moodle-gradebook"
    said = _export(qtbot, dlg, None, tmp_path / "moodle.csv")
    assert ("⚠ 1 student got no grade in moodle.csv, because an answer of theirs still has no score: Ann Lee · "
            "ann.lee@school.example. All of them are listed in moodle-unmatched.csv.") in said
    rows = L.read_csv(tmp_path / "moodle.csv")
    assert [r[4:] for r in rows[1:]] == [["ann.lee@school.example", "", "1"], ["ben.okafor@school.example", "1", "2"]]
    listed_path = tmp_path / "moodle-unmatched.csv"
    listed = L.read_csv(listed_path)
    # the reasons' heading is true of both kinds of row (before: "Why Moodle could not take them", yet Moodle took
    # Ann), and the list so headed is still known for what it is when opened in the window
    assert listed[0][:3] == ["Row in sheet", "Student", "Why a grade is missing in Moodle"]
    assert left_out_list(read_sheet(tmp_path / "moodle-unmatched.csv")) == "Moodle"
    assert [r[:2] for r in listed[1:]] == [["4", "Cara Diaz"], ["2", "Ann Lee · ann.lee@school.example"]]   # each once
    assert listed[2][2] == ("in this file without a grade: no score yet for “Q1”; score it in the review and export "
                            "again, or enter the grade by hand")
    # the box lists everyone whose grade is to be entered by hand, as the list does: before, Cara only (the line
    # names the first three without a grade, the box all of them)
    assert dlg.unmatched_students() == ["Cara Diaz", "Ann Lee · ann.lee@school.example"]
    assert dlg.unmatched_box.title() == "Students without a grade in the file: enter their grades by hand"
    assert dlg.unmatched_label.text() == (
        "⚠ 1 student could not be matched, so this student is not in moodle.csv. 1 student is in moodle.csv without a grade, "
        f"because an answer of theirs still has no score. They are listed with their scores in {listed_path}.")
    assert dlg.unmatched_list.item(1).text() == (
        "Ann Lee · ann.lee@school.example (row 2): in this file without a grade: no score yet for “Q1”; score it in "
        "the review and export again, or enter the grade by hand")


def test_the_graded_sheet_names_the_first_few_with_an_empty_score_and_counts_the_rest(qtbot, tmp_path, task_manager):
    sheet_path = make_long_csv(tmp_path / "class.csv", n_students=6, items=("q1",))
    session = L.session_for(sheet_path, lambda a: 2 if a.row == 0 else None)   # only the first student scored
    dlg = export_dialog(qtbot, session, sheet_path, task_manager)
    said = _export(qtbot, dlg, XLSX, tmp_path / "graded.xlsx")
    assert said.endswith("⚠ 5 students have an empty score in graded.xlsx, because an answer of theirs still has no "
                         "score: Student 2 · S002, Student 3 · S003, Student 4 · S004 and 2 more.")
    sheet = load_workbook(tmp_path / "graded.xlsx").worksheets[0]
    head = [c.value for c in sheet[1]]
    scores = [row[head.index("final_score")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert scores == [2, None, None, None, None, None]   # the rest of them, in the file: their scores empty


def test_nothing_is_said_when_every_answer_has_a_score(qtbot, tmp_path, task_manager):
    sheet_path = L.moodle_responses(tmp_path)
    dlg = export_dialog(qtbot, L.session_for(sheet_path, L.by_text), sheet_path, task_manager)
    said = _export(qtbot, dlg, None, tmp_path / "moodle.csv")
    assert "no grade" not in said and "empty score" not in said
    assert [r[1] for r in L.read_csv(tmp_path / "moodle-unmatched.csv")[1:]] == ["Cara Diaz"]
    assert dlg.unmatched_students() == ["Cara Diaz"]
    assert dlg.unmatched_box.title() == "Students not in the file: enter their grades by hand"


def test_while_blind_the_window_counts_them_and_names_no_one(qtbot, window, tmp_path):
    from grader_app.ui.export_dialog import CANVAS
    from ui_helpers import counted

    sheet_path = make_long_csv(tmp_path / "class.csv", n_students=4, items=("q1",))   # no model: she scores them
    window.open_sheet(sheet_path)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    window.mapping_dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.session is not None and not window.scoring.busy, timeout=20000)
    first = window.session.answers[0]
    window.session.decide(first.key, 1)                 # the other three left without a score
    window.blind_action.trigger()
    assert window.blind.names.blind
    window.show_export()
    dlg = counted(qtbot, window)
    said = _export(qtbot, dlg, CANVAS, tmp_path / "canvas.csv")
    assert ("⚠ 3 students got no grade in canvas.csv, because an answer of theirs still has no score. All of them "
            "are listed in canvas-unmatched.csv.") in said
    assert not [s for s in ("Student 2", "Student 3", "Student 4", "S002", "S003", "S004") if s in said]
    listed = L.read_csv(tmp_path / "canvas-unmatched.csv")   # the file beside it keeps the names
    assert [r[1] for r in listed[1:]] == ["Student 2 · S002", "Student 3 · S003", "Student 4 · S004"]
