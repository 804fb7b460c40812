"""The project file: a grading session kept in SQLite beside the teacher's sheet.

``<sheet stem>.grader-project`` holds the column choices, which model scores each question, the thresholds,
the model's predictions and every decision the teacher made, committed within milliseconds of the session
announcing it (WAL journal, ``synchronous=FULL``) and also appended to a log with its time; a file deleted
or replaced while open is written again from memory (:mod:`.project_writer`).

No write waits for the disk on the GUI thread: decisions, comments waiting for a score, thresholds,
the blind-marking switch and the comment bank are queued to the store's writer thread (:mod:`.project_writer`), which commits them
in the order they were made (queued ones together); setup and predictions, written on workers, wait
for their commit and raise. Reads use a second connection, after every write of what they read made
before them has been tried. A failed write stays in memory (``unsaved``, ``last_error``), is tried
again with the next write or :meth:`ProjectStore.flush`, and ``on_error`` hears one sentence, from the
writer thread. :meth:`ProjectStore.close` waits (bounded) for the queue and returns what it could not write.

One writer at a time: :meth:`ProjectStore.open` takes an OS lock on the project while the store is open
(:mod:`.lock`; a ``<project>-lock`` file beside it). A second window or process is refused with :class:`ProjectLocked`
(one sentence); a crashed or killed holder never blocks the next open. ``open(path, read_only=True)`` reads without
the lock and refuses every write.

Pure Python and :mod:`sqlite3`; no Qt. Nothing here is ever unpickled: values are JSON text. Schema, version and
errors: :mod:`.project_schema`; how a session's rows are written and read back: :mod:`.project_records`; which sheet
and columns they belong to (the check that a sheet is the project's; a sheet that lost a column the project was made
with: :mod:`.project_columns`): :mod:`.project_match`; the decisions as the session makes them (one write for those of
one step, a group's score): :mod:`.project_decisions`; the column choices, models, thresholds and blind marking:
:mod:`.project_setup`; the comment bank and the comments waiting for a score: :mod:`.project_comments`; the undo steps,
each written with its decisions: :mod:`.project_undo`; a project saved by an older Grader (its first-name column, its
rows that are no student): :mod:`.project_upgrade`; one saved by a Grader that read the sheet otherwise (an empty
question cell, a number under a format): :mod:`.project_before`.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
import weakref
from contextlib import contextmanager
from pathlib import Path

from ..core.session import Decision, GradingSession
from .project_comments import ProjectComments
from .project_decisions import ProjectDecisions
from .project_columns import LeftBehind
from .project_match import ProjectMatch
from .project_predictions import models_of, prediction_rows, write_predictions
from .project_readback import LeftOut, meta_value
from .project_records import restore_rows, set_meta, stamp
from .project_schema import (SCHEMA_VERSION, SUFFIX, ProjectError, ProjectLocked, connect, connect_read_only, in_data_folder,
                             read_failed)
from .project_setup import (ProjectSetup, load_export_titles, rekey_pulled_out, stored_fit_history,
                            restore_scales, stored_pulled_out)
from .project_undo import ProjectUndo, read_steps
from .project_upgrade import not_students, rekey_setting_aside
from .project_problems import disk_full
from .project_open import NewFiles, open_for_writing
from .project_writer import KINDS, FileBehind, FileCaughtUp, ProjectRestored, ProjectWriter, Write

__all__ = ["SCHEMA_VERSION", "SUFFIX", "FileBehind", "FileCaughtUp", "ProjectError", "ProjectLocked", "ProjectRestored",
           "ProjectStore", "project_path_for"]


def project_path_for(sheet_path: str | os.PathLike) -> Path:
    """Where the project of a sheet lives: beside it, or in the user's data folder if that is read-only."""
    sheet_path = Path(sheet_path).absolute()
    beside = sheet_path.with_name(sheet_path.stem + SUFFIX)
    if beside.exists() or _folder_writable(sheet_path.parent):
        return beside
    return in_data_folder(sheet_path)


def _folder_writable(folder: Path) -> bool:
    """Try it: create and remove a file (os.access is wrong for root and on some network drives)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".grader-probe-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    try:
        os.unlink(tmp)
    except OSError:
        pass
    return True


CLOSE_WAIT = 20.0   # seconds close() waits for the writer before it reports what is not written yet


class ProjectStore(ProjectMatch, ProjectSetup, ProjectComments, ProjectDecisions, ProjectUndo):
    """One open project file. Use :meth:`open`; call :meth:`close` when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, file_lock=None, read_only: bool = False,
                 read_conn: sqlite3.Connection | None = None) -> None:
        """``conn`` writes (on the writer thread) and ``read_conn`` reads; a read-only store reads ``conn``."""
        self._path = Path(path)
        self._file_lock = file_lock   # held until the writer's last commit: no other window or process writes meanwhile
        self.read_only = read_only
        self._writer = None if read_only else ProjectWriter(conn, self._path.name, file_lock, path=self._path)
        self._conn: sqlite3.Connection | None = conn if read_only else read_conn
        self._lock = threading.RLock()   # one reader at a time on the read connection
        self._restored = 0               # the writer's ``restored`` the read connection was opened at
        self._attached: list[tuple[list, object]] = []   # (a session's listeners, the store's listener there)
        self._close_error: ProjectError | None = None
        self.dropped_answers: list[int] = []   # set by restore(): edited answers whose decisions were dropped
        self.set_aside: list[dict] = []        # set by restore(): decisions and comments on rows that are no student
        self.left_out = LeftOut()              # set by restore(): saved decisions and thresholds that could not be read
        self.model_changes: list = []          # set by restore(): questions whose stored rows another model made
        self.left_behind = LeftBehind()        # set by check(partial=True): what other columns do not hold
        self.pulled_out: set[int] = set()      # set by restore(), kept by save_pulled_out(): answers out of their group
        self.fit_history: dict = {}            # set by restore(), kept by save_fit_history(): question -> its fits
        self.export_titles: tuple[str | None, dict[str, str]] = (None, {})   # restore(), save_export_titles()
        self.undo_steps: list = []             # set by restore(): the undo steps kept, found in the session
        self.kept_settings: dict = {}          # read once, kept: the blind-marking switch and seed (project_setup)
        self.journal_mode = ""  # "wal", or the rollback journal where WAL is not possible
        self._made: NewFiles | None = None   # what opening it made, if there was no project yet: undone by give_up()
        if self._writer is not None:   # a store never closed still writes its queue and lets go of the lock
            weakref.finalize(self, self._writer.close, CLOSE_WAIT)

    @property
    def path(self) -> Path:   # where the writer writes now: it may have written the file again elsewhere
        return (self._writer.path if self._writer is not None else None) or self._path

    @property
    def unsaved(self) -> dict[int, Decision | None]:
        """Decisions a failed write left in memory only (tried again with the next write or flush)."""
        return self._writer.unsaved() if self._writer is not None else {}

    @property
    def held_changes(self) -> list[str]:
        """What each change a failed write left in memory is (``Write.what``: "your decision", "the thresholds"...), once."""
        return list(dict.fromkeys(w.what for w in list(self._writer.held))) if self._writer is not None else []

    @property
    def last_error(self) -> ProjectError | None:
        """Why the last write failed, while something is unsaved (None once all is written)."""
        return self._close_error or (self._writer.last_error if self._writer is not None else None)

    @property
    def on_error(self):
        """Called from the writer thread with one sentence (a ProjectError) when a write fails; must not block."""
        return self._writer.on_error if self._writer is not None else None

    @on_error.setter
    def on_error(self, fn) -> None:
        if self._writer is not None:
            self._writer.on_error = fn

    @property
    def on_saved(self):
        """Called from the writer thread, without arguments, once what a failed write left unsaved is written, or a
        write goes in after the file refused a change waited for (the scores: their caller tries again); must not
        block."""
        return self._writer.on_saved if self._writer is not None else None

    @on_saved.setter
    def on_saved(self, fn) -> None:
        if self._writer is not None:
            self._writer.on_saved = fn

    # ----- opening ------------------------------------------------------------------------
    @classmethod
    def exists(cls, path: str | os.PathLike) -> bool:
        return Path(path).is_file() and Path(path).stat().st_size > 0

    @classmethod
    def open(cls, path: str | os.PathLike, read_only: bool = False) -> "ProjectStore":
        """Open (or create) a project file; raise ProjectError if it is not one this app can use.

        The store holds the project's lock until :meth:`close`; ProjectLocked (one sentence) if
        another window or process has it. ``read_only=True`` takes no lock, creates nothing and
        refuses every write (for a quick look, e.g. which sheet a project belongs to).
        """
        path = Path(path)
        if path.is_dir():
            raise ProjectError.said("project.is_folder", name=path.name)
        if read_only:
            return cls._open_read_only(path)
        made = NewFiles(path)
        conn, read_conn, file_lock = open_for_writing(path, made)
        journal_mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        store = cls(path, conn, file_lock, read_conn=read_conn)   # conn now belongs to the writer thread
        store.journal_mode = journal_mode
        store._made = made
        return store

    @property
    def created(self) -> bool:
        """Did this store create its project (there was no file, or an empty one, when it was opened)?"""
        return bool(self._made)

    def give_up(self, problem: BaseException) -> BaseException:
        """Close the store after setting up a session in it failed with ``problem``; the file, if this store created
        it, is removed again, or emptied again if it was an empty file (it holds nothing of the teacher's yet). Returns
        what to raise: ``problem``, or, if it means the disk is full, the sentence that says so."""
        self.close()
        if self._made and self.path == self._path:
            self._made.undo()
        if isinstance(problem, (ProjectError, OSError, sqlite3.Error)) and disk_full(problem, self._path.parent):
            return ProjectError.said("project.disk_full", name=self._path.name)
        return problem

    @classmethod
    def _open_read_only(cls, path: Path) -> "ProjectStore":
        conn = connect_read_only(path)
        store = cls(path, conn, read_only=True)
        store.journal_mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        return store

    @property
    def locked(self) -> bool:
        """Does this store hold the project's lock (False when read-only or the OS cannot lock)?"""
        return self._file_lock is not None and self._file_lock.held

    @property
    def schema_version(self) -> int:
        return self._one("PRAGMA user_version", kinds=())

    def close(self, timeout: float = CLOSE_WAIT) -> str:
        """Detach, write what is queued (waiting at most ``timeout`` s), close and release the lock.

        Returns "" or the English sentence saying what could not be written; ``last_error`` keeps it as
        the problem itself (its kind and values: the window says it in the teacher's language). The read connection
        closes first, so the WAL's checkpoint (made by the last connection to close) runs on the writer thread, within
        ``timeout``: it ran on the caller's, the GUI thread at quit, for as long as the disk took (QA s52g finding 7).
        """
        with self._lock:
            for listeners, fn in self._attached:
                if fn in listeners:
                    listeners.remove(fn)
            self._attached.clear()
            if self._conn is not None and self._writer is not None:
                self._conn.close()
                self._conn = None
            problem = self._writer.close(timeout) if self._writer is not None else None
            if problem is not None:
                self._close_error = problem
            if self._conn is not None:   # a read-only store's one connection
                self._conn.close()
                self._conn = None
            return "" if problem is None else str(problem)

    def __enter__(self) -> "ProjectStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ----- helpers -------------------------------------------------------------------------
    def _db(self, kinds=KINDS) -> sqlite3.Connection:
        """The read connection, once every write of ``kinds`` made so far has been tried (hold ``_lock``)."""
        if self._conn is None:
            raise ProjectError.said("project.closed")
        if self._writer is not None:
            self._writer.wait_for(kinds)
            if self._writer.restored != self._restored:   # the file had gone and was written again
                self._conn.close()
                self._restored = self._writer.restored
                self._conn = connect(str(self.path), timeout=10.0, check_same_thread=False, isolation_level=None)
        return self._conn

    @contextmanager
    def _read(self, kinds=KINDS):
        """The read connection under ``_lock``; a damaged page or a failed read becomes one sentence (ProjectError)."""
        with self._lock:
            try:
                yield self._db(kinds)
            except sqlite3.DatabaseError as exc:
                raise read_failed(self.path.name, exc) from None

    def _one(self, sql: str, args=(), kinds=KINDS):
        with self._read(kinds) as db:
            row = db.execute(sql, args).fetchone()
        return row[0] if row else None

    def _writable(self) -> ProjectWriter:
        if self.read_only:
            raise ProjectError.said("project.read_only", name=self.path.name)
        if self._conn is None or self._writer is None:
            raise ProjectError.said("project.closed")
        return self._writer

    def _write(self, fn, kinds=KINDS, what: str = "a change", decision: tuple | None = None,
               decisions: tuple = ()) -> None:
        """Queue ``fn(conn)`` for the writer (in the :meth:`one_write` open); returns at once (failures reach ``on_error``).
        ``decision``: the (key, decision) it writes, ``decisions``: those it writes (kept in memory if it fails)."""
        writer, write = self._writable(), Write(fn, kinds, what, decision)
        write.decisions += decisions
        if not self._gathered(write):
            writer.submit(write)

    def _call(self, fn, what: str = "a change") -> None:
        """Run ``fn(conn)`` on the writer thread in one transaction and wait for it; ProjectError if it fails."""
        self._writable().call(fn, KINDS, what)

    def _meta(self, name: str, kinds=KINDS):
        value = self._one("SELECT value FROM meta WHERE name=?", (name,), kinds)
        return meta_value(value, self.path.name) if value is not None else None

    def decision_count(self) -> int:
        return self._one("SELECT count(*) FROM decisions", kinds=("decisions",))

    # ----- session -------------------------------------------------------------------------
    @staticmethod
    def _stamp(conn: sqlite3.Connection, session: GradingSession) -> None:
        """(On the writer thread.)"""
        stamp(conn, session)
        if conn.execute("SELECT 1 FROM meta WHERE name='mapping'").fetchone() is None:
            set_meta(conn, "mapping", session.mapping.to_dict())

    def save_predictions(self, session: GradingSession) -> None:
        """Replace the stored predictions with the session's, in one transaction; waits for the commit.

        Runs on a worker thread, committed on the writer thread after the decisions queued before them. The session
        is read as it goes: hand over one nobody changes meanwhile (:meth:`GradingSession.snapshot`, taken on the thread
        that owns the session), else the rows may be one moment's and the models named as theirs a later one's.
        """
        keymap = self.check(session)
        rows, models = prediction_rows(session), models_of(session)

        def do(conn):
            if keymap is not None:
                rekey_setting_aside(conn, keymap, session)
                rekey_pulled_out(conn, keymap)
            self._stamp(conn, session)
            write_predictions(conn, rows, models)
        self._call(do, "the scores")

    @property
    def holding(self) -> bool:
        """The writer holds changes it could not write, or the file that had gone is not written again yet: what
        :meth:`try_again` tries (asked without touching the disk)."""
        return self._writer is not None and self._writer.holding

    def try_again(self) -> threading.Event | None:
        """Have the writer try what it holds again, without waiting (:meth:`flush` waits); the event is set once it has
        tried (None if the project is closed); what came of it reaches ``on_saved`` and ``on_error``."""
        if self._writer is None or self._conn is None:
            return None
        return self._writer.try_again()

    def flush(self, timeout: float | None = None) -> bool:
        """Wait for every queued write and try the unsaved ones again; True when nothing is left unsaved."""
        if self._writer is None or self._conn is None:
            return not self.unsaved
        return self._writer.flush(timeout)

    def restore(self, session: GradingSession, partial: bool = False) -> dict[str, int]:
        """Put stored predictions, decisions, waiting comments and thresholds back into ``session`` (unannounced).

        Everything goes in through the session's own mutators (``set_predictions``, ``load_decisions``,
        ``load_waiting_comments``, ``set_thresholds``, which clamps), so its flags and status cache stay
        right. A prediction is restored only if the model that made it still scores its question (else the answer is
        scored again: ``model_changes`` says where another model made them, :mod:`.project_predictions`). Answers the
        teacher edited in the sheet since lose their stored decision (counted as ``dropped``; the log keeps it) and
        waiting comment; answers that only moved keep theirs; a value that cannot be read is left out (``left_out``,
        :mod:`.project_readback`). Returns how many predictions, decisions and thresholds were restored, decisions
        dropped (``dropped_answers``: which answers), values left out, and decisions and comments on rows that are no
        student (``set_aside``: which; kept in the file when attached); the waiting comments restored are the
        session's ``waiting_comments``; the answers pulled out of their group are ``pulled_out`` (the session's keys),
        the fits' estimates ``fit_history``, the undo steps kept ``undo_steps``; the scales set, the session's.
        ``partial``: as :meth:`check` (the decisions ``left_behind`` are not counted dropped)."""
        keymap = self.check(session, partial)
        with self._read() as db:
            self.set_aside = not_students(db, session, keymap)
            back = restore_rows(db, session, keymap, {e["key"] for e in self.set_aside} | self.left_behind.keys)
            self.dropped_answers, self.left_out, self.model_changes = back.edited, back.left_out, back.models
            moved = (lambda k: k) if keymap is None else keymap.get
            self.pulled_out = {k for old in stored_pulled_out(db) if (k := moved(old)) is not None
                               and 0 <= k < len(session.answers)}
            self.fit_history, self.export_titles = stored_fit_history(db), load_export_titles(db)
            self.undo_steps = read_steps(db, session)
            restore_scales(db, session)
        return {**back.counts, "set_aside": len(self.set_aside)}

