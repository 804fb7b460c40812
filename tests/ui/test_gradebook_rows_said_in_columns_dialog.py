"""The columns dialog's opening line counts the rows of a gradebook download that are no student.

QA (h5): Canvas's gradebook download ("Points Possible", the Student View's "Student, Test") and Google Classroom's
grades download (its row "Points: 2") opened as the sheet to grade: those rows were left out of the answers, but the
dialog's opening line said nothing of them (its words covered Moodle's "Overall average" and Canvas's quiz report
only), so the teacher saw fewer rows than her file has and no word why. Real files are written and opened in the
real dialog."""
from __future__ import annotations

import sys
from pathlib import Path

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.bundles.library import Library  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui.mapping_dialog import MappingDialog  # noqa: E402


def _intro(qtbot, path, shipped_bundles) -> str:
    dlg = MappingDialog(read_sheet(path), Library.load([shipped_bundles]), None)
    qtbot.addWidget(dlg)
    return dlg.intro_label.text()


def test_canvas_gradebooks_points_possible_and_student_view_are_counted_and_named(qtbot, tmp_path, shipped_bundles):
    rows = [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Quiz 1 (5521)", "Cell membrane"],
            ["    Points Possible", "", "", "", "", "10.00", ""],
            ["Lee, Ann", "1001", "000123", "alee", "Period 2", "8.00", L.A_GOOD],
            ["Okafor, Ben", "1002", "0456", "bokafor", "Period 2", "7.00", L.A_SOME],
            ["Student, Test", "1099", "", "", "Period 2", "", "test"]]
    path = L.write_csv(tmp_path / "2024-03-04T1010_Grades-BIO7.csv", rows, bom=True)
    assert _intro(qtbot, path, shipped_bundles) == (
        "<b>2024-03-04T1010_Grades-BIO7.csv</b>: 2 rows, 7 columns. Check what each column holds, then start scoring. "
        "Left out 2 rows that are not students (in Canvas's gradebook: “Points Possible”, “Student, Test”).")


def test_classrooms_row_of_points_is_counted_and_named(qtbot, tmp_path, shipped_bundles):
    rows = [["Last Name", "First Name", "Email Address", "Ice", "Cell membrane"],
            ["", "", "", "Points: 2", ""],
            ["Lee", "Ann", "alee@school.example", "2", L.A_GOOD],
            ["Okafor", "Ben", "bokafor@school.example", "", L.A_SOME]]
    path = L.write_csv(tmp_path / "Biology 9 - Grades.csv", rows, bom=True)
    assert _intro(qtbot, path, shipped_bundles) == (
        "<b>Biology 9 - Grades.csv</b>: 2 rows, 5 columns. Check what each column holds, then start scoring. "
        "Left out 1 row that is not a student (Google Classroom's row of points, “Points: …”).")
