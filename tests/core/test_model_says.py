"""The score the model gives an answer (``GradingSession.model_says``) with a shipped bundle whose decision rule picks
another score than the likeliest on some answers (set 6's expected-score cutpoints), through onnxruntime.

For an answer the teacher decides, the model's score is the likeliest one (the arg-max) and its probability: what
Enter accepts, what the results table and the graded sheet show, what the teacher's decision confirms or changes.
For an answer the model takes on its own it is the rule's pick, which stands. Which answers it takes is worked out on
the rule's pick and its probability, as the bundle's risk table was: the same answers as before."""
from __future__ import annotations

import csv

import pytest
from shipped_six import SHIPPED, TEXTS, likeliest, parted, scored

from grader_app.cli import run_cli
from grader_app.core import review
from grader_app.core.session import GradingSession


@pytest.fixture(scope="module")
def shipped_six() -> GradingSession:
    return scored()


def test_the_shipped_rule_parts_ways_with_the_likeliest_score_on_answers_that_need_the_teacher(shipped_six):
    s = shipped_six
    assert s.items["asap-sas-6"].cutpoints is not None and 0.5 < s.threshold("asap-sas-6") < 1.0
    assert len(parted(s)) >= 2, "the shipped set-6 model no longer parts ways with the arg-max on these answers"


def test_an_answer_the_teacher_decides_shows_the_likeliest_score_and_its_probability(shipped_six):
    s = shipped_six
    for k in parted(s):
        top, p = likeliest(s, k)
        says = s.model_says(k)
        assert (says.score, says.confidence) == (top, pytest.approx(p, abs=1e-9))
        assert s.model_row(k) is says and s.model_score(k) == top
        assert not s.takes_alone(k)
        # the rule's reading stays where the review policy reads it: its pick and that pick's probability
        rule = s.predictions[k]
        assert rule.score != top and rule.confidence < s.threshold("asap-sas-6")


def test_which_answers_the_model_takes_is_worked_out_on_the_rules_pick_as_before(shipped_six):
    s = shipped_six
    need = s.threshold("asap-sas-6")
    for k in range(len(TEXTS)):
        rule = s.predictions[k]
        before = review.status_for(True, rule.confidence, list(s.flags[k]), need, valid=rule.valid)
        assert s.status(k) == before
        if s.status(k) == review.AUTO:   # above 50 % the rule's pick is the likeliest: it stands as it always did
            assert s.takes_alone(k) and s.model_says(k) is rule and s.final_score(k) == rule.score
            assert rule.score == likeliest(s, k)[0]
        else:
            assert s.final_score(k) is None
    assert any(s.status(k) == review.AUTO for k in range(len(TEXTS)))


def test_accepting_gives_the_likeliest_score_and_counts_as_confirmed():
    s = scored()
    keys = parted(s)
    for k in keys:
        assert s.accept(k).score == likeliest(s, k)[0]
        assert s.status(k) == review.REVIEWED
    assert s.agreement("asap-sas-6") == {"n": len(keys), "exact": 1.0, "qwk": pytest.approx(1.0), "changed": 0,
                                            "decided": len(keys)}
    k = keys[0]
    s.decide(k, s.predictions[k].score)   # the rule's pick, which the review never showed: a change of the model's
    assert s.status(k) == review.OVERRIDDEN and s.agreement("asap-sas-6")["changed"] == 1


def test_at_a_threshold_the_rules_pick_reaches_it_is_the_score_that_stands():
    s = scored()
    k = parted(s)[0]
    rule = s.predictions[k]
    s.set_threshold(rule.confidence * 0.99, "asap-sas-6")   # under 50 %: the rule's pick now takes the answer alone
    assert s.takes_alone(k) and s.status(k) == review.AUTO
    assert s.model_says(k) is rule and s.final_score(k) == rule.score != likeliest(s, k)[0]
    assert s.accept(k).score == rule.score and s.status(k) == review.REVIEWED


def test_grader_score_writes_the_likeliest_score_for_the_answers_that_need_the_teacher(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(SHIPPED))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    sheet = tmp_path / "answers.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Answer"])
        w.writerows([[f"S{i}", t] for i, t in enumerate(TEXTS)])
    out = tmp_path / "graded.csv"
    assert run_cli(["score", str(sheet), "--bundle", str(SHIPPED / "asap-sas-6.gradebundle"), "--answer-column",
                    "Answer", "--out", str(out)]) == 0, capsys.readouterr().err
    with open(out, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    s = scored()
    for k in range(len(TEXTS)):
        said = s.model_says(k)
        assert rows[k]["model_score"] == str(said.score) and float(rows[k]["confidence"]) == round(said.confidence, 3)
        assert rows[k]["status"] == s.status(k)
    for k in parted(s):
        assert rows[k]["model_score"] == str(likeliest(s, k)[0]) and rows[k]["status"] == "needs review"
