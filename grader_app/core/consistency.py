"""Identical answers that got different scores: the consistency a teacher marks question by question for, checked
before the grades go out.

Two answers to one question are identical as the "identical to another answer" flag takes them
(:func:`.flags.copy_key`: punctuation, spacing, case, accents, hidden characters and look-alike letters aside; a
very short answer by its normalised text). QA found that a teacher who pulled three of thirteen word-for-word identical
answers out of a group and gave them 2, the other ten 1, was never told (``s52a`` finding 7).

Which scores count. Only final scores, the ones the files carry, and only where a decision of the teacher's is in the
disagreement:

* the teacher's decisions (:data:`.review.TEACHERS`: confirmed, changed or scored by her) always count;
* a score the model took on its own (AUTO) counts beside a teacher's decision on an identical answer (she sees it in
  the results, and the files carry it); two auto-accepted scores alone never make a disagreement (nothing the teacher
  decided is in it; and an identical answer is flagged, so it always comes to her and is not auto-accepted anyway);
* an answer still open (no final score: the model's suggestion awaits her in the review) is not counted: its score in
  the files will be hers, and the export already counts the answers without a score.

A group of identical answers disagrees when its counted scores are not all the same and one of them is the teacher's.
Its usual score is the one the teacher gave most often there (then the one given most often; then the first in the
sheet); the answers of the group with another score are the ones that "got another score". Pure Python, no Qt.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import review
from .flags import DUPLICATE, copy_key


@dataclass(frozen=True)
class Differing:
    """One question's identical answers that got different scores."""

    item: str
    groups: tuple[tuple[int, ...], ...]   # each group of identical answers that disagrees (answer keys, sheet order)
    odd: tuple[int, ...]                  # the answers whose score is not their group's usual one (sheet order)


_key = lru_cache(maxsize=1 << 16)(copy_key)   # an answer's text does not change: its key is worked out once


def differing(session) -> list[Differing]:
    """The questions of ``session`` (in its order) whose identical answers got different scores (see the module's
    docstring); none when every group of identical answers agrees."""
    out = []
    for item in session.item_keys():
        copies: dict[str, list[int]] = {}
        for k in session.keys_for(item):
            if DUPLICATE in session.flags.get(k, ()):   # only an answer with a copy can disagree with one
                copies.setdefault(_key(session.answers[k].text), []).append(k)
        groups, odd = [], []
        for keys in copies.values():
            found = _odd(session, keys)
            if found is not None:
                groups.append(tuple(keys))
                odd += found
        if groups:
            out.append(Differing(item, tuple(groups), tuple(sorted(odd))))
    return out


def _odd(session, keys: list[int]) -> list[int] | None:
    """The answers of one group of identical ``keys`` that got another score than the group's usual one, or None when
    the group does not disagree (its counted scores agree, or none of them is the teacher's)."""
    scores: dict[int, object] = {}
    mine = set()
    for k in keys:
        status = session.status(k)
        if status in review.TEACHERS:
            mine.add(k)
        elif status != review.AUTO:
            continue
        scores[k] = session.final_score(k)
    if not mine or len(set(scores.values())) < 2:
        return None
    teacher = Counter(scores[k] for k in mine)
    every = Counter(scores.values())
    first: dict[object, int] = {}
    for k in scores:
        first.setdefault(scores[k], k)
    usual = max(every, key=lambda v: (teacher[v], every[v], -first[v]))
    return [k for k, v in scores.items() if v != usual]


def differing_keys(found: list[Differing]) -> set[int]:
    """Every answer of the groups that disagree (both sides: what a teacher compares)."""
    return {k for d in found for group in d.groups for k in group}


def odd_count(found: list[Differing]) -> int:
    """How many answers got another score than the identical ones beside them."""
    return sum(len(d.odd) for d in found)
