"""Issue 9 item 3 (scoring): a model row that is not a probability distribution is never auto-accepted.

Real bundles (real zips, real onnxruntime sessions) whose graph gives a chosen row per answer: NaN,
infinite, negative, above 1, not adding up to 1. Each such row is flagged, needs review whatever the
threshold, has a defined confidence (0.0) and no final score; good rows in the same batch are untouched.
"""
from __future__ import annotations

import csv
import math

import numpy as np
import pandas as pd
import pytest
from bundle_graphs import constant_model, manifest, row_model

from grader_app.bundles import BundleError, read_bundle, write_bundle
from grader_app.core import review
from grader_app.core.flags import ALL_FLAGS, INVALID_OUTPUT
from grader_app.core.grading import match_bundles
from grader_app.workflow import score_all
from grader_app.core.session import GradingSession, Prediction
from grader_app.core.sheet import LONG, ColumnMapping, Sheet

NAN, INF = float("nan"), float("inf")
ROWS = {  # normalised answer text -> the row the model gives for it
    "the model gives nan for this one": [NAN, 0.5, 0.5],
    "the model gives infinity for this one": [INF, 0.0, 0.0],
    "the model gives a negative value here": [-0.4, 0.2, 1.2],
    "the model gives more than one here": [0.0, 1.7, 0.0],
    "the model gives rows not adding up": [0.3, 0.3, 0.3],
}
GOOD = "a perfectly ordinary answer about light"
GOOD_ROW = [0.01, 0.01, 0.98]


def session_for(texts):
    frame = pd.DataFrame({"Student ID": [f"S{i}" for i in range(len(texts))], "Question": ["test-item"] * len(texts),
                          "Answer": list(texts)}, dtype=object)
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", item_column="Question", answer_column="Answer")
    return GradingSession(Sheet(frame), mapping)


def scored(tmp_path, model: bytes, texts, k: int = 3, temperature: float = 1.0):
    path = write_bundle(tmp_path / "m.gradebundle", manifest(k, calibration={"temperature": temperature}), model)
    bundle = read_bundle(path)
    s = session_for(texts)
    score_all(s, match_bundles(s, None, forced=bundle))
    return s


@pytest.mark.parametrize("temperature", [1.0, 2.0])
def test_invalid_rows_need_review_whatever_the_threshold(tmp_path, temperature):
    texts = [t.capitalize() for t in ROWS] + [GOOD.upper()]  # the graph sees them normalised (lower case)
    s = scored(tmp_path, row_model([0.2, 0.3, 0.5], {**ROWS, GOOD: GOOD_ROW}), texts, temperature=temperature)
    s.set_threshold(0.0)
    bad_keys, good_key = range(len(ROWS)), len(ROWS)
    for k in bad_keys:
        assert s.status(k) == review.NEEDS_REVIEW, texts[k]
        assert INVALID_OUTPUT in s.flags[k]
        assert s.predictions[k].confidence == 0.0 and not s.predictions[k].valid
        assert all(math.isfinite(p) for p in s.predictions[k].probabilities)
        assert s.final_score(k) is None
    assert s.status(good_key) == review.AUTO and s.flags[good_key] == []
    assert s.predictions[good_key].valid and s.predictions[good_key].score == 2
    assert s.counts()[review.NEEDS_REVIEW] == len(ROWS)


def test_a_nan_model_never_reaches_an_export_as_nan(tmp_path):
    from grader_app.io.writers import write_graded

    s = scored(tmp_path, constant_model([NAN, NAN, NAN]), ["One answer with words.", "Another answer with words."])
    out = write_graded(s, tmp_path / "graded.csv")
    with open(out, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["status"] for r in rows] == [review.NEEDS_REVIEW] * 2
    assert all(r["model_score"] == "" and r["confidence"] == "" for r in rows), rows   # no score the model gave
    assert all(INVALID_OUTPUT in r["flags"] for r in rows)
    assert "nan" not in out.read_text(encoding="utf-8-sig").lower()


@pytest.mark.parametrize("width,labels", [(5, 3), (3, 4)])
def test_scoring_with_an_output_wider_or_narrower_than_the_labels_is_a_bundle_error(tmp_path, width, labels):
    model = constant_model([1.0 / width] * width, declared=("N", "K"))
    with pytest.raises(BundleError, match=f"gives {width} scores per answer but its manifest lists {labels} labels"):
        scored(tmp_path, model, ["Some answer with words."], k=labels)


def test_status_for_nan_confidence_or_invalid_row_is_needs_review():
    assert review.status_for(True, NAN, [], threshold=0.0) == review.NEEDS_REVIEW
    assert review.status_for(True, 0.99, [], threshold=0.5, valid=False) == review.NEEDS_REVIEW
    assert review.status_for(True, 0.99, [], threshold=0.5) == review.AUTO


def test_prediction_validity_is_computed_from_its_own_numbers():
    """A prediction restored from a project file keeps its verdict (no flag needed to know it)."""
    assert Prediction((0.2, 0.8), (0, 1)).valid
    for row in [(0.0, 0.0), (NAN, 1.0), (-0.1, 1.1), (0.6, 0.6), (INF, 0.0)]:
        p = Prediction(row, (0, 1))
        assert not p.valid and p.confidence == 0.0 and p.probabilities == (0.0, 0.0)


def test_invalid_prediction_cannot_be_accepted_and_flag_clears_when_rescored(tmp_path):
    s = session_for(["One answer with words."])
    s.items["test-item"] = s.items["test-item"].__class__(item="test-item", labels=(0, 1, 2), default_threshold=0.0)
    s.set_predictions([0], np.array([[NAN, 0.5, 0.5]], dtype=np.float32))
    assert s.status(0) == review.NEEDS_REVIEW and INVALID_OUTPUT in s.flags[0]
    with pytest.raises(ValueError, match="no usable score"):
        s.accept(0)
    s.set_predictions([0], np.array([[0.1, 0.1, 0.8]], dtype=np.float32))
    assert s.flags[0] == [] and s.status(0) == review.AUTO


def test_flag_is_in_the_vocabulary():
    assert INVALID_OUTPUT in ALL_FLAGS
