"""The agreement figures the app shows (quadratic weighted kappa and exact agreement).

Both come from scikit-learn, which the app (and the frozen build) carries for the models it learns
from a teacher's marks; imported when first used, so that opening the app does not pay for it. The
few edges where scikit-learn gives no number are pinned here: NaN for no answers, and 1.0 when only
one score occurs (no disagreement is possible), where ``cohen_kappa_score`` calls kappa undefined.
``tests/core/test_metrics.py`` checks them against scikit-learn on random cases. The distillation
side uses these same two, so a bundle's figures and the app's are measured alike.
"""
from __future__ import annotations

import warnings
from typing import Sequence

import numpy as np


def quadratic_weighted_kappa(a: Sequence, b: Sequence, labels: Sequence | None = None) -> float:
    """Cohen's kappa with quadratic weights over the ordered ``labels`` (weights by label position)."""
    from sklearn.metrics import cohen_kappa_score

    xa, xb = np.asarray(a), np.asarray(b)
    if len(xa) == 0:
        return float("nan")
    labels = sorted(set(xa.tolist()) | set(xb.tolist())) if labels is None else list(labels)
    if len(labels) < 2:
        return 1.0
    # by position: half-point scores are classes too (scikit-learn would call them continuous)
    index = {v: i for i, v in enumerate(labels)}
    ia = np.array([index[v] for v in xa.tolist()])
    ib = np.array([index[v] for v in xb.tolist()])
    with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
        warnings.simplefilter("ignore")   # a single shared score: kappa is undefined there, 1.0 here
        kappa = cohen_kappa_score(ia, ib, labels=list(range(len(labels))), weights="quadratic")
    return 1.0 if np.isnan(kappa) else float(kappa)


def accuracy(a: Sequence, b: Sequence) -> float:
    """Share of positions where ``a`` and ``b`` agree; NaN for no answers."""
    from sklearn.metrics import accuracy_score

    xa, xb = np.asarray(a), np.asarray(b)
    if len(xa) == 0:
        return float("nan")
    index: dict = {}   # scores as classes (1 and 1.0 are one score; 0.5 is a class, not "continuous")
    ia = [index.setdefault(v, len(index)) for v in xa.tolist()]
    ib = [index.setdefault(v, len(index)) for v in xb.tolist()]
    return float(accuracy_score(ia, ib))
