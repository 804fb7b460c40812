"""A model output that is not a score (NaN, not a probability distribution) is exported as no model score.

A real .gradebundle whose ONNX graph (``tests/bundles/bundle_graphs.row_model``, run by onnxruntime) gives NaN rows
for two answers scores a real CSV sheet (``tests/bundles/invalid_output_sheet.py``); the graded CSV and XLSX and the
feedback sheet are written and read back. The invalid rows' ``model_score`` and ``confidence`` are empty (the
all-zero row's first label is a score nobody gave), while their status and final score stay what the session says:
waiting for the teacher, or the teacher's."""
from __future__ import annotations

import csv

import openpyxl
from invalid_output_sheet import scored_with_invalid_rows

from grader_app.core import review
from grader_app.io import write_graded
from grader_app.io.feedback import write_feedback


def test_an_invalid_model_output_exports_no_model_score(tmp_path):
    session = scored_with_invalid_rows(tmp_path)
    expected = [("3", "0.9", review.AUTO, "3"),
                ("", "", review.NEEDS_REVIEW, ""),           # used to be "0" and "0" (the all-zero row's first label)
                ("", "", review.DECIDED, "1")]
    with open(write_graded(session, tmp_path / "graded.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["model_score"], r["confidence"], r["status"], r["final_score"]) for r in rows] == expected

    ws = openpyxl.load_workbook(write_graded(session, tmp_path / "graded.xlsx")).active
    header = [c.value for c in ws[1]]
    cols = [header.index(n) for n in ("model_score", "confidence", "status", "final_score")]
    got = [tuple("" if row[j] is None else str(row[j]) for j in cols) for row in ws.iter_rows(min_row=2, values_only=True)]
    assert got == expected

    # the feedback sheet carries final scores only: the invalid row is open, the teacher's score stands
    with open(write_feedback(session, tmp_path / "feedback.csv"), encoding="utf-8-sig", newline="") as f:
        feedback = list(csv.reader(f))
    score_col = feedback[0].index("Q1 score")
    assert [r[score_col] for r in feedback[1:]] == ["3", "", "1"]
