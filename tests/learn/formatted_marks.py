"""A marked class whose marks column the teacher put under a number format, and the check that those marks are still
found and learned from as the numbers their cells hold (test_number_format_marks.py, test_percent_marks.py; the
answers' side is tests/io/formatted_answers.py). tests/learn/conftest.py has pytest rewrite the asserts here."""
from __future__ import annotations

import openpyxl

from grader_app import workflow
from grader_app.learn.from_sheet import learn_from_sheet
from grader_app.learn.score_column import guess_score_column, read_scores
from invented import invented_class


def marked_under(tmp_path, fmt, mark=lambda score: score):
    """A marked class (60 answers of one question, each scored 0, 1 or 2) whose marks column holds ``mark(score)``
    for each under number format ``fmt``: the workbook's path and its rows."""
    texts, scores = invented_class(60, seed=4)
    rows = [[f"S{i}", "Q1", t, mark(s)] for i, (t, s) in enumerate(zip(texts, scores))]
    path = tmp_path / "marked.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student", "Question", "Answer", "Mark"])
    for row in rows:
        ws.append(row)
    for r in range(2, 2 + len(rows)):
        ws.cell(r, 4).number_format = fmt
    wb.save(path)
    return path, rows


def learned_from_marks_under(tmp_path, fmt, shown, mark=lambda score: score):
    """The class of ``marked_under`` read (its marks shown as the set ``shown``), its marks column found and read as
    the numbers the cells hold, and learned from: the result of learning, and the rows."""
    path, rows = marked_under(tmp_path, fmt, mark)
    sheet = workflow.read_sheet(path)
    assert set(sheet.frame["Mark"]) == shown                        # the cells read as the teacher sees them
    assert guess_score_column(sheet) == "Mark"
    notes: list[str] = []
    assert read_scores(sheet, "Mark", path.name, notes) == {i: row[3] for i, row in enumerate(rows)} and not notes
    res = learn_from_sheet(path, "Mark", tmp_path / "out")
    assert [it.item for it in res.items] == ["Q1"] and res.items[0].n_marks == len(rows)
    return res, rows
