"""Score offsets for QWK: additive shifts of a learned model's logits, kept only when they hold up.

QWK, the agreement figure teachers' marks are compared by, punishes a model that rarely gives the
top or bottom scores: a model fitted for exact agreement leans to the common middle scores. Adding a
constant to one score's logit moves the border between neighbouring scores; :func:`qwk_offsets`
finds such offsets on out-of-fold log-probabilities by coordinate search (the "optimised rounder"
of the ASAP-SAS competition, here on the class logits). Offsets chosen on the same predictions they
are judged on flatter themselves, so :func:`checked_offsets` tunes them on one half of the marks,
scores the other half with them (and the other way round) and keeps offsets (tuned on all the
marks) only if that cross-fitted QWK beats the unshifted one; otherwise it returns zeros.

They are added to the model's bias, so the exported graph, its probabilities and the calibration
that follows (temperature, the out-of-fold review table) all include them. Chosen on the training
split of ASAP-SAS (300 marks, scored on other training answers, sets 1, 2, 5, 6, 10): QWK 0.632 ->
0.647 on the mean; with 100 marks it changes nothing; with the ordinal model of ``grader learn``
0.676 -> 0.682 (docs/effort.md).
"""
from __future__ import annotations

import math

import numpy as np

from ..core.metrics import quadratic_weighted_kappa
from .pausing import pause_point

GRID = np.round(np.arange(-1.5, 1.51, 0.1), 2)   # offsets tried for each score (logit units)
ROUNDS = 2


def qwk_offsets(logp: np.ndarray, y: np.ndarray, k: int, rounds: int = ROUNDS) -> np.ndarray:
    """Offsets [k] (the first score's fixed at 0) that raise the QWK of ``argmax(logp + offsets)``
    against ``y``; among equals the smaller offset."""
    delta = np.zeros(k)
    labels = list(range(k))

    def kappa(d: np.ndarray) -> float:
        v = quadratic_weighted_kappa(y, (logp + d).argmax(axis=1), labels)
        return v if math.isfinite(v) else -1.0
    best = kappa(delta)
    for _ in range(rounds):
        for j in range(1, k):
            pause_point()
            for g in GRID:
                d = delta.copy()
                d[j] = g
                v = kappa(d)
                if v > best + 1e-9 or (abs(v - best) <= 1e-9 and abs(g) < abs(delta[j])):
                    best, delta = v, d
    return delta


def crossfit_offset_predictions(logp: np.ndarray, y: np.ndarray, k: int, seed: int = 0,
                                min_half: int = 10) -> np.ndarray | None:
    """Each half of the marks scored with offsets tuned on the other half (None with fewer than ``min_half``
    marks per half): what offsets do to answers they were not tuned on."""
    n = len(y)
    half = np.random.default_rng(seed).permutation(n) < n // 2
    if half.sum() < min_half or (~half).sum() < min_half:
        return None
    pred = np.empty(n, dtype=np.int64)
    for part in (half, ~half):
        d = qwk_offsets(logp[~part], y[~part], k)
        pred[part] = (logp[part] + d).argmax(axis=1)
    return pred


def checked_offsets(logp: np.ndarray, y: np.ndarray, k: int, seed: int = 0, min_half: int = 10) -> np.ndarray:
    """:func:`qwk_offsets` on all of ``logp`` if offsets tuned on one half raise the other half's QWK
    (both ways round, pooled), else zeros (also with fewer than ``min_half`` marks per half)."""
    pred = crossfit_offset_predictions(logp, y, k, seed, min_half)
    if pred is None:
        return np.zeros(k)
    labels = list(range(k))
    shifted = quadratic_weighted_kappa(y, pred, labels)
    plain = quadratic_weighted_kappa(y, logp.argmax(axis=1), labels)
    if math.isfinite(shifted) and (not math.isfinite(plain) or shifted > plain):
        return qwk_offsets(logp, y, k)
    return np.zeros(k)
