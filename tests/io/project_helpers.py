"""Helpers for the project-file tests: a small scored session and the decisions as a connection of its own reads them
(a writer whose writes fail as on a full disk is in ``tests/failing_disk.py``, which the window's tests use too).

The test files import this module by name (``tests/io`` on ``sys.path``), and so do the scripts they start in other
processes.
"""
from __future__ import annotations

import json
import sqlite3

import numpy as np
import pandas as pd

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import ColumnMapping, Sheet

ROWS = [
    ("s1", "Ann", "q1", "Cells divide by mitosis to make two identical cells."),
    ("s2", "Ben", "q1", "no idea"),
    ("s3", "Cat", "q1", "Mitosis makes two cells that are the same."),
    ("s1", "Ann", "q2", "Plants use light to make sugar."),
    ("s2", "Ben", "q2", "Plants use light to make sugar."),
    ("s3", "Cat", "q2", ""),
]


def make_session(rows=ROWS, mapping=None) -> GradingSession:
    """A session over ``rows`` (student id, name, question, answer) with models for q1 (0–2) and q2 (0–1) and the
    same random model scores on every call."""
    frame = pd.DataFrame(rows, columns=["Student ID", "Name", "Question", "Answer"], dtype=object)
    sheet = Sheet(frame=frame)
    mapping = mapping or ColumnMapping(id_column="Student ID", name_column="Name",
                                       item_column="Question", answer_column="Answer")
    items = {"q1": ItemInfo(item="q1", bundle_id="b-q1", labels=(0, 1, 2), default_threshold=0.8),
             "q2": ItemInfo(item="q2", bundle_id="b-q2", labels=(0, 1), default_threshold=0.8)}
    s = GradingSession(sheet, mapping, items)
    rng = np.random.default_rng(0)
    for item in s.item_keys():
        keys = [a.key for a in s.answers_for(item)]
        p = rng.dirichlet(np.ones(len(items[item].labels)), size=len(keys)).astype(np.float32)
        s.set_predictions(keys, p)
    return s


def read_decisions(path) -> dict:
    """A second, independent connection: what is really on disk now."""
    con = sqlite3.connect(str(path))
    try:
        return {k: (json.loads(s), c) for k, s, c in con.execute("SELECT answer_key, score, comment FROM decisions")}
    finally:
        con.close()


# "on disk the moment it is made": the writer had written 400 quick decisions 0.41 s after the last at worst beside six
# CPU hogs (load ~13), so a minute is a cap no busy machine meets, and a writer holding decisions back for a minute fails
PROMPT_S = 60.0


def on_disk_once_written(store, read, expected) -> None:
    """Every decision (and waiting comment) queued so far is on disk as ``read(store.path)`` reads it through a
    connection of its own, once the store's writer says it has written them (``wait_for``: it waits, it asks for no
    flush and no commit). A decision the writer kept back for a flush, a close or a later change, or one never queued,
    fails this, and so does a writer that takes more than ``PROMPT_S`` (a busy machine makes it 0.4 s at worst)."""
    assert store._writer.wait_for(("decisions",), PROMPT_S), f"the writer had not written after {PROMPT_S:.0f} s"
    got = read(store.path)
    assert got == expected, f"not on disk once the writer had written: {got}, not {expected}"


def hand_made_project(path, version: int, first_missing_table: str, *statements: str) -> None:
    """A project file of schema ``version`` as an older Grader wrote it, made by hand: today's tables up to
    ``first_missing_table`` (which that version did not have yet), the rows the SQL ``statements`` insert, Grader's
    application id and the version number."""
    from grader_app.io import project_schema

    con = sqlite3.connect(str(path))
    con.executescript(project_schema._SCHEMA.split(f"CREATE TABLE IF NOT EXISTS {first_missing_table}")[0])
    for statement in statements:
        con.execute(statement)
    con.execute(f"PRAGMA application_id={project_schema.APPLICATION_ID}")
    con.execute(f"PRAGMA user_version={version}")
    con.commit()
    con.close()
