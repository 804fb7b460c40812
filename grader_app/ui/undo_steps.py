"""The window's undo stack, kept in the project file: Ctrl+Z goes on where it stopped when the sheet is opened again.

:class:`UndoSteps` is the QUndoStack of a session (one per open sheet). Each step pushed, undone or redone is written
to the project file in the same transaction as the decisions it changes (:meth:`ProjectStore.one_write
<grader_app.io.project_undo.ProjectUndo.one_write>`): what it changed, answer by answer (the decision and waiting
comment before and after, the model's score then: :class:`~grader_app.io.project_undo.UndoStep`), and whether it is
undone. The newest ``LIMIT`` steps are kept, in memory as on disk. When the project is opened again the window gives
the stack the steps the file keeps (:meth:`UndoSteps.load`): they come back as :class:`~.commands.StoredStep`, the
undone ones still to redo, and their lines name the answers as the review does ("score 2 for Ann Lee").

Before a step is undone or redone, the answers must hold what the step left (or found): a sheet edited outside Grader,
a decision an older Grader changed, or another model scoring an answer the undo would leave to the model, make the
step stale (:func:`~grader_app.io.project_undo.stale`). It is then refused, with one sentence (:attr:`UndoSteps.refused`,
:func:`refusal`) naming the answer, nothing is written to any answer, and the step leaves the stack and the file (the
next Ctrl+Z goes to the step before it).
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from ..core.numbers import plain
from ..core.session import GradingSession
from ..errors import GraderError
from ..io.project_undo import (GONE, LIMIT, MODEL, AnswerStep, Stale, UndoStep, drop_step, hashed, mark_step, put_step,
                               stale, state_of)
from .blind import neutral_label
from .commands import StoredStep
from .i18n import score as _fmt
from .review_queue import ReviewQueue

translate = QCoreApplication.translate


def step_words(kind: str, score, count: int, student: str) -> str:
    """A step's line, as the review screen words it when the step is made ("score 2 for Ann Lee")."""
    if kind == "comment":
        return translate("ReviewActions", "comment on {student}").format(student=student)
    if kind == "pull_out":
        return translate("ReviewActions", "pull {student} out of the group").format(student=student)
    if kind == "clear":
        return translate("commands", "clear the score of {student}").format(student=student)
    if kind == "group":
        return translate("ReviewActions", "score {score} for %n answers in a group", "", count).format(score=_fmt(score))
    if kind == "own_marks":
        return translate("commands", "your marks of %n answers taken as your decisions", "", count)
    if kind == "identical":
        return translate("commands", "score {score} for %n identical answers", "", count).format(score=_fmt(score))
    return translate("ReviewActions", "score {score} for {student}").format(score=_fmt(score), student=student)


def named_now(cmd, session: GradingSession, names, who: Callable[[int], str]) -> str:
    """``cmd``'s text with its student named as the screen names them now (``names``: the window's, ``who(key)`` names
    a student): blind marking may have been switched on (or off) since the step was made, and a name must not come
    back with its undo."""
    text, key = cmd.text(), getattr(cmd, "key", None)
    if key is None or names is None:
        return text
    student = session.answers[key].student
    if not student:
        return text
    if names.blind:
        return text.replace(student, who(key))
    if student in text:   # made with names shown (a neutral label may be part of a real name: "Student 4")
        return text
    return text.replace(neutral_label(names.number(student)), student)


def refusal(problem: Stale, who: Callable[[int], str]) -> str:
    """The sentence saying why a step is not undone or redone (``who`` names a student as the screen does)."""
    if problem.why == GONE or problem.key is None:
        return translate("UndoSteps", "That step cannot be undone or redone any more: an answer it changed is no longer "
                         "in the sheet as it was (edited or removed since), so Grader leaves the scores as they are.")
    student = who(problem.key)
    if problem.why == MODEL:
        none = translate("UndoSteps", "no score")
        return translate("UndoSteps", "That step cannot be undone or redone any more: the model's score for {student}'s "
                         "answer is {now} now, where it was {then}, so taking your score off would not bring back what "
                         "you saw.").format(student=student, now=none if problem.now is None else _fmt(problem.now),
                                            then=none if problem.then is None else _fmt(problem.then))
    now, then = problem.now.decision, problem.then.decision
    if now is None:
        change = translate("UndoSteps", "it has no score now")
    elif then is None or now.score != then.score:
        change = translate("UndoSteps", "its score is now {score}").format(score=_fmt(now.score))
    else:
        change = translate("UndoSteps", "its comment is not the same now")
    return translate("UndoSteps", "That step cannot be undone or redone any more: {student}'s answer was changed after it "
                     "({change}), so Grader leaves it as it is.").format(student=student, change=change)


class UndoSteps(QUndoStack):
    """The undo stack of ``session``, kept in ``store`` (none: in memory only); ``names`` names the students in a
    refusal as the screen does (blind marking). ``review_queue``, set by the review screen, gives its queue (a member
    pulled out of its group by a step brought back goes in or out there)."""

    def __init__(self, session: GradingSession, store=None, names=None, parent=None) -> None:
        super().__init__(parent)
        self.setUndoLimit(LIMIT)
        self.session = session
        self.store = store if store is not None and not getattr(store, "read_only", False) else None
        self.names = names
        self.refused = ""   # why the last undo or redo was refused ("" when it was done)
        self.review_queue: Callable[[], ReviewQueue] | None = None
        self._seq = 0

    def let_go(self) -> None:
        """The sheet is being closed: the steps (each holds the session and this stack) and the review screen's queue are
        let go now, so nothing but this stack's own fields holds the session when the stack is deleted (a cycle frozen
        out of the collector's passes would keep it: :mod:`.gc_guard`). Nothing is undone, nothing is written."""
        self.blockSignals(True)   # the review screen being closed is not told
        self.clear()
        self.review_queue = None

    def who(self, key: int) -> str:
        return self.names.who(self.session, key) if self.names is not None else self.session.answers[key].student

    # ----- the steps ---------------------------------------------------------------------------
    def push(self, cmd) -> None:  # type: ignore[override]
        """Push ``cmd`` (which does it), and keep what it changed with its decisions, in one write."""
        s = self.session
        keys = list(dict.fromkeys(k for k in getattr(cmd, "keys", ()) if k is not None))
        before = {k: state_of(s, k) for k in keys}
        model = {k: plain(s.model_score(k)) for k in keys}
        self._seq += 1
        seq, words = self._seq, str(getattr(cmd, "words", "score"))

        def record() -> UndoStep:   # the answers' hashes are worked out on the writer thread (project_undo.hashed)
            answers = tuple(AnswerStep(k, "", before[k], state_of(s, k), model[k]) for k in keys)
            score = next((a.after.decision.score for a in answers if a.after.decision is not None), None)
            group = [k for k in getattr(cmd, "group", ()) if k is not None] if words == "pull_out" else []
            return UndoStep(seq, words, plain(score), answers, tuple(group), (), int(getattr(cmd, "at", 0) or 0))
        with self._one_write(cmd) as extra:
            super().push(cmd)
            cmd.step = step = record()
            extra.append(lambda conn: put_step(conn, hashed(step, s), LIMIT))

    def undo(self) -> None:  # type: ignore[override]
        self.step(True)

    def redo(self) -> None:  # type: ignore[override]
        self.step(False)

    def step(self, undo: bool) -> str:
        """Undo (or redo) the step at hand, unless it is stale: then it is refused (nothing changes but that it leaves
        the stack and the file) and the sentence saying why is returned (and kept in ``refused``); "" otherwise."""
        self.refused = ""
        cmd = self.command(self.index() - 1 if undo else self.index())
        if cmd is None:
            return ""
        step: UndoStep | None = getattr(cmd, "step", None)
        problem = stale(step, self.session, undo) if step is not None else None
        if step is not None and problem is not None:
            self.refused = refusal(problem, self.who)
            cmd.setObsolete(True)   # taken off the stack by the undo (or redo) that does nothing now
            seq = step.seq
            self._write_alone(lambda conn: drop_step(conn, seq))
            super().undo() if undo else super().redo()
            return self.refused
        with self._one_write(cmd) as extra:
            super().undo() if undo else super().redo()
            if step is not None:
                seq, done = step.seq, not undo
                extra.append(lambda conn: mark_step(conn, seq, done))
        return ""

    def step_said(self, undo: bool) -> tuple[str, bool, list[int]]:
        """Undo (or redo) as :meth:`step` does, away from the review screen (the results table, Edit ▸ Undo): the
        sentence that says what it did, in the review's words ("Undone: score 2 for Ann Lee.", "Nothing to undo."), or
        why it was refused; whether it was refused; and the answers it changed (none where it was refused or there
        was nothing to do), for the table to show."""
        cmd = self.command(self.index() - 1 if undo else self.index())
        if cmd is None:
            return (translate("ReviewActions", "Nothing to undo.") if undo
                    else translate("ReviewActions", "Nothing to redo.")), False, []
        what = named_now(cmd, self.session, self.names, self.who)
        keys = [k for k in getattr(cmd, "keys", ()) if k is not None]
        if self.step(undo):
            return self.refused, True, []
        done = translate("ReviewActions", "Undone: {what}.") if undo else translate("ReviewActions", "Redone: {what}.")
        return done.format(what=what), False, keys

    def load(self, steps: list[UndoStep]) -> None:
        """The steps a project file keeps (``ProjectStore.undo_steps``: the done ones first), on the stack as they were
        left: nothing is done or undone now."""
        made = []
        for step in steps[-LIMIT:]:
            key = step.answers[0].key if step.answers else None
            student = self.session.answers[key].student if key is not None else translate(
                "UndoSteps", "an answer changed in the sheet since")
            cmd = StoredStep(self.session, step, step_words(step.kind, step.score, len(step.answers), student),
                             self._queue)
            cmd.quiet = True
            QUndoStack.push(self, cmd)
            made.append(cmd)
        self.setIndex(sum(1 for cmd in made if cmd.step.done))
        for cmd in made:
            cmd.quiet = False
        self._seq = max([self._seq, *(s.seq for s in steps)])

    def _queue(self) -> ReviewQueue:
        """The review screen's queue; before there is one, a queue that only keeps the project file's list of the
        members pulled out of their group (the review screen reads it when it is made)."""
        if self.review_queue is not None:
            return self.review_queue()
        queue = ReviewQueue()
        if self.store is not None:
            queue.pulled = set(self.store.pulled_out)
            queue.on_pulled = self.store.save_pulled_out
        return queue

    # ----- writing -----------------------------------------------------------------------------
    @contextmanager
    def _one_write(self, cmd) -> Iterator[list]:
        """The store's one write for a step and its decisions (none without a store); a store that cannot take it (read
        only, closed) is said through ``cmd.error`` as a decision's failure is."""
        if self.store is None:
            yield []
            return
        try:
            with self.store.one_write() as extra:
                yield extra
        except GraderError as error:
            if getattr(cmd, "error", None) is None:
                cmd.error = error

    def _write_alone(self, fn) -> None:
        if self.store is not None:
            try:
                self.store.save_undo(fn)
            except GraderError:   # closed: the stack goes on in memory
                pass
