"""Cross-validation folds over a teacher's marks that keep answers decided together in one fold."""
from __future__ import annotations

import warnings
from typing import Hashable, Iterable, Mapping, Sequence

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
    """Stratified folds that keep each group whole, drawn with ``seed`` (marks that come all at once, as a marked
    sheet's; the assistant's marks come one by one: :func:`arrival_folds`); at most as many folds as there are groups."""
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


def arrival_folds(y: np.ndarray, groups: np.ndarray, arrival: np.ndarray, k: int, seed: int = 0,
                  ghosts: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
    """Folds that keep each group whole, stratified by score, in which a mark keeps its fold as marks come in
    (:func:`arrival_fold_ids`); at most as many folds as there are groups. ``ghosts``: the marks taken back, as
    (score index, group, place in the order) arrays: they keep their places in the draw (so the counts every later
    mark's fold is chosen by stay as they were) but are in no fold's training or check."""
    if ghosts is not None and len(ghosts[0]):
        n = len(y)
        fold = arrival_fold_ids(np.concatenate([np.asarray(y, dtype=np.int64), ghosts[0]]),
                                np.concatenate([np.asarray(groups), ghosts[1]]),
                                np.concatenate([np.asarray(arrival, dtype=np.float64), ghosts[2]]), k, seed)[:n]
    else:
        fold = arrival_fold_ids(y, groups, arrival, k, seed)
    return [(np.flatnonzero(fold != f), np.flatnonzero(fold == f)) for f in range(int(fold.max()) + 1)
            if (fold == f).any() and (fold != f).any()] if len(fold) else []


def fold_of(splits: list[tuple[np.ndarray, np.ndarray]], n: int) -> np.ndarray:
    """The fold (its place among ``splits``) whose check holds each of ``n`` marks out; -1 for none."""
    fold = np.full(n, -1, dtype=np.int64)
    for f, (_, held_out) in enumerate(splits):
        fold[held_out] = f
    return fold


def ghost_groups(groups: np.ndarray, stamps: Mapping[int, str], ghosts: Iterable[tuple[int, str]]) -> tuple[int, ...]:
    """The fold group each mark taken back (``ghosts``: (answer, time stamp), in :func:`~.lesson.ghosts_placed`'s
    order) was marked in: that of the marks still given with its time stamp (``stamps``: each marked answer's; a
    member taken out of a group scored at once, by Pull out, keeps the group's), else the first of those taken back
    with it gives its answer's to them all (a group's score undone); ``groups``: :func:`fold_ids`' for every answer.
    Its answer's group now was not it: on its own once out of the group, it drew a fold of its own among the marks,
    and the rest of the group and the marks after it were placed by other counts."""
    group_at: dict[str, int] = {}
    for i in sorted(stamps):
        group_at.setdefault(stamps[i], int(groups[i]))
    return tuple(group_at.setdefault(at, int(groups[i])) for i, at in ghosts)


def ghost_arrays(ghosts: Sequence[tuple[int, int, Hashable]], groups: np.ndarray | None, place: Mapping[int, int],
                 labels: Sequence, taken: Mapping[Hashable, int],
                 in_groups: Sequence[int] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`arrival_folds`'s ``ghosts`` of the marks taken back, each (the marked answer it came just before, -1:
    after every mark; its answer; the score it was first given): its score's index (``taken``: the indices
    :func:`first_strata` gave scores none of ``labels``, added to), its group (``in_groups``: the one it was marked
    in, :func:`ghost_groups`; None: its answer's in ``groups``, one per answer; None: the answer alone) and its place
    (``place``: each marked answer's; a ghost just before its mark's, in the order given; after every mark: at the
    end)."""
    index = {v: j for j, v in enumerate(labels)}
    index.update(taken)
    end, n = len(place) + len(ghosts) + 1, len(ghosts) + 1
    strata = [index.setdefault(first, len(index)) for _, _, first in ghosts]
    group = ([int(g) for g in in_groups] if in_groups is not None else
             [int(groups[a]) if groups is not None else int(a) for _, a, _ in ghosts])
    at = [(place[b] if b in place else end) - 0.5 + 0.5 * (j + 1) / n for j, (b, _, _) in enumerate(ghosts)]
    return np.array(strata, dtype=np.int64), np.array(group, dtype=np.int64), np.array(at, dtype=np.float64)


def first_strata(y: np.ndarray, idx: np.ndarray, first: Mapping[int, Hashable] | None,
                 labels: Sequence, taken: dict | None = None) -> np.ndarray:
    """The score each mark's fold is chosen by (:func:`arrival_fold_ids`'s ``y``), as an index: the score its answer
    was first given, for the marks changed since (``first``: answer -> that score; one that is none of ``labels``, an
    index after theirs), else its own (``y``: the marks' indices into ``labels``, of the answers ``idx``). Chosen by
    the marks as they are now, a mark corrected changed the counts every later mark's fold is chosen by, and moved
    many of them (an early one: about half) though they had not changed. ``taken``: given, the scores none of
    ``labels`` that got an index here are added to it (for :func:`ghost_arrays`)."""
    if not first:
        return np.asarray(y, dtype=np.int64)
    index = {v: j for j, v in enumerate(labels)}
    strata = np.array([index.setdefault(first[int(i)], len(index)) if int(i) in first else int(s)
                       for i, s in zip(idx, y)], dtype=np.int64)
    if taken is not None:
        taken.update({v: j for v, j in index.items() if j >= len(labels)})
    return strata


def arrival_fold_ids(y: np.ndarray, groups: np.ndarray, arrival: np.ndarray, k: int, seed: int = 0) -> np.ndarray:
    """A fold per mark (``y``: the index of the score it is placed by, its first one: :func:`first_strata`;
    ``groups``: its group, kept whole; ``arrival``: its place in the order the marks were given, smaller earlier), k
    folds (fewer while there are fewer groups). The marks are read in that order; a group goes to a fold when its
    first mark comes, the fold holding the fewest marks of that score so far (then the fewest marks; a tie drawn with
    ``seed``), and its later marks follow it. A fold given depends only on the marks before, so a mark given later
    changes the fold of its own group at most (it joins a group, or joins groups into one, which then follows the
    earliest of them), never another's, and a mark corrected none (its first score stays). Drawn afresh at each fit,
    the folds checked each mark against other marks at every new one, and the review's verdict swung with them
    (docs/effort.md)."""
    y, groups = np.asarray(y, dtype=np.int64), np.asarray(groups)
    if len(y) == 0:
        return np.zeros(0, dtype=np.int64)
    k = max(1, min(k, len(np.unique(groups))))
    fold_of: dict = {}
    held = np.zeros((k, int(y.max()) + 1), dtype=np.int64)   # marks of each score in each fold so far
    fold = np.zeros(len(y), dtype=np.int64)
    for j in np.argsort(np.asarray(arrival), kind="stable"):
        g, s = groups[j].item(), int(y[j])
        if g not in fold_of:
            draw = np.random.default_rng([seed, len(fold_of)]).permutation(k)
            fold_of[g] = int(min(range(k), key=lambda f: (held[f, s], held[f].sum(), draw[f])))
        fold[j] = fold_of[g]
        held[fold[j], s] += 1
    return fold
