"""Older Graders' readings of a sheet, so that a project one of them saved finds its answers read today.

A project hashes each answer as the Grader that saved it read the sheet (:func:`.project_records.digests_of`) and keeps
a fingerprint of them all (:func:`.project_records.answers_fingerprint_of`). Where Grader reads a cell otherwise
since, neither matches the answers read today: the project was refused as another sheet's, or those answers' decisions
were dropped as edited. Each older Grader is listed here (:data:`OLDER`, newest first) by what it read otherwise:

- before 2ee6b12, a number under a format other than a fraction or a percent ("0.00", currency, thousands) as the
  stored number ("3.5", not "3.50"); before fc194eb, a percent too ("0.5", not "50%"); before c70a905, a fraction too
  ("0.75", not "3/4") (:mod:`.project_numbers`);
- before a641f8c, besides every number as stored, an empty question cell below a question as a question with no name
  ("") (:mod:`.project_above`).

:func:`readings` gives the answers each older Grader read otherwise than today's (one that read them all as the Grader
after it, or as today's, is passed over). :func:`same_sheet`: a project whose fingerprint is that of the answers as one
of them read them was saved on this very sheet, and each stored key is the session's own. :func:`matched_before`: on a
sheet changed since (rows added, removed, sorted), each stored answer the exact hashes left unmatched is looked up by
its hash among the answers an older Grader read otherwise; only a match that is the one possible is taken (one answer
of the session so hashed, by any of them, and no other stored answer of that hash); one left unmatched keeps its
decision in the file's log and is counted dropped, as an edited one is.

Pure Python; no Qt. Run by :meth:`.project_store.ProjectStore.check`.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Iterator, Sequence

from ..core.session import GradingSession
from ..core.sheet import Answer
from .project_above import filled
from .project_numbers import number_cells, texts_before, with_cell
from .project_records import digests_of, fingerprint_lines, fingerprint_of_lines
from .xlsx_values import FRACTION, PERCENT

__all__ = ["OLDER", "Older", "matched_before", "readings", "same_sheet"]


@dataclass(frozen=True)
class Older:
    """A Grader before commit ``change``: the kinds of number format it read as shown (:func:`.xlsx_values.format_kind`;
    a number under any other as stored), and whether it read an empty question cell as the question "" (``above``)."""
    change: str
    shown: frozenset[str]
    above: bool = False


OLDER = (
    Older("2ee6b12", frozenset({FRACTION, PERCENT})),
    Older("fc194eb", frozenset({FRACTION})),
    Older("c70a905", frozenset()),
    Older("a641f8c", frozenset(), above=True),
)


def readings(session: GradingSession) -> Iterator[dict[int, Answer]]:
    """The session's answers as each older Grader read them (:data:`OLDER`, newest first): those it read otherwise
    than today's Grader, by key (it read every other one alike); one that read every answer as the Grader after it,
    or as today's, is left out."""
    cells = number_cells(session)   # found once, each Grader taking those of the formats it did not show
    last: tuple[dict[int, str], set[int]] = ({}, set())
    for older in OLDER:
        texts, items = texts_before(session, older.shown, cells), filled(session) if older.above else set()
        if (texts, items) == last:
            continue
        last = (texts, items)
        answers = session.answers
        changed = {k: with_cell(answers[k], text) for k, text in texts.items()}
        changed.update({k: replace(changed.get(k, answers[k]), item="") for k in items})
        yield changed


def same_sheet(fingerprint: str, session: GradingSession) -> dict[int, int] | None:
    """Each stored key to itself when ``fingerprint`` (the project's) is that of the session's answers as an older
    Grader read them (:func:`readings`): the project was saved on this sheet as it is; else None."""
    today: list[bytes] | None = None
    for changed in readings(session):
        lines = list(today if today is not None else (today := fingerprint_lines(session.answers)))
        for k, line in zip(changed, fingerprint_lines(list(changed.values()))):
            lines[k] = line
        if fingerprint_of_lines(lines) == fingerprint:
            return {a.key: a.key for a in session.answers}
    return None


def matched_before(stored: Sequence[tuple[int, str]], keymap: dict[int, int], session: GradingSession) -> dict[int, int]:
    """The stored answers (key, hash) ``keymap`` leaves unmatched, each to the session's answer whose hash as an older
    Grader read it (:func:`readings`) is theirs, where that answer is the only one so (by any older reading), no other
    stored answer has the same hash, and no other stored answer is so taken to it: the same column, question, student
    and text as then read. None unmatched by ``keymap``, or no older reading: {}."""
    left = [(old, digest) for old, digest in stored if old not in keymap]
    if not left:
        return {}
    taken = set(keymap.values())
    found: dict[str, set[int]] = defaultdict(set)
    for changed in readings(session):
        keys = [k for k in changed if k not in taken]
        for k, digest in zip(keys, digests_of([changed[k] for k in keys])):
            found[digest].add(k)
    twice = Counter(digest for _old, digest in left)
    got = {old: min(found[digest]) for old, digest in left if len(found.get(digest, ())) == 1 and twice[digest] == 1}
    claimed = Counter(got.values())
    return {old: key for old, key in got.items() if claimed[key] == 1}
