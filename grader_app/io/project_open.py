"""Opening a project file for writing: its lock and its connections (:func:`open_for_writing`), and what an open that
made a new project made (:class:`NewFiles`), so that a failed open leaves nothing behind. Pure Python; no Qt."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .lock import LockHeld, acquire
from .project_problems import disk_full
from .project_schema import ProjectError, ProjectLocked, connect, damaged, prepare


def open_for_writing(path: Path, made: NewFiles | None = None) -> tuple[sqlite3.Connection, sqlite3.Connection, object]:
    """The project's lock, its write connection (prepared: WAL, ``synchronous=FULL``, tables) and a
    second connection for reads; ProjectLocked or ProjectError (one sentence) if it cannot be had: a full disk is
    said as such, and what this open made (``made``: :class:`NewFiles` before it) is undone."""
    made = NewFiles(path) if made is None else made
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot("project.cannot_open", path, exc) from None
    try:
        file_lock = acquire(path)
    except LockHeld:
        raise ProjectLocked.said("project.locked", name=path.name) from None
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(str(path), timeout=10.0, check_same_thread=False, isolation_level=None)
        prepare(conn, path)
        read_conn = connect(str(path), timeout=10.0, check_same_thread=False, isolation_level=None)
    except BaseException as exc:
        if conn is not None:
            conn.close()
        made.undo()   # before the lock is let go: no other opener can have made them meanwhile
        if file_lock is not None:
            file_lock.release()
        if conn is None and isinstance(exc, (OSError, sqlite3.Error)):
            raise _cannot("project.cannot_open", path, exc) from None
        if isinstance(exc, (OSError, sqlite3.OperationalError)):
            raise _cannot("project.cannot_write", path, exc) from None
        if isinstance(exc, sqlite3.DatabaseError):
            raise damaged(path) from None
        raise
    return conn, read_conn, file_lock


def _cannot(kind: str, path: Path, exc: BaseException) -> ProjectError:
    """The project cannot be opened or written (``kind``), or, when ``exc`` means so, the disk is full."""
    if disk_full(exc, path.parent):
        return ProjectError.said("project.disk_full", name=path.name)
    return ProjectError.said(kind, name=path.name, why=exc)


SIDE_FILES = ("-wal", "-shm", "-journal")   # SQLite's files beside a database


class NewFiles:
    """What opening a project at ``path`` makes, if there is no project there yet (no file, or an empty one), so that a
    failed open can be undone (:meth:`undo`): the files made are removed, an empty file that was there is emptied again.
    An existing project, and what SQLite kept beside it, are never touched."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.was_empty = self.path.is_file() and not self.path.is_symlink() and self.path.stat().st_size == 0
        except OSError:
            self.was_empty = False
        ours = [self.path, *(self.path.with_name(self.path.name + side) for side in SIDE_FILES)]
        self.paths = [] if os.path.lexists(self.path) and not self.was_empty else [p for p in ours if not os.path.lexists(p)]

    def __bool__(self) -> bool:
        """Was there no project yet?"""
        return bool(self.paths) or self.was_empty

    def undo(self) -> None:
        """Remove the files made (those still there) and empty the empty file again, quietly."""
        for p in self.paths:
            try:
                os.unlink(p)
            except OSError:
                pass
        if self.was_empty:
            try:
                os.truncate(self.path, 0)
            except OSError:
                pass
