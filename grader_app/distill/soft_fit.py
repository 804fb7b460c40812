"""How a hashed half learns soft targets (the distilled and augmented pair kinds, and the eighteenth amendment's
judgement of their teachers): scored answers with their human scores, transfer answers with a teacher's
probabilities. No torch."""
from __future__ import annotations

import numpy as np


def fit_soft(family, config, K: int, X, y: np.ndarray, Xt, Pt: np.ndarray, wt: np.ndarray | None = None):
    """``family``'s model of ``config`` on scored rows ``X``, ``y`` (score indices) and transfer rows ``Xt`` with
    target probabilities ``Pt`` [n_t, K], each transfer row weighted ``wt`` (default: like one scored row)."""
    from scipy.sparse import vstack

    spec = family.spec(config, K)
    Pt = np.asarray(Pt, dtype=np.float64)
    wt = np.ones(len(Pt)) if wt is None else np.asarray(wt, dtype=np.float64)
    if family.kind == "hashed_ordinal":   # takes target probabilities as they are
        from ..learn.ordinal import AdjacentCategoryModel

        T = np.vstack([np.eye(K)[y], Pt])
        w = np.concatenate([np.ones(len(y)), wt])
        return AdjacentCategoryModel(spec, K, l2=config.value).fit(vstack([X, Xt]).tocsr(), T, sample_weight=w)
    from sklearn.linear_model import LogisticRegression

    # each transfer row once per score, weighted by the teacher's probability of it: Σ_k p_k·(−log q_k)
    n_t = Xt.shape[0]
    rows = vstack([X] + [Xt] * K).tocsr()
    labels = np.concatenate([y] + [np.full(n_t, k) for k in range(K)])
    weights = np.concatenate([np.ones(len(y))] + [Pt[:, k] * wt for k in range(K)])
    keep = weights > 0
    m = LogisticRegression(C=config.value, max_iter=3000).fit(rows[keep], labels[keep], sample_weight=weights[keep])
    if list(m.classes_) != list(range(K)):
        raise ValueError(f"a fit saw scores {list(m.classes_)}, not all of 0..{K - 1}")
    return m
