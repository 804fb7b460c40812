"""A model output that is not a score (NaN, not a probability distribution) is exported as no model score.

A real .gradebundle whose ONNX graph (``tests/bundles/bundle_graphs.row_model``, run by onnxruntime) gives NaN rows
for two answers scores a real CSV sheet; the graded CSV and XLSX and the feedback sheet are written and read back.
The invalid rows' ``model_score`` and ``confidence`` are empty (the all-zero row's first label is a score nobody
gave), while their status and final score stay what the session says: waiting for the teacher, or the teacher's."""
from __future__ import annotations

import csv

import openpyxl
from bundle_factory import make_bundle
from bundle_graphs import row_model

from grader_app.bundles.library import Library
from grader_app.core import review
from grader_app.core.flags import INVALID_OUTPUT
from grader_app.core.grading import match_bundles
from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io import read_sheet, write_graded
from grader_app.io.feedback import write_feedback
from grader_app.workflow import score_all

ITEM = "asap-sas-1"
NAN = float("nan")
TEXTS = ["the ribosome joins the amino acids", "answer the model cannot score", "another one it cannot score"]


def _scored(tmp_path) -> GradingSession:
    model = row_model([0.02, 0.03, 0.05, 0.9], {TEXTS[1]: [NAN, 0.2, 0.3, 0.5], TEXTS[2]: [0.7, 0.7, 0.7, 0.7]})
    make_bundle(tmp_path / "models", ITEM, model_bytes=model)
    sheet_path = tmp_path / "class.csv"
    with open(sheet_path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["Student ID", "Name", "Question", "Answer"]]
                                + [[f"S{i}", f"Kid {i}", ITEM, t] for i, t in enumerate(TEXTS)])
    session = GradingSession(read_sheet(sheet_path), ColumnMapping(
        layout=LONG, id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer"))
    score_all(session, match_bundles(session, Library.load([tmp_path / "models"])))
    session.set_threshold(0.5)
    assert session.predictions[0].valid and session.status(0) == review.AUTO
    assert [session.predictions[k].valid for k in (1, 2)] == [False, False]
    assert all(INVALID_OUTPUT in session.flags[k] for k in (1, 2))
    session.decide(2, 1)              # the teacher scores one of them
    return session


def test_an_invalid_model_output_exports_no_model_score(tmp_path):
    session = _scored(tmp_path)
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
