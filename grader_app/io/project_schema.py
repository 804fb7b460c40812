"""What a project file is: its suffix, its SQLite schema and version, how a file is checked, created
or brought up to this version when it is opened, and the errors a project can give (see
:mod:`.project_store` and docs/project-file.md)."""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from ..errors import GraderError
from .project_origins import add_origins
from .project_predictions import add_seal_column

SUFFIX = ".grader-project"
SCHEMA_VERSION = 3   # 2: the comment bank per question, blind marking's seed; 3: comments waiting for a score
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
    probabilities TEXT NOT NULL,
    seal          TEXT
);
CREATE TABLE IF NOT EXISTS decisions (
    answer_key INTEGER PRIMARY KEY,
    score      TEXT NOT NULL,
    comment    TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT '',
    origin     TEXT NOT NULL DEFAULT ''
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
    logged_at  TEXT NOT NULL,
    origin     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS comment_bank (
    item     TEXT NOT NULL,
    text     TEXT NOT NULL,
    uses     INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL DEFAULT '',
    used_at  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item, text)
);
CREATE TABLE IF NOT EXISTS waiting_comments (
    answer_key INTEGER PRIMARY KEY,
    comment    TEXT NOT NULL,
    written_at TEXT NOT NULL DEFAULT ''
);
"""



class ProjectError(GraderError):
    """A project file that cannot be used; the message is one plain sentence."""


class ProjectLocked(ProjectError):
    """Another Grader window or process has the project open (and so is the one writing it)."""


class ProjectConnection(sqlite3.Connection):
    """A connection to a project file that remembers what it found the file to hold of what came without a new schema
    version (``known``: :mod:`.project_additions`), so a write need not ask SQLite again. Only what is there is kept: it
    never goes away from an open file, while what is missing may come (added once the disk has room). ``unsealed``:
    the mark it left in the file with the model's rows it wrote without their seal (the file had no column yet), so
    that those rows, and only those, are sealed once it has (:func:`.project_predictions.add_seal_column`)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.known: set[str] = set()
        self.unsealed: str | None = None


def connect(target: str, **kwargs) -> ProjectConnection:
    """``sqlite3.connect`` for a project file: a :class:`ProjectConnection`."""
    return sqlite3.connect(target, factory=ProjectConnection, **kwargs)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def prepare(conn: sqlite3.Connection, path: Path) -> None:
    """Check an opened file is ours and not newer; set the journal; create the tables in a new file."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if not tables:
        refuse_left_behind(conn, path)
    if tables and app_id != APPLICATION_ID:
        raise ProjectError.said("project.not_grader", name=path.name)
    if version > SCHEMA_VERSION:
        raise ProjectError.said("project.newer", name=path.name, version=version)
    # WAL needs shared memory; on some network drives SQLite keeps its rollback journal,
    # which with synchronous=FULL is just as durable (only slower). Either way is fine.
    conn.execute("PRAGMA journal_mode=WAL")
    # every commit checkpointed into the file as it is made (on the writer thread, a failed one ignored by SQLite): the
    # file alone, copied while open (to a USB stick, by a backup or a sync client, without its -wal), holds every decision
    conn.execute("PRAGMA wal_autocheckpoint=1")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    if version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            _migrate(conn, version)
            conn.execute("COMMIT")
        except BaseException:
            # on a full disk SQLite rolls the transaction back itself: a ROLLBACK then would fail ("cannot rollback -
            # no transaction is active") and hide why
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise
    add_unversioned(conn)


def refuse_left_behind(conn: sqlite3.Connection, path: Path) -> None:
    """ProjectError if the file has pages but no table: a project whose tables were only ever in its ``-wal`` file (a
    Grader before each commit was checkpointed into the file, or a full disk that refused the checkpoint), copied
    without it. Opened as a new project, it started over silently, and the ``-wal`` copied beside it later would no
    longer fit it; the file is left untouched, so copying that file beside it still brings every decision back. A new
    file (no page yet) is not refused."""
    if conn.execute("PRAGMA page_count").fetchone()[0] > 0:
        raise ProjectError.said("project.tables_in_wal", name=path.name, wal=path.name + "-wal")


def add_unversioned(conn: sqlite3.Connection) -> None:
    """What the file gained without a new schema version, added if it has it not yet (:mod:`.project_additions`): when
    the file is opened for writing and, what a full disk refused then, before each of the writer's transactions."""
    add_seal_column(conn)   # each row bound to the model that made it (io.project_predictions)
    add_origins(conn)   # why each answer was marked (core.origins)


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring a new file (version 0) or an older project up to SCHEMA_VERSION, inside the caller's
    transaction. Every table is created only if missing, so an older project keeps all its rows and
    gains what came after it: version 2 the ``comment_bank`` table (empty) and ``blind_seed`` in meta
    (a random key that numbers the students on screen while blind marking is on); version 3 the
    ``waiting_comments`` table (empty): a comment written on an answer with no score yet, kept until
    its score takes it (:mod:`.project_records`).

    The other way round, :func:`prepare` and :func:`check_readable` refuse a file of a newer version
    with one sentence ("update Grader") and change nothing in it: a version-2 Grader, which knows no
    waiting comments, would otherwise move the answers' decisions when the sheet was sorted and leave
    those comments on the wrong answers."""
    for stmt in _SCHEMA.split(";"):
        if stmt.strip():
            conn.execute(stmt)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    conn.execute("INSERT OR IGNORE INTO meta(name, value) VALUES ('created', ?)", (now(),))
    conn.execute("INSERT OR IGNORE INTO meta(name, value) VALUES ('blind_seed', ?)", (json.dumps(secrets.token_hex(16)),))


def in_data_folder(sheet_path: Path) -> Path:
    """Where the project of the sheet at ``sheet_path`` (absolute) is kept when the sheet's folder cannot take it: the
    user's data folder, named after the sheet and a digest of its path."""
    from ..paths import user_data_dir

    digest = hashlib.sha256(str(sheet_path).encode("utf-8")).hexdigest()[:16]
    return user_data_dir() / "projects" / f"{sheet_path.stem}-{digest}{SUFFIX}"


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a Grader project of this version or older (no lock; nothing created);
    ProjectError (one sentence) if there is no such file or it is not one."""
    if not path.is_file():
        raise ProjectError.said("project.no_file", name=path.name)
    conn = None
    try:
        conn = connect(path.absolute().as_uri() + ("?mode=ro&immutable=1" if _closed_wal(path) else "?mode=ro"),
                       uri=True, timeout=10.0, check_same_thread=False, isolation_level=None)
        check_readable(conn, path)
    except (sqlite3.DatabaseError, ProjectError) as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, ProjectError):
            raise
        problem = damaged(path)
        if not isinstance(exc, sqlite3.OperationalError) and problem.kind == "project.damaged_without_wal":
            raise problem from None
        raise ProjectError.said("project.unreadable", name=path.name, why=exc) from None
    return conn


def _closed_wal(path: Path) -> bool:
    """A WAL project that no connection has open (no ``-wal`` file beside it): read as unchanging, so the look leaves
    no ``-wal`` and ``-shm`` files behind in the teacher's folder (a read-only connection cannot remove them)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(20)
        return head[18:20] == b"\x02\x02" and not os.path.lexists(f"{path}-wal")
    except OSError:
        return False


def damaged(path: Path) -> ProjectError:
    """What the teacher is told about a damaged project file: if it was written in WAL mode (its header's bytes 18-19
    are 2) and no ``-wal`` file is beside it, its latest pages may be in that file, left behind by a copy of the file
    alone (a full disk that refused the checkpoint leaves the file itself unreadable without it): say to copy it too."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(20)
    except OSError:
        head = b""
    if head[18:20] == b"\x02\x02" and not os.path.lexists(f"{path}-wal"):
        return ProjectError.said("project.damaged_without_wal", name=path.name, wal=path.name + "-wal")
    return ProjectError.said("project.damaged", name=path.name)


def read_failed(name: str, exc: sqlite3.DatabaseError) -> ProjectError:
    """What the teacher is told when reading an open project fails: a damaged file (a malformed page, not
    a database) is to be moved aside; a failed read (an I/O error) is the disk's."""
    if isinstance(exc, sqlite3.OperationalError):
        return ProjectError.said("project.read_failed", name=name, why=exc)
    return ProjectError.said("project.damaged", name=name)


def check_readable(conn: sqlite3.Connection, path: Path) -> None:
    """For a file opened read-only: ProjectError unless it is a Grader project of this version or older."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    # the list of tables read here: a damaged first page is said as the file's damage (connect_read_only), not left to
    # the first query after it (grader score stopped with sqlite3.DatabaseError where the window said to copy the -wal)
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id == 0 and not tables:
        refuse_left_behind(conn, path)
    if app_id != APPLICATION_ID or version > SCHEMA_VERSION:
        raise ProjectError.said("project.not_readable_here", name=path.name)


def other_sheet(name: str, made_for: str | None, sheet) -> ProjectError:
    """Why a project is refused for a sheet holding fewer than half its answers. A project is named after its sheet's
    name without the ending, so ``quiz.csv`` beside ``quiz.xlsx`` (or the app's own ``graded.csv`` beside
    ``graded.xlsx``) finds the project of the other one: say so, and what to do."""
    this = Path(sheet).name if sheet else ""
    if made_for and this and made_for != this and Path(made_for).stem == Path(this).stem:
        stem, suffix = Path(this).stem, Path(this).suffix
        return ProjectError.said("project.same_name_sheet", name=name, other=made_for, sheet=this,
                                 suggestion=f"{stem}-2{suffix}")
    return ProjectError.said("project.other_sheet", name=name)
