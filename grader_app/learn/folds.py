"""Cross-validation folds over a teacher's marks that keep answers decided together in one fold."""
from __future__ import annotations

import warnings

import numpy as np


def group_folds(y: np.ndarray, groups: np.ndarray, k: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified folds that keep each group whole; at most as many folds as there are groups."""
    from sklearn.model_selection import StratifiedGroupKFold

    n_groups = len(np.unique(groups))
    k = max(2, min(k, n_groups))
    if n_groups < 2:
        return []
    from sklearn.model_selection import GroupKFold

    if np.bincount(y).max() >= k:
        cv = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed)
    else:   # too few marks of every score to stratify
        cv = GroupKFold(n_splits=k)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # "the least populated class has only 1 member": expected with few marks
        return [(tr, te) for tr, te in cv.split(np.zeros(len(y)), y, groups) if len(tr) and len(te)]
