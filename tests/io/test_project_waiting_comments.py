"""Comments waiting for a score in the project file (schema version 3): on disk without a flush once the writer
has had its turn, back after a reopen, taken by the decision in the same commit, moved with a sorted sheet, kept when
a write fails until it can be written; a version-2 file gains the table and keeps its rows, and a version-3 file
is refused whole by a Grader that knows only version 2. Real SQLite files, read back through connections of
their own."""
from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path

import pytest

from grader_app.io import project_records, project_schema
from grader_app.io.project_store import SCHEMA_VERSION, ProjectError, ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from failing_disk import failing_writes  # noqa: E402
from project_helpers import ROWS, hand_made_project, make_session, on_disk_once_written, read_decisions  # noqa: E402


def read_waiting(path) -> dict:
    """The waiting comments on disk now, through a connection of its own."""
    con = sqlite3.connect(str(path))
    try:
        return dict(con.execute("SELECT answer_key, comment FROM waiting_comments"))
    finally:
        con.close()


def unscored():
    """The session of test_project_store with no model rows: every answer waits for the teacher's score."""
    s = make_session()
    s.clear_predictions()
    return s


def test_a_waiting_comment_is_on_disk_without_a_flush_and_comes_back(tmp_path):
    path = tmp_path / "p.grader-project"
    s = unscored()
    with ProjectStore.open(path) as store:
        store.attach(s)
        s.set_waiting_comment(2, "Which cells?")        # returns at once; the writer thread commits it
        on_disk_once_written(store, read_waiting, {2: "Which cells?"})   # no flush: the writer's word
        assert store.waiting_comments() == {2: "Which cells?"} and read_decisions(path) == {}
    again = unscored()
    with ProjectStore.open(path) as store:
        counts = store.restore(again)
        store.attach(again)
        assert counts["decisions"] == 0 and again.waiting_comments == {2: "Which cells?"}
        again.decide(2, 1)                               # the score takes it, as in the session
        assert again.decisions[2].comment == "Which cells?"
        assert store.flush()
    assert read_decisions(path) == {2: (1, "Which cells?")} and read_waiting(path) == {}


def test_the_decision_deletes_the_waiting_row_in_its_own_commit(tmp_path):
    """No second write needed: the comment is never in the file twice once the decision is committed (nor
    restored twice from a file that has both, as a kill between an undo's two writes leaves it)."""
    path = tmp_path / "p.grader-project"
    s = unscored()
    with ProjectStore.open(path) as store:
        store.attach(s)
        s.set_waiting_comment(0, "Name the process.")
        assert store.flush() and read_waiting(path) == {0: "Name the process."}
        s.listeners.clear()                              # the decision's own write only, by hand
        s.comment_listeners.clear()
        s.decide(0, 2)
        store.save_decision(0, s.decisions[0])
        assert store.flush()
        assert read_decisions(path) == {0: (2, "Name the process.")} and read_waiting(path) == {}
        store.save_waiting_comment(0, "Name the process.")   # an undo writes the comment back first...
        assert store.flush()
    assert read_decisions(path) == {0: (2, "Name the process.")} and read_waiting(path) == {0: "Name the process."}
    fresh = unscored()                                   # ...and was killed before the decision went
    with ProjectStore.open(path) as store:
        store.restore(fresh)
    assert fresh.decisions[0].comment == "Name the process." and fresh.waiting_comments == {}


def test_a_sorted_sheet_keeps_each_waiting_comment_on_its_answer_and_an_edited_one_loses_it(tmp_path):
    path = tmp_path / "p.grader-project"
    s = unscored()
    with ProjectStore.open(path) as store:
        store.attach(s)
        s.set_waiting_comment(1, "Ben: say why.")
        s.set_waiting_comment(3, "Ann: which sugar?")
    rows = list(reversed(ROWS))                          # sorted the other way round in the spreadsheet
    rows[2] = ("s1", "Ann", "q2", "Plants use light to make glucose.")   # Ann's answer to q2 edited
    moved = make_session(rows)
    moved.clear_predictions()
    with ProjectStore.open(path) as store:
        store.restore(moved)
        store.attach(moved)
        assert moved.waiting_comments == {4: "Ben: say why."}      # Ben's q1 answer is row 4 now
        assert store.waiting_comments() == {4: "Ben: say why."}    # and so on disk
    assert moved.answers[4].text == "no idea" and moved.answers[4].item == "q1"


def test_a_failed_write_keeps_the_comment_and_writes_it_with_the_next_change(tmp_path, monkeypatch):
    path = tmp_path / "p.grader-project"
    s = unscored()
    store = ProjectStore.open(path)
    store.attach(s)
    heard: list[str] = []
    store.on_error = lambda exc: heard.append(str(exc))
    failing = failing_writes(monkeypatch)
    s.set_waiting_comment(5, "Blank: ask again.")
    assert store.flush() is False and read_waiting(path) == {}
    assert heard[0].startswith("your comment could not be saved to p.grader-project yet (it is kept and tried "
                               "again with your next change)")
    failing["on"] = False
    assert store.flush() is True and read_waiting(path) == {5: "Blank: ask again."}
    assert store.close() == ""


def _version_2_file(path) -> None:
    """A project as Grader wrote it before version 3 (no waiting comments), by hand."""
    hand_made_project(path, 2, "waiting_comments",
                      "INSERT INTO meta(name, value) VALUES ('blind_seed', '\"0123456789abcdef0123456789abcdef\"')",
                      "INSERT INTO decisions(answer_key, score, comment, decided_at) VALUES (1, '2', 'kept', '')",
                      "INSERT INTO comment_bank(item, text) VALUES ('q1', 'Name the phase.')")


def test_a_version_2_project_keeps_its_rows_and_gains_the_waiting_comments(tmp_path):
    path = tmp_path / "old.grader-project"
    _version_2_file(path)
    looked = unscored()
    with ProjectStore.open(path, read_only=True) as ro:   # read-only: nothing changes, no table yet
        assert ro.schema_version == 2 and ro.waiting_comments() == {}
        ro.restore(looked)
    assert looked.decisions[1].comment == "kept" and looked.waiting_comments == {}
    s = unscored()
    with ProjectStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 3
        store.restore(s)
        store.attach(s)
        assert [e.text for e in store.bank_entries("q1")] == ["Name the phase."]
        assert store.blind_seed() == "0123456789abcdef0123456789abcdef"
        s.set_waiting_comment(4, "Ben: which sugar?")
    assert read_decisions(path) == {1: (2, "kept")} and read_waiting(path) == {4: "Ben: which sugar?"}


def test_a_grader_that_knows_only_version_2_refuses_the_file_and_changes_nothing(tmp_path, monkeypatch):
    """The schema's policy: a newer file is refused with "update Grader", whole, so its waiting comments can
    neither be lost nor left on the wrong answers by a Grader that does not know them."""
    path = tmp_path / "new.grader-project"
    s = unscored()
    with ProjectStore.open(path) as store:
        store.attach(s)
        s.set_waiting_comment(2, "Which cells?")
    before = path.read_bytes()
    monkeypatch.setattr(project_schema, "SCHEMA_VERSION", 2)
    with pytest.raises(ProjectError, match=r"new\.grader-project was saved by a newer Grader \(project version 3\); "
                                           r"update Grader to open it"):
        ProjectStore.open(path)
    with pytest.raises(ProjectError, match="not a Grader project this version can read"):
        ProjectStore.open(path, read_only=True)
    assert path.read_bytes() == before
    monkeypatch.undo()
    again = unscored()
    with ProjectStore.open(path) as store:
        store.restore(again)
    assert again.waiting_comments == {2: "Which cells?"}


def test_the_writer_thread_writes_the_comment_not_the_callers(tmp_path, monkeypatch):
    """The GUI thread only queues it (the project writer's rule): the commit happens on the writer thread."""
    path = tmp_path / "p.grader-project"
    s = unscored()
    threads: list[str] = []
    real = project_records.put_waiting_comment

    def noted(conn, key, comment):
        threads.append(threading.current_thread().name)
        real(conn, key, comment)

    monkeypatch.setattr(project_records, "put_waiting_comment", noted)
    with ProjectStore.open(path) as store:
        store.attach(s)
        s.set_waiting_comment(0, "Why?")
        assert store.flush()
    assert threads and all(t.startswith("project writer") for t in threads)
    assert read_waiting(path) == {0: "Why?"}
