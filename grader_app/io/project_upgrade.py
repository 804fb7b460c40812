"""What a project saved by an older Grader needs when it is opened again (docs/project-file.md, "Older projects").

* **The first-name column.** A project saved before Grader read first names recorded only the surname column, so
  its students showed as "Lee" where a new project shows "Ann Lee". Opened for writing, it gains the first-name
  column a new sheet's guess pairs with the name column the teacher kept (:func:`first_name_for`; nothing else the
  teacher chose changes), written back with the stored answers' hashes, which name the student (:func:`with_first_name`):
  the file is then what a new project of the same choices is, and a sorted sheet keeps every decision. The schema
  version stays: a Grader that knows no first names finds other columns in it and refuses it, as it refuses a new
  project's, before it reads or moves a decision.
* **Rows that are no student.** Grader once read every row of Moodle's Responses report as a student, its "Overall
  average" row too; now that row gives no answers (``Reading.skip``), so its answers no longer match and their
  decisions would go as if the sheet had been edited. :func:`not_students` finds them by their hashes instead, and
  :func:`rekey_setting_aside` keeps them, with the row and why, in meta ``set_aside`` (a list; never read back into a
  session, so never graded, counted or exported) in the transaction that takes them out of ``decisions``; the
  decision log keeps them too, as it keeps every change.

Pure Python and :mod:`sqlite3`; run inside the store's transactions (:mod:`.project_store`).
"""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict, deque
from dataclasses import replace
from typing import Callable

from ..core.session import GradingSession
from ..core.sheet import Answer, ColumnMapping, Sheet, answers_from_sheet
from .errors import SheetError
from .project_records import digests_of, rekey, set_meta, waiting_rows
from .project_schema import ProjectError, now

NOT_A_STUDENT = "not a student"


# ----- the first-name column --------------------------------------------------------------------------------
def first_name_for(sheet: Sheet, mapping: ColumnMapping, guess: ColumnMapping | None = None) -> str | None:
    """The first-name column a new sheet's guess (:func:`grader_app.io.columns.guess_columns`, a recognised LMS
    export's included; ``guess`` when it was made of ``sheet`` already) pairs with ``mapping``'s name column; None
    when ``mapping`` has one, names no student, names another column than the guess, or the guess's first name is a
    column ``mapping`` uses otherwise."""
    from .columns import guess_columns

    if mapping.first_name_column or not mapping.name_column:
        return None
    try:
        guess = guess or guess_columns(sheet)
    except (SheetError, ValueError):
        return None
    first = guess.first_name_column
    used = {mapping.id_column, mapping.item_column, mapping.answer_column, *mapping.answer_columns}
    if guess.name_column != mapping.name_column or not first or first in used or first not in sheet.columns:
        return None
    return first


def with_first_name(setup: dict, sheet: Sheet, call: Callable[[Callable[[sqlite3.Connection], None], str], None],
                    guess: ColumnMapping | None = None) -> dict:
    """``setup`` (:meth:`.project_store.ProjectStore.load_setup`) with the first-name column :func:`first_name_for`
    finds, written by ``call`` (the store's, one transaction) with the stored answers' hashes; ``setup`` itself when
    there is none or the write fails (the project then opens as it was, and its next write says what is wrong)."""
    old = setup.get("mapping")
    if not isinstance(old, ColumnMapping) or setup.get("mapping_dict") != old.to_dict():
        return setup   # a mapping this Grader would not write as it is stored: left to the columns check
    first = first_name_for(sheet, old, guess)
    if first is None:
        return setup
    new = replace(old, first_name_column=first)

    def do(conn: sqlite3.Connection) -> None:
        rename_students(conn, answers_from_sheet(sheet, old), answers_from_sheet(sheet, new))
        set_meta(conn, "mapping", new.to_dict())
    try:
        call(do, "the columns")
    except ProjectError:
        return setup
    return {**setup, "mapping": new, "mapping_dict": new.to_dict()}


def rename_students(conn: sqlite3.Connection, before: list[Answer], after: list[Answer]) -> None:
    """The stored answers' hashes made of ``after``'s students where they are of ``before``'s (the same answers of
    every row, named otherwise); a stored answer the sheet no longer holds keeps its hash."""
    renamed: dict[str, deque] = defaultdict(deque)
    for old, new in zip(digests_of(before), digests_of(after)):
        renamed[old].append(new)
    stored = conn.execute("SELECT answer_key, digest FROM answers ORDER BY answer_key").fetchall()
    conn.executemany("UPDATE answers SET digest=? WHERE answer_key=?",
                     [(renamed[d].popleft(), k) for k, d in stored if renamed.get(d)])


# ----- rows that are no student -----------------------------------------------------------------------------
def not_students(db: sqlite3.Connection, session: GradingSession, keymap: dict[int, int] | None) -> list[dict]:
    """The stored decisions and waiting comments of answers on the rows ``session`` leaves out as no student (its
    reading's ``skip``: Moodle's "Overall average"), found by their hashes among the stored answers ``keymap`` does
    not take to the session; each a dict of the stored key, the row, column, question and "student" (the row's
    name), ``what`` ("decision" or "comment"), score (None for a comment), comment, ``at`` and ``why``."""
    skip = session.reading.skip if session.reading is not None else frozenset()
    if keymap is None or not skip:
        return []
    rows = [a for a in answers_from_sheet(session.sheet, session.mapping) if a.row in skip]
    left_out: dict[str, deque] = defaultdict(deque)
    for a, digest in zip(rows, digests_of(rows)):
        left_out[digest].append(a)
    stored = db.execute("SELECT answer_key, digest FROM answers ORDER BY answer_key").fetchall()
    where = {k: left_out[d].popleft() for k, d in stored if k not in keymap and left_out.get(d)}

    def entry(key: int, what: str, score, comment: str, at: str) -> dict:
        a = where[key]
        return {"key": key, "row": a.row, "column": a.column, "item": a.item, "student": a.student, "what": what,
                "score": score, "comment": comment or "", "at": at or "", "why": NOT_A_STUDENT}
    out = [entry(k, "decision", json.loads(score), comment, at) for k, score, comment, at in
           db.execute("SELECT answer_key, score, comment, decided_at FROM decisions ORDER BY answer_key") if k in where]
    return out + [entry(k, "comment", None, comment, "") for k, comment in waiting_rows(db) if k in where]


def rekey_setting_aside(conn: sqlite3.Connection, keymap: dict[int, int], session: GradingSession) -> None:
    """:func:`.project_records.rekey`, having first added what :func:`not_students` finds to meta ``set_aside``
    (with the time), in the same transaction: nothing a teacher marked leaves the file unkept."""
    found = not_students(conn, session, keymap)
    if found:
        row = conn.execute("SELECT value FROM meta WHERE name='set_aside'").fetchone()
        at = now()
        set_meta(conn, "set_aside", (json.loads(row[0]) if row else []) + [{**e, "set_aside_at": at} for e in found])
    rekey(conn, keymap)
