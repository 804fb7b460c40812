"""Answers to one question that should get the same score, grouped so the teacher decides them once.

:func:`group_answers` puts together, in this order:

1. blank answers (nothing a teacher can see after normalisation, invisible characters only too:
   :func:`.flags.is_blank`): one group of their own;
2. answers identical after the app's text normalisation (``basic-v1``: case, spacing, Unicode forms,
   paragraph marks); the "identical to another answer" flag is stricter (:func:`.flags.copy_key` also sets
   punctuation, hidden characters and look-alike letters aside), and such copies fall in a near-identical group;
3. near-identical and similar answers: the distinct texts as character 3–5-gram TF-IDF vectors
   of their words (punctuation dropped; within words, sublinear counts, the class's own document
   frequencies), cosine distances, and
   average-linkage agglomerative clustering cut at ``distance`` (scikit-learn). A cluster whose
   members all lie within ``near`` of each other is "near-identical" (typos, punctuation, a word
   more), otherwise "similar".

Answers given as ``alone`` (those whose flags say the text may get more from a model than it deserves:
:data:`.flags.SCORED_ALONE`) are each a group of their own, kept out of every other group even when their text is
identical to another's: one score for a group must not reach a padded or copied answer the teacher has not read.

Each group names its most typical member (the medoid: the smallest summed distance to the other
members, each distinct text weighted by how often it occurs). Groups come biggest first (the blank
group always first), ties in order of first appearance; the result depends only on the texts and
the two cut-offs.

The default cut-off was chosen on ASAP-SAS classes (docs/effort.md): on classes of 30–300 drawn from the
training split about 5 % of answers join a group and about 15 % of those get another score than their
group's majority (answers retelling one passage); at 0.5 far more join and one in five differs
(``scripts/group_quality.py``). Above ``MAX_CLUSTERED`` distinct texts only steps 1–2 run
(the distance matrix would not fit in memory); a class is far smaller.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Collection, Hashable, Mapping, Sequence

import numpy as np

from ..text import DEFAULT_NORMALISATION, normalise_many
from .flags import is_blank
from .group_words import WordDifference, word_difference

if TYPE_CHECKING:
    from .session import GradingSession

BLANK = "blank"
IDENTICAL = "identical"
NEAR_IDENTICAL = "near-identical"
SIMILAR = "similar"
SINGLE = "single"
KINDS = (BLANK, IDENTICAL, NEAR_IDENTICAL, SIMILAR, SINGLE)

DISTANCE = 0.4          # average-linkage cosine distance at which similar answers stop joining a group
NEAR = 0.2              # every pair within this: near-identical
MAX_CLUSTERED = 4000    # distinct texts above which only blank and identical answers are grouped


@dataclass(frozen=True)
class Group:
    members: tuple[int, ...]     # indices into the texts given, ascending
    medoid: int                  # the most typical member (an index into the texts)
    kind: str                    # one of KINDS

    def __len__(self) -> int:
        return len(self.members)

    def __contains__(self, index: object) -> bool:
        return index in self.members


def group_answers(texts: Sequence[str], distance: float = DISTANCE, near: float = NEAR,
                  normalisation: str = DEFAULT_NORMALISATION, alone: Collection[int] = ()) -> list[Group]:
    """Group one question's answers (see the module notes); every index appears in exactly one group, those in
    ``alone`` each in a group of one."""
    return group_answers_at(texts, [(distance, near)], normalisation, alone)[0]


def group_answers_at(texts: Sequence[str], cutoffs: Sequence[tuple[float, float]],
                     normalisation: str = DEFAULT_NORMALISATION, alone: Collection[int] = ()) -> list[list[Group]]:
    """:func:`group_answers` at several ``(distance, near)`` cut-offs, the distances worked out once."""
    for distance, near in cutoffs:
        if not 0.0 <= near <= distance < 1.0:
            raise ValueError("the cut-offs must satisfy 0 <= near <= distance < 1")
    norms = normalise_many(texts, normalisation)
    apart = {int(i) for i in alone}
    blanks = [is_blank(t) for t in norms]
    blank = [i for i, t in enumerate(norms) if blanks[i] and i not in apart]
    # distinct non-blank texts in order of first appearance, with their members (those kept apart: none)
    members: dict[str, list[int]] = {}
    for i, t in enumerate(norms):
        if not blanks[i] and i not in apart:
            members.setdefault(t, []).append(i)
    distinct = list(members)
    dist = None
    if 2 <= len(distinct) <= MAX_CLUSTERED and any(d > 0 for d, _ in cutoffs):
        dist = _distances(distinct)
    return [_groups(dist, distance, near, distinct, members, blank, sorted(apart)) for distance, near in cutoffs]


def _groups(dist: np.ndarray | None, distance: float, near: float, distinct: list[str],
            members: dict[str, list[int]], blank: list[int], apart: list[int]) -> list[Group]:
    clusters: list[list[int]]                   # lists of positions in `distinct`
    if dist is not None and distance > 0:
        clusters = _cluster(dist, distance)
    else:
        clusters = [[j] for j in range(len(distinct))]

    weights = np.array([len(members[t]) for t in distinct], dtype=np.float64)
    groups: list[Group] = []
    for cl in clusters:
        idx = sorted(i for j in cl for i in members[distinct[j]])
        if len(cl) == 1:
            kind = IDENTICAL if len(idx) > 1 else SINGLE
            medoid = members[distinct[cl[0]]][0]
        else:
            assert dist is not None
            sub = dist[np.ix_(cl, cl)]
            kind = NEAR_IDENTICAL if float(sub.max()) <= near + 1e-12 else SIMILAR
            cost = sub @ weights[cl]
            best = min(range(len(cl)), key=lambda a: (round(float(cost[a]), 9), members[distinct[cl[a]]][0]))
            medoid = members[distinct[cl[best]]][0]
        groups.append(Group(tuple(idx), medoid, kind))
    groups += [Group((i,), i, SINGLE) for i in apart]
    groups.sort(key=lambda g: (-len(g), g.members[0]))
    if blank:
        groups.insert(0, Group(tuple(blank), blank[0], BLANK))
    return groups


def differing(scores: Mapping[int, Hashable], typical: int | None = None) -> list[int]:
    """The members of a group the model scores otherwise than the group: those whose score (``scores``: member ->
    the model's score; members it gives none are left out) is not the group's most common one. Where scores tie for
    most common, the typical answer's is the group's (the one shown large), else the one given first. Empty when the
    model gives every member one score. A group read "2 for 2, 1 for 1" and one key gave all three the same score."""
    counts = Counter(scores.values())
    if len(counts) < 2:
        return []
    most = max(counts.values())
    tied = [s for s, n in counts.items() if n == most]
    common = scores[typical] if typical in scores and scores[typical] in tied else tied[0]
    return [k for k, s in scores.items() if s != common]


def to_read(session: "GradingSession", keys: Sequence[int], typical: int) -> tuple[dict[int, WordDifference], list[int]]:
    """What a group's card asks the teacher to read, and what a digit (or Enter) on the group
    leaves open (the review screen): the members that differ from the typical answer in words (member -> how, in the
    group's order: :func:`.group_words.word_difference`), and those the model scores otherwise than the group
    (:func:`differing`, on each member's score as the model gives it: ``GradingSession.model_row``)."""
    scores = {k: p.score for k in keys if (p := session.model_row(k)) is not None}
    t = session.answers[typical].text
    words = {k: d for k in keys if k != typical and (d := word_difference(session.answers[k].text, t))}
    return words, differing(scores, typical)


def group_of(groups: Sequence[Group]) -> dict[int, int]:
    """Answer index → position of its group in ``groups``."""
    return {i: gi for gi, g in enumerate(groups) for i in g.members}


def group_ids(groups: Sequence[Group], n: int) -> np.ndarray:
    """A group number per answer (for folds that keep groups whole); -1 for an index in no group."""
    out = np.full(n, -1, dtype=np.int64)
    for gi, g in enumerate(groups):
        out[list(g.members)] = gi
    return out


def _distances(distinct: list[str]) -> np.ndarray:
    """Cosine distances between the texts' words (punctuation dropped) as character n-gram TF-IDF."""
    import re

    from sklearn.feature_extraction.text import TfidfVectorizer

    words = [" ".join(re.findall(r"[^\W_]+", t)) for t in distinct]

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=False,
                          dtype=np.float64)
    try:
        X = vec.fit_transform(words)
    except ValueError:   # no n-gram at all (say, one-letter answers only)
        return np.ones((len(distinct), len(distinct))) - np.eye(len(distinct))
    sim = np.asarray((X @ X.T).todense())
    d = np.clip(1.0 - sim, 0.0, 2.0)
    np.fill_diagonal(d, 0.0)
    # rows with no n-gram are all zero: distance 1 to everything (never grouped by similarity)
    return (d + d.T) / 2.0


def _cluster(dist: np.ndarray, cut: float) -> list[list[int]]:
    from sklearn.cluster import AgglomerativeClustering

    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=cut).fit_predict(dist)
    out: dict[int, list[int]] = {}
    for j, lab in enumerate(labels):
        out.setdefault(int(lab), []).append(j)
    return list(out.values())
