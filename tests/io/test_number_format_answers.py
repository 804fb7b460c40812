"""Answers under a number format: a student who types "3.50" into a cell formatted "0.00" (or "$3.50", "1,200",
"1.2E+03") leaves a number that its format shows as typed; Grader read the stored number ("3.5", "1200"), so the teacher
saw, the model scored and the export wrote an answer nobody wrote. A number under a format understood
(grader_app/io/number_formats.py) now reads as Excel shows it, the graded workbook writes the number back with its
format, and a format not understood reads as the stored number, as before (never a guess). Percent and fraction formats
have their own tests (test_percent_answers.py, test_fraction_answers.py); a marks column under these formats is still
learned from as its numbers (tests/learn/test_number_format_marks.py).
Real workbooks written with openpyxl and opened through the app's readers; a real model scores."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from grader_app import workflow
from grader_app.core.sheet import LONG, ColumnMapping

sys.path.insert(0, str(Path(__file__).resolve().parent))
from formatted_answers import check_answers_graded_as_shown, formatted_workbook, graded_then_scores_formatted  # noqa: E402

# (cell value, number format, as Excel shows it)
SHOWN = [
    (3.5, "0.00", "3.50"),                                   # built-in 2
    (4, "0.0", "4.0"),
    (0.25, "0.0", "0.3"),                                    # Excel rounds half away from zero
    (-0.25, "0.0", "-0.3"),
    (2.675, "0.00", "2.68"),                                 # the number as Excel holds it (15 digits), not its binary tail
    (1200, "#,##0", "1200"),                                 # built-in 3: only grouped, read as its digits (an id)
    (1234567.891, "#,##0.00", "1,234,567.89"),               # built-in 4
    (3.5, '"$"#,##0.00', "$3.50"),
    (-3.5, '"$"#,##0.00', "-$3.50"),                         # one section: the minus before it all
    (3.5, '#,##0.00\\ "€"', "3.50 €"),                       # Excel's euro format
    (3.5, "#,##0.00 [$€-407]", "3.50 €"),                    # a locale's currency, as LibreOffice writes it
    (1200, "[$£-809]#,##0", "£1,200"),
    (3.5, '_-* #,##0.00\\ "€"_-;\\-* #,##0.00\\ "€"_-;_-* "-"??\\ "€"_-;_-@_-', "3.50 €"),   # accounting
    (1200, "0.00E+00", "1.20E+03"),                          # built-in 11
    (0.00012, "0.00E+00", "1.20E-04"),
    (9.999, "0.0E+0", "1.0E+1"),
    (-1200, "#,##0_);(#,##0)", "(1,200)"),                   # built-in 37: negatives in brackets
    (-3.5, "#,##0.00;[Red]-#,##0.00", "-3.50"),
    (0, '0.0;-0.0;"none"', "none"),                          # the zero section
    (3, "0.##", "3."),                                       # Excel keeps the point
    (3.14159, "0.0#", "3.14"),
    (0.5, "#.00", ".50"),
    (1234567, "#,##0,", "1,235"),                            # a trailing comma: thousands
    (3.5, '0.0" cm"', "3.5 cm"),
    (7, "00000", "00007"),
    (3.5, 'General" kg"', "3.5 kg"),
    # not understood, or shown by Excel as the stored number: read as it is stored
    (3.5, "@", "3.5"),                                       # a number in a text-formatted cell shows as in General
    ("3.50", "@", "3.50"),                                   # typed into a text cell: a text
    (3.5, '"$"#,##0.00_);("$"#,##0.00)', "3.5"),             # built-in 7: each Excel shows its own region's currency
    (1200, "##0.0E+0", "1200"),                              # engineering notation
    (5, "[>3]0.0;0", "5"),                                   # a condition
    (-3.5, "0.00;[Red]0.00", "-3.5"),                        # a negative shown by its colour alone: the sign kept
    (-0.001, "0.00", "-0.001"),                              # "-0.00" or "0.00": not known
    (0, "0;-0;;@", "0"),                                     # a zero shown as nothing: not read as an empty answer
    (3.5, "General", "3.5"),
]


def test_numbers_read_as_their_format_shows_them(tmp_path):
    rows = [[f"S{i}", "q1", v] for i, (v, _, _) in enumerate(SHOWN)]
    path = formatted_workbook(tmp_path / "class.xlsx", rows, {(i + 2, 3): code for i, (_, code, _) in enumerate(SHOWN)})
    sheet = workflow.read_sheet(path)
    assert sheet.frame["Answer"].tolist() == [s for _, _, s in SHOWN]


NUMBER_ANSWERS = [(3.5, "0.00", "3.50"), (1200, "#,##0.0", "1,200.0"), (3.5, '"$"#,##0.00', "$3.50"),
                  (3.5, "#,##0.00 [$€-407]", "3.50 €"), (1200, "0.00E+00", "1.20E+03"), (4, "0.0", "4.0"),
                  (-1200, "#,##0_);(#,##0)", "(1,200)"), (3.5, "@", "3.5"),
                  ("Ice floats because it is less dense.", "General", "Ice floats because it is less dense.")]


def test_number_answers_are_scored_and_exported_as_shown_and_keep_their_format(tmp_path, tiny_bundle):
    check_answers_graded_as_shown(tmp_path, tiny_bundle, NUMBER_ANSWERS)


@pytest.mark.parametrize("code", ["0.0", "#,##0.00", '0" pts"'])
def test_points_possible_and_earlier_scores_under_a_number_format_are_the_numbers_the_cells_hold(tmp_path, tiny_bundle,
                                                                                                   code):
    """A "Max points" column and an earlier grading's model_score/final_score columns that the teacher formatted
    "0.0" (or with a unit) read as shown in the sheet, and as the numbers they hold where points and scores are read."""
    from grader_app.io.lms_points import sheet_points

    path = formatted_workbook(tmp_path / "points.xlsx", [["S0", "q1", "ice floats", 3], ["S1", "q2", "yes", 1.5]],
                              {(2, 4): code, (3, 4): code}, head=("Student", "Question", "Answer", "Max points"))
    sheet = workflow.read_sheet(path)
    assert sheet.frame["Max points"].tolist() != ["3", "1.5"]     # shown with the format ("3.0", "3.00", "3 pts")
    mapping = ColumnMapping(layout=LONG, name_column="Student", item_column="Question", answer_column="Answer")
    assert sheet_points(sheet, mapping) == {"q1": 3, "q2": 1.5}

    graded, before = graded_then_scores_formatted(tmp_path, tiny_bundle, code)
    assert workflow.read_sheet(graded).frame["final_score"].tolist()[:2] != ["2", "0"]   # shown formatted
    again = workflow.read_for_grading(graded)
    assert [(d.row, d.score) for d in again.earlier] == before and len(before) == 2
