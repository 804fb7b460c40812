"""A project saved before grading read an empty question cell as the question above it (:mod:`..core.row_questions`).

A sheet that names each question once, at the top of its answers, was read by such a Grader as one more question with
no name (""): its project hashes those answers under "" (:func:`.project_records.digests_of`) and its fingerprint has
"" for their question. Read today, the same rows are answers to the question above, so neither matches, and the
project was refused as another sheet's (or, with most of its answers named, their decisions were dropped as edited).

:func:`read_before` gives the session's answers as that Grader read them. The project whose fingerprint is theirs was
saved on this very sheet: each stored key is the session's own (:func:`same_sheet`). One whose sheet changed since
(rows added, removed, sorted) finds each stored answer that the exact hashes left unmatched by its hash as read
before (:func:`matched_before`): the same column, student and text, on a row whose question cell is empty. Only a
match that is the one possible is taken (the same student's same text twice under empty cells is not); an answer
left unmatched keeps its decision in the file's log and is counted dropped, as an edited one is.

Pure Python; no Qt. Run by :meth:`.project_store.ProjectStore.check`.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from typing import Sequence

from ..core.row_questions import questions_down
from ..core.session import GradingSession
from ..core.sheet import LONG, Answer

__all__ = ["matched_before", "read_before", "same_sheet"]


def _filled(session: GradingSession) -> set[int]:
    """The session's keys of the answers whose empty question cell took the question above."""
    m, frame = session.mapping, session.sheet.frame
    if m.layout != LONG or not m.item_column or m.item_column not in frame.columns:
        return set()
    rows = set(questions_down(frame[m.item_column].tolist())[1])
    return {a.key for a in session.answers if a.row in rows}


def read_before(session: GradingSession) -> list[Answer] | None:
    """The session's answers as a Grader before the question above read them (those under an empty question cell of
    the question "" ), or None when that Grader read them as today's does."""
    filled = _filled(session)
    if not filled:
        return None
    return [replace(a, item="") if a.key in filled else a for a in session.answers]


def same_sheet(fingerprint: str, session: GradingSession) -> dict[int, int] | None:
    """Each stored key to itself when ``fingerprint`` (the project's) is that of the session's answers as read before
    (:func:`read_before`): the project was saved on this sheet as it is; else None."""
    from .project_records import answers_fingerprint_of

    before = read_before(session)
    if before is None or answers_fingerprint_of(before) != fingerprint:
        return None
    return {a.key: a.key for a in before}


def matched_before(stored: Sequence[tuple[int, str]], keymap: dict[int, int], session: GradingSession) -> dict[int, int]:
    """The stored answers (key, hash) ``keymap`` leaves unmatched, each to the session's answer whose hash as read
    before (:func:`read_before`) is theirs, where that answer is the only one so and no other stored answer has the
    same hash: the same column, student and text, under an empty question cell. None unmatched by ``keymap``: {}."""
    from .project_records import digests_of

    before = read_before(session)
    if before is None:
        return {}
    taken = set(keymap.values())
    filled = _filled(session)
    found: dict[str, list[int]] = defaultdict(list)
    for a, digest in zip(before, digests_of(before)):
        if a.key in filled and a.key not in taken:
            found[digest].append(a.key)
    left = [(old, digest) for old, digest in stored if old not in keymap]
    twice = Counter(digest for _old, digest in left)
    return {old: found[digest][0] for old, digest in left if len(found.get(digest, ())) == 1 and twice[digest] == 1}
