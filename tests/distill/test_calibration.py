"""Temperature scaling and the review (risk–coverage) data, checked against brute force."""
from __future__ import annotations

import math

import numpy as np
import pytest

from grader_app.core import review as core_review
from grader_app.distill.calibration import (clopper_pearson_upper, fit_temperature, min_accepted_for, nll,
                                            risk_coverage, soften, softmax)


def test_softmax_rows_sum_to_one_and_temperature_flattens():
    z = np.array([[2.0, 0.0, -1.0], [1000.0, 999.0, 0.0]])
    p1 = softmax(z)
    p5 = softmax(z, T=5.0)
    assert np.allclose(p1.sum(1), 1.0) and np.allclose(p5.sum(1), 1.0)
    assert np.all(np.isfinite(p1))  # large logits do not overflow
    assert p5[0].max() < p1[0].max()
    assert p1[1, 0] == pytest.approx(1 / (1 + math.exp(-1) + math.exp(-1000)))


def test_soften_is_the_softmax_of_log_probabilities():
    p = np.array([[0.7, 0.2, 0.1], [0.0, 0.5, 0.5]])
    np.testing.assert_allclose(soften(p, 1.0), p, atol=1e-11)  # the 0 is clipped to 1e-12
    s2 = soften(p, 2.0)
    np.testing.assert_allclose(s2[0], np.sqrt(p[0]) / np.sqrt(p[0]).sum())
    assert np.all(s2 > 0) and np.allclose(s2.sum(1), 1.0)


def test_clopper_pearson_upper_known_values():
    # zero errors in n: the upper bound is 1 - alpha**(1/n)
    assert clopper_pearson_upper(0, 100, 0.9) == pytest.approx(1 - 0.1 ** (1 / 100), rel=1e-9)
    ub = clopper_pearson_upper(5, 100, 0.9)
    assert 0.05 < ub < 0.10
    assert clopper_pearson_upper(3, 0) == 1.0 and clopper_pearson_upper(7, 7) == 1.0


@pytest.mark.parametrize("errors, n, confidence", [(0, 1, 0.9), (1, 10, 0.9), (5, 100, 0.8), (37, 400, 0.95),
                                                   (999, 1000, 0.9)])
def test_clopper_pearson_upper_solves_the_binomial_tail(errors, n, confidence):
    # the bound p is where seeing at most `errors` errors becomes as unlikely as 1 - confidence
    from scipy.stats import binom

    p = clopper_pearson_upper(errors, n, confidence)
    assert errors / n < p < 1.0
    assert binom.cdf(errors, n, p) == pytest.approx(1 - confidence, rel=1e-7)


def _synthetic(n=4000, k=4, true_T=2.5, seed=0):
    """Labels drawn from softmax(z / true_T): the NLL-optimal temperature for logits z is ~true_T."""
    rng = np.random.default_rng(seed)
    z = rng.normal(0, 3.0, size=(n, k))
    cum = softmax(z, true_T).cumsum(axis=1)
    y = np.minimum((rng.uniform(size=(n, 1)) > cum).sum(axis=1), k - 1)
    return z, y


def test_fit_temperature_recovers_the_generating_temperature():
    z, y = _synthetic()
    T = fit_temperature(z, y)
    assert T == pytest.approx(2.5, rel=0.1)
    grid = np.exp(np.linspace(np.log(0.05), np.log(20), 400))
    brute = grid[int(np.argmin([nll(z, y, t) for t in grid]))]
    assert nll(z, y, T) <= nll(z, y, brute) + 1e-9
    assert T == pytest.approx(brute, rel=0.02)


def test_fit_temperature_stays_in_bounds():
    # perfectly separated, confident-and-right data wants T -> 0: the lower bound is returned
    z = np.array([[5.0, 0.0], [0.0, 5.0]] * 20)
    y = np.array([0, 1] * 20)
    assert fit_temperature(z, y) == pytest.approx(0.05, rel=1e-3)
    assert fit_temperature(z, y, bounds=(0.5, 3.0)) == pytest.approx(0.5, rel=1e-3)


@pytest.mark.parametrize("bad_y, match", [(np.array([0, 5]), "between 0"), (np.array([0]), "one true score")])
def test_fit_temperature_rejects_bad_labels(bad_y, match):
    with pytest.raises(ValueError, match=match):
        fit_temperature(np.zeros((2, 3)), bad_y)


def test_min_accepted_for_matches_clopper_pearson():
    n = min_accepted_for(0.05, 0.90)
    assert n == 45
    assert clopper_pearson_upper(0, n, 0.90) <= 0.05 < clopper_pearson_upper(0, n - 1, 0.90)


def _calib(n=3000, seed=1):
    """Confidence c, correct with probability c: errors concentrate at low confidence."""
    rng = np.random.default_rng(seed)
    conf = rng.uniform(0.4, 1.0, size=n)
    probs = np.stack([conf, 1 - conf], axis=1)
    correct = rng.uniform(size=n) < conf
    y = np.where(correct, 0, 1)
    return probs, y


def test_risk_table_rows_match_brute_force_counts():
    probs, y = _calib()
    r = risk_coverage(probs, y, target_error=0.05, confidence=0.9)
    table = r["table"]
    assert 2 <= len(table) <= 60
    thr = [row["threshold"] for row in table]
    assert thr == sorted(thr) and thr[-1] == 1.0
    conf, wrong = probs.max(1), probs.argmax(1) != y
    for row in table:
        acc = conf >= row["threshold"]
        assert row["accepted"] == int(acc.sum())
        assert row["errors"] == int((wrong & acc).sum())
        assert row["coverage"] == pytest.approx(acc.mean())
        if row["accepted"]:
            assert row["error"] == pytest.approx(row["errors"] / row["accepted"])
        assert row["error_upper"] == pytest.approx(clopper_pearson_upper(row["errors"], row["accepted"], 0.9))
    assert table[0]["coverage"] == 1.0
    assert {"threshold", "target_error", "confidence", "n", "method", "coverage_at_threshold",
            "error_at_threshold", "table"} <= set(r)
    assert r["n"] == len(y) and "Learn-then-Test" in r["method"]


def test_threshold_is_the_end_of_the_fixed_sequence():
    probs, y = _calib()
    r = risk_coverage(probs, y, target_error=0.10, confidence=0.9)
    assert r["qualified"] and r["threshold"] < 1.0
    table = r["table"]
    tested = [row for row in reversed(table) if row["accepted"] >= r["min_accepted"]]
    # every tested row from the top down to the chosen one passes, the next one (if any) fails
    chosen_i = next(i for i, row in enumerate(tested) if row["threshold"] == r["threshold"])
    assert all(row["error_upper"] <= 0.10 for row in tested[:chosen_i + 1])
    if chosen_i + 1 < len(tested):
        assert tested[chosen_i + 1]["error_upper"] > 0.10
    chosen = tested[chosen_i]
    assert r["coverage_at_threshold"] == chosen["coverage"] and r["error_at_threshold"] == chosen["error"]
    # the app's reader finds the same row and quotes its bound
    pts = core_review.risk_table(r)
    assert core_review.point_at(pts, r["threshold"]).error_upper == pytest.approx(chosen["error_upper"])
    assert core_review.expected_accuracy(pts, r["threshold"]) >= 0.90


def test_fixed_sequence_stops_at_first_failure_even_if_lower_rows_would_pass():
    # 100 answers at confidence 0.99 of which 20 wrong, then 900 at 0.7 all right:
    # the lower threshold alone would pass (20/1000 errors) but the walk stops at the top row.
    probs = np.array([[0.99, 0.01]] * 100 + [[0.7, 0.3]] * 900)
    y = np.array([1] * 20 + [0] * 80 + [0] * 900)
    r = risk_coverage(probs, y, target_error=0.05, confidence=0.9)
    low = [row for row in r["table"] if row["threshold"] <= 0.7][-1]
    assert low["error_upper"] <= 0.05  # would pass on its own
    assert r["threshold"] == 1.0 and not r["qualified"]
    assert "every answer goes to review" in r["note"]


def test_no_qualifying_threshold_sends_everything_to_review():
    probs = np.array([[0.6, 0.4]] * 50)
    y = np.array([0, 1] * 25)
    r = risk_coverage(probs, y)
    assert r["threshold"] == 1.0 and r["qualified"] is False
    assert r["coverage_at_threshold"] == 0.0
    pts = core_review.risk_table(r)
    assert core_review.point_at(pts, 1.0).coverage == 0.0


def test_table_is_capped_at_sixty_rows():
    rng = np.random.default_rng(3)
    c = rng.uniform(0.34, 1.0, 5000)
    probs = np.stack([c, (1 - c) / 2, (1 - c) / 2], 1)
    r = risk_coverage(probs, np.zeros(5000, dtype=int))
    assert len(r["table"]) <= 60
    cov = [row["coverage"] for row in r["table"]]
    assert cov == sorted(cov, reverse=True)


def test_risk_coverage_rejects_bad_arguments():
    with pytest.raises(ValueError, match="between 0 and 1"):
        risk_coverage(np.array([[0.5, 0.5]]), np.array([0]), target_error=1.5)
    with pytest.raises(ValueError, match="non-empty"):
        risk_coverage(np.zeros((0, 2)), np.zeros(0, dtype=int))
