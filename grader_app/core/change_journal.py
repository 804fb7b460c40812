"""What changed in a :class:`~.session.GradingSession` lately, so that a view can catch up with only that.

Every change of the session's state (a decision, a model's rows, flags, a threshold, a question's model) raises its
``revision`` by one and is kept here, with the answers and questions it touched (its :class:`~.session_records.Change`)
and whether it was a decision (or a comment waiting for one). A view that worked something out at one revision asks
:meth:`ChangeJournal.since` what changed after it, and works out again only the answers named: the review screen's
counts after one key are one answer's work, not the class's. The journal keeps the last :data:`KEPT` changes; a view
further behind is told so (None) and works everything out anew, which a change of that size costs anyway.
"""
from __future__ import annotations

from collections import deque

from .session_records import NO_CHANGE, Change

KEPT = 4096   # changes kept: a group of 2,000 answers scored with one key is 2,000 of them


class ChangeJournal:
    def __init__(self, kept: int = KEPT) -> None:
        self._entries: deque[tuple[int, Change, bool]] = deque(maxlen=kept)

    def add(self, revision: int, change: Change, decision: bool) -> None:
        """The change that brought the session to ``revision``; ``decision``: a decision or a waiting comment only."""
        self._entries.append((revision, change, decision))

    def since(self, revision: int, now: int, decisions: bool = True) -> Change | None:
        """Every answer and question changed after ``revision`` up to ``now`` (the session's revision), or None when
        the journal no longer reaches back so far. Without ``decisions``, the changes of decisions and waiting comments
        are left out: what is asked is what the model says of the answers, their flags or their questions."""
        if revision >= now:
            return NO_CHANGE
        entries = self._entries
        if not entries or entries[0][0] > revision + 1:
            return None
        keys: set[int] = set()
        items: set[str] = set()
        for rev, change, decision in reversed(entries):
            if rev <= revision:
                break
            if decisions or not decision:
                keys |= change.keys
                items |= change.items
        return Change(frozenset(keys), frozenset(items)) if keys or items else NO_CHANGE
