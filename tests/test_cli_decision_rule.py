"""`grader score` and `grader verify` with a bundle that carries a decision rule: the graded sheet's
model_score is the rule's pick and its confidence that score's probability for an answer the model takes on its
own; for one that needs the teacher, the likeliest score and its probability, the score the review suggests (real
bundle, onnxruntime)."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "bundles"))   # bundle_graphs
from bundle_factory import make_bundle  # noqa: E402
from bundle_graphs import row_model  # noqa: E402

from grader_app.cli import run_cli  # noqa: E402
from grader_app.text import normalise  # noqa: E402

COIN_TOSS = "A coin toss between nought and three"     # (0.40, 0.05, 0.15, 0.40): arg-max 0, rule 2
SURE_TWO = "Clearly a two, the model is sure"          # (0.05, 0.10, 0.80, 0.05): both 2
OTHER = "Anything else at all"                         # (0.70, 0.10, 0.10, 0.10): arg-max 0, rule 1
MODEL = row_model((0.70, 0.10, 0.10, 0.10), {normalise(COIN_TOSS): (0.40, 0.05, 0.15, 0.40),
                                             normalise(SURE_TWO): (0.05, 0.10, 0.80, 0.05)}, declared=("N", 4))


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(shipped))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))


def graded_rows(tmp_path, capsys, decision) -> list[dict]:
    bundle = make_bundle(tmp_path / "b", "asap-sas-1", decision=decision, model_bytes=MODEL, threshold=0.12)
    sheet = tmp_path / "answers.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Answer"])
        w.writerows([["S1", COIN_TOSS], ["S2", SURE_TWO], ["S3", OTHER]])
    out = tmp_path / "graded.csv"
    code = run_cli(["score", str(sheet), "--bundle", str(bundle), "--answer-column", "Answer", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 0, err
    with open(out, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def test_grader_score_writes_the_rules_score_where_it_stands_and_else_the_likeliest(tmp_path, capsys):
    rows = graded_rows(tmp_path, capsys, {"rule": "expected-score", "cutpoints": [0.5, 1.5, 2.5]})
    # the threshold (0.12) is read against the rule's score's probability: 0.15 and 0.8 reach it, 0.10 does not
    assert [r["status"] for r in rows] == ["auto", "auto", "needs review"]
    assert [r["final_score"] for r in rows] == ["2", "2", ""]
    # the rule's 2 stands for the coin toss; the unsure answer is the teacher's, suggested its likeliest 0 (not 1)
    assert [r["model_score"] for r in rows] == ["2", "2", "0"]
    assert [float(r["confidence"]) for r in rows] == [0.15, 0.8, 0.7]


def test_grader_score_without_a_rule_writes_the_arg_max(tmp_path, capsys):
    rows = graded_rows(tmp_path, capsys, None)
    assert [r["model_score"] for r in rows] == ["0", "2", "0"]
    assert [float(r["confidence"]) for r in rows] == [0.4, 0.8, 0.7]


def test_grader_verify_names_the_rule(tmp_path, capsys):
    ruled = make_bundle(tmp_path / "r", "asap-sas-1", decision={"rule": "expected-score", "cutpoints": [0.62, 1.48, 2.31]},
                        model_bytes=MODEL)
    assert run_cli(["verify", str(ruled)]) == 0
    out = capsys.readouterr().out
    assert "OK (asap-sas-1, 4 scores" in out and "by expected score, cutpoints 0.62 / 1.48 / 2.31" in out
    plain = make_bundle(tmp_path / "p", "asap-sas-1", model_bytes=MODEL)
    assert run_cli(["verify", str(plain)]) == 0
    assert "score: the most probable" in capsys.readouterr().out
