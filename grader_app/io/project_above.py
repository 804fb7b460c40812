"""A project saved before grading read an empty question cell as the question above it (:mod:`..core.row_questions`).

A sheet that names each question once, at the top of its answers, was read by such a Grader as one more question with
no name (""): its project hashes those answers under "" (:func:`.project_records.digests_of`) and its fingerprint has
"" for their question. Read today, the same rows are answers to the question above, so neither matches, and the
project was refused as another sheet's (or, with most of its answers named, their decisions were dropped as edited).

:func:`filled` gives the answers that Grader read under the question "". :mod:`.project_before` tries its reading (with
the numbers as it read them too: :mod:`.project_numbers`) beside those of the other older Graders.

Pure Python; no Qt.
"""
from __future__ import annotations

from ..core.row_questions import questions_down
from ..core.session import GradingSession
from ..core.sheet import LONG

__all__ = ["filled"]


def filled(session: GradingSession) -> set[int]:
    """The session's keys of the answers whose empty question cell took the question above."""
    m, frame = session.mapping, session.sheet.frame
    if m.layout != LONG or not m.item_column or m.item_column not in frame.columns:
        return set()
    rows = set(questions_down(frame[m.item_column].tolist())[1])
    return {a.key for a in session.answers if a.row in rows}

