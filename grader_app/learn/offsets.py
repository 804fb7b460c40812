"""Score offsets for QWK: additive shifts of a learned model's logits, kept only when they hold up.

QWK, the agreement figure teachers' marks are compared by, punishes a model that rarely gives the
top or bottom scores: a model fitted for exact agreement leans to the common middle scores. Adding a
constant to one score's logit moves the border between neighbouring scores; :func:`qwk_offsets`
finds such offsets on out-of-fold log-probabilities by coordinate search (the "optimised rounder"
of the ASAP-SAS competition, here on the class logits). Offsets chosen on the same predictions they
are judged on flatter themselves, so :func:`checked_offsets` tunes them on one half of the marks,
scores the other half with them (and the other way round) and keeps offsets (tuned on all the
marks) only if that cross-fitted QWK beats the unshifted one; otherwise it returns zeros.

They are added to the model's bias, so the exported graph and its probabilities include them. The
calibration that follows (temperature, the out-of-fold review table and its bound) is worked out on the marks'
out-of-fold logits each shifted by offsets tuned on the other half (:func:`crossfit_offset_logits`): offsets tuned on
every mark would vouch for themselves on the very marks the bound counts. Chosen on the training
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
CHUNK = 1 << 21   # shifted logits held at once while trying a round's offsets (elements: 16 MB)


def confusion_matrices(y: np.ndarray, pred: np.ndarray, k: int) -> np.ndarray:
    """Confusion matrices [m, k, k] (rows: ``y``, columns: ``pred``) of each row of predictions ``pred``
    [m, n] against the scores ``y`` [n], both as positions 0..k-1: one bincount for all m."""
    pred = np.asarray(pred, dtype=np.int64)
    m = pred.shape[0]
    cells = (np.asarray(y, dtype=np.int64) * k)[None, :] + pred + (np.arange(m, dtype=np.int64) * (k * k))[:, None]
    return np.bincount(cells.ravel(), minlength=m * k * k).reshape(m, k, k)


def qwk_from_confusion(confusion: np.ndarray) -> np.ndarray:
    """Quadratic weighted kappa of each confusion matrix in ``confusion`` [..., k, k], NaN where
    scikit-learn's ``cohen_kappa_score(weights="quadratic")`` calls it undefined (no answers, or one
    and the same score throughout on both sides).

    The same floating-point operations as scikit-learn, in the same order (the expected matrix's
    weighted sum over the row-major k*k cells is the only sum whose order matters), so the figures
    agree to the last bit (tests/learn/test_offsets_speed.py): :func:`qwk_offsets` compares them to
    within 1e-9 and must choose what it chose when it called scikit-learn once per candidate offset."""
    c = np.asarray(confusion, dtype=np.float64)
    k = c.shape[-1]
    lead = c.shape[:-2]
    pos = np.arange(k, dtype=np.float64)
    w = (pos[None, :] - pos[:, None]) ** 2
    col = c.sum(axis=-2)   # second rater's totals
    row = c.sum(axis=-1)   # first rater's totals
    total = col.sum(axis=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = col[..., :, None] * row[..., None, :] / total[..., None, None]
        num = (w * c).reshape(*lead, k * k).sum(axis=-1)
        den = (w * expected).reshape(*lead, k * k).sum(axis=-1)
        kappa = 1 - num / den
    return np.where((total == 0) | (den == 0), np.nan, kappa)


def _score_positions(y: np.ndarray, k: int) -> np.ndarray:
    """``y`` as int64 positions; ValueError unless every score is a whole number from 0 to k-1."""
    y = np.asarray(y)
    ok = y.ndim == 1 and y.dtype.kind in "biuf"
    if ok and y.size:
        ok = bool(y.min() >= 0) and bool(y.max() <= k - 1) and (y.dtype.kind != "f" or np.array_equal(y, np.trunc(y)))
    if not ok:
        raise ValueError(f"scores must be whole numbers from 0 to {k - 1}, got {y!r:.80}")
    return y.astype(np.int64)


def _kappas(y: np.ndarray, k: int, pred: np.ndarray) -> np.ndarray:
    """QWK of each row of predictions ``pred`` [m, n] against ``y`` as the search scores them (as the
    app's ``quadratic_weighted_kappa`` has it): -1 with no answers, 1 where kappa is undefined."""
    if len(y) == 0:
        return np.full(len(pred), -1.0)
    if k < 2:
        return np.ones(len(pred))
    v = qwk_from_confusion(confusion_matrices(y, pred, k))
    return np.where(np.isnan(v), 1.0, v)


def _predictions(logp: np.ndarray, delta: np.ndarray, j: int, tried: np.ndarray, no_nan: bool) -> np.ndarray:
    """``argmax(logp + d, axis=1)`` [m, n] for each d of ``delta`` with ``d[j]`` set to one of ``tried`` [m].

    Without NaN in ``logp`` (and one column per score) from the best of the other scores, found once:
    score j wins where its shifted logit beats the best before it and is not beaten by the best after it,
    which is numpy's own choice, the first of equal maxima. With NaN, numpy's argmax on every shifted
    copy (a few candidates at a time, so that at most ``CHUNK`` logits are held)."""
    if not no_nan:
        tried_deltas = np.repeat(delta[None, :], len(tried), axis=0)
        tried_deltas[:, j] = tried
        step = max(1, CHUNK // max(1, len(logp) * len(delta)))
        return np.concatenate([(logp[None, :, :] + tried_deltas[s:s + step, None, :]).argmax(axis=2)
                               for s in range(0, len(tried), step)])
    z = logp + delta                                  # the other scores' shifted logits, as numpy adds them
    rows = np.arange(len(z))
    shifted = logp[:, j][None, :] + tried[:, None]    # score j's, one row per candidate offset
    before = z[:, :j].argmax(axis=1)
    top = z[rows, before]
    pred = np.where(shifted > top, j, before)
    if j + 1 < z.shape[1]:
        after = z[:, j + 1:].argmax(axis=1) + (j + 1)
        pred = np.where(z[rows, after] > np.maximum(shifted, top), after, pred)
    return pred


def qwk_offsets(logp: np.ndarray, y: np.ndarray, k: int, rounds: int = ROUNDS) -> np.ndarray:
    """Offsets [k] (the first score's fixed at 0) that raise the QWK of ``argmax(logp + offsets)``
    against ``y``; among equals the smaller offset.

    Coordinate search: ``rounds`` passes over scores 1..k-1, each trying every offset of ``GRID`` in
    turn and keeping one that beats the best QWK so far by more than 1e-9 (or ties it with a smaller
    offset). While one score's offset is tried the others stay fixed, so the candidates of a pass are
    scored together (their predictions at once, one bincount for all their confusion matrices) and
    then walked in GRID order: the same choices as scoring them one by one with scikit-learn."""
    logp = np.asarray(logp)
    y = _score_positions(y, k)
    if logp.ndim != 2 or (len(y) and logp.shape[0] != len(y)):
        raise ValueError(f"logp must be [n, k] with n = {len(y)} scores, got shape {logp.shape}")
    no_nan = logp.shape[1] == k and not np.isnan(logp).any()
    delta = np.zeros(k)
    best = _kappas(y, k, (logp + delta).argmax(axis=1)[None, :])[0]
    for _ in range(rounds):
        for j in range(1, k):
            pause_point()
            for g, v in zip(GRID, _kappas(y, k, _predictions(logp, delta, j, GRID, no_nan))):
                if v > best + 1e-9 or (abs(v - best) <= 1e-9 and abs(g) < abs(delta[j])):
                    d = delta.copy()
                    d[j] = g
                    best, delta = v, d
    return delta


def crossfit_offset_logits(logp: np.ndarray, y: np.ndarray, k: int, seed: int = 0,
                           min_half: int = 10) -> np.ndarray | None:
    """``logp`` with each half of the marks shifted by offsets tuned on the other half (None with fewer than
    ``min_half`` marks per half): what offsets do to answers they were not tuned on, as logits (a learned model's
    review bound is built from them, :func:`grader_app.learn.marks_model.fit_marks`)."""
    n = len(y)
    half = np.random.default_rng(seed).permutation(n) < n // 2
    if half.sum() < min_half or (~half).sum() < min_half:
        return None
    out = np.array(logp, dtype=np.float64)
    for part in (half, ~half):
        out[part] = out[part] + qwk_offsets(logp[~part], y[~part], k)
    return out


def crossfit_offset_predictions(logp: np.ndarray, y: np.ndarray, k: int, seed: int = 0,
                                min_half: int = 10) -> np.ndarray | None:
    """Each half of the marks scored with offsets tuned on the other half (None with fewer than ``min_half``
    marks per half): the arg-max of :func:`crossfit_offset_logits`."""
    shifted = crossfit_offset_logits(logp, y, k, seed, min_half)
    return None if shifted is None else shifted.argmax(axis=1)


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
