"""A question scored by a bundle with a decision rule keeps the rule's scores when its project is
saved and reopened: the project file holds the calibrated rows, and the reopened session decides
them again with the question's rule (its ItemInfo is set before the rows are restored)."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bundles"))   # bundle_graphs
from bundle_factory import make_bundle  # noqa: E402
from bundle_graphs import row_model  # noqa: E402

from grader_app import workflow  # noqa: E402
from grader_app.bundles.library import Library  # noqa: E402
from grader_app.core.sheet import LONG, ColumnMapping  # noqa: E402
from grader_app.text import normalise  # noqa: E402

RULE = {"rule": "expected-score", "cutpoints": [0.5, 1.5, 2.5]}
COIN_TOSS = "A coin toss between nought and three"     # (0.40, 0.05, 0.15, 0.40): arg-max 0, rule 2
OTHER = "Anything else at all"                         # (0.70, 0.10, 0.10, 0.10): arg-max 0, rule 1
MODEL = row_model((0.70, 0.10, 0.10, 0.10), {normalise(COIN_TOSS): (0.40, 0.05, 0.15, 0.40)}, declared=("N", 4))
MAPPING = dict(layout=LONG, id_column="Student ID", item_column="Question", answer_column="Answer")


def write_sheet(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Question", "Answer"])
        w.writerows([["S1", "asap-sas-1", COIN_TOSS], ["S2", "asap-sas-1", OTHER],
                     ["S3", "asap-sas-1", "Something different again"]])
    return path


def open_project(sheet_path: Path, folder: Path) -> workflow.Prepared:
    sheet = workflow.read_sheet(sheet_path)
    return workflow.prepare_session(sheet_path, sheet, ColumnMapping(**MAPPING), {"asap-sas-1": "asap-sas-1"},
                                    Library.load([folder]))


def test_the_rules_scores_come_back_after_save_and_reopen(tmp_path):
    folder = tmp_path / "bundles"
    make_bundle(folder, "asap-sas-1", decision=RULE, model_bytes=MODEL)
    sheet_path = write_sheet(tmp_path / "class.csv")

    first = open_project(sheet_path, folder)
    try:
        assert first.to_score == 3
        workflow.score_all(first.session, first.bundles)
        before = {k: (p.index, p.score, p.confidence) for k, p in first.session.predictions.items()}
        assert before[0][:2] == (2, 2) and before[0][2] == pytest.approx(0.15, abs=1e-6)
        assert before[1][:2] == (1, 1) and before[1][2] == pytest.approx(0.10, abs=1e-6)
        first.session.set_threshold(0.12, "asap-sas-1")
        statuses = [first.session.status(k) for k in range(3)]
        workflow.save_predictions(first.store, first.session)
        workflow.save_thresholds(first.store, first.session)
    finally:
        assert workflow.close_project(first.store, first.session, save=True) == ""

    again = open_project(sheet_path, folder)
    try:
        s = again.session
        assert again.restored["predictions"] == 3 and again.to_score == 0   # nothing scored again
        assert s.items["asap-sas-1"].cutpoints == (0.5, 1.5, 2.5)
        assert {k: (p.index, p.score, p.confidence) for k, p in s.predictions.items()} == before
        assert [s.status(k) for k in range(3)] == statuses
        assert s.final_score(0) == 2 and s.final_score(1) is None   # 0.15 reaches the threshold, 0.10 does not
        # the teacher decides the unsure one: Enter gives the likeliest score, 0 (70 %), not the rule's 1 (10 %)
        assert s.model_says(1).score == 0 and s.accept(1).score == 0
    finally:
        workflow.close_project(again.store)


def test_rows_are_decided_by_the_rule_of_the_bundle_that_scores_them_now(tmp_path):
    # the same bundle id and labels, saved without a rule and reopened with one: the stored rows stay
    # (they are the same model's), and their scores follow the rule the question has now
    folder = tmp_path / "bundles"
    make_bundle(folder, "asap-sas-1", model_bytes=MODEL)
    sheet_path = write_sheet(tmp_path / "class.csv")
    first = open_project(sheet_path, folder)
    try:
        workflow.score_all(first.session, first.bundles)
        assert first.session.predictions[0].score == 0
    finally:
        workflow.close_project(first.store, first.session, save=True)
    make_bundle(folder, "asap-sas-1", decision=RULE, model_bytes=MODEL)
    again = open_project(sheet_path, folder)
    try:
        assert again.restored["predictions"] == 3
        assert [again.session.predictions[k].score for k in range(3)] == [2, 1, 1]
    finally:
        workflow.close_project(again.store)
