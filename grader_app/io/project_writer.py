"""The project file's writer thread: every change of an open project is committed here, in order.

:class:`ProjectWriter` owns the project's write connection (and, once it is handed over, the
project's OS lock) and one ``threading.Thread``. A change is a :class:`Write`: a function of the
connection run inside a transaction. :meth:`ProjectWriter.submit` queues it and returns at once, so
the thread that made the change (the GUI thread, for a teacher's decision) never waits for the
disk. The writer takes the oldest queued change and every one queued behind it (up to
``MAX_BATCH``) and commits them in one transaction, in the order they were submitted (WAL with
``synchronous=FULL``: on disk, fsync'd, when COMMIT returns); a change queued while a commit is
under way goes into the next one, so an idle writer commits a decision within a few milliseconds
and a busy one catches up in a few large commits. A change :meth:`ProjectWriter.call` waits for
(setup, predictions) is committed in a transaction of its own and its error raised to its caller. Before each
transaction, what a full disk kept an older file from gaining when it was opened (the predictions' ``seal``, the
decisions' ``origin``) is tried again (:func:`.project_schema.add_unversioned`).

A failed commit (disk full, file made read-only, an I/O error) is rolled back and its changes are
kept, in order, in ``held``: the next change or :meth:`ProjectWriter.flush` tries them again first,
so nothing is overtaken and nothing is lost while the process lives. ``last_error`` says why
(None once everything is written again) and ``on_error``, if set, is called from the writer thread
with one sentence for the teacher (:mod:`.project_problems`); it must not wait for this writer. ``on_saved``, if set,
is called (from the writer thread, without waiting either) once what was held is written after all, and once a commit goes
in after a change waited for was refused by the file (its caller kept it: the scores, tried again then), at the end of
the step that wrote it, when the file is where it stays (see below). A change that fails for a
reason other than SQLite's (a fault in Grader, not the disk) is left out and reported, and the rest
committed. :meth:`ProjectWriter.wait_for` lets a reader wait until every change of some kinds
submitted before it has been tried. :meth:`ProjectWriter.close` writes what is left (waiting a
bounded time), then the writer thread closes its connection and releases the lock, after its last
commit (:func:`.project_open.open_for_writing` takes the lock and opens the connections). Pure Python; no Qt.

A project file deleted or replaced while it is open (by hand, a sync client, a clean-up tool) would
otherwise take every later decision with it: SQLite writes on to the deleted file (WAL) or refuses to
("attempt to write a readonly database", rollback journal). So after each commit, each failed one and at close, the
writer checks the path still names its file; if not, it copies the whole project from its connection
(SQLite's backup) into a new file, at the same path if it is free, else beside it (``<name> (recovered)``,
``(recovered 2)``, ... ``.grader-project``: never over another file), writes there from then on in SQLite's
rollback-journal mode (the old file's WAL files keep their names until its last connection closes), and
tries a failed commit again there; as often as the file goes. The caller hears a :class:`ProjectRestored`
sentence through ``on_error`` (nothing is lost: ``last_error`` stays None) once the step that wrote it is done: after
``on_saved`` if that step wrote what was held too (its ``saved_too``), whichever went first; if the copy cannot be made, a
:class:`ProjectError` says so (a failed commit's changes are held) and the writer tries again with the next; a refused
commit that adds to changes held before, whose failure was said, says that failure again, counting them all.

After each commit the writer checkpoints the WAL into the file itself (``PRAGMA wal_checkpoint(PASSIVE)``), so the file
copied alone holds every decision. SQLite ignores a failed automatic checkpoint (a full disk lets the WAL take a commit
the file cannot); this explicit one raises, and the first failure is said once through ``on_error`` as a
:class:`FileBehind` (not a failure of the commit: nothing is held, ``last_error`` stays None); once a later checkpoint
copies every page into the file (room again), a :class:`FileCaughtUp` says so, in its place.
"""
from __future__ import annotations

import os
import queue
import sqlite3
import threading
from pathlib import Path
from typing import Callable, Iterable

from .project_copy import copy_project as _copy_project, free_beside as _free_beside, identity as _identity
from .project_problems import as_project_error, parts, unsaved_failure
from .project_schema import ProjectError, add_unversioned

KINDS = ("decisions", "bank", "meta", "thresholds", "predictions")   # what a change touches, for wait_for
MAX_BATCH = 500
GONE = ("project.deleted_not_rewritten", "project.replaced_not_rewritten")   # the file that had gone, not written again
_STOP = object()


class ProjectRestored(ProjectError):
    """Not a failure: the project file had gone and was written again, with everything (see the module)."""

    saved_too = False   # the same step wrote what was held: ``on_saved`` was called for it just before this news


class FileBehind(ProjectError):
    """Not a failure of a commit: it is in the project's ``-wal`` file, but the file itself could not take it (see the
    module); the two files must be kept together until there is room."""


class FileCaughtUp(ProjectError):
    """Not a failure: after a :class:`FileBehind`, a checkpoint copied everything into the project file itself (room
    again): it no longer needs its ``-wal`` beside it."""


class Write:
    """One change: ``fn(conn)`` in a transaction. ``decision`` is ``(key, Decision | None)`` for a decision; ``decisions``
    holds it, or every decision of a change made of several (an undo step and its decisions, one transaction)."""

    __slots__ = ("fn", "kinds", "what", "decisions", "sync", "seq", "finished", "error")

    def __init__(self, fn: Callable | None, kinds: Iterable[str] = KINDS, what: str = "a change",
                 decision: tuple | None = None, sync: bool = False) -> None:
        self.fn = fn
        self.kinds = tuple(kinds)
        self.what = what
        self.decisions: tuple = () if decision is None else (decision,)
        self.sync = sync
        self.seq = 0
        self.finished = threading.Event() if sync else None
        self.error: BaseException | None = None


class ProjectWriter:
    """The writer thread of one open project file (see the module's docstring)."""

    def __init__(self, conn: sqlite3.Connection, name: str, file_lock=None, path: Path | None = None) -> None:
        self.name = name
        self._conn = conn
        self.path = None if path is None else Path(path)   # where the project is written now
        self.restored = 0                                   # how many times it was written again (see the module)
        self._identity = _identity(self.path)
        self._stem = None if self.path is None else self.path.stem   # "<stem> (recovered).grader-project" beside it
        self._file_lock = file_lock      # released by the writer itself, after its last commit
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._cond = threading.Condition()
        self._seq = 0                    # the last change submitted
        self._done = 0                   # every change up to this one has been tried
        self._last = dict.fromkeys(KINDS, 0)
        self._open = True
        self.held: list[Write] = []      # changes whose commit failed, in order; tried again first
        self.last_error: ProjectError | None = None
        self._closing: ProjectError | None = None   # the file gone at close and not written again
        self.on_error: Callable[[ProjectError], None] | None = None
        self.on_saved: Callable[[], None] | None = None   # what was held is written (writer thread; must not block)
        self._refused = False            # a change waited for failed for the file: on_saved at the next commit
        self._held_said = False          # the held changes' failure was said (not only the file's): kept up to date
        self._news: list[ProjectRestored] = []   # the file written again this step: told at its end (_tell_news)
        self._saved_now = False          # this step wrote what was held: on_saved at its end (_tell_news), once
        self._saved_due = False          # ...and not told yet
        self._behind_said = False        # a failed checkpoint was said (FileBehind): once for this project
        self._thread = threading.Thread(target=self._run, name=f"project writer {name}", daemon=True)
        self._thread.start()

    # ----- the caller's side ---------------------------------------------------------------------
    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def submit(self, write: Write) -> Write:
        """Queue ``write`` behind every change submitted before it; returns at once."""
        with self._cond:
            if not self._open:
                raise ProjectError.said("project.closed")
            self._seq += 1
            write.seq = self._seq
            for kind in write.kinds:
                self._last[kind] = self._seq
            self._queue.put(write)       # under the condition: queue order is seq order
        return write

    def call(self, fn: Callable, kinds: Iterable[str] = KINDS, what: str = "a change") -> None:
        """Commit ``fn(conn)`` after everything queued before it, in its own transaction; raise its error."""
        write = self.submit(Write(fn, kinds, what, sync=True))
        self._wait(write, None)
        if write.error is not None:
            raise write.error

    def wait_for(self, kinds: Iterable[str] = KINDS, timeout: float | None = None) -> bool:
        """Wait until every change of ``kinds`` submitted so far has been tried; False on timeout."""
        if threading.current_thread() is self._thread:
            return True
        with self._cond:
            target = max((self._last[k] for k in kinds), default=0)
            return self._cond.wait_for(lambda: self._done >= target or not self._thread.is_alive(), timeout)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait for the queue and try the held changes again; True when nothing is left unwritten."""
        if threading.current_thread() is self._thread:
            return not self.held
        try:
            write = self.submit(Write(None, (), sync=True))
        except ProjectError:
            return not self.held
        return self._wait(write, timeout) and not self.held

    def try_again(self) -> threading.Event | None:
        """:meth:`flush` without waiting: the writer tries what it holds again; the event is set once it has (None if
        closed). What came of it reaches ``on_saved`` and ``on_error`` as any write's news."""
        try:
            return self.submit(Write(None, (), sync=True)).finished
        except ProjectError:
            return None

    @property
    def holding(self) -> bool:
        """Changes are held, or the file that had gone is not written again yet (no disk access: any thread may ask)."""
        error = self.last_error
        return bool(self.held) or (error is not None and error.kind in GONE)

    def close(self, timeout: float) -> ProjectError | None:
        """Stop taking changes, write what is queued or held (one more try), close the connection and
        release the lock. Waits at most ``timeout`` seconds; returns None or what could not be written."""
        with self._cond:
            if not self._open:
                return None
            self._open = False
            self._queue.put(_STOP)
        self._thread.join(timeout)
        if self._thread.is_alive():   # the disk hangs: the writer closes and unlocks once it is done
            return ProjectError.said("project.still_writing", name=self.name, count=self._queue.qsize() + 1)
        if self.held:
            return self.failure(self.last_error, closing=True)
        return self._closing   # None, or the file that had gone could not be written again

    def unsaved(self) -> dict:
        """The decisions whose commit failed (latest per answer), by answer key."""
        out: dict = {}
        for w in list(self.held):
            for key, decision in w.decisions:
                out.pop(key, None)
                out[key] = decision
        return out

    def failure(self, error: ProjectError | None, closing: bool = False) -> ProjectError:
        """What the teacher is told about the held changes (said with its kind: the window translates it)."""
        return unsaved_failure(self.name, len(self.unsaved()), [w.what for w in self.held], error, closing)

    def _wait(self, write: Write, timeout: float | None) -> bool:
        assert write.finished is not None
        if timeout is not None:
            return write.finished.wait(timeout)
        while not write.finished.wait(0.5):
            if not self._thread.is_alive():   # pragma: no cover - the writer never ends while open
                return False
        return True

    # ----- the writer thread ---------------------------------------------------------------------
    def _run(self) -> None:
        carry = None
        try:
            while True:
                item = carry if carry is not None else self._queue.get()
                carry, self._saved_now = None, False
                if item is _STOP:   # what is held, or a file deleted since the last change, is written once more
                    if self.held:
                        self._attempt(list(self.held))
                    else:
                        self._closing = self._check_file()
                    self._tell_news()
                    break
                batch = [item]
                while not item.sync and len(batch) < MAX_BATCH:
                    try:
                        nxt = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if nxt is _STOP or nxt.sync:
                        carry = nxt
                        break
                    batch.append(nxt)
                self._process(batch)
        finally:
            self._finish()

    def _process(self, batch: list[Write]) -> None:
        first = batch[0]
        if first.sync:
            if self.held:
                self._attempt(list(self.held))
            elif first.fn is None and self.holding and self._check_file() is None:   # nothing held: a flush, or
                self.last_error = None   # try_again, writes the file that had gone again if it can, as a commit would
            if first.fn is not None:
                failed = self._commit([first])
                if failed is not None:   # raised to the caller, as a write on its own thread would
                    exc = failed[1]
                    first.error = as_project_error(self.name, exc) if isinstance(exc, sqlite3.Error) else exc
                    self._refused = self._refused or isinstance(exc, (sqlite3.Error, ProjectError))
                else:
                    self._wrote(False)
                    self._check_file()
        else:
            self._attempt(self.held + batch)
        self._tell_news()
        with self._cond:
            self._done = max(w.seq for w in batch)
            self._cond.notify_all()
        if first.finished is not None:
            first.finished.set()

    def _attempt(self, writes: list[Write]) -> None:
        """Commit ``writes`` in one transaction; on failure hold them all (in order) and report."""
        dropped = False
        while writes:
            failed = self._commit(writes)
            if failed is None:
                break
            culprit, exc = failed
            if culprit is not None and not isinstance(exc, sqlite3.Error):
                # not the disk: this change can never be written; leave it out and write the rest
                writes = [w for w in writes if w is not culprit]
                dropped = True
                self._report(ProjectError.said("project.change_failed", what=parts([culprit.what]), name=self.name,
                                               why=f"{type(exc).__name__}: {exc}"))
                continue
            grew, self.held = len(writes) > len(self.held), writes
            if exc is not self.last_error:
                error = as_project_error(self.name, exc)
                self.last_error = error
                self._held_said = True
                self._report(self.failure(error), error)
            elif grew and self._held_said:   # the file had gone and could not be written again (said so), and what
                self._report(self.failure(exc), exc)   # was held before it is said: said again, counting what joined it
            return
        had, self.held, self._held_said = bool(self.held), [], False
        if not dropped:
            self.last_error = None
        self._wrote(had)
        self._check_file()

    def _wrote(self, had: bool) -> None:
        """A commit went in: ``on_saved`` if it wrote what a failed commit held (``had``) or follows a refused call, told
        at the end of the step, once the file it wrote is where it stays (it may be written again beside it: its name)."""
        if had or self._refused:
            self._refused, self._saved_now, self._saved_due = False, True, True

    def _commit(self, writes: list[Write]) -> tuple[Write | None, BaseException] | None:
        """:meth:`_transaction`, tried once more in the file written again if SQLite failed as the file had gone;
        if it could not be written again, the failure is that sentence (said already, and ``last_error``)."""
        failed = self._transaction(writes)
        if failed is None or not isinstance(failed[1], sqlite3.Error) or not self._moved():
            return failed
        problem = self._check_file()
        return self._transaction(writes) if problem is None else (None, problem)

    def _moved(self) -> bool:
        """Does the path no longer name the file the writer writes (deleted, replaced, moved away)?"""
        return self.path is not None and _identity(self.path) != self._identity

    def _check_file(self) -> ProjectError | None:
        """Write the project again if its file was deleted or replaced (see the module); what failed if it could not."""
        if self.path is None or not self._moved():
            return None
        gone = not os.path.lexists(self.path)
        target = self.path if gone else _free_beside(self.path, self._stem)
        try:
            new = _copy_project(self._conn, target)
        except (OSError, sqlite3.Error) as exc:
            self.last_error = ProjectError.said("project.deleted_not_rewritten" if gone else "project.replaced_not_rewritten",
                                                name=self.name, why=exc)
            self._report(self.last_error, self.last_error)
            return self.last_error
        old, self._conn = self._conn, new
        old.close()
        if gone:   # the deleted file's WAL names must not be read as the new file's after a crash
            for leftover in (f"{target}-wal", f"{target}-shm"):
                try:
                    os.unlink(leftover)
                except OSError:
                    pass
        before, self.path, self.name, self._identity = self.name, target, target.name, _identity(target)
        self.restored += 1
        self._news.append(ProjectRestored.said("project.rewritten", name=before) if gone else   # no error: last_error stays
                          ProjectRestored.said("project.rewritten_beside", name=before, recovered=target.name))
        return None

    def _transaction(self, writes: list[Write]) -> tuple[Write | None, BaseException] | None:
        """None when committed, else (the change that raised, or None for BEGIN/COMMIT, the exception)."""
        conn = self._conn
        add_unversioned(conn)   # what a full disk kept from the file before: tried again, on its own
        current = None
        try:
            conn.execute("BEGIN IMMEDIATE")
            for w in writes:
                current = w
                if w.fn is not None:
                    w.fn(conn)
            current = None
            conn.execute("COMMIT")
        except Exception as exc:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            return current, exc
        self._checkpoint()
        return None

    def _checkpoint(self) -> None:
        """Copy what the WAL holds into the file itself; if the disk refuses, say once that the file is behind, and
        once it has taken in every page (room again), that it has caught up (a later refusal is said again)."""
        try:
            row = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:
            if not self._behind_said and self.on_error is not None:   # said once someone listens (the window binds
                self._behind_said = True                                # the store after its setup was committed)
                self._tell(FileBehind.said("project.file_behind", name=self.name, wal=self.name + "-wal", why=exc))
            return
        if self._behind_said and row is not None and row[1] == row[2]:   # (busy, pages in the WAL, pages copied)
            self._behind_said = False
            self._tell(FileCaughtUp.said("project.file_caught_up", name=self.name, wal=self.name + "-wal"))

    def _report(self, sentence: ProjectError, error: ProjectError | None = None) -> None:
        if error is None:
            self.last_error = sentence
        self._tell_news()   # a failure after the file was written again comes after that news, as it happened
        self._tell(sentence)

    def _tell_news(self) -> None:
        """What the step did, at its end: ``on_saved`` if it wrote what was held, then the news of the file written again,
        whichever came first (``saved_too`` if the step wrote what was held: the caller may say both as one)."""
        if self._saved_due:
            self._saved_due = False
            self._tell_saved()
        news, self._news = self._news, []
        for restored in news:
            restored.saved_too = self._saved_now
            self._tell(restored)

    def _tell(self, sentence: ProjectError) -> None:
        fn = self.on_error
        if fn is not None:
            try:
                fn(sentence)
            except Exception:   # a listener gone (its window closed) must not stop the writer
                pass

    def _tell_saved(self) -> None:
        fn = self.on_saved
        if fn is not None:
            try:
                fn()
            except Exception:   # as in _tell
                pass

    def _finish(self) -> None:
        try:
            self._conn.close()
        finally:
            if self._file_lock is not None:   # only now may another window or process write
                self._file_lock.release()
                self._file_lock = None
            with self._cond:
                self._open = False
                self._cond.notify_all()
