"""The teacher's decisions on a grading session's answers (a part of :class:`~.session.GradingSession`): a score
decided or accepted, set back exactly as it was (undo, the review commands, a group's score at once), a comment
waiting for its answer's score, and what a project file held put back unannounced. Every change but those put back is
told to the session's listeners, each of them even when one fails. Pure Python, no Qt."""
from __future__ import annotations

from typing import Callable, Mapping, Sequence

from .marks_given import MarksGiven
from .numbers import score_text
from .origins import Offered
from .prediction import Prediction
from .session_records import Change, CommentListener, Decision, Heard, ItemInfo, Listener


class SessionDecisions:
    """Mixed into GradingSession, which provides what these read and the mappings they change."""

    answers: list
    items: dict[str, ItemInfo]
    predictions: Mapping[int, Prediction]
    decisions: Mapping[int, Decision]
    _decisions: dict[int, Decision]
    _waiting: dict[int, str]
    offered: Offered
    given: MarksGiven
    listeners: list[Listener]
    comment_listeners: list[CommentListener]
    model_says: Callable[[int], Prediction | None]
    _changed: Callable[..., Change]

    def decide(self, key: int, score, comment: str | None = None, origin: str = "") -> Decision:
        """Record the teacher's final score (keeping an earlier comment, or one waiting for it, unless given anew), and
        why the answer was marked: an earlier decision's origin, else ``origin`` (core.origins; "": not known)."""
        item = self.items[self.answers[key].item]
        # a question on a scale of the teacher's (a model learned from their marks has the scale of the marks so far: a
        # new score widens it, and the next model learns it) is checked against that scale by the review; only a
        # shipped model's labels are a limit here
        if item.labels and not item.own_scale and score not in item.labels:
            allowed = ", ".join(score_text(v) for v in item.labels)
            raise ValueError(f"{score_text(score)} is not a score for this question; use one of {allowed}")
        old = self.decisions.get(key)
        if comment is None:
            comment = old.comment if old else self._waiting.get(key, "")
        dec = Decision.again(old, score, comment, old.origin if old else origin)   # an earlier one's place kept
        self.restore(key, dec)
        return dec

    def accept(self, key: int) -> Decision:
        pred = self.predictions.get(key)
        if pred is None:
            raise ValueError("this answer has no model score to accept; type the score instead")
        if not pred.valid:
            raise ValueError("the model gave no usable score for this answer; type the score instead")
        return self.decide(key, (self.model_says(key) or pred).score)   # the likeliest, unless it takes it alone

    def restore(self, key: int, decision: Decision | None) -> Change:
        """Set (or with None, clear) a decision exactly as given; used by undo and the review commands.

        A decision takes the comment that waited for its score: that one is forgotten (announced after the
        decision). Every listener is called even if one fails (say the project file cannot be written); the
        first failure is raised after all of them have run, so the caller can tell the teacher.
        """
        if decision is None:   # a decision made on it again keeps the origin this one had (core.origins)
            self.offered.taken_back(key, self._decisions.pop(key, None))
        else:
            self._decisions[key] = decision
        self.given.note(key, decision)   # its place among the marks, kept if it is taken back (core.marks_given)
        change = self._changed(keys=[key], decision=True)
        calls: list[tuple] = [(fn, key, decision) for fn in self.listeners]
        if decision is not None and self._waiting.pop(key, None) is not None:
            calls += [(fn, key, "") for fn in self.comment_listeners]
        _announce(calls)
        return change

    def restore_many(self, changes: Sequence[tuple[int, Decision | None]]) -> Change:
        """:meth:`restore` for several answers at once (a group's score, its undo): every decision set, one change,
        then each listener told: a :class:`~.session_records.Heard` once with them all, any other once per answer (then
        the comments the decisions took, as :meth:`restore` tells them); the first failure raised after all ran."""
        changes = [(int(k), d) for k, d in changes]
        taken = []
        for key, decision in changes:
            if decision is None:
                self.offered.taken_back(key, self._decisions.pop(key, None))
            else:
                self._decisions[key] = decision
                self.given.note(key, decision)
                if self._waiting.pop(key, None) is not None:
                    taken.append(key)
        change = self._changed(keys=[k for k, _ in changes], decision=True)
        calls: list[tuple] = []
        for fn in self.listeners:
            calls += [(fn.many, changes)] if isinstance(fn, Heard) else [(fn, k, d) for k, d in changes]
        calls += [(fn, key, "") for key in taken for fn in self.comment_listeners]
        _announce(calls)
        return change

    def set_waiting_comment(self, key: int, comment: str) -> Change:
        """Keep ``comment`` for an answer until its score ("" forgets it; see :mod:`.session`), announced to
        ``comment_listeners``. For an answer without a decision (an undo sets it just before clearing one)."""
        if comment:
            self._waiting[key] = comment
        else:
            self._waiting.pop(key, None)
        _announce([(fn, key, comment or "") for fn in self.comment_listeners])
        return self._changed(keys=[key], decision=True)

    def load_decisions(self, decisions: Mapping[int, Decision]) -> Change:
        """Put decisions read from a project file back, without announcing them (they are on disk)."""
        self._decisions.update(decisions)
        for key, decision in decisions.items():
            self.given.note(key, decision)
        return self._changed(keys=decisions, decision=True)

    def load_waiting_comments(self, comments: Mapping[int, str]) -> Change:
        """Comments waiting for a score back from a project file, unannounced (a decided answer took its own)."""
        kept = {k: c for k, c in comments.items() if c and k not in self._decisions}
        self._waiting.update(kept)
        return self._changed(keys=kept, decision=True)


def _announce(calls) -> None:
    """Call each listener with its arguments, every one even if one fails; then raise the first failure."""
    failure: Exception | None = None
    for fn, *args in calls:
        try:
            fn(*args)
        except Exception as exc:
            failure = failure or exc
    if failure is not None:
        raise failure
