"""Cross-validation folds over a teacher's marks that keep answers decided together in one fold."""
from __future__ import annotations

import warnings
from typing import Hashable, Mapping

import numpy as np


def fold_ids(near: np.ndarray, batch: Mapping[int, Hashable]) -> np.ndarray:
    """A fold group per answer: answers in one near-identical group (``near``: a group id per answer) or in one batch
    (``batch``: answer -> the batch it was marked in; an answer without one is a batch of its own) share one. The ids
    depend only on which answers go together, never on how the batches are numbered."""
    n = len(near)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    firsts: dict[tuple, int] = {}
    for i in range(n):
        for key in (("near", int(near[i])), ("batch", batch.get(i, -1 - i))):
            j = firsts.setdefault(key, i)
            parent[find(i)] = find(j)
    return np.array([find(i) for i in range(n)], dtype=np.int64)


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
