"""How the values of a project file are read back into a session when one of them is not what Grader wrote.

A project file is SQLite beside the teacher's sheet: anyone can edit a cell of it (a teacher "fixing" a score, a
script), and a bit flip inside a valid page is not seen by SQLite's own checks. One such value used to lock the teacher
out of the sheet, with Python's own words on the start screen ("Expecting value: line 1 column 1") and a traceback from
``grader score``, and every other decision in the file out of reach (QA s51b #5). Now a value that cannot be read costs
itself only:

* a saved decision whose score cannot be read (not JSON), or is not a score of its question: left out, the answer
  undecided, listed in :class:`LeftOut` (``unreadable``, ``not_scores``) for the window and the command line to say in
  one sentence naming the file; every other decision comes back. A score is a score of its question by the rule the
  review and the sheet's own cells are read by (:func:`grader_app.core.earlier.score_of`): one of its model's labels,
  or, for a question marked on the teacher's own scale (no model, or one learned from their marks), a finite number.
  99 for a question scored 0-3, "three", NaN, -5 or [1, 2] reached the graded sheet and the LMS files as the teacher's
  decision before (QA s51b #6). The rows stay in the file as they are (and the decision log keeps what was decided);
* a threshold that is not a number: left out (its question's model's own threshold applies), listed in ``thresholds``;
* a comment or time stamp that is not text (a blob): read as text;
* a setting in ``meta`` that is not JSON: the file cannot be used (the columns, models and answers it belongs to are
  there), said in one sentence naming it, as a damaged file is (:func:`meta_value`).

The model's stored rows are checked where they are read (:mod:`.project_predictions`): one that cannot be the model's
means its answer is scored again, which loses nothing.
"""
from __future__ import annotations

import json
import math
import sqlite3
from dataclasses import dataclass

from ..core.earlier import score_of
from ..core.numbers import score_text
from .project_schema import ProjectError

UNREADABLE, NOT_A_SCORE = object(), object()   # what :func:`stored_score` gives for a score it cannot take
SHOWN = 24   # characters of a stored value said back to the teacher


@dataclass(frozen=True)
class LeftOut:
    """What a project held that could not be taken back (see the module): the session's answer keys of the decisions
    whose score could not be read, (key, what the file holds) of those whose score is not a score of their question,
    and the questions whose threshold could not be read."""
    unreadable: tuple[int, ...] = ()
    not_scores: tuple[tuple[int, str], ...] = ()
    thresholds: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.unreadable or self.not_scores or self.thresholds)

    @property
    def decisions(self) -> int:
        return len(self.unreadable) + len(self.not_scores)


def stored_score(text, info) -> object:
    """The score a saved decision's ``text`` (JSON) stands for on question ``info`` (an ``ItemInfo``): its label (of
    the label's own type, 2 not 2.0), or a number on the teacher's own scale; ``UNREADABLE`` or ``NOT_A_SCORE``."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return UNREADABLE
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return NOT_A_SCORE
    if isinstance(value, float) and not math.isfinite(value):
        return NOT_A_SCORE
    score = score_of(value if isinstance(value, str) else score_text(value),
                     () if info.own_scale else info.labels)
    return NOT_A_SCORE if score is None else score


def shown(text) -> str:
    """A stored value as it is said back to the teacher (what the file holds, cut short)."""
    text = text.decode("utf-8", errors="replace") if isinstance(text, bytes) else str(text)
    text = " ".join(text.split())
    return text if len(text) <= SHOWN else text[:SHOWN - 1] + "…"


def text_of(value) -> str:
    """A comment or time stamp as text, whatever the file holds ("" for none)."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value if isinstance(value, str) else str(value)


def stored_thresholds(db: sqlite3.Connection) -> tuple[dict[str, float], list[str]]:
    """The stored thresholds that are numbers, by question, and the questions whose stored threshold is not."""
    good: dict[str, float] = {}
    bad: list[str] = []
    for item, value in db.execute("SELECT item, value FROM thresholds"):
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = math.nan
        if math.isfinite(number):
            good[str(item)] = number
        else:
            bad.append(str(item))
    return good, bad


def meta_value(text, name: str):
    """A setting of ``meta`` read from its JSON ``text``; ProjectError (one sentence naming the file ``name``, as for a
    damaged file) if it is not JSON."""
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        raise ProjectError.said("project.damaged", name=name) from None
