"""Why each answer was marked (:mod:`grader_app.core.origins`) as the project file keeps it: the ``origin`` column of
``decisions`` and of ``decision_log``, which came without a new schema version (as the predictions' ``seal`` did).

Whether a table has the column is asked once per connection: a :class:`~.project_schema.ProjectConnection` keeps
what it found there (``known``), and only that: a column never goes away from an open file, while a missing one may
come. Each write of a decision asked SQLite before (``PRAGMA table_info``, twice per decision: 23 ms more for a group
of 2,000 scored with one key). Another connection (a file written again elsewhere, another file) asks again.

A file that has no column yet gets it when it is opened for writing and, if it could not take it then (a full disk),
with a later write (:func:`add_origin_columns`, before each of the writer's transactions).
Pure Python and :mod:`sqlite3`; run on the store's connections (:mod:`.project_store`).
"""
from __future__ import annotations

import sqlite3
from typing import Callable

ORIGIN = "origin"


def _holds(conn: sqlite3.Connection, what: str, look: Callable[[], bool]) -> bool:
    """Does the file hold ``what`` (``look()`` says, unless ``conn`` found it there before)?"""
    known = getattr(conn, "known", None)   # a ProjectConnection's; any other connection asks each time
    if known is not None and what in known:
        return True
    found = look()
    if found and known is not None:
        known.add(what)
    return found


def has_origin(conn: sqlite3.Connection, table: str = "decisions") -> bool:
    """The ``decisions`` (or ``decision_log``) table has the ``origin`` column: why each answer was marked."""
    return _holds(conn, f"{table}.{ORIGIN}",
                  lambda: any(row[1] == ORIGIN for row in conn.execute(f"PRAGMA table_info({table})")))


def add_origin_columns(conn: sqlite3.Connection) -> None:
    """Give a project opened for writing the ``origin`` column of its decisions and of their log, if it has none yet
    (a project saved before Grader kept why each answer was marked: its decisions read as of unknown origin,
    :data:`grader_app.core.origins.UNKNOWN`, and count as they did then). Called when the file is opened and again
    before each write (:mod:`.project_writer`), each column added in a statement of its own, never inside a
    transaction (one rolled back would take the column back behind what ``conn`` keeps). Where the file cannot take it
    now (a full disk), the write goes on without it (the decision is written, without its origin: read back as
    unknown) and the next write tries again, so the column comes once the disk has room: a full disk when the file was
    opened left the whole session's decisions without their origin before."""
    if conn.in_transaction:
        return
    for table in ("decisions", "decision_log"):
        try:
            if not has_origin(conn, table):
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {ORIGIN} TEXT NOT NULL DEFAULT ''")
        except sqlite3.OperationalError:
            pass
