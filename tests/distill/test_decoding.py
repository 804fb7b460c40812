"""The decision rule fitted out of fold (grader_app.distill.decoding) and the review data under it."""
import numpy as np
import pytest

from grader_app.core.decision import check_cutpoints, decide_many
from grader_app.distill.decoding import (choose_rule, decoded_figures, final_rule, fit_cutpoints, manifest_extra,
                                         qwk_fast)
from grader_app.learn.calibration import risk_coverage


def _ordinal_logits(n: int, K: int, seed: int, bias: float = 1.2):
    """Scores 0..K-1 seen through a noisy latent value; the model's logits over-favour the extremes, so the
    arg-max is pulled outwards while the expected score still tracks the latent value."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, K, n)
    latent = y + rng.normal(0, 0.7, n)
    centres = np.arange(K, dtype=float)
    logits = -((latent[:, None] - centres[None, :]) ** 2)
    logits[:, 0] += bias
    logits[:, -1] += bias
    return logits, y


def test_qwk_fast_matches_the_app_metric():
    from grader_app.core.metrics import quadratic_weighted_kappa

    rng = np.random.default_rng(0)
    y, p = rng.integers(0, 4, 300), rng.integers(0, 4, 300)
    assert qwk_fast(y, p, 4) == pytest.approx(quadratic_weighted_kappa(y, p, labels=[0, 1, 2, 3]), abs=1e-12)


def test_fitted_cutpoints_beat_the_argmax_where_it_is_pulled_to_the_extremes():
    logits, y = _ordinal_logits(1500, 4, seed=1)
    P = np.exp(logits - logits.max(1, keepdims=True))
    P /= P.sum(1, keepdims=True)
    cuts = fit_cutpoints(P, y, 4)
    assert check_cutpoints(cuts, 4) == cuts
    assert qwk_fast(y, decide_many(P, cuts), 4) > qwk_fast(y, P.argmax(1), 4) + 0.01


def test_the_rule_is_the_argmax_when_cutpoints_gain_nothing():
    rng = np.random.default_rng(2)
    y = rng.integers(0, 3, 900)
    logits = np.eye(3)[y] * 8.0  # a perfect, sharp model: nothing to gain
    folds = np.arange(900) % 5
    rule = choose_rule(logits, y, folds, 3)
    assert rule["rule"] == "argmax" and rule["cutpoints"] is None
    assert manifest_extra(rule) is None


def test_outer_fold_is_decided_without_its_own_scores():
    logits, y = _ordinal_logits(1000, 4, seed=3)
    folds = np.arange(1000) % 5
    before = decoded_figures(logits, y, folds, 5, 4)
    y2 = y.copy()
    y2[folds == 0] = 3 - y2[folds == 0]  # scramble fold 0's human scores
    after = decoded_figures(logits, y2, folds, 5, 4)
    assert before["fold_rules"][0] == after["fold_rules"][0]
    # fold 0's figure moves (its scores changed) but the other folds' rules saw fold 0, so only fold 0 is checked
    assert before["folds"][0] != after["folds"][0]
    assert before["qwk"] > 0.6 and before["fold_rules"].count("expected-score") >= 3


def test_final_rule_gives_a_manifest_decision_and_review_under_that_rule():
    logits, y = _ordinal_logits(1200, 4, seed=4)
    folds = np.arange(1200) % 5
    rule, review = final_rule(logits, y, folds, 4)
    extra = manifest_extra(rule)
    assert extra is not None and extra["decision"]["rule"] == "expected-score"
    assert check_cutpoints(extra["decision"]["cutpoints"], 4)
    assert review["n"] == 1200 and 0 < rule["temperature"] < 100


def test_risk_coverage_under_a_rule_uses_the_chosen_scores_probability():
    P = np.array([[0.5, 0.1, 0.4], [0.1, 0.8, 0.1], [0.45, 0.1, 0.45]])
    y = np.array([1, 1, 2])
    pred = np.array([1, 1, 2])
    plain = risk_coverage(P, y)
    ruled = risk_coverage(P, y, pred=pred)
    # under the rule the first answer is right but only 0.1 confident; under the arg-max it is 0.5 and wrong
    top_plain = [r for r in plain["table"] if r["threshold"] == 0.5][0]
    assert top_plain["errors"] == 1
    low = [r for r in ruled["table"] if r["threshold"] <= 0.1][0]
    assert low["errors"] == 0 and low["accepted"] == 3
    with pytest.raises(ValueError, match="one chosen score index per answer"):
        risk_coverage(P, y, pred=np.array([0, 1]))
