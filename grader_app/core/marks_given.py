"""Every mark given on a session's answers, taken back since or not: each answer's time stamps and the score each was
first given with (a :class:`~.session_records.Decision`'s ``at`` and ``first``). A question's learned model places each
mark in a checking fold as the marks came in (``learn.folds.arrival_fold_ids``), and a mark taken back (cleared) keeps
its place there as a "ghost" that is neither learned from nor checked (:meth:`MarksGiven.ghosts`): without it, every
mark given after it was placed by other counts, and clearing one early mark moved most of the others to another fold.
Noted as decisions are set (``SessionDecisions``), and read back from the project file's decision log when the project
is opened again (:meth:`MarksGiven.recall`), so the reopened project places the marks as the window did. Pure Python."""
from __future__ import annotations

from typing import Mapping


class MarksGiven:
    """Answer key → {time stamp: the score first given with it} of every stamped decision ever set on it."""

    def __init__(self) -> None:
        self._given: dict[int, dict[str, object]] = {}

    def copy(self) -> "MarksGiven":
        """Another record of the same marks, changed apart from this one (a session's snapshot)."""
        other = MarksGiven()
        other._given = {key: dict(stamps) for key, stamps in self._given.items()}
        return other

    def note(self, key: int, decision) -> None:
        """A decision set on answer ``key`` (None: one taken back, which notes nothing)."""
        if decision is not None and decision.at:
            self._given.setdefault(int(key), {}).setdefault(decision.at, decision.first)

    def recall(self, given: Mapping[tuple[int, str], object]) -> None:
        """Marks given before the project was opened again: (answer key, time stamp) → the score first given."""
        for (key, at), first in given.items():
            if at:
                self._given.setdefault(int(key), {}).setdefault(at, first)

    def ghosts(self, key: int, decision) -> list[tuple[str, object]]:
        """The marks given on answer ``key`` that are not its ``decision`` now (None: none is): (stamp, first score)
        each, by stamp."""
        now = decision.at if decision is not None else None
        return sorted((at, first) for at, first in self._given.get(int(key), {}).items() if at != now)
