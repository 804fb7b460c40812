"""Agreement metrics with numpy only (used by the app's summary and by the distillation side)."""
from __future__ import annotations

from typing import Sequence

import numpy as np


def quadratic_weighted_kappa(a: Sequence, b: Sequence, labels: Sequence | None = None) -> float:
    a = np.asarray(a)
    b = np.asarray(b)
    if len(a) == 0:
        return float("nan")
    labels = sorted(set(a.tolist()) | set(b.tolist())) if labels is None else list(labels)
    k = len(labels)
    if k < 2:
        return 1.0
    index = {v: i for i, v in enumerate(labels)}
    ia = np.array([index[v] for v in a.tolist()])
    ib = np.array([index[v] for v in b.tolist()])
    observed = np.zeros((k, k))
    np.add.at(observed, (ia, ib), 1)
    expected = np.outer(observed.sum(1), observed.sum(0)) / observed.sum()
    i, j = np.indices((k, k))
    w = (i - j) ** 2 / (k - 1) ** 2
    denom = (w * expected).sum()
    if denom == 0:
        return 1.0
    return float(1 - (w * observed).sum() / denom)


def accuracy(a: Sequence, b: Sequence) -> float:
    a, b = np.asarray(a), np.asarray(b)
    return float((a == b).mean()) if len(a) else float("nan")


def macro_f1(y_true: Sequence, y_pred: Sequence, labels: Sequence | None = None) -> float:
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    labels = sorted(set(y_true.tolist()) | set(y_pred.tolist())) if labels is None else list(labels)
    f1s = []
    for lab in labels:
        tp = np.sum((y_pred == lab) & (y_true == lab))
        fp = np.sum((y_pred == lab) & (y_true != lab))
        fn = np.sum((y_pred != lab) & (y_true == lab))
        if tp + fp + fn == 0:
            continue
        f1s.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1s)) if f1s else float("nan")


def clopper_pearson_upper(errors: int, n: int, confidence: float = 0.9) -> float:
    """One-sided exact upper bound on an error rate from `errors` of `n` (beta quantile by bisection)."""
    if n == 0:
        return 1.0
    if errors >= n:
        return 1.0
    alpha = 1.0 - confidence
    # upper bound p solves P(X <= errors | n, p) = alpha
    lo, hi = errors / n, 1.0
    for _ in range(80):
        mid = (lo + hi) / 2
        if _binom_cdf(errors, n, mid) > alpha:
            lo = mid
        else:
            hi = mid
    return hi


def _binom_cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p), summed in log space with numpy (fast for large k)."""
    if p <= 0:
        return 1.0
    if p >= 1:
        return 0.0 if k < n else 1.0
    i = np.arange(k + 1, dtype=np.float64)
    # log C(n, i) = sum_{j=1..i} log((n - j + 1) / j)
    log_coeff = np.concatenate([[0.0], np.cumsum(np.log((n - i[1:] + 1) / i[1:]))])
    return min(1.0, float(np.exp(log_coeff + i * np.log(p) + (n - i) * np.log1p(-p)).sum()))
