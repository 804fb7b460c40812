"""The cross-fitted shipped recipe (grader_app.distill.crossfit_vocab): the inner split, the out-of-fold
routing, the per-fold figures and the installation rule, on small synthetic data (no torch needed)."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("sklearn")

from grader_app.distill.crossfit_vocab import RECIPE, inner_split, per_fold, pick, route_oof  # noqa: E402


def test_inner_split_is_stratified_disjoint_and_inside_the_rows_given():
    y = np.array([0] * 50 + [1] * 30 + [2] * 20)
    idx = np.arange(10, 100)
    a, b = inner_split(y, idx, seed=3)
    assert set(a) | set(b) == set(idx) and not set(a) & set(b)
    for c in (0, 1, 2):
        share = np.isin(b, np.flatnonzero(y == c)).sum() / np.isin(idx, np.flatnonzero(y == c)).sum()
        assert share == pytest.approx(0.2, abs=0.03)
    assert np.array_equal(inner_split(y, idx, seed=3)[1], b)  # seeded


def test_per_fold_figures_are_the_mean_and_sd_over_folds():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 200)
    folds = np.arange(200) % 5
    pred = np.where(rng.random(200) < 0.7, y, rng.integers(0, 3, 200))
    d = per_fold(pred, y, folds, 5, 3)
    assert len(d["folds"]) == 5
    assert d["qwk"] == pytest.approx(np.mean(d["folds"]))
    assert d["qwk_sd"] == pytest.approx(np.std(d["folds"], ddof=1))
    assert d["accuracy"] == pytest.approx((pred == y).mean())


def test_out_of_fold_routing_takes_the_threshold_from_the_other_folds():
    # folds 1-4: confident and right; fold 0: just as confident, and wrong. Fold 0's threshold comes from
    # folds 1-4, so fold 0 is accepted (and wrong): the routing figure shows the error instead of hiding it
    n, k = 500, 5
    folds = np.arange(n) % k
    y = np.zeros(n, int)
    logits = np.tile([6.0, 0.0, 0.0], (n, 1))
    logits[folds == 0] = [0.0, 6.0, 0.0]
    r = route_oof(logits, y, folds, k)
    assert r["n_auto"] > 0
    assert r["auto_right"] < 0.95


def test_the_rule_installs_the_best_kind_only_at_or_above_the_shipped_recipe():
    res = {"kinds": {"hashed_kd": {"qwk": 0.70}, "hashed_hard": {"qwk": 0.74}, RECIPE: {"qwk": 0.72},
                     "vocab_hard": {"qwk": 0.73}}}
    p = pick(res)
    assert p == {"kind": "hashed_hard", "qwk": 0.74, "recipe_qwk": 0.72, "install": True}
    res["kinds"]["hashed_hard"]["qwk"] = 0.60
    res["kinds"]["vocab_hard"]["qwk"] = 0.60
    assert pick(res)["kind"] == RECIPE and pick(res)["install"]
