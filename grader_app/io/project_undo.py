"""The undo steps a project file keeps (table ``undo_steps``), so that Ctrl+Z goes on where it stopped when the project
is opened again (after a close, a crash, the next day), a part of :class:`~.project_store.ProjectStore`.

A step (:class:`UndoStep`) is one command of the window's undo stack (a score, a group's score, a comment, a comment
waiting for its score, a member pulled out of its group): for each answer it changed, the answer's hash (as the
``answers`` table keeps it: its column, question, student and text, :func:`.project_records.digests_of`), its decision
and waiting comment before and after, and the model's score for it then. It is written in the same transaction as the
decisions it made, undid or redid (:meth:`ProjectUndo.one_write`: the writes queued meanwhile on that thread and the
step's own go to the writer as one change), so the file never holds a step without its decisions, nor decisions of a
step without it. The newest ``LIMIT`` are kept; a new step drops the undone ones, as the undo stack does.

Read back (:func:`read_steps`), each answer is found again by its hash (a sorted sheet keeps its steps; an answer edited
in the sheet since is found no more: its key is None), and :func:`stale` says why a step cannot be undone or redone now:
an answer no longer in the sheet as it was, one whose decision or waiting comment is not what the step left (changed
outside the app, or by an older Grader), or, where undoing or redoing leaves the answer to the model, a model whose
score for it is not the one the teacher saw (another model scored it since). The table came without a new schema
version, as the predictions' ``seal`` did: an older Grader leaves it alone, and a step its decisions made stale is then
refused. Pure Python and :mod:`sqlite3`; no Qt.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from collections import defaultdict
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterator

from ..core.numbers import plain
from ..core.session import Decision, GradingSession
from .project_readback import NOT_A_SCORE, UNREADABLE, stored_score, text_of
from .project_records import answer_digests, digests_of
from .project_schema import now
from .project_writer import Write

LIMIT = 200   # the steps a project keeps (and the window's undo stack holds)
TABLE = """CREATE TABLE IF NOT EXISTS undo_steps (
    seq     INTEGER PRIMARY KEY,
    done    INTEGER NOT NULL,
    step    TEXT NOT NULL,
    made_at TEXT NOT NULL DEFAULT ''
)"""
GONE, CHANGED, MODEL = "gone", "changed", "model"   # why a step is stale (:class:`Stale`)


@dataclass(frozen=True)
class State:
    """An answer's part in a step: its decision (None: none) and the comment waiting for its score ("" for none)."""
    decision: Decision | None
    waiting: str = ""


@dataclass(frozen=True)
class AnswerStep:
    """What a step did to one answer: ``key`` is the session's (None: not in the sheet as it was), ``model`` the
    model's score for it when the step was made (None: none)."""
    key: int | None
    digest: str
    before: State
    after: State
    model: Any = None


@dataclass(frozen=True)
class UndoStep:
    """One step: ``kind`` says what its line says ("score", "comment", "clear", "group", "identical", "pull_out"),
    ``score`` the score it gave (None: none); a member pulled out keeps the ``group`` it was in (the session's keys of
    those found) and its place ``at`` there; ``done``: not undone."""
    seq: int
    kind: str
    score: Any
    answers: tuple[AnswerStep, ...]
    group: tuple[int, ...] = ()
    group_digests: tuple[str, ...] = ()
    at: int = 0
    done: bool = True


@dataclass(frozen=True)
class Stale:
    """Why a step cannot be undone or redone now (GONE, CHANGED or MODEL), of which answer, and what it holds now
    (``now``: its decision and waiting comment, or the model's score) and held then (``then``)."""
    why: str
    key: int | None
    now: Any = None
    then: Any = None


def state_of(session: GradingSession, key: int) -> State:
    return State(session.decisions.get(key), session.waiting_comments.get(key, ""))


def digest_of(session: GradingSession, key: int) -> str:
    return digests_of([session.answers[key]])[0]


def hashed(step: UndoStep, session: GradingSession) -> UndoStep:
    """``step`` with the hash of each answer it changed, and of each member of the group it pulled one out of, worked
    out (the window makes a step without them, and its writer thread works them out as it writes the step: a group's
    2,000 hashes are no work of the GUI thread's). The session's answers never change, so any thread may read them."""
    found = digests_of([session.answers[a.key] for a in step.answers if a.key is not None])
    digests = iter(found)
    answers = tuple(replace(a, digest=next(digests)) if a.key is not None else a for a in step.answers)
    return replace(step, answers=answers, group_digests=tuple(digests_of([session.answers[k] for k in step.group])))


def stale(step: UndoStep, session: GradingSession, undo: bool) -> Stale | None:
    """Why ``step`` cannot be undone (``undo``) or redone now, or None: every answer it changed holds what the step left
    (undo) or found (redo), and where the answer goes back to no decision, the model's score is the one it had then."""
    for a in step.answers:
        if a.key is None or not 0 <= a.key < len(session.answers):
            return Stale(GONE, None)
        now_state, expected, target = state_of(session, a.key), (a.after if undo else a.before), (a.before if undo else a.after)
        if not _same(now_state, expected):
            return Stale(CHANGED, a.key, now_state, expected)
        if target.decision is None and not _same_score(plain(session.model_score(a.key)), a.model):
            return Stale(MODEL, a.key, plain(session.model_score(a.key)), a.model)
    return None


def _same(a: State, b: State) -> bool:
    if (a.decision is None) != (b.decision is None) or a.waiting != b.waiting:
        return False
    if a.decision is None or b.decision is None:
        return True
    return _same_score(a.decision.score, b.decision.score) and (a.decision.comment, a.decision.at) == \
        (b.decision.comment, b.decision.at)


def _same_score(a, b) -> bool:
    return a == b and (a is None) == (b is None)


# ----- the file's rows ---------------------------------------------------------------------------------------
def _decision_json(d: Decision | None):
    if d is None:
        return None
    made = {"score": plain(d.score), "comment": d.comment or "", "at": d.at or "", "origin": d.origin or ""}
    # the score its stamp was first given with, where it was changed since (its checking fold's: Decision.again)
    return made if d.first == d.score else {**made, "first": plain(d.first)}


def step_json(step: UndoStep) -> str:
    answers = [{"key": a.key, "digest": a.digest, "model": plain(a.model),
                "before": [_decision_json(a.before.decision), a.before.waiting],
                "after": [_decision_json(a.after.decision), a.after.waiting]} for a in step.answers]
    return json.dumps({"kind": step.kind, "score": plain(step.score), "answers": answers,
                       "group": [[k, d] for k, d in zip(step.group, step.group_digests)], "at": step.at},
                      ensure_ascii=False)


def put_step(conn: sqlite3.Connection, step: UndoStep, limit: int = LIMIT) -> None:
    """A new step (done): the undone ones go, and the oldest beyond ``limit``."""
    conn.execute(TABLE)
    conn.execute("DELETE FROM undo_steps WHERE done=0")
    conn.execute("INSERT OR REPLACE INTO undo_steps(seq, done, step, made_at) VALUES (?, 1, ?, ?)",
                 (int(step.seq), step_json(step), now()))
    conn.execute("DELETE FROM undo_steps WHERE seq NOT IN (SELECT seq FROM undo_steps ORDER BY seq DESC LIMIT ?)",
                 (int(limit),))


def mark_step(conn: sqlite3.Connection, seq: int, done: bool) -> None:
    """Step ``seq`` undone (``done`` False) or redone."""
    conn.execute(TABLE)
    conn.execute("UPDATE undo_steps SET done=? WHERE seq=?", (int(bool(done)), int(seq)))


def drop_step(conn: sqlite3.Connection, seq: int) -> None:
    """Step ``seq`` refused (:func:`stale`): it is no step any more."""
    conn.execute(TABLE)
    conn.execute("DELETE FROM undo_steps WHERE seq=?", (int(seq),))


def forget_steps(conn: sqlite3.Connection) -> None:
    """No step kept (a project copied for a part of its sheet starts afresh); nothing in a file without the table."""
    try:
        conn.execute("DELETE FROM undo_steps")
    except sqlite3.OperationalError:
        pass


def read_steps(db: sqlite3.Connection, session: GradingSession) -> list[UndoStep]:
    """The kept steps, oldest first, the done ones before the undone ones, each answer found again in ``session`` by
    its hash; none in a file older than them. A step that cannot be read (edited by hand) is left out, and so are
    the steps before it (an undo never skips one)."""
    try:
        rows = db.execute("SELECT seq, done, step FROM undo_steps ORDER BY seq").fetchall()
    except sqlite3.OperationalError:
        return []
    find = _finder(session)
    steps: list[UndoStep] = []
    for seq, done, text in rows:
        step = _step(int(seq), bool(done), text, session, find)
        if step is None:
            steps = []   # the steps before it cannot be reached past it
            continue
        steps.append(step)
    return [s for s in steps if s.done] + [s for s in steps if not s.done]


def _finder(session: GradingSession) -> Callable[[Any, Any], int | None]:
    digests = answer_digests(session)
    where: dict[str, list[int]] = defaultdict(list)
    for key, digest in enumerate(digests):
        where[digest].append(key)

    def find(key, digest) -> int | None:
        if isinstance(key, int) and 0 <= key < len(digests) and digests[key] == digest:
            return key
        found = where.get(str(digest)) or []
        return found[0] if found else None
    return find


def _step(seq: int, done: bool, text, session: GradingSession, find) -> UndoStep | None:
    try:
        data = json.loads(text_of(text))
        answers = []
        for a in data["answers"]:
            key = find(a.get("key"), a["digest"])
            before, after = (_state(a[side], key, session) for side in ("before", "after"))
            if before is None or after is None:
                key, before, after = None, State(None), State(None)
            answers.append(AnswerStep(key, str(a["digest"]), before, after, a.get("model")))
        group = [(find(k, d), str(d)) for k, d in data.get("group", [])]
        return UndoStep(seq, str(data["kind"]), data.get("score"), tuple(answers),
                        tuple(k for k, _ in group if k is not None), tuple(d for k, d in group if k is not None),
                        int(data.get("at", 0)), done)
    except (TypeError, ValueError, KeyError, AttributeError):
        return None


def _state(value, key: int | None, session: GradingSession) -> State | None:
    """A stored answer state (None: its score is no score of its question now)."""
    decision, waiting = value
    if decision is None or key is None:
        return State(None, text_of(waiting))
    info = session.items[session.answers[key].item]
    score = stored_score(json.dumps(decision["score"]), info)
    if score is UNREADABLE or score is NOT_A_SCORE:
        return None
    first = stored_score(json.dumps(decision["first"]), info) if "first" in decision else None   # none: its score
    return State(Decision(score, text_of(decision.get("comment")), text_of(decision.get("at")),
                          text_of(decision.get("origin")),   # a step saved before origins: not known
                          None if first is UNREADABLE or first is NOT_A_SCORE else first), text_of(waiting))


# ----- one write for a step and its decisions ----------------------------------------------------------------
class ProjectUndo:
    """Mixed into ProjectStore, which provides ``_writable`` (the writer, or ProjectError when read-only or closed)."""

    _writable: Callable[[], Any]
    _read: Callable[..., AbstractContextManager[sqlite3.Connection]]
    read_only: bool
    undo_steps: list[UndoStep]
    _gathering: tuple[int, list[Write]] | None = None

    def _gathered(self, write: Write) -> bool:
        """Is ``write`` held for the :meth:`one_write` open on this thread (else it is queued on its own)?"""
        gathering = self._gathering
        if gathering is None or gathering[0] != threading.get_ident():
            return False
        gathering[1].append(write)
        return True

    @contextmanager
    def one_write(self, what: str = "your decision") -> Iterator[list[Callable[[sqlite3.Connection], None]]]:
        """Every write queued inside the block on this thread (the decisions of a step, their waiting comments, a member
        pulled out) and the functions the block adds to the list it is given (the step's row) go to the writer as one
        change, committed in one transaction, in that order. ProjectError at the end when the store is read-only or
        closed (the decisions stay in memory, as for any write)."""
        extra: list[Callable[[sqlite3.Connection], None]] = []
        gathered: list[Write] = []
        outer, self._gathering = self._gathering, (threading.get_ident(), gathered)
        try:
            yield extra
        finally:
            self._gathering = outer
            fns = [w.fn for w in gathered if w.fn is not None] + extra
            if fns and not self.read_only:
                def run(conn: sqlite3.Connection) -> None:
                    for fn in fns:
                        fn(conn)
                kinds = dict.fromkeys(["decisions", *(k for w in gathered for k in w.kinds)])
                write = Write(run, kinds, gathered[0].what if gathered else what)
                write.decisions = tuple(d for w in gathered for d in w.decisions)
                self._writable().submit(write)

    def save_undo(self, fn: Callable[[sqlite3.Connection], None]) -> None:
        """Queue a change of the steps alone (a step refused: :func:`drop_step`)."""
        if not self.read_only:
            self._writable().submit(Write(fn, ("decisions",), "the undo steps"))

    def load_undo_steps(self, session: GradingSession) -> list[UndoStep]:
        """The steps as the file holds them now, found in ``session`` (:func:`read_steps`)."""
        with self._read(("decisions",)) as db:
            return read_steps(db, session)
