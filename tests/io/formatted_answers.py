"""Helpers for the tests of answers and marks under a number format (test_number_format_answers.py,
test_percent_answers.py): a workbook whose cells carry formats, the whole grading of such answers checked from reading
to the graded workbook read back, and an earlier grading whose score cells the teacher formatted afterwards.

The test files import this module by name (``tests/io`` on ``sys.path``); tests/io/conftest.py has pytest rewrite
its asserts, so a failure here shows its values as one in a test does."""
from __future__ import annotations

import openpyxl

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core.sheet import LONG, ColumnMapping

ANSWERS_HEAD = ("Student", "Question", "Answer")


def formatted_workbook(path, rows, formats, head=ANSWERS_HEAD):
    """A workbook at ``path``: ``head``, then ``rows``; each cell (row, column) of ``formats`` (1-based, the header
    row 1) under its number format. Returns the path."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(head))
    for row in rows:
        ws.append(row)
    for (r, c), code in formats.items():
        ws.cell(r, c).number_format = code
    wb.save(path)
    return path


def check_answers_graded_as_shown(tmp_path, tiny_bundle, cases) -> None:
    """Answers ``cases`` (cell value, number format, as Excel shows it), one a student, to the tiny model's question:
    read as shown, scored on those texts, and the graded workbook keeps each cell's value and format, reads back as
    shown and gives back the teacher's decisions."""
    rows = [[f"S{i}", "tiny-ice", v] for i, (v, _, _) in enumerate(cases)]
    path = formatted_workbook(tmp_path / "class.xlsx", rows, {(i + 2, 3): code for i, (_, code, _) in enumerate(cases)})
    shown = [s for _, _, s in cases]
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
    assert [(ws.cell(r, 3).value, ws.cell(r, 3).number_format) for r in range(2, 2 + len(cases))] == \
        [(v, code) for v, code, _ in cases]                         # the cells as the student left them
    again = workflow.read_for_grading(graded)
    assert again.frame["Answer"].tolist() == shown
    assert len(again.earlier) == len(shown)                         # the teacher's decisions read back too


def graded_then_scores_formatted(tmp_path, tiny_bundle, code):
    """A class of three graded (two answers decided: 2 and 0) and exported, whose model_score and final_score cells
    the teacher then put under number format ``code``: the graded workbook's path, and the earlier decisions
    (row, score) read from it before the formats were set."""
    library = Library.load([tiny_bundle.parent])
    texts = ["Ice is less dense than water.", "Ice floats because it is cold.", "no idea"]
    path = formatted_workbook(tmp_path / "class.xlsx", [[f"S{i}", "tiny-ice", t] for i, t in enumerate(texts)], {})
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
            ws.cell(r, head.index(name) + 1).number_format = code
    wb.save(graded)
    return graded, before
