"""A marked sheet whose marks column a teacher formatted with decimals, thousands, a unit or brackets for negatives
("0.00" shows 2 as "2.00"): since a number reads as its format shows it (an answer "3.50" as the student typed it,
tests/io/test_number_format_answers.py), the marks must still be the numbers the cells hold, found and learned from as
before. A real workbook, a real fit."""
from __future__ import annotations

import openpyxl
import pytest

from grader_app import workflow
from grader_app.learn.from_sheet import learn_from_sheet
from grader_app.learn.score_column import guess_score_column, read_scores
from invented import invented_class


def _marked(tmp_path, fmt):
    """A marked class (60 answers of one question, each marked 0, 1 or 2) whose marks cells are under ``fmt``."""
    texts, scores = invented_class(60, seed=4)
    rows = [[f"S{i}", "Q1", t, s] for i, (t, s) in enumerate(zip(texts, scores))]
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


@pytest.mark.parametrize("fmt, shown", [("0.00", {"0.00", "1.00", "2.00"}), ("#,##0.0", {"0.0", "1.0", "2.0"}),
                                        ('0" pts"', {"0 pts", "1 pts", "2 pts"}),
                                        ("0.0_);(0.0)", {"0.0", "1.0", "2.0"}),
                                        ("0.0E+00", {"0.0E+00", "1.0E+00", "2.0E+00"})])
def test_a_marks_column_under_a_number_format_is_still_learned_from(tmp_path, fmt, shown):
    path, rows = _marked(tmp_path, fmt)
    sheet = workflow.read_sheet(path)
    assert set(sheet.frame["Mark"]) == shown                        # the cells read as the teacher sees them
    assert guess_score_column(sheet) == "Mark"
    notes: list[str] = []
    assert read_scores(sheet, "Mark", path.name, notes) == {i: row[3] for i, row in enumerate(rows)} and not notes
    res = learn_from_sheet(path, "Mark", tmp_path / "out")
    assert [it.item for it in res.items] == ["Q1"] and res.items[0].n_marks == len(rows)
    assert sorted(res.items[0].model.labels) == [0, 1, 2]
