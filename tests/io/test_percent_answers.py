"""Answers typed as percents: a student who types "50%" into Excel leaves the number 0.5 in a cell whose percent format
shows "50%"; Grader read "0.5", so the teacher saw, the model scored and the export wrote an answer nobody wrote. A
number under a percent format now reads as Excel shows it ("50%", "12.5%" under "0.0%", "13%" for 0.125 under "0%"),
and the graded workbook writes the number back with its format. A teacher's marks formatted as percent are still the
numbers their cells hold wherever marks are read: an earlier grading's final scores here, a marked sheet learned
from in tests/learn/test_percent_marks.py.
Real workbooks written with openpyxl and read through the app's readers; a real model scores."""
from __future__ import annotations

import sys
from pathlib import Path

from grader_app import workflow
from grader_app.core.sheet import LONG, ColumnMapping

sys.path.insert(0, str(Path(__file__).resolve().parent))
from formatted_answers import check_answers_graded_as_shown, formatted_workbook, graded_then_scores_formatted  # noqa: E402

# (cell value, number format, as Excel shows it)
PERCENTS = [(0.5, "0%", "50%"), (0.125, "0.0%", "12.5%"), (0.125, "0%", "13%"), (0.85, "0.00%", "85.00%"),
            (-0.25, "0%", "-25%"), (12.34, "#,##0%", "1,234%"), (0.5, "General", "0.5"),
            ("Ice floats because it is less dense.", "General", "Ice floats because it is less dense.")]


def test_percent_answers_are_read_scored_and_exported_as_typed(tmp_path, tiny_bundle):
    check_answers_graded_as_shown(tmp_path, tiny_bundle, PERCENTS)


def test_an_earlier_gradings_final_scores_formatted_as_percent_are_read_as_their_numbers(tmp_path, tiny_bundle):
    graded, before = graded_then_scores_formatted(tmp_path, tiny_bundle, "0%")   # the teacher formats the scores as percent
    again = workflow.read_for_grading(graded)
    assert [(d.row, d.score) for d in again.earlier] == before and len(before) == 2


def test_points_possible_formatted_as_percent_are_the_numbers_the_cells_hold(tmp_path):
    from grader_app.io.lms_points import sheet_points

    path = formatted_workbook(tmp_path / "class.xlsx",
                              [["S0", "q1", "ice floats", 3], ["S1", "q1", 0.5, 3], ["S2", "q2", "yes", 0.5]],
                              {(2, 4): "0%", (3, 4): "0%", (3, 3): "0%", (4, 4): "0%"},
                              head=("Student", "Question", "Answer", "Max points"))
    sheet = workflow.read_sheet(path)
    assert sheet.frame["Max points"].tolist() == ["300%", "300%", "50%"]   # shown as the teacher sees them
    mapping = ColumnMapping(layout=LONG, name_column="Student", item_column="Question", answer_column="Answer")
    assert sheet_points(sheet, mapping) == {"q1": 3, "q2": 0.5}
