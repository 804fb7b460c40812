"""A damaged project file made anew of what can still be read (grader_app.io.project_repair), with real files: pages of
the decisions table overwritten on disk (a bad sector, a torn write) lose no decision, each taken from the decision log;
the damaged file is kept aside untouched; a file with nothing to make a project of, or one another window holds, is
left as it was."""
from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from grader_app.io.project_repair import repair
from grader_app.io.project_store import ProjectError, ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import make_session  # noqa: E402

ROWS = [(f"s{i}", f"Student {i}", f"q{1 + i % 2}", f"answer {i} " + "words " * (i % 40)) for i in range(600)]


def _graded(path) -> dict:
    s = make_session(ROWS)
    with ProjectStore.open(path) as store:
        store.save_predictions(s)
        store.attach(s)
        for key in range(len(ROWS)):
            s.decide(key, 1 + key % 2 if key % 2 == 0 else 0, comment=f"comment {key}\x00 =SUM(A1)")
        assert store.flush()
    return {k: (d.score, d.comment) for k, d in s.decisions.items()}


def _pages_of(path, table: str) -> list[int]:
    con = sqlite3.connect(str(path))
    try:
        return [p for p, in con.execute("SELECT pageno FROM dbstat WHERE name=? AND pagetype='leaf' ORDER BY pageno",
                                        (table,))]
    finally:
        con.close()


def _spoil(path, pages: list[int]) -> bytes:
    data = bytearray(path.read_bytes())
    for page in pages:
        data[(page - 1) * 4096:page * 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    return bytes(data)


def test_decisions_whose_pages_are_damaged_come_back_from_the_log(tmp_path):
    path = tmp_path / "class.grader-project"
    made = _graded(path)
    leaves = _pages_of(path, "decisions")
    assert len(leaves) >= 3
    damaged = _spoil(path, leaves[1:3])                  # two pages of decisions in the middle
    with pytest.raises(ProjectError, match="damaged"):   # as it was: refused whole
        with ProjectStore.open(path) as store:
            store.restore(make_session(ROWS))

    repaired = repair(path)
    assert repaired is not None
    assert repaired.kept == tmp_path / "class (damaged).grader-project"
    assert repaired.kept.read_bytes() == damaged          # kept aside, untouched
    assert (repaired.decisions, repaired.unread) == (len(made), 0)
    session = make_session(ROWS)
    with ProjectStore.open(path) as store:
        counts = store.restore(session)
    assert counts["decisions"] == len(made) and counts["predictions"] == len(ROWS)
    assert {k: (d.score, d.comment) for k, d in session.decisions.items()} == made   # exactly, NUL and formula kept


def test_a_file_with_nothing_to_make_a_project_of_is_left_as_it_was(tmp_path):
    path = tmp_path / "class.grader-project"
    _graded(path)
    damaged = _spoil(path, _pages_of(path, "meta"))      # which sheet, which columns: gone
    assert repair(path) is None
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class.grader-project"]


def test_a_project_another_window_holds_is_not_repaired(tmp_path):
    path = tmp_path / "class.grader-project"
    _graded(path)
    damaged = _spoil(path, _pages_of(path, "decisions")[1:2])
    from grader_app.io.lock import acquire
    held = acquire(path)
    try:
        assert repair(path) is None
    finally:
        held.release()
    assert path.read_bytes() == damaged
    assert not (tmp_path / "class (damaged).grader-project").exists()


def test_a_new_file_that_cannot_be_put_in_place_leaves_the_damaged_one_where_it_was(tmp_path, monkeypatch):
    path = tmp_path / "class.grader-project"
    _graded(path)
    damaged = _spoil(path, _pages_of(path, "decisions")[1:2])
    real = os.replace

    def refused(src, dst):
        if str(src).endswith(".repairing"):   # the last step: the new file into the project's place
            raise PermissionError(13, "Permission denied", str(dst))
        return real(src, dst)
    monkeypatch.setattr(os, "replace", refused)
    assert repair(path) is None
    monkeypatch.undo()
    assert path.read_bytes() == damaged               # not a sheet without its project, which would start afresh
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class.grader-project"]


def test_no_room_for_the_scratch_copy_leaves_the_damaged_file_as_it_was(tmp_path, monkeypatch):
    import errno
    import tempfile

    path = tmp_path / "class.grader-project"
    _graded(path)
    damaged = _spoil(path, _pages_of(path, "decisions")[1:2])

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(tempfile, "TemporaryDirectory", full)
    assert repair(path) is None                      # was: OSError out of the opening's worker
    monkeypatch.undo()
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class.grader-project"]


def test_another_programs_file_is_left_as_it_was(tmp_path):
    path = tmp_path / "class.grader-project"
    con = sqlite3.connect(str(path))
    con.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    con.executemany("INSERT INTO meta VALUES (?, ?)", [(f"key {i}", "x" * 500) for i in range(200)])
    con.commit()
    con.close()
    data = path.read_bytes()                          # not Grader's (no application id), its meta read whole
    assert repair(path) is None                       # was: moved aside, a "new project" of its rows made in its place
    assert path.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class.grader-project"]
