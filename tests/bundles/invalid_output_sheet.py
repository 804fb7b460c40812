"""A real CSV sheet scored by a real .gradebundle whose ONNX graph (:func:`bundle_graphs.row_model`, run by
onnxruntime) gives no usable row for two of its three answers (NaN; four equal 0.7s), the teacher having scored
the second of those. Shared by the export tests (tests/hostile) and the window's tests (tests/ui)."""
from __future__ import annotations

import csv

from bundle_factory import make_bundle
from bundle_graphs import row_model

from grader_app.bundles.library import Library
from grader_app.core import review
from grader_app.core.flags import INVALID_OUTPUT
from grader_app.core.grading import match_bundles
from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io import read_sheet
from grader_app.workflow import score_all

ITEM = "asap-sas-1"
NAN = float("nan")
TEXTS = ["the ribosome joins the amino acids", "answer the model cannot score", "another one it cannot score"]


def scored_with_invalid_rows(tmp_path, copies: int = 0) -> GradingSession:
    """Answer 0 is auto-accepted with 3 (90 %); 1 and 2 are invalid model outputs (flagged), 1 waiting for the
    teacher and 2 scored 1 by the teacher; ``copies`` more answers after them are copies of answer 1."""
    model = row_model([0.02, 0.03, 0.05, 0.9], {TEXTS[1]: [NAN, 0.2, 0.3, 0.5], TEXTS[2]: [0.7, 0.7, 0.7, 0.7]})
    make_bundle(tmp_path / "models", ITEM, model_bytes=model)
    sheet_path = tmp_path / "class.csv"
    with open(sheet_path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["Student ID", "Name", "Question", "Answer"]]
                                + [[f"S{i}", f"Kid {i}", ITEM, t] for i, t in enumerate(TEXTS + TEXTS[1:2] * copies)])
    session = GradingSession(read_sheet(sheet_path), ColumnMapping(
        layout=LONG, id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer"))
    score_all(session, match_bundles(session, Library.load([tmp_path / "models"])))
    session.set_threshold(0.5)
    assert session.predictions[0].valid and session.status(0) == review.AUTO
    assert [session.predictions[k].valid for k in (1, 2)] == [False, False]
    assert all(INVALID_OUTPUT in session.flags[k] for k in (1, 2))
    session.decide(2, 1)              # the teacher scores one of them
    return session
