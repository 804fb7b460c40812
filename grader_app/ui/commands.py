"""Undoable decisions: QUndoCommands over the session's ``restore`` (and the review screen's pull-out).

Every change goes through :meth:`GradingSession.restore` (a comment waiting for a score through
``set_waiting_comment``), so the project store's listeners write it (and its undo) to disk at once. A
command keeps the exact decisions before and after, so undo puts back the earlier score, comment and
time stamp unchanged, and the comments that waited for the scores it gave (the session forgets a waiting
comment once a decision takes it): written back before the decision is cleared, so the project file never
lacks the comment in between.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..core.origins import origin_for
from ..core.session import Decision, GradingSession
from ..core.scale import GUESS
from ..io.lms_points import question_scale
from .i18n import score as _fmt   # the score as the teacher reads it (1,5 in German)
from .scale_words import off_scale

translate = QCoreApplication.translate


def make_decision(session: GradingSession, key: int, score, comment: str | None = None,
                  checked: bool = False, at: str | None = None, follows: int | None = None) -> Decision:
    """The decision ``session.decide`` would record, without recording it (ValueError if not allowed: a score off the
    question's scale, :func:`~grader_app.io.lms_points.question_scale`).

    An earlier comment is kept unless a new one is given; an answer without a decision gets the comment
    waiting for its score, if it has one. Its origin (:func:`~grader_app.core.origins.origin_for`): the earlier
    decision's, else whether Grader suggested the answer at this moment (``follows``: the answer whose score it is
    given, Ctrl+G's, whose origin a copy of it takes where it has none of its own).
    """
    if not checked:   # (``checked``: ``score`` is as :func:`scale_score` gave it for the answer's question)
        score = scale_score(session, session.answers[key].item, score)
    old = session.decisions.get(key)
    if comment is None:
        comment = old.comment if old else session.waiting_comments.get(key, "")
    origin = origin_for(session, key, follows)   # why the answer was marked: a suggestion's, or the teacher's own (core.origins)
    # ``at``: its time stamp; none given, an earlier decision's (its place in the order the marks were given), else now
    return Decision.again(old, score, comment, origin) if at is None else Decision(score, comment or "", at, origin)


def scale_score(session: GradingSession, item: str, score):
    """``score`` as question ``item``'s scale has it (a model's label as the model has it), or ValueError: off the
    scale (:func:`~grader_app.io.lms_points.question_scale`). The same for every answer of the question: a group's
    score is checked once (the scale looks at every answer of the question: once per member, a group of 2,000 in a
    class of 20,000 took 12 s)."""
    info = session.items[item]
    if info.own_scale or info.labels:
        scale = question_scale(session, item)
        # a score one of its answers holds already stays one (a comment added to it, Ctrl+G): it was given somehow
        if not scale.allows(score) and not any(session.final_score(k) == score for k in session.keys_for(item)):
            raise ValueError(off_scale(scale, score))
        score = next((lab for lab in scale.labels if lab == score), score)   # a model's label as the model has it
    return score


def score_choices(session: GradingSession, item: str) -> tuple:
    """The scores offered as buttons: the question's scale (:func:`~grader_app.io.lms_points.question_scale`, what the
    exports say a score is out of). Where only Grader's guess says it (0–3), one above the highest score given too
    (at most 9): a higher digit widens the guess, as the review always did."""
    scale = question_scale(session, item)
    if scale.source != GUESS:
        return scale.scores()
    used = [d.score for k in session.keys_for(item) if (d := session.decisions.get(k)) is not None]
    top = max([int(scale.top), *[int(v) + 1 for v in used if isinstance(v, (int, float)) and not isinstance(v, bool)]])
    return replace(scale, top=min(9, top)).scores()


class _Guarded:
    """Runs a change; a failure to save it (the decision stays in memory) is kept in ``error``.

    ``waited`` (key → comment): the comments waiting for a score when the command was made, which its scores
    take (the session forgets them): undo gives them back (the comment shows again, on disk too, and goes with
    the next score), redo takes them again, so an undo leaves the screen and the project file as they were."""

    error: Exception | None = None
    session: GradingSession
    waited: dict[int, str]

    def _apply(self, changes, undo: bool = False) -> None:
        """The decisions of ``changes`` [(key, decision or None)] set together (``GradingSession.restore_many``: the
        project store queues them as one write, the table repaints once); on ``undo`` the comments that waited for
        their scores first, so they are never off the disk."""
        self.error = None
        if undo:
            for key, decision in changes:
                if decision is None and self.waited.get(key):
                    self._guard(self.session.set_waiting_comment, key, self.waited[key])
        self._guard(self.session.restore_many, changes)

    def _guard(self, fn, *args) -> None:
        try:
            fn(*args)
        except Exception as exc:  # never escape into Qt's C++ caller
            self.error = self.error or exc

    def _keep_waiting(self, keys) -> None:
        waiting = self.session.waiting_comments
        self.waited = {k: waiting[k] for k in keys if k in waiting}


class DecideCommand(_Guarded, QUndoCommand):
    """Set (or, with ``new_decision=None``, clear) the decision of one answer."""

    def __init__(self, session: GradingSession, key: int, new_decision: Decision | None, text: str = "",
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text or _describe(session, [key], new_decision), parent)
        self.words = "clear" if new_decision is None else "score"   # what its line says (a comment's: "comment")
        self.session = session
        self.key = int(key)
        self.keys = [self.key]
        self.old = session.decisions.get(self.key)
        self.new = new_decision
        self._keep_waiting(self.keys)

    def redo(self) -> None:
        self._apply([(self.key, self.new)])

    def undo(self) -> None:
        self._apply([(self.key, self.old)], undo=True)


class GroupDecideCommand(_Guarded, QUndoCommand):
    """Give several answers (a key and its identical answers) the same score in one undo step; ``comments``
    (key → text) gives some of them their own comment, the others get ``comment``; ``follows``: the answer whose score
    they copy (Ctrl+G), whose origin they take where they have none of their own (core.origins.origin_for)."""

    words = "identical"   # what its line says (a group's on the review screen: "group")

    def __init__(self, session: GradingSession, keys: list[int], score, text: str = "",
                 comment: str | None = None, parent: QUndoCommand | None = None,
                 comments: dict[int, str] | None = None, follows: int | None = None) -> None:
        """Without ``comment`` or ``comments``, an answer keeps its comment or takes the one waiting for its score."""
        keys = list(dict.fromkeys(int(k) for k in keys))
        own = comments or {}
        self.session = session
        self.key = keys[0]
        self.keys = keys
        self.old = {k: session.decisions.get(k) for k in keys}
        scores: dict[str, object] = {}   # question -> the score as its scale has it (checked once per question)
        for k in keys:
            item = session.answers[k].item
            if item not in scores:
                scores[item] = scale_score(session, item, score)
        at = Decision.now(score).at   # decided at once: one time stamp, which keeps the group in one fold when learnt
        self.new = {k: make_decision(session, k, scores[session.answers[k].item], own.get(k, comment), True, at, follows)
                    for k in keys}
        self._keep_waiting(keys)
        super().__init__(text or _describe(session, keys, self.new[self.key]), parent)

    def changes(self) -> bool:
        """False if every answer has this score and comment already (pushed, it would be a step that does nothing)."""
        def same(old: Decision | None, new: Decision) -> bool:
            return old is not None and (old.score, old.comment) == (new.score, new.comment)
        return not all(same(self.old[k], self.new[k]) for k in self.keys)

    def redo(self) -> None:
        self._apply([(k, self.new[k]) for k in self.keys])

    def undo(self) -> None:
        self._apply([(k, self.old[k]) for k in reversed(self.keys)], undo=True)


class TakeMarksCommand(_Guarded, QUndoCommand):
    """Make marks the teacher gave before (key → score: those her own model learned from, :mod:`grader_app.learn.own_marks`)
    her decisions, in one undo step. Each is decided on its own (a time stamp of its own), as a mark given answer by
    answer is: a model that learns from them keeps no score's answers all in one fold."""

    words = "own_marks"   # what its line says

    def __init__(self, session: GradingSession, scores: dict[int, object], text: str = "",
                 parent: QUndoCommand | None = None) -> None:
        keys = [int(k) for k in scores]
        self.session, self.keys, self.key = session, keys, keys[0]
        self.old = {k: session.decisions.get(k) for k in keys}
        start = datetime.now(timezone.utc)
        self.new = {k: replace(make_decision(session, k, scores[k]), at=(start + timedelta(microseconds=i)).isoformat(
            timespec="microseconds")) for i, k in enumerate(keys)}
        self._keep_waiting(keys)
        super().__init__(text or translate("commands", "your marks of %n answers taken as your decisions", "",
                                           len(keys)), parent)

    def redo(self) -> None:
        self._apply([(k, self.new[k]) for k in self.keys])

    def undo(self) -> None:
        self._apply([(k, self.old[k]) for k in reversed(self.keys)], undo=True)


class WaitingCommentCommand(_Guarded, QUndoCommand):
    """Keep (or with "" forget) the comment of an answer that has no score yet: it waits for the score and
    goes with it (``GradingSession.set_waiting_comment``; the project store writes it at once). A step of its
    own, so it leaves no redo behind that would give a score with the comment as it was before."""

    words = "comment"

    def __init__(self, session: GradingSession, key: int, comment: str, text: str = "",
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.session = session
        self.key = int(key)
        self.keys = [self.key]
        self.old = session.waiting_comments.get(self.key, "")
        self.new = comment or ""

    def redo(self) -> None:
        self.error = None
        self._guard(self.session.set_waiting_comment, self.key, self.new)

    def undo(self) -> None:
        self.error = None
        self._guard(self.session.set_waiting_comment, self.key, self.old)


class PullOutCommand(_Guarded, QUndoCommand):
    """Take a member out of its group on the review screen (``queue()``: the screen's queue now), and take
    off a score the group gave it. Undo puts it back in its group at its place and gives the score back.

    The score is written through ``restore``, as every decision, and the pull-out itself (and its undo) by the
    queue's ``on_pulled`` (the project file's ``pulled_out``); the review screen keeps a pull-out when its queue is
    made again (the review opened anew) and when the project is opened again: a redo made while the list on screen
    does not hold the member (the review opened on other answers) still keeps it out of its group when it comes back,
    and an undo puts it back only where its group is
    on the list now (:meth:`ReviewQueue.rejoin`)."""

    words = "pull_out"

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
        queue = self.queue()
        queue.pull_out(self.key)
        queue.mark_pulled(self.key)   # also when this list does not hold it: it stays out when it comes back
        if self.old is not None:
            self._apply([(self.key, None)])

    def undo(self) -> None:
        self.error = None
        if self.old is not None:
            self._apply([(self.key, self.old)])
        self.queue().rejoin(self.key, self.group, self.at)


class StoredStep(_Guarded, QUndoCommand):
    """An undo step kept in the project file (:class:`~grader_app.io.project_undo.UndoStep`), brought back when it is
    opened again: undo puts back each answer's decision and waiting comment as they were before it, redo as it left
    them, through the session as every command (so the project store writes them); a member pulled out of its group
    goes back in (or out again) on ``queue()``, the review screen's queue or one that only keeps the project file's
    list. ``quiet``: nothing is done (while the window's stack takes the steps back). Whether the answers still hold
    what the step expects is checked before (:func:`~grader_app.io.project_undo.stale`), by the stack."""

    def __init__(self, session: GradingSession, step, text: str, queue, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.session, self.step, self.queue = session, step, queue
        self.words = step.kind
        self.keys = [a.key for a in step.answers if a.key is not None]
        self.key = step.answers[0].key if step.answers else None
        self.waited: dict[int, str] = {}
        self.quiet = False

    def redo(self) -> None:
        if self.quiet:
            return
        self.error = None
        if self.words == "pull_out" and self.key is not None:
            queue = self.queue()
            queue.pull_out(self.key)
            queue.mark_pulled(self.key)
        self._put([(a.key, a.after) for a in self.step.answers])

    def undo(self) -> None:
        if self.quiet:
            return
        self.error = None
        self._put([(a.key, a.before) for a in reversed(self.step.answers)])
        if self.words == "pull_out" and self.key is not None:
            self.queue().rejoin(self.key, list(self.step.group), self.step.at)

    def _put(self, states) -> None:
        """Each answer's decision and waiting comment as ``states`` give them (a waiting comment before the decision
        goes, as an undo of a score does), the decisions together (``GradingSession.restore_many``)."""
        put = []
        for key, state in states:
            if key is None:
                continue
            if state.decision is None and self.session.waiting_comments.get(key, "") != state.waiting:
                self._guard(self.session.set_waiting_comment, key, state.waiting)
            if state.decision is not None or key in self.session.decisions:
                put.append((key, state.decision))
        if put:
            self._guard(self.session.restore_many, put)


def group_command(session: GradingSession, key: int, score, comment: str | None = None) -> GroupDecideCommand:
    """"Apply to the N identical answers": the key and ``session.identical_to(key)`` get ``score``."""
    return GroupDecideCommand(session, [key, *session.identical_to(key)], score, comment=comment, follows=key)


def _describe(session: GradingSession, keys: list[int], decision: Decision | None) -> str:
    who = session.answers[keys[0]].student
    if decision is None:
        return translate("commands", "clear the score of {student}").format(student=who)
    if len(keys) > 1:
        return translate("commands", "score {score} for %n identical answers", "", len(keys)).format(
            score=_fmt(decision.score))
    return translate("commands", "score {score} for {student}").format(score=_fmt(decision.score), student=who)
