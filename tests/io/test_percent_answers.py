"""Answers typed as percents: a student who types "50%" into Excel leaves the number 0.5 in a cell whose percent format
shows "50%"; Grader read "0.5", so the teacher saw, the model scored and the export wrote an answer nobody wrote. A
number under a percent format now reads as Excel shows it ("50%", "12.5%" under "0.0%", "13%" for 0.125 under "0%"),
and the graded workbook writes the number back with its format. A teacher's marks formatted as percent are still the
numbers their cells hold wherever marks are read: an earlier grading's final scores here, a marked sheet learned
from in tests/learn/test_percent_marks.py.
Real workbooks written with openpyxl and read through the app's readers; a real model scores."""
from __future__ import annotations

import openpyxl

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core.sheet import LONG, ColumnMapping

# (cell value, number format, as Excel shows it)
PERCENTS = [(0.5, "0%", "50%"), (0.125, "0.0%", "12.5%"), (0.125, "0%", "13%"), (0.85, "0.00%", "85.00%"),
            (-0.25, "0%", "-25%"), (12.34, "#,##0%", "1,234%"), (0.5, "General", "0.5"),
            ("Ice floats because it is less dense.", "General", "Ice floats because it is less dense.")]


def _workbook(path, head, rows, formats):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(head)
    for row in rows:
        ws.append(row)
    for (r, c), code in formats.items():
        ws.cell(r, c).number_format = code
    wb.save(path)
    return path


def test_percent_answers_are_read_scored_and_exported_as_typed(tmp_path, tiny_bundle):
    rows = [[f"S{i}", "tiny-ice", v] for i, (v, _, _) in enumerate(PERCENTS)]
    path = _workbook(tmp_path / "class.xlsx", ["Student", "Question", "Answer"], rows,
                     {(i + 2, 3): code for i, (_, code, _) in enumerate(PERCENTS)})
    shown = [s for _, _, s in PERCENTS]
    sheet = workflow.read_for_grading(path)
    assert sheet.frame["Answer"].tolist() == shown
    library = Library.load([tiny_bundle.parent])
    mapping = ColumnMapping(layout=LONG, name_column="Student", item_column="Question", answer_column="Answer")
    session, bundles = workflow.start_session(sheet, mapping, library)
    workflow.score_all(session, bundles)
    assert [a.text for a in session.answers] == shown              # what the teacher sees and the model reads
    assert len(session.predictions) == len(shown)
    for a in session.answers:
        session.decide(a.key, 1)
    graded = workflow.export_graded(session, tmp_path / "class-graded.xlsx")
    ws = openpyxl.load_workbook(graded).worksheets[0]
    assert [(ws.cell(r, 3).value, ws.cell(r, 3).number_format) for r in range(2, 2 + len(PERCENTS))] == \
        [(v, code) for v, code, _ in PERCENTS]                      # the cells as the student left them
    again = workflow.read_for_grading(graded)
    assert again.frame["Answer"].tolist() == shown
    assert len(again.earlier) == len(shown)                         # the teacher's decisions read back too


def test_an_earlier_gradings_final_scores_formatted_as_percent_are_read_as_their_numbers(tmp_path, tiny_bundle):
    library = Library.load([tiny_bundle.parent])
    texts = ["Ice is less dense than water.", "Ice floats because it is cold.", "no idea"]
    path = _workbook(tmp_path / "class.xlsx", ["Student", "Question", "Answer"],
                     [[f"S{i}", "tiny-ice", t] for i, t in enumerate(texts)], {})
    sheet = workflow.read_for_grading(path)
    session, bundles = workflow.start_session(sheet, workflow.guess_columns(sheet, library), library)
    workflow.score_all(session, bundles)
    session.decide(0, 2)
    session.decide(1, 0)
    graded = workflow.export_graded(session, tmp_path / "class-graded.xlsx")
    before = [(d.row, d.score) for d in workflow.read_for_grading(graded).earlier]
    wb = openpyxl.load_workbook(graded)
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    for name in ("model_score", "final_score"):
        for r in range(2, 2 + len(texts)):
            ws.cell(r, head.index(name) + 1).number_format = "0%"   # the teacher formats the scores as percent
    wb.save(graded)
    again = workflow.read_for_grading(graded)
    assert [(d.row, d.score) for d in again.earlier] == before and len(before) == 2


def test_points_possible_formatted_as_percent_are_the_numbers_the_cells_hold(tmp_path):
    from grader_app.io.lms_points import sheet_points

    path = _workbook(tmp_path / "class.xlsx", ["Student", "Question", "Answer", "Max points"],
                     [["S0", "q1", "ice floats", 3], ["S1", "q1", 0.5, 3], ["S2", "q2", "yes", 0.5]],
                     {(2, 4): "0%", (3, 4): "0%", (3, 3): "0%", (4, 4): "0%"})
    sheet = workflow.read_sheet(path)
    assert sheet.frame["Max points"].tolist() == ["300%", "300%", "50%"]   # shown as the teacher sees them
    mapping = ColumnMapping(layout=LONG, name_column="Student", item_column="Question", answer_column="Answer")
    assert sheet_points(sheet, mapping) == {"q1": 3, "q2": 0.5}
