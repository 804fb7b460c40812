"""Fitting a bundle's decision rule (:mod:`grader_app.core.decision`) out of fold, honestly.

A student's arg-max ignores that scores are ordered. The expected score index, cut at K − 1
cutpoints fitted to maximise QWK, usually agrees better with the human (the "optimised rounding" of
ordinal scoring). Whether it does for a given model is itself a choice, so it is made without the
answers it is judged on:

* :func:`fit_cutpoints`: coordinate ascent on a grid of the expected index (step 0.025), starting
  at the midpoints k + ½, three passes; ties keep the earlier (closer to the midpoint) value.
* :func:`choose_rule`: given out-of-fold logits of some folds, the temperature is fitted on all of
  them; the rule (arg-max or cutpoints) is chosen by leave-one-fold-out among those folds — the
  cutpoints fitted on the others, QWK on the left-out fold, mean over folds — and cutpoints win only
  if their mean QWK beats the arg-max's by more than ``MARGIN``; the winning cutpoints are then
  refitted on all the given folds.
* :func:`decoded_figures`: outer fold f is decided by the rule, temperature and threshold chosen on
  the other folds only (as ``crossfit_vocab.route_oof`` routes), giving the kind's CV QWK, its
  out-of-fold routing, and the rule for the bundle (chosen on every fold).
"""
from __future__ import annotations

import numpy as np

from ..core.decision import RULE_ARGMAX, RULE_EXPECTED, decide_many
from .calibration import fit_temperature, risk_coverage, softmax

GRID_STEP = 0.025
PASSES = 3
MARGIN = 0.002   # mean inner QWK the cutpoints must gain over the arg-max to be chosen


def qwk_fast(y: np.ndarray, pred: np.ndarray, K: int) -> float:
    """Quadratic weighted kappa over labels 0..K-1 (same figure as core.metrics, without its checks)."""
    n = len(y)
    if n == 0:
        return 0.0
    obs = np.bincount(y * K + pred, minlength=K * K).reshape(K, K).astype(np.float64)
    i = np.arange(K)
    W = (i[:, None] - i[None, :]) ** 2 / max((K - 1) ** 2, 1)
    E = np.outer(obs.sum(1), obs.sum(0)) / n
    den = (W * E).sum()
    return float(1.0 - (W * obs).sum() / den) if den > 0 else 0.0


def expected_index(probs: np.ndarray) -> np.ndarray:
    return np.asarray(probs, dtype=np.float64) @ np.arange(probs.shape[1], dtype=np.float64)


def fit_cutpoints(probs: np.ndarray, y: np.ndarray, K: int) -> tuple[float, ...]:
    """K − 1 increasing cutpoints on the expected index that maximise QWK on (probs, y)."""
    e = expected_index(probs)
    y = np.asarray(y, dtype=np.int64)
    grid = np.round(np.arange(GRID_STEP, K - 1, GRID_STEP), 6)
    cuts = [k + 0.5 for k in range(K - 1)]

    def score(c) -> float:
        return qwk_fast(y, (e[:, None] >= np.asarray(c)[None, :]).sum(1), K)

    best = score(cuts)
    for _ in range(PASSES):
        moved = False
        for j in range(K - 1):
            lo = cuts[j - 1] if j > 0 else -np.inf
            hi = cuts[j + 1] if j < K - 2 else np.inf
            for v in sorted((g for g in grid if lo < g < hi), key=lambda g: abs(g - (j + 0.5))):
                trial = cuts[:j] + [float(v)] + cuts[j + 1:]
                q = score(trial)
                if q > best + 1e-12:
                    best, cuts, moved = q, trial, True
        if not moved:
            break
    return tuple(float(c) for c in cuts)


def choose_rule(logits: np.ndarray, y: np.ndarray, folds: np.ndarray, K: int) -> dict:
    """The temperature and decision rule chosen on the rows given (their folds say how to split them)."""
    T = fit_temperature(logits, y)
    P = softmax(logits, T)
    names = np.unique(folds)
    arg_q, cut_q = [], []
    for g in names:
        tr, te = folds != g, folds == g
        arg_q.append(qwk_fast(y[te], P[te].argmax(1), K))
        cut_q.append(qwk_fast(y[te], decide_many(P[te], fit_cutpoints(P[tr], y[tr], K)), K))
    rule = {"temperature": float(T), "inner_qwk_argmax": float(np.mean(arg_q)),
            "inner_qwk_expected": float(np.mean(cut_q))}
    if len(names) >= 2 and rule["inner_qwk_expected"] > rule["inner_qwk_argmax"] + MARGIN:
        return {**rule, "rule": RULE_EXPECTED, "cutpoints": list(fit_cutpoints(P, y, K))}
    return {**rule, "rule": RULE_ARGMAX, "cutpoints": None}


def predict(logits: np.ndarray, rule: dict) -> tuple[np.ndarray, np.ndarray]:
    """(calibrated probabilities, chosen indices) of ``logits`` under a rule from :func:`choose_rule`."""
    P = softmax(logits, rule["temperature"])
    return P, decide_many(P, rule["cutpoints"])


def manifest_decision(rule: dict) -> dict | None:
    """The manifest's ``decision`` entry for a rule (None: arg-max, nothing to write)."""
    if rule["rule"] != RULE_EXPECTED:
        return None
    return {"rule": RULE_EXPECTED, "cutpoints": [round(float(c), 6) for c in rule["cutpoints"]]}


def manifest_extra(rule: dict) -> dict | None:
    """``make_manifest``'s ``extra`` for a rule: ``{"decision": …}``, or None for the arg-max."""
    d = manifest_decision(rule)
    return {"decision": d} if d else None


def decoded_figures(logits: np.ndarray, y: np.ndarray, folds: np.ndarray, k: int, K: int) -> dict:
    """A kind's CV figures with the decision rule part of its recipe (chosen on the other folds)."""
    pred = np.zeros(len(y), dtype=np.int64)
    accepted = np.zeros(len(y), bool)
    rules = []
    for f in range(k):
        tr, te = folds != f, folds == f
        rule = choose_rule(logits[tr], y[tr], folds[tr], K)
        P_tr, d_tr = predict(logits[tr], rule)
        rev = risk_coverage(P_tr, y[tr], pred=d_tr)
        P_te, d_te = predict(logits[te], rule)
        pred[te] = d_te
        accepted[te] = (P_te[np.arange(len(d_te)), d_te] >= rev["threshold"]) if rev["qualified"] else False
        rules.append(rule["rule"])
    q = [qwk_fast(y[folds == f], pred[folds == f], K) for f in range(k)]
    right = pred == y
    return {"qwk": float(np.mean(q)), "qwk_sd": float(np.std(q, ddof=1)), "folds": q,
            "qwk_pooled": qwk_fast(y, pred, K), "accuracy": float(right.mean()),
            "routing_oof": {"auto_share": float(accepted.mean()), "n_auto": int(accepted.sum()),
                            "auto_right": float(right[accepted].mean()) if accepted.any() else None},
            "fold_rules": rules}


def final_rule(logits: np.ndarray, y: np.ndarray, folds: np.ndarray, K: int) -> tuple[dict, dict]:
    """The bundle's rule and review data, chosen and fitted on every out-of-fold prediction."""
    rule = choose_rule(logits, y, folds, K)
    P, d = predict(logits, rule)
    return rule, risk_coverage(P, y, pred=d)
