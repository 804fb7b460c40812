"""The distillation side's agreement figures.

Quadratic weighted kappa and exact agreement are the app's own (:mod:`grader_app.core.metrics`),
so a bundle's figures are measured exactly as the app measures a class; macro-F1, which only the
distillation side reports, is scikit-learn's ``f1_score(average="macro")``.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from ..core.metrics import accuracy, quadratic_weighted_kappa

__all__ = ["accuracy", "macro_f1", "quadratic_weighted_kappa"]


def macro_f1(y_true: Sequence, y_pred: Sequence, labels: Sequence | None = None) -> float:
    """Unweighted mean F1 over ``labels`` (default: every score seen), leaving out labels that occur
    in neither sequence; NaN for no answers or when no label is left.

    Scores may be any hashable labels (half points too): they are mapped to positions first, so
    scikit-learn never sees a "continuous" target. A score outside ``labels`` still counts as a
    miss for the label it was confused with.
    """
    from sklearn.metrics import f1_score  # here, so that importing this module stays cheap

    t_list, p_list = np.asarray(y_true).tolist(), np.asarray(y_pred).tolist()
    if not t_list:
        return float("nan")
    labels = sorted(set(t_list) | set(p_list)) if labels is None else list(labels)
    index = {v: i for i, v in enumerate(labels)}
    codes = list(range(len(index)))
    for v in t_list + p_list:
        index.setdefault(v, len(index))
    it = np.array([index[v] for v in t_list], dtype=np.int64)
    ip = np.array([index[v] for v in p_list], dtype=np.int64)
    if not (set(it.tolist()) | set(ip.tolist())).intersection(codes):
        return float("nan")
    # zero_division=nan leaves a label with no true and no predicted answer out of the mean
    return float(f1_score(it, ip, labels=codes, average="macro", zero_division=np.nan))
