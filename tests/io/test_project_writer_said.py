"""What the project file's writer tells the teacher is said with a kind (problem_texts.TEXTS) and its values, so
that the window can say it in German or Spanish; its ``str()``, what the command line and the old tests read, is
the same English as before. Real files, real threads, real SQLite; a full disk is SQLite's own error raised in
the write."""
from __future__ import annotations

import shutil
import sqlite3
import sys
import threading
from pathlib import Path

from grader_app.io.project_store import ProjectError, ProjectRestored, ProjectStore
from grader_app.io.project_writer import ProjectWriter, Write

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import make_session  # noqa: E402

REASON = "check the disk has room and the file is not read-only"


def _full_disk(failing: dict):
    def fn(conn):
        if failing["on"]:
            raise sqlite3.OperationalError("database or disk is full")
        conn.execute("CREATE TABLE IF NOT EXISTS t (x)")
    return fn


def _writer(tmp_path):
    conn = sqlite3.connect(str(tmp_path / "p.grader-project"), check_same_thread=False, isolation_level=None)
    writer = ProjectWriter(conn, "p.grader-project")
    heard: list = []
    got = threading.Event()

    def on_error(problem) -> None:
        heard.append(problem)
        got.set()
    writer.on_error = on_error
    return writer, heard, got


def test_changes_held_on_a_full_disk_are_said_with_their_kind_in_the_same_english(tmp_path):
    writer, heard, got = _writer(tmp_path)
    failing = {"on": True}
    writer.submit(Write(_full_disk(failing), ("thresholds",), "the thresholds"))
    writer.submit(Write(_full_disk(failing), ("meta",), "the blind-marking switch"))
    assert writer.flush(10) is False and got.wait(10)
    told = heard[-1]
    assert isinstance(told, ProjectError) and told.kind == "project.unsaved_yet"
    assert str(told) == ("the thresholds and the blind-marking switch could not be saved to p.grader-project yet (it "
                         f"is kept and tried again with your next change); {REASON}")
    what = told.values["what"]             # the parts are said too, so that the window translates them
    assert what.kind == "project.parts" and what.values["what"].kind == "project.part_thresholds"
    assert what.values["more"].kind == "project.part_blind_marking" and told.values["name"] == "p.grader-project"
    last = writer.last_error
    assert last.kind == "project.write_failed" and last.values["why"] == "database or disk is full"
    assert str(last) == f"the project file p.grader-project could not be written (database or disk is full); {REASON}"

    writer.submit(Write(_full_disk(failing), ("decisions",), "your decision", decision=(3, None)))
    assert writer.flush(10) is False
    told = heard[-1]                       # counted, and what is held with it named (not left unsaid)
    assert told.kind == "project.decisions_and_more_unsaved" and told.values["count"] == 1
    assert str(told) == ("your decision and the thresholds and the blind-marking switch are kept but could not be saved "
                         f"to p.grader-project (1 unsaved); {REASON}")

    problem = writer.close(10)             # tried once more at close: the disk is still full; what is lost, all named
    assert problem.kind == "project.decisions_and_more_unsaved_at_close" and problem.values["count"] == 1
    assert str(problem) == ("1 decision and the thresholds and the blind-marking switch could not be saved to "
                            "p.grader-project before it was closed (database or disk is full); "
                            f"{REASON}, then open the sheet again and redo them")


def test_a_change_that_can_never_be_written_is_said_with_its_kind(tmp_path):
    writer, heard, got = _writer(tmp_path)

    def broken(conn):
        raise RuntimeError("boom")
    writer.submit(Write(broken, ("decisions",), "your comment"))
    assert writer.flush(10) and got.wait(10)
    told = heard[-1]
    assert told.kind == "project.change_failed" and told.values["what"].kind == "project.part_comment"
    assert str(told) == "your comment could not be saved to p.grader-project (RuntimeError: boom); the other changes are saved"
    assert writer.close(10) is None


def test_a_close_while_the_disk_hangs_is_said_with_its_kind(tmp_path):
    writer, _heard, _got = _writer(tmp_path)
    go_on = threading.Event()
    writer.submit(Write(lambda conn: go_on.wait(20), ("meta",), "the blind-marking switch"))
    try:
        problem = writer.close(0.05)
    finally:
        go_on.set()
    assert problem.kind == "project.still_writing" and problem.values["name"] == "p.grader-project"
    n = problem.values["count"]
    waiting = "1 change waiting" if n == 1 else f"{n} changes waiting"
    assert str(problem) == (f"Grader was still writing to p.grader-project when it closed ({waiting}); check the disk, "
                            "and open the sheet again later to see what was saved")
    writer._thread.join(20)
    assert not writer.alive


def test_store_close_returns_the_same_english_and_keeps_the_problem_with_its_kind(tmp_path, monkeypatch):
    path = tmp_path / "p.grader-project"
    store = ProjectStore.open(path)
    real_write = ProjectStore._write

    def disk_full(self, fn, *args, **kwargs):
        return real_write(self, _full_disk({"on": True}), *args, **kwargs)

    monkeypatch.setattr(ProjectStore, "_write", disk_full)
    store.save_thresholds({"q1": 0.7}, wait=False)
    problem = store.close(timeout=10)
    assert problem == ("the thresholds could not be saved to p.grader-project before it was closed (database or disk "
                       f"is full); {REASON}, then open the sheet again and redo them")
    assert isinstance(problem, str) and str(store.last_error) == problem and not store.locked
    assert store.last_error.kind == "project.unsaved_at_close"
    assert store.last_error.values["what"].kind == "project.part_thresholds"
    with ProjectStore.open(path) as again:
        assert again.close() == "" and again.last_error is None


def _open_with_one_decision(path):
    heard: list = []
    store = ProjectStore.open(path)
    store.on_error = heard.append
    s = make_session()
    store.attach(s)
    s.decide(0, 1)
    assert store.flush(5)
    return store, s, heard


def test_a_project_file_gone_while_open_is_said_with_its_kind(tmp_path):
    path = tmp_path / "p.grader-project"
    store, s, heard = _open_with_one_decision(path)
    path.unlink()
    s.decide(1, 2)
    assert store.flush(5)
    [notice] = [h for h in heard if isinstance(h, ProjectRestored)]
    assert notice.kind == "project.rewritten" and notice.values == {"name": "p.grader-project"}
    assert str(notice) == "p.grader-project was deleted while open; Grader wrote it again with every decision, nothing is lost"
    assert store.close() == ""


def test_a_project_file_replaced_while_open_is_said_with_its_kind(tmp_path):
    path = tmp_path / "p.grader-project"
    store, s, heard = _open_with_one_decision(path)
    path.unlink()
    path.write_bytes(b"someone else's file")
    s.decide(2, 0)
    assert store.flush(5)
    [notice] = [h for h in heard if isinstance(h, ProjectRestored)]
    assert notice.kind == "project.rewritten_beside" and notice.values["recovered"] == "p (recovered).grader-project"
    assert str(notice) == ("p.grader-project was replaced by another file while open; Grader left that file alone and "
                           "saves your work in p (recovered).grader-project beside it")
    assert store.close() == ""


def test_a_project_file_that_cannot_be_written_again_is_said_with_its_kind(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    store, s, heard = _open_with_one_decision(folder / "p.grader-project")
    shutil.rmtree(folder)
    s.decide(1, 1)
    store.flush(5)
    errors = [h for h in heard if not isinstance(h, ProjectRestored)]
    assert errors and errors[-1].kind == "project.deleted_not_rewritten" and store.last_error is errors[-1]
    assert str(errors[-1]) == (f"p.grader-project was deleted while open and could not be written again "
                               f"({errors[-1].values['why']}); your decisions are kept while Grader stays open: {REASON}")
    folder.mkdir()
    store.close()
