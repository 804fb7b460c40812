"""What the project file gained without a new schema version (a column, a table: the predictions' ``seal``,
:mod:`.project_predictions`; the decisions' ``origin`` and the ``taken_back`` table, :mod:`.project_origins`): whether
a file has it, and adding it to a file opened for writing.

Whether the file has it is asked once per connection: a :class:`~.project_schema.ProjectConnection` keeps what it found
there (``known``), and only that: nothing of it ever goes away from an open file, while what is missing may come.
Another connection (a file written again elsewhere, another file) asks again; any other connection asks each time.

A file that has it not yet gets it when it is opened for writing and, if it could not take it then (a full disk), with
a later write: :func:`.project_schema.add_unversioned` runs before each of the writer's transactions. Each is added in
a statement of its own, never inside a transaction (one rolled back would take it back behind what the connection
keeps); where the file cannot take it now, the caller's write goes on without it. Pure Python and :mod:`sqlite3`.
"""
from __future__ import annotations

import sqlite3
from typing import Callable


def holds(conn: sqlite3.Connection, what: str, look: Callable[[], bool]) -> bool:
    """Does the file hold ``what`` (``look()`` says, unless ``conn`` found it there before)?"""
    known = getattr(conn, "known", None)   # a ProjectConnection's; any other connection asks each time
    if known is not None and what in known:
        return True
    found = look()
    if found and known is not None:
        known.add(what)
    return found


def has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return holds(conn, f"{table}.{column}",
                 lambda: any(row[1] == column for row in conn.execute(f"PRAGMA table_info({table})")))


def has_table(conn: sqlite3.Connection, table: str) -> bool:
    return holds(conn, table, lambda: conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone() is not None)


def add_column(conn: sqlite3.Connection, table: str, column: str, declared: str) -> bool:
    """Give ``table`` the ``column`` (``declared``: its type and default) if it has none yet and the file can take it
    now (not inside a transaction: see the module); does it have it?"""
    return _add(conn, lambda: has_column(conn, table, column),
                f"ALTER TABLE {table} ADD COLUMN {column} {declared}")


def add_table(conn: sqlite3.Connection, table: str, create: str) -> bool:
    """Create ``table`` (``create``: its CREATE TABLE statement) as :func:`add_column` adds a column."""
    return _add(conn, lambda: has_table(conn, table), create)


def _add(conn: sqlite3.Connection, there: Callable[[], bool], statement: str) -> bool:
    try:
        if there():
            return True
        if conn.in_transaction:
            return False
        conn.execute(statement)
        return True
    except sqlite3.OperationalError:   # a full disk, a file made read-only: tried again with the next write
        return False
