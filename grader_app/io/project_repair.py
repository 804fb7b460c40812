"""A damaged project file made into a new one with every row that can still be read (:func:`repair`).

A project file cut short (a copy to a stick that filled up, a crash of the machine with a disk that lied about its
writes, a sync client that stopped half-way) was refused whole: SQLite reads no page of a file shorter than its header
says, so not one decision came back, and the teacher was told to move the file aside, and so lost every decision in it.

:func:`repair` reads a copy of the damaged file (in the system's temporary folder; its header's page count set to the
pages the file still has, so the pages that are there can be read), table by table: a table that reads whole is taken
whole; one that does not is read row by row (by rowid), each row that reads taken. A decision whose row cannot be read
is taken from the decision log (every decision is logged with it: the newest line for an answer is its decision, a
cleared one logs no score). The new file, with the same tables and version, is written beside the damaged one and put
in its place; the damaged file (and a ``-wal`` beside it) is kept under ``<stem> (damaged).grader-project`` (``(damaged
2)``, ...), never deleted. Nothing is repaired without the project's lock, nor when its ``meta`` (which sheet, which
columns) cannot be read, nor one that is another program's file or a newer Grader's: the file is then left as
it was. Pure Python and :mod:`sqlite3`; no Qt.
"""
from __future__ import annotations

import itertools
import json
import os
import shutil
import sqlite3
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .lock import LockHeld, acquire
from .project_open import SIDE_FILES
from .project_schema import APPLICATION_ID, SCHEMA_VERSION

DAMAGED = ("project.damaged", "project.damaged_without_wal")   # the problems a repair is tried for
PAGE_COUNT = slice(28, 32)   # the header's page count (big-endian), SQLite's file format
MAX_PROBES = 2_000_000       # rowids tried in one table at most


@dataclass(frozen=True)
class Repaired:
    """What :func:`repair` did: the damaged file kept as ``kept`` (its name beside the new one), the ``decisions`` the
    new file holds, and how many answers' saved rows could not be read (``unread``: each may have held a decision)."""
    kept: Path
    decisions: int
    unread: int


def repair(path: str | os.PathLike) -> Repaired | None:
    """The damaged project at ``path`` kept aside and a new one put in its place (see the module); None when there is
    nothing to make one of (its ``meta`` unreadable, not a project) or another window holds it: it is left as it was."""
    path = Path(path)
    try:
        lock = acquire(path)
    except LockHeld:
        return None
    try:
        new = path.with_name(f".{path.name}.repairing")
        found = _made_anew(path, new)
        if found is None:
            return None
        kept = _kept_name(path)
        moved: list[tuple[str, str]] = []
        try:
            # its -wal belongs to it, not to the new file (SQLite would read it as the new one's)
            for old in [str(path), *(f"{path}{side}" for side in SIDE_FILES if os.path.lexists(f"{path}{side}"))]:
                os.replace(old, str(kept) + old[len(str(path)):])
                moved.append((old, str(kept) + old[len(str(path)):]))
            os.replace(new, path)
        except OSError:   # put back as it was: never a sheet whose project is gone (it would start afresh)
            for old, there in reversed(moved):
                try:
                    os.replace(there, old)
                except OSError:
                    pass
            new.unlink(missing_ok=True)
            return None
        return Repaired(kept, *found)
    finally:
        if lock is not None:
            lock.release()


def _made_anew(path: Path, new: Path) -> tuple[int, int] | None:
    """The new project written at ``new`` from a readable copy of ``path`` (:func:`_rebuild`); None, and no ``new``,
    if there is nothing to make it of or the disk refuses (the scratch copy's folder, or ``new``'s, full)."""
    try:
        with tempfile.TemporaryDirectory(prefix="grader-repair-") as scratch:
            copy = _readable_copy(path, Path(scratch))
            new.unlink(missing_ok=True)
            found = None if copy is None else _rebuild(copy, new)
    except (OSError, sqlite3.Error):
        found = None
    if found is None:
        try:
            new.unlink(missing_ok=True)
        except OSError:
            pass
    return found


def _kept_name(path: Path) -> Path:
    names = (f"{path.stem} (damaged{f' {n}' if n > 1 else ''}){path.suffix}" for n in itertools.count(1))
    return next(p for p in map(path.with_name, names) if not os.path.lexists(p))


def _readable_copy(path: Path, scratch: Path) -> Path | None:
    """A copy of the file (and its ``-wal``) whose header counts only the whole pages it has; None if there is none."""
    try:
        data = bytearray(path.read_bytes())
    except OSError:
        return None
    if len(data) < 100 or not data.startswith(b"SQLite format 3\x00"):
        return None
    size = struct.unpack(">H", data[16:18])[0]
    size = 65536 if size == 1 else size
    if size < 512:
        return None
    pages = len(data) // size
    del data[pages * size:]
    if struct.unpack(">I", data[PAGE_COUNT])[0] > pages:
        data[PAGE_COUNT] = struct.pack(">I", pages)
    copy = scratch / path.name
    copy.write_bytes(bytes(data))
    if os.path.isfile(f"{path}-wal"):
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")
    return copy


def _rebuild(copy: Path, new: Path) -> tuple[int, int] | None:
    """Every readable row of ``copy`` written into a new file ``new``; (decisions, answers unread), or None."""
    old = sqlite3.connect(str(copy), isolation_level=None)
    try:
        try:
            version = old.execute("PRAGMA user_version").fetchone()[0]
            app_id = old.execute("PRAGMA application_id").fetchone()[0]
            tables = old.execute("SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                                 "ORDER BY rootpage").fetchall()
            meta = old.execute("SELECT name, value FROM meta").fetchall()
        except sqlite3.DatabaseError:
            return None
        if app_id != APPLICATION_ID or version > SCHEMA_VERSION:   # another program's file, or a newer Grader's
            return None
        answers = _answer_count(meta)
        rows: dict[str, list] = {}
        unread: dict[str, set[int]] = {}
        for name, _sql in tables:
            rows[name], unread[name] = _rows(old, name, answers)
    finally:
        old.close()
    decisions, lost = _decisions(rows, unread)
    conn = sqlite3.connect(str(new), isolation_level=None)
    try:
        conn.execute("BEGIN")
        for name, sql in tables:
            conn.execute(sql)
            got = decisions if name == "decisions" else rows[name]
            if got:
                marks = ", ".join("?" * len(got[0]))
                conn.executemany(f'INSERT OR REPLACE INTO "{name}" VALUES ({marks})', got)
        conn.execute(f"PRAGMA application_id={int(app_id)}")
        conn.execute(f"PRAGMA user_version={int(version)}")
        conn.execute("COMMIT")
    finally:
        conn.close()
    with open(new, "rb+") as fh:
        os.fsync(fh.fileno())
    return len(decisions), lost


def _answer_count(meta: list) -> int:
    for name, value in meta:
        if name == "answers":
            try:
                return max(0, int(json.loads(value)))
            except (TypeError, ValueError):
                break
    return 0


def _rows(conn: sqlite3.Connection, name: str, answers: int) -> tuple[list, set[int]]:
    """The table's rows (``SELECT *``'s columns), whole if it reads whole, else each row that reads, with the rowids
    that do not (tried up to the highest rowid SQLite still finds, or below the answers' count, whichever is higher)."""
    try:
        return conn.execute(f'SELECT * FROM "{name}"').fetchall(), set()
    except sqlite3.DatabaseError:
        pass
    try:
        top = conn.execute(f'SELECT max(rowid) FROM "{name}"').fetchone()[0] or 0
    except sqlite3.DatabaseError:
        top = 0
    if name == "decision_log":
        try:
            top = max(top, *(s for n, s in conn.execute("SELECT name, seq FROM sqlite_sequence") if n == name))
        except (sqlite3.DatabaseError, TypeError):
            pass
    got, unread = [], set()
    for rowid in range(0, min(max(int(top) + 1, answers), MAX_PROBES)):
        try:
            row = conn.execute(f'SELECT * FROM "{name}" WHERE rowid=?', (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            unread.add(rowid)
            continue
        if row is not None:
            got.append(row)
    return got, unread


def _decisions(rows: dict[str, list], unread: dict[str, set[int]]) -> tuple[list, int]:
    """The decisions' rows, those that could not be read taken from the log's newest line for their answer; and how
    many answers' decisions neither holds (their rows unread, the log not read whole)."""
    decisions = list(rows.get("decisions", []))
    missing = unread.get("decisions", set())
    if not missing:
        return decisions, 0
    width = len(decisions[0]) if decisions else 5
    newest: dict[int, tuple] = {}
    for line in sorted(rows.get("decision_log", []), key=lambda r: r[0]):   # id, answer_key, score, comment, decided_at,
        newest[line[1]] = line                                               # logged_at[, origin]
    for key in sorted(missing):
        line = newest.get(key)
        if line is not None and line[2] is not None:
            origin = line[6] if len(line) > 6 else ""
            decisions.append((key, line[2], line[3], line[4], origin)[:width])
    lost = 0 if not unread.get("decision_log") else sum(1 for k in missing if k not in newest)
    return decisions, lost
