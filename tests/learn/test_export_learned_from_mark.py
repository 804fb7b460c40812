"""The graded sheet wrote, for every answer the teacher marked on a question of her own, the score and confidence of
the model learned from those very marks: fitted to each mark, so the export's model_score matched her final_score
row after row, as if the model had checked her. As the results table does, an export now leaves both cells empty for
such an answer, and keeps the model's score and confidence on every answer she has not marked.
A real session, a real fit on the marks (the invented class of the other learning tests), real XLSX and CSV files
written and read back."""
from __future__ import annotations

import csv

import openpyxl

from grader_app.io import write_graded
from invented import invented_class
from test_assistant_holds_denials import learned_from_marks


def _rows_xlsx(path):
    ws = openpyxl.load_workbook(path).worksheets[0]
    head, *rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return [dict(zip(head, r)) for r in rows]


def _rows_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_an_export_leaves_the_learned_models_score_of_a_marked_answer_empty(tmp_path):
    texts, scores = invented_class(160, seed=3)
    session, keys, learner = learned_from_marks(tmp_path, texts, scores)
    assert session.items["own"].learned
    marked = [k for k in keys if k in session.decisions]
    unmarked = [k for k in keys if k not in session.decisions]
    assert len(marked) == 110 and unmarked
    assert all(session.model_row(k) is not None for k in keys)   # the model has a score for every answer
    for name, read in (("graded.xlsx", _rows_xlsx), ("graded.csv", _rows_csv)):
        rows = read(write_graded(session, tmp_path / name))
        by_row = {session.answers[k].row: k for k in keys}
        for r, row in enumerate(rows):
            k = by_row[r]
            if k in session.decisions:
                assert row["model_score"] in (None, ""), (name, k)
                assert row["confidence"] in (None, ""), (name, k)
                assert str(row["final_score"]) == str(session.decisions[k].score)
            else:
                pred = session.model_row(k)
                assert float(row["model_score"]) == float(pred.score), (name, k)
                assert abs(float(row["confidence"]) - pred.confidence) < 1e-3, (name, k)
