"""Why each answer was marked (:mod:`grader_app.core.origins`) as the project file keeps it: the ``origin`` column of
``decisions`` and of ``decision_log``, which came without a new schema version (as the predictions' ``seal`` did), and
the ``taken_back`` table: per answer whose decision was taken back (Ctrl+Z, a member pulled out of its group), the
origin that decision had and its answer's hash (as ``answers`` holds it), so that a decision made on it again after
the project is opened again keeps that origin, as one made while it is open does (:func:`keep_taken_back`, read back
with the decisions by :func:`.project_records.restore_rows`). The table's rows move with the decisions when the sheet
was sorted (:func:`rekey_taken_back`); one whose answer's hash is not the hash of the answer it names now (a Grader
that knows no such table moved the decisions) is not taken.

Whether the file has the column (or the table) is asked once per connection, and a file that has them not yet gets
them when it is opened for writing or, if it could not take them then (a full disk), with a later write
(:func:`add_origins`; both as :mod:`.project_additions` says). Each write of a decision asked SQLite before (``PRAGMA
table_info``, twice per decision: about 50 ms more on the writer for a group of 2,000 scored with one key,
scripts/bench_group_write.py). Pure Python and :mod:`sqlite3`; run on the store's connections (:mod:`.project_store`).
"""
from __future__ import annotations

import sqlite3

from .project_additions import add_column, add_table, has_column, has_table

ORIGIN = "origin"
TAKEN_BACK = "taken_back"
_TAKEN_BACK_TABLE = f"""CREATE TABLE IF NOT EXISTS {TAKEN_BACK} (
    answer_key INTEGER PRIMARY KEY,
    digest     TEXT NOT NULL,
    origin     TEXT NOT NULL
)"""


def has_origin(conn: sqlite3.Connection, table: str = "decisions") -> bool:
    """The ``decisions`` (or ``decision_log``) table has the ``origin`` column: why each answer was marked."""
    return has_column(conn, table, ORIGIN)


def has_taken_back(conn: sqlite3.Connection) -> bool:
    """The file has the ``taken_back`` table (:func:`keep_taken_back`)."""
    return has_table(conn, TAKEN_BACK)


def add_origins(conn: sqlite3.Connection) -> None:
    """Give a project opened for writing the ``origin`` column of its decisions and of their log, if it has none yet
    (a project saved before Grader kept why each answer was marked: its decisions read as of unknown origin,
    :data:`grader_app.core.origins.UNKNOWN`, and count as they did then), and the ``taken_back`` table. Called when the
    file is opened and again before each write (:func:`.project_schema.add_unversioned`). Where the file cannot take
    them now (a full disk), the write goes on without them (a decision is written without its origin: read back as
    unknown; a decision taken back keeps no origin for the next session) and the next write tries again, so they come
    once the disk has room: a full disk when the file was opened left the whole session's decisions without their
    origin before."""
    for table in ("decisions", "decision_log"):
        add_column(conn, table, ORIGIN, "TEXT NOT NULL DEFAULT ''")
    add_table(conn, TAKEN_BACK, _TAKEN_BACK_TABLE)


# ----- the origins of decisions taken back ------------------------------------------------------------------------
def keep_taken_back(conn: sqlite3.Connection, key: int) -> None:
    """Answer ``key``'s decision is being taken back (before it leaves ``decisions``): keep its origin, and the hash of
    its answer (``answers``), in ``taken_back``, as the session keeps it (:meth:`grader_app.core.origins.Offered.taken_back`:
    nothing when the answer has no decision; the origin of a decision saved without one is not known, "")."""
    if has_taken_back(conn):
        origin = "d.origin" if has_origin(conn) else "''"
        conn.execute(f"INSERT OR REPLACE INTO {TAKEN_BACK}(answer_key, digest, origin) SELECT d.answer_key, a.digest, "
                     f"{origin} FROM decisions d JOIN answers a ON a.answer_key = d.answer_key WHERE d.answer_key=?",
                     (int(key),))


def rekey_taken_back(conn: sqlite3.Connection, keymap: dict[int, int]) -> None:
    """Move the kept origins with the decisions (:func:`.project_records.rekey`); those of answers gone go."""
    if not has_taken_back(conn):
        return
    rows = conn.execute(f"SELECT answer_key, digest, origin FROM {TAKEN_BACK}").fetchall()
    conn.execute(f"DELETE FROM {TAKEN_BACK}")
    conn.executemany(f"INSERT INTO {TAKEN_BACK}(answer_key, digest, origin) VALUES (?, ?, ?)",
                     [(keymap[k], *rest) for k, *rest in rows if k in keymap])


def taken_back_rows(db: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """(answer key, its answer's hash, origin) of each decision taken back (none in a file older than the table)."""
    try:
        return db.execute(f"SELECT answer_key, digest, origin FROM {TAKEN_BACK}").fetchall()
    except sqlite3.OperationalError:   # a file opened read-only that has no such table yet
        return []
