"""The agreement figures the app shows (quadratic weighted kappa and exact agreement), numpy only.

These two are the app's one copy and stay hand-written on purpose: the app computes them at run
time (``GradingSession.agreement`` for the report and the summary sheet) and the frozen app ships
without scikit-learn and scipy (``build/grader.spec`` excludes them, ``build/build.py`` refuses a
build that carries them). ``tests/core/test_metrics.py`` pins them to scikit-learn's
``cohen_kappa_score(weights="quadratic")`` and ``accuracy_score``. The distillation side uses
these same two (so a bundle's figures and the app's are measured alike) and takes macro-F1 and
the Clopper-Pearson bound from scikit-learn and scipy (:mod:`grader_app.distill.metrics`,
:mod:`grader_app.distill.calibration`).
"""
from __future__ import annotations

from typing import Sequence

import numpy as np


def quadratic_weighted_kappa(a: Sequence, b: Sequence, labels: Sequence | None = None) -> float:
    """Cohen's kappa with quadratic weights over the ordered ``labels`` (weights by label position).

    NaN for no answers; 1.0 when only one score occurs in both sequences (no disagreement is
    possible), where scikit-learn's ``cohen_kappa_score`` calls it undefined.
    """
    xa = np.asarray(a)
    xb = np.asarray(b)
    if len(xa) == 0:
        return float("nan")
    labels = sorted(set(xa.tolist()) | set(xb.tolist())) if labels is None else list(labels)
    k = len(labels)
    if k < 2:
        return 1.0
    index = {v: i for i, v in enumerate(labels)}
    ia = np.array([index[v] for v in xa.tolist()])
    ib = np.array([index[v] for v in xb.tolist()])
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
    """Share of positions where ``a`` and ``b`` agree; NaN for no answers."""
    xa, xb = np.asarray(a), np.asarray(b)
    return float(np.mean(xa == xb)) if len(xa) else float("nan")
