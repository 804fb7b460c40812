"""Undoable decisions: QUndoCommands over the session's ``restore`` (and the review screen's pull-out).

Every change goes through :meth:`GradingSession.restore`, so the project store's listener writes
it (and its undo) to disk at once. A command keeps the exact decisions before and after, so undo
puts back the earlier score, comment and time stamp unchanged.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..core.session import Decision, GradingSession
from ..workflow import learns
from .i18n import score as _fmt   # the score as the teacher reads it (1,5 in German)

translate = QCoreApplication.translate


def make_decision(session: GradingSession, key: int, score, comment: str | None = None) -> Decision:
    """The decision ``session.decide`` would record, without recording it (ValueError if not allowed).

    An earlier comment is kept unless a new one is given.
    """
    item = session.items[session.answers[key].item]
    if learns(session, item.item):   # a model learning from the marks: its scale grows with them
        if not isinstance(score, (int, float)) or not 0 <= score <= 9:
            raise ValueError(translate("commands", "{score} is not a score here; type a score from 0 to 9").format(
                score=_fmt(score)))
    elif item.labels:
        match = [lab for lab in item.labels if lab == score]
        if not match:
            allowed = ", ".join(_fmt(v) for v in item.labels)
            raise ValueError(translate("commands", "{score} is not a score for this question; use one of {allowed}").format(
                score=_fmt(score), allowed=allowed))
        score = match[0]
    old = session.decisions.get(key)
    if comment is None:
        comment = old.comment if old else ""
    return Decision.now(score, comment)


def score_choices(session: GradingSession, item: str) -> tuple:
    """The scores offered as buttons: the model's scale; for a question that learns from the marks,
    0–3 and one above the highest score given so far (at most 9)."""
    info = session.items[item]
    if not learns(session, item):
        return tuple(info.labels)
    used = [d.score for k in session.keys_for(item) if (d := session.decisions.get(k)) is not None]
    top = max([3, *[int(v) + 1 for v in used if isinstance(v, (int, float))], *[int(v) for v in info.labels]])
    return tuple(range(0, min(9, top) + 1))


class _Guarded:
    """Runs a change; a failure to save it (the decision stays in memory) is kept in ``error``.

    ``pended`` (key → comment) are the comments the review screen kept in ``pending`` for answers without a
    score yet, which this command's scores took with them: undo gives them back (the comment shows again and
    goes with the next score), redo takes them again, so an undo leaves the screen exactly as it was."""

    error: Exception | None = None
    session: GradingSession
    pending: dict[int, str] | None = None
    pended: dict[int, str]

    def _apply(self, changes) -> None:
        self.error = None
        for key, decision in changes:
            try:
                self.session.restore(key, decision)
            except Exception as exc:  # never escape into Qt's C++ caller
                self.error = self.error or exc

    def _keep_pending(self, pending: dict[int, str] | None, pended: dict[int, str] | None) -> None:
        self.pending, self.pended = pending, dict(pended or {})

    def _pending_taken(self, taken: bool) -> None:
        if self.pending is None:
            return
        for key, comment in self.pended.items():
            if taken:
                self.pending.pop(key, None)
            else:
                self.pending[key] = comment


class DecideCommand(_Guarded, QUndoCommand):
    """Set (or, with ``new_decision=None``, clear) the decision of one answer."""

    def __init__(self, session: GradingSession, key: int, new_decision: Decision | None, text: str = "",
                 parent: QUndoCommand | None = None, pending: dict[int, str] | None = None,
                 pended: dict[int, str] | None = None) -> None:
        super().__init__(text or _describe(session, [key], new_decision), parent)
        self.session = session
        self.key = int(key)
        self.keys = [self.key]
        self.old = session.decisions.get(self.key)
        self.new = new_decision
        self._keep_pending(pending, pended)

    def redo(self) -> None:
        self._apply([(self.key, self.new)])
        self._pending_taken(True)

    def undo(self) -> None:
        self._apply([(self.key, self.old)])
        self._pending_taken(False)


class GroupDecideCommand(_Guarded, QUndoCommand):
    """Give several answers (a key and its identical answers) the same score in one undo step; ``comments``
    (key → text) gives some of them their own comment, the others get ``comment``."""

    def __init__(self, session: GradingSession, keys: list[int], score, text: str = "",
                 comment: str | None = None, parent: QUndoCommand | None = None,
                 comments: dict[int, str] | None = None, pending: dict[int, str] | None = None) -> None:
        """``pending``: the review screen's comments kept for a score; those in ``comments`` are taken from it."""
        keys = list(dict.fromkeys(int(k) for k in keys))
        own = comments or {}
        self.session = session
        self.key = keys[0]
        self.keys = keys
        self.old = {k: session.decisions.get(k) for k in keys}
        self.new = {k: make_decision(session, k, score, own.get(k, comment)) for k in keys}
        self._keep_pending(pending, own)
        super().__init__(text or _describe(session, keys, self.new[self.key]), parent)

    def redo(self) -> None:
        self._apply([(k, self.new[k]) for k in self.keys])
        self._pending_taken(True)

    def undo(self) -> None:
        self._apply([(k, self.old[k]) for k in reversed(self.keys)])
        self._pending_taken(False)


class PullOutCommand(_Guarded, QUndoCommand):
    """Take a member out of its group on the review screen (``queue()``: the screen's queue now), and take
    off a score the group gave it. Undo puts it back in its group at its place and gives the score back.

    Only the score is in the project file (written through ``restore``, as every decision); the groups
    are worked out again each time the review opens, so a pull-out lasts while the screen's queue does."""

    def __init__(self, session: GradingSession, queue, key: int, text: str = "",
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.session = session
        self.queue = queue
        self.key = int(key)
        self.keys = [self.key]
        where = queue().unit_of(self.key)
        self.group = list(queue().units[where]) if where is not None else [self.key]
        self.at = self.group.index(self.key)
        self.old = session.decisions.get(self.key)

    def redo(self) -> None:
        self.error = None
        self.queue().pull_out(self.key)
        if self.old is not None:
            self._apply([(self.key, None)])

    def undo(self) -> None:
        self.error = None
        if self.old is not None:
            self._apply([(self.key, self.old)])
        self.queue().rejoin(self.key, self.group, self.at)


def group_command(session: GradingSession, key: int, score, comment: str | None = None) -> GroupDecideCommand:
    """"Apply to the N identical answers": the key and ``session.identical_to(key)`` get ``score``."""
    return GroupDecideCommand(session, [key, *session.identical_to(key)], score, comment=comment)


def _describe(session: GradingSession, keys: list[int], decision: Decision | None) -> str:
    who = session.answers[keys[0]].student
    if decision is None:
        return translate("commands", "clear the score of {student}").format(student=who)
    if len(keys) > 1:
        return translate("commands", "score {score} for %n identical answers", "", len(keys)).format(
            score=_fmt(decision.score))
    return translate("commands", "score {score} for {student}").format(score=_fmt(decision.score), student=who)
