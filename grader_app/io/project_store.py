"""The project file: a grading session kept in SQLite beside the teacher's sheet.

``<sheet stem>.grader-project`` holds the column choices, which model scores each question, the
thresholds, the model's predictions and every decision the teacher made. A decision is committed
the moment the session announces it (WAL journal, ``synchronous=FULL``), so killing the app
mid-review loses nothing. Every change of a decision is also appended to a log with its time.

One writer at a time: :meth:`ProjectStore.open` takes an OS lock on the project for as long as
the store is open (:mod:`.lock`; a ``<project>-lock`` file beside it). A second window or process
is refused with :class:`ProjectLocked` (one sentence); a crashed or killed holder never blocks the
next open. ``open(path, read_only=True)`` reads without the lock and refuses every write.

Pure Python and :mod:`sqlite3`; no Qt. Nothing here is ever unpickled: values are JSON text.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import threading
from collections import defaultdict, deque
from datetime import datetime, timezone
from pathlib import Path

from ..core.session import Decision, GradingSession
from ..errors import GraderError
from ..core.sheet import ColumnMapping
from ..paths import user_data_dir
from .lock import LockHeld, acquire

SUFFIX = ".grader-project"
SCHEMA_VERSION = 1
APPLICATION_ID = 0x47524452  # "GRDR", marks the file as ours (PRAGMA application_id)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS thresholds (
    item  TEXT PRIMARY KEY,
    value REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS predictions (
    answer_key    INTEGER PRIMARY KEY,
    item          TEXT NOT NULL,
    bundle_id     TEXT,
    labels        TEXT NOT NULL,
    probabilities TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS decisions (
    answer_key INTEGER PRIMARY KEY,
    score      TEXT NOT NULL,
    comment    TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS answers (
    answer_key INTEGER PRIMARY KEY,
    digest     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS decision_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_key INTEGER NOT NULL,
    score      TEXT,
    comment    TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT '',
    logged_at  TEXT NOT NULL
);
"""


class ProjectError(GraderError):
    """A project file that cannot be used; the message is one plain sentence."""


class ProjectLocked(ProjectError):
    """Another Grader window or process has the project open (and so is the one writing it)."""


def project_path_for(sheet_path: str | os.PathLike) -> Path:
    """Where the project of a sheet lives: beside it, or in the user's data folder if that is read-only."""
    sheet_path = Path(sheet_path).absolute()
    beside = sheet_path.with_name(sheet_path.stem + SUFFIX)
    if beside.exists() or _folder_writable(sheet_path.parent):
        return beside
    digest = hashlib.sha256(str(sheet_path).encode("utf-8")).hexdigest()[:16]
    return user_data_dir() / "projects" / f"{sheet_path.stem}-{digest}{SUFFIX}"


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


def answers_fingerprint(session: GradingSession) -> str:
    """A hash of what every answer key stands for (row, column, question, text)."""
    h = hashlib.sha256()
    for a in session.answers:
        h.update(json.dumps([a.key, a.row, a.column, a.item, a.text], ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def _reason(exc: Exception) -> str:
    """The 'what to do' half of a store error, for a sentence that adds its own first half."""
    text = str(exc)
    return text.split("; ", 1)[1] if "; " in text else "check the disk has room and the file is not read-only"


def answer_digests(session: GradingSession) -> list[str]:
    """Per answer, a hash of what it is (column, question, student, text), not where it sits."""
    return [hashlib.sha256(json.dumps([a.column, a.item, a.student, a.text], ensure_ascii=False).encode("utf-8"))
            .hexdigest()[:24] for a in session.answers]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _num(v):
    return v.item() if hasattr(v, "item") else v  # numpy scalars to plain numbers


def _dump_score(score) -> str:
    return json.dumps(_num(score))


def _load_score(text: str, labels) -> object:
    value = json.loads(text)
    for lab in labels or ():
        if lab == value:
            return lab  # keep the label's own type (int 2, not 2.0)
    return value


class ProjectStore:
    """One open project file. Use :meth:`open`; call :meth:`close` when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, file_lock=None, read_only: bool = False) -> None:
        self.path = Path(path)
        self._conn = conn
        self._file_lock = file_lock   # held until close(): no other window or process writes meanwhile
        self.read_only = read_only
        self._lock = threading.RLock()
        self._attached: list[tuple[GradingSession, object]] = []
        self.unsaved: dict[int, Decision | None] = {}  # decisions a failed write left in memory only
        self.last_error: ProjectError | None = None
        self.journal_mode = ""  # "wal", or the rollback journal where WAL is not possible

    # ----- opening ------------------------------------------------------------------------
    @classmethod
    def exists(cls, path: str | os.PathLike) -> bool:
        p = Path(path)
        return p.is_file() and p.stat().st_size > 0

    @classmethod
    def open(cls, path: str | os.PathLike, read_only: bool = False) -> "ProjectStore":
        """Open (or create) a project file; raise ProjectError if it is not one this app can use.

        The store holds the project's lock until :meth:`close`; ProjectLocked (one sentence) if
        another window or process has it. ``read_only=True`` takes no lock, creates nothing and
        refuses every write (for a quick look, e.g. which sheet a project belongs to).
        """
        path = Path(path)
        if path.is_dir():
            raise ProjectError(f"{path.name} is a folder, not a project file; choose the .grader-project file")
        if read_only:
            return cls._open_read_only(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProjectError(f"the project file {path.name} cannot be opened ({exc}); check that its folder is writable") from None
        try:
            file_lock = acquire(path)
        except LockHeld:
            raise ProjectLocked(f"{path.name} is already open in another Grader window; close the sheet there "
                                "first, then open it here again") from None
        try:
            conn = sqlite3.connect(str(path), timeout=10.0, check_same_thread=False, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            if file_lock is not None:
                file_lock.release()
            raise ProjectError(f"the project file {path.name} cannot be opened ({exc}); check that its folder is writable") from None
        try:
            cls._prepare(conn, path)
        except BaseException as exc:
            conn.close()
            if file_lock is not None:
                file_lock.release()
            if isinstance(exc, sqlite3.OperationalError):
                raise ProjectError(f"the project file {path.name} cannot be written ({exc}); copy the sheet to a "
                                   "folder you can write to, such as Documents, and open it from there") from None
            if isinstance(exc, sqlite3.DatabaseError):
                raise ProjectError(f"{path.name} is not a Grader project file or is damaged; move it aside and "
                                   "open the sheet again") from None
            raise
        store = cls(path, conn, file_lock)
        store.journal_mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        return store

    @classmethod
    def _open_read_only(cls, path: Path) -> "ProjectStore":
        if not path.is_file():
            raise ProjectError(f"there is no project file {path.name}; open the sheet of answers instead")
        conn = None
        try:
            conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True, timeout=10.0,
                                   check_same_thread=False, isolation_level=None)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            raise ProjectError(f"{path.name} cannot be read ({exc}); it may not be a Grader project file") from None
        if app_id != APPLICATION_ID or version > SCHEMA_VERSION:
            conn.close()
            raise ProjectError(f"{path.name} is not a Grader project this version can read; open the sheet of "
                               "answers instead")
        store = cls(path, conn, read_only=True)
        store.journal_mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        return store

    @property
    def locked(self) -> bool:
        """Does this store hold the project's lock (False when read-only or the OS cannot lock)?"""
        return self._file_lock is not None and self._file_lock.held

    @staticmethod
    def _prepare(conn: sqlite3.Connection, path: Path) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables and app_id != APPLICATION_ID:
            raise ProjectError(f"{path.name} is an SQLite file but not a Grader project; choose another file name")
        if version > SCHEMA_VERSION:
            raise ProjectError(f"{path.name} was saved by a newer Grader (project version {version}); update Grader to open it")
        # WAL needs shared memory; on some network drives SQLite keeps its rollback journal,
        # which with synchronous=FULL is just as durable (only slower). Either way is fine.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        if version < SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for stmt in _SCHEMA.split(";"):
                    if stmt.strip():
                        conn.execute(stmt)
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                conn.execute("INSERT OR IGNORE INTO meta(name, value) VALUES ('created', ?)", (_now(),))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            for session, fn in self._attached:
                if fn in session.listeners:
                    session.listeners.remove(fn)
            self._attached.clear()
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            if self._file_lock is not None:   # only now may another window or process write
                self._file_lock.release()
                self._file_lock = None

    def __enter__(self) -> "ProjectStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ----- helpers -------------------------------------------------------------------------
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ProjectError("the project file is already closed; open the sheet again")
        return self._conn

    def _write(self, fn) -> None:
        """Run ``fn(conn)`` in one transaction, turning disk errors into one sentence."""
        with self._lock:
            conn = self._db()
            if self.read_only:
                raise ProjectError(f"{self.path.name} was opened read-only here, so nothing was written; "
                                   "open the sheet itself to make changes")
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    fn(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
            except sqlite3.OperationalError as exc:
                raise ProjectError(f"the project file {self.path.name} could not be written ({exc}); "
                                   "check the disk has room and the file is not read-only") from None

    def _meta(self, name: str):
        row = self._db().execute("SELECT value FROM meta WHERE name=?", (name,)).fetchone()
        return json.loads(row[0]) if row else None

    @staticmethod
    def _set_meta(conn: sqlite3.Connection, name: str, value) -> None:
        conn.execute("INSERT OR REPLACE INTO meta(name, value) VALUES (?, ?)", (name, json.dumps(value)))

    def decision_count(self) -> int:
        return self._db().execute("SELECT count(*) FROM decisions").fetchone()[0]

    # ----- setup ---------------------------------------------------------------------------
    def save_setup(self, sheet_path, mapping: ColumnMapping, item_bundles: dict[str, str | None],
                   thresholds: dict | None = None, sheet_name: str | None = None) -> None:
        """Record which sheet, which columns and which model per question (and, if given, the thresholds).

        ``thresholds`` None leaves the stored ones as they are (the session gets them through
        :meth:`restore`); a dict becomes the stored set, writing only the rows that differ.
        """
        old = self._meta("mapping")
        if old is not None and old != mapping.to_dict() and self.decision_count():
            raise ProjectError(
                f"this project already holds {self.decision_count()} decisions made with other column choices; "
                "keep the earlier columns or save the sheet under a new name to start again")
        sheet_path = Path(sheet_path).absolute() if sheet_path else None

        def do(conn):
            if old is not None and old != mapping.to_dict():
                conn.execute("DELETE FROM predictions")
                conn.execute("DELETE FROM meta WHERE name='fingerprint'")
            self._set_meta(conn, "sheet_path", str(sheet_path) if sheet_path else None)
            self._set_meta(conn, "sheet_file", sheet_path.name if sheet_path else None)
            self._set_meta(conn, "sheet_name", sheet_name)
            self._set_meta(conn, "mapping", mapping.to_dict())
            self._set_meta(conn, "item_bundles", {str(k): v for k, v in (item_bundles or {}).items()})
            self._set_meta(conn, "saved", _now())
            if thresholds is not None:
                wanted = {str(k): float(v) for k, v in thresholds.items()}
                stored = {item: float(v) for item, v in conn.execute("SELECT item, value FROM thresholds")}
                conn.executemany("DELETE FROM thresholds WHERE item=?", [(k,) for k in stored if k not in wanted])
                conn.executemany("INSERT OR REPLACE INTO thresholds(item, value) VALUES (?, ?)",
                                 [(k, v) for k, v in wanted.items() if stored.get(k) != v])
        self._write(do)

    def load_setup(self) -> dict | None:
        """What :meth:`save_setup` recorded, or None for a new project.

        Keys: ``sheet_path`` (Path or None; the sheet beside the project is preferred when the
        folder was moved), ``sheet_name``, ``mapping`` (a ColumnMapping), ``mapping_dict``,
        ``item_bundles``, ``thresholds``, ``decisions`` (how many are stored).
        """
        mapping = self._meta("mapping")
        if mapping is None:
            return None
        stored = self._meta("sheet_path")
        sheet_file = self._meta("sheet_file")
        sheet_path = Path(stored) if stored else None
        if sheet_file:
            beside = self.path.with_name(sheet_file)
            if beside.exists() and (sheet_path is None or not sheet_path.exists()):
                sheet_path = beside
        return {
            "sheet_path": sheet_path,
            "sheet_name": self._meta("sheet_name"),
            "mapping": ColumnMapping.from_dict(mapping),
            "mapping_dict": mapping,
            "item_bundles": self._meta("item_bundles") or {},
            "thresholds": self.load_thresholds(),
            "decisions": self.decision_count(),
        }

    def load_thresholds(self) -> dict[str, float]:
        return {item: float(v) for item, v in self._db().execute("SELECT item, value FROM thresholds")}

    def save_thresholds(self, thresholds: dict) -> None:
        def do(conn):
            conn.executemany("INSERT OR REPLACE INTO thresholds(item, value) VALUES (?, ?)",
                             [(str(k), float(v)) for k, v in thresholds.items()])
        self._write(do)

    # ----- session -------------------------------------------------------------------------
    def check(self, session: GradingSession) -> dict[int, int] | None:
        """Raise ProjectError if this project was made for another sheet or other column choices.

        A sheet the teacher sorted, or where rows were added, removed or a few answers edited, is
        still this project's sheet: the answers are matched by what they are, and the returned
        map takes each stored answer key to the session's key (None when nothing moved). Fewer
        than half the answers in common means another sheet, which is refused.
        """
        mapping = self._meta("mapping")
        if mapping is not None and mapping != session.mapping.to_dict():
            raise ProjectError(
                f"the project {self.path.name} was saved with other column choices; "
                "choose the same columns again, or save the sheet under a new name to start a new project")
        fp = self._meta("fingerprint")
        if fp is None or fp == answers_fingerprint(session):
            return None
        stored = self._db().execute("SELECT answer_key, digest FROM answers ORDER BY answer_key").fetchall()
        queues: dict[str, deque] = defaultdict(deque)
        for key, digest in enumerate(answer_digests(session)):
            queues[digest].append(key)
        keymap = {old: queues[d].popleft() for old, d in stored if queues.get(d)}
        if len(keymap) < 0.5 * max(len(stored), len(session.answers), 1):
            raise ProjectError(
                f"the project {self.path.name} belongs to another sheet (fewer than half of its answers are in this one); "
                "open the sheet it was made for, or save this sheet under a new name to start a new project")
        return keymap

    def _stamp(self, conn: sqlite3.Connection, session: GradingSession) -> None:
        self._set_meta(conn, "fingerprint", answers_fingerprint(session))
        self._set_meta(conn, "answers", len(session.answers))
        conn.execute("DELETE FROM answers")
        conn.executemany("INSERT INTO answers(answer_key, digest) VALUES (?, ?)", enumerate(answer_digests(session)))
        if self._meta("mapping") is None:
            self._set_meta(conn, "mapping", session.mapping.to_dict())

    @staticmethod
    def _rekey(conn: sqlite3.Connection, keymap: dict[int, int]) -> None:
        """Move stored decisions and predictions to the session's answer keys (the log keeps the rest)."""
        decs = conn.execute("SELECT answer_key, score, comment, decided_at FROM decisions").fetchall()
        preds = conn.execute("SELECT answer_key, item, bundle_id, labels, probabilities FROM predictions").fetchall()
        conn.execute("DELETE FROM decisions")
        conn.execute("DELETE FROM predictions")
        conn.executemany("INSERT INTO decisions(answer_key, score, comment, decided_at) VALUES (?, ?, ?, ?)",
                         [(keymap[k], *rest) for k, *rest in decs if k in keymap])
        conn.executemany("INSERT INTO predictions(answer_key, item, bundle_id, labels, probabilities) VALUES (?, ?, ?, ?, ?)",
                         [(keymap[k], *rest) for k, *rest in preds if k in keymap])

    def save_predictions(self, session: GradingSession) -> None:
        """Replace the stored predictions with the session's, in one transaction.

        May run on a worker thread (the connection is shared under a lock with decision writes).
        """
        keymap = self.check(session)
        snapshot = list(session.predictions.items())  # one C-level copy: safe while the GUI thread goes on
        rows = [(k, session.answers[k].item, session.items[session.answers[k].item].bundle_id,
                 json.dumps([_num(v) for v in p.labels]), json.dumps([float(x) for x in p.probabilities]))
                for k, p in snapshot]

        def do(conn):
            if keymap is not None:
                self._rekey(conn, keymap)
            self._stamp(conn, session)
            conn.execute("DELETE FROM predictions")
            conn.executemany("INSERT INTO predictions(answer_key, item, bundle_id, labels, probabilities) "
                             "VALUES (?, ?, ?, ?, ?)", rows)
        self._write(do)

    def save_decision(self, key: int, decision: Decision | None) -> None:
        """Write one decision (or its removal) and log it, committed before returning.

        Decisions an earlier failed write left unsaved go into the same transaction. If this write
        fails too, the decision joins them and ProjectError (one sentence) is raised.
        """
        with self._lock:
            pending = dict(self.unsaved)
            pending.pop(int(key), None)
            pending[int(key)] = decision
            try:
                self._write_decisions(pending)
            except ProjectError as exc:
                self.unsaved = pending
                self.last_error = exc
                raise ProjectError(f"your decision is kept but could not be saved to {self.path.name} "
                                   f"({len(pending)} unsaved); {_reason(exc)}") from None
            self.unsaved = {}
            self.last_error = None

    def _write_decisions(self, pending: dict) -> None:
        """Every decision in ``pending`` in one transaction (ProjectError if it fails)."""
        def do(conn):
            for k, d in pending.items():
                self._put_decision(conn, k, d)
        self._write(do)

    def flush(self) -> bool:
        """Try again to write the unsaved decisions; True when none is left."""
        with self._lock:
            if not self.unsaved:
                return True
            pending = dict(self.unsaved)
            try:
                self._write_decisions(pending)
            except ProjectError as exc:
                self.last_error = exc
                return False
            self.unsaved = {}
            self.last_error = None
            return True

    @staticmethod
    def _put_decision(conn: sqlite3.Connection, key: int, decision: Decision | None) -> None:
        if decision is None:
            conn.execute("DELETE FROM decisions WHERE answer_key=?", (int(key),))
            conn.execute("INSERT INTO decision_log(answer_key, score, comment, decided_at, logged_at) "
                         "VALUES (?, NULL, '', '', ?)", (int(key), _now()))
        else:
            score = _dump_score(decision.score)
            conn.execute("INSERT OR REPLACE INTO decisions(answer_key, score, comment, decided_at) VALUES (?, ?, ?, ?)",
                         (int(key), score, decision.comment or "", decision.at or ""))
            conn.execute("INSERT INTO decision_log(answer_key, score, comment, decided_at, logged_at) "
                         "VALUES (?, ?, ?, ?, ?)", (int(key), score, decision.comment or "", decision.at or "", _now()))

    def attach(self, session: GradingSession):
        """Write every decision change of ``session`` to disk the moment it happens.

        Returns the listener (so a caller may remove it); :meth:`close` removes it too.
        """
        keymap = self.check(session)
        if keymap is not None or self._meta("fingerprint") is None:
            def adopt(conn):
                if keymap is not None:
                    self._rekey(conn, keymap)
                self._stamp(conn, session)
            self._write(adopt)

        def on_decision(key: int, decision: Decision | None) -> None:
            self.save_decision(key, decision)

        session.listeners.append(on_decision)
        self._attached.append((session, on_decision))
        return on_decision

    def restore(self, session: GradingSession) -> dict[str, int]:
        """Put stored predictions, decisions and thresholds back into ``session`` (listeners not called).

        Everything goes in through the session's own mutators (``set_predictions``,
        ``load_decisions``, ``set_thresholds``, which clamps), so its flags and status cache stay
        right. A prediction is restored only if its question is still scored by the same bundle
        with the same score labels (else the answer is scored again). Answers the teacher edited
        in the sheet since lose their stored decision (counted as ``dropped``; the log keeps it);
        answers that only moved keep theirs. Returns how many of each were restored.
        """
        keymap = self.check(session)
        db = self._db()
        n_answers = len(session.answers)

        def new_key(k: int) -> int | None:
            k = k if keymap is None else keymap.get(k)
            return k if k is not None and 0 <= k < n_answers else None

        keys, rows = [], []
        for key, item, bundle_id, labels, probs in db.execute(
                "SELECT answer_key, item, bundle_id, labels, probabilities FROM predictions"):
            key = new_key(key)
            if key is None or session.answers[key].item != item:
                continue
            if bundle_id != session.items[item].bundle_id:
                continue
            labels = tuple(json.loads(labels))
            if tuple(session.items[item].labels) != labels:
                continue
            keys.append(key)
            rows.append(json.loads(probs))
        session.set_predictions(keys, rows)
        decisions: dict[int, Decision] = {}
        dropped = 0
        for key, score, comment, at in db.execute("SELECT answer_key, score, comment, decided_at FROM decisions"):
            key = new_key(key)
            if key is None:
                dropped += 1
                continue
            labels = session.items[session.answers[key].item].labels
            decisions[key] = Decision(score=_load_score(score, labels), comment=comment or "", at=at or "")
        session.load_decisions(decisions)
        thresholds = self.load_thresholds()
        session.set_thresholds(thresholds)
        return {"predictions": len(keys), "decisions": len(decisions), "thresholds": len(thresholds),
                "dropped": dropped}

    def decision_log(self) -> list[dict]:
        """Every decision change in order: key, score (None when cleared), comment, time."""
        return [{"key": k, "score": None if s is None else json.loads(s), "comment": c, "at": at, "logged_at": lg}
                for k, s, c, at, lg in self._db().execute(
                    "SELECT answer_key, score, comment, decided_at, logged_at FROM decision_log ORDER BY id")]
