"""A project file deleted or replaced while open, not once but again and again in one session, loses nothing.

After the first time the writer writes the project again in SQLite's rollback-journal mode, and there SQLite
refuses to write a file that has gone ("attempt to write a readonly database"): the commit fails before the
writer looked at the file. Every later decision was then kept in memory only, and the file never came back.
Now a commit that fails because the file has gone writes the project again, with everything, and is tried
once more there; a full disk is still a full disk. Real files, real SQLite; the files read back fresh."""
from __future__ import annotations

import shutil
import signal
import sqlite3
import sys
import threading
from pathlib import Path

import pytest

from grader_app.io.project_store import ProjectError, ProjectRestored, ProjectStore

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "ui")]
from project_helpers import make_session, read_decisions  # noqa: E402
from ui_helpers import scored_project  # noqa: E402

needs_fsize = pytest.mark.skipif(sys.platform == "win32" or not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")


def _listen(store) -> list:
    heard: list = []
    lock = threading.Lock()

    def on_error(sentence) -> None:
        with lock:
            heard.append(sentence)
    store.on_error = on_error
    return heard


def _restored(heard) -> list[str]:
    return [str(h) for h in heard if isinstance(h, ProjectRestored)]


def _problems(heard) -> list[ProjectError]:
    return [h for h in heard if not isinstance(h, ProjectRestored)]


def _replace(path: Path, text: bytes) -> None:
    path.unlink()
    path.write_bytes(text)       # e.g. a sync client put another version there


def _opened(path: Path):
    """A small session with its project at ``path`` (heard through ``on_error``) and its first decision on disk:
    (session, store, what the store said)."""
    s = make_session()
    store = ProjectStore.open(path)
    heard = _listen(store)
    store.attach(s)
    s.decide(0, 1)
    assert store.flush(5)
    return s, store, heard


def _fill_the_disk():
    """This process may write nothing past the first KB of any file (RLIMIT_FSIZE): SQLite's next commit fails
    as on a full disk, whatever file it writes (the rollback journal too). Returns the undo."""
    import resource

    old = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, old[1]))
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, old)


def test_a_scored_project_deleted_again_and_again_is_written_again_each_time_with_every_decision(tmp_path):
    session, store = scored_project(tmp_path)
    heard = _listen(store)
    path = store.path
    keys = [a.key for item in session.item_keys() for a in session.answers_for(item)]
    made = {}
    for n, key in enumerate(keys[:5]):
        if n:
            path.unlink()                             # by hand, or a clean-up tool: the 1st, 2nd, 3rd, 4th time
            assert not path.exists()
        session.decide(key, n % 2, comment=f"decision {n}")
        made[key] = (n % 2, f"decision {n}")
        assert store.flush(5)
        assert path.is_file(), f"not written again after deletion {n}"
        assert read_decisions(path) == made           # every decision, read by a connection of its own
        assert store.last_error is None and store.unsaved == {}
    assert len(_restored(heard)) == 4 and all("nothing is lost" in t for t in _restored(heard))
    assert _problems(heard) == []
    assert store.path == path and [e["key"] for e in store.decision_log()] == keys[:5]   # reads follow the file
    assert store.close() == ""
    with ProjectStore.open(path) as again:            # opened fresh: the whole project is there
        setup = again.load_setup()
        assert setup is not None and setup["decisions"] == 5
        assert set(setup["item_bundles"]) == {"asap-sas-1", "asap-sas-5"}
        assert [(e["key"], e["score"], e["comment"]) for e in again.decision_log()] == [
            (k, s, c) for k, (s, c) in made.items()]
    con = sqlite3.connect(str(path))
    try:
        assert con.execute("SELECT count(*) FROM predictions").fetchone()[0] == len(keys)
    finally:
        con.close()


def test_a_project_file_replaced_twice_is_left_alone_each_time_and_the_work_saved_beside_it(tmp_path):
    path = tmp_path / "p.grader-project"
    s, store, heard = _opened(path)
    _replace(path, b"version one")
    s.decide(1, 0)
    assert store.flush(5)
    first = tmp_path / "p (recovered).grader-project"
    assert store.path == first and read_decisions(first) == {0: (1, ""), 1: (0, "")}
    _replace(first, b"version two")                  # the file it saves in now is replaced too
    s.decide(2, 1, comment="after")
    assert store.flush(5)
    second = tmp_path / "p (recovered 2).grader-project"
    assert store.path == second
    assert path.read_bytes() == b"version one" and first.read_bytes() == b"version two"   # never written over
    assert read_decisions(second) == {0: (1, ""), 1: (0, ""), 2: (1, "after")}
    assert _restored(heard) == [
        "p.grader-project was replaced by another file while open; Grader left that file alone and saves your work "
        "in p (recovered).grader-project beside it",
        "p (recovered).grader-project was replaced by another file while open; Grader left that file alone and saves "
        "your work in p (recovered 2).grader-project beside it"]
    assert _problems(heard) == [] and store.last_error is None
    assert [e["score"] for e in store.decision_log()] == [1, 0, 1]
    assert store.close() == ""
    with ProjectStore.open(second) as again:
        assert again.decision_count() == 3


def test_deleted_replaced_and_deleted_again_each_is_recovered(tmp_path):
    path = tmp_path / "p.grader-project"
    (tmp_path / "p (recovered).grader-project").write_bytes(b"left from another day")   # a name already taken
    s, store, heard = _opened(path)
    path.unlink()
    s.decide(1, 1)
    assert store.flush(5) and read_decisions(path) == {0: (1, ""), 1: (1, "")}
    _replace(path, b"someone else's")
    s.decide(2, 0)
    assert store.flush(5)
    beside = tmp_path / "p (recovered 2).grader-project"
    assert store.path == beside and (tmp_path / "p (recovered).grader-project").read_bytes() == b"left from another day"
    beside.unlink()
    s.decide(3, 1)
    assert store.flush(5)
    assert read_decisions(beside) == {0: (1, ""), 1: (1, ""), 2: (0, ""), 3: (1, "")}
    assert len(_restored(heard)) == 3 and _problems(heard) == [] and store.unsaved == {}
    assert path.read_bytes() == b"someone else's"
    assert store.close() == ""


def test_a_change_that_waits_for_its_commit_after_a_second_deletion_is_written_to_the_file_written_again(tmp_path):
    path = tmp_path / "p.grader-project"
    s = make_session()
    store = ProjectStore.open(path)
    store.attach(s)
    for _ in range(2):
        path.unlink()
        store.save_thresholds({"q1": 0.75})           # waits for its commit: raised no error, and is on disk
        assert path.is_file()
    con = sqlite3.connect(str(path))
    try:
        assert con.execute("SELECT value FROM thresholds WHERE item='q1'").fetchone()[0] == 0.75
    finally:
        con.close()
    assert store.close() == ""


def test_a_folder_gone_after_a_deletion_is_said_once_kept_and_written_once_it_is_back(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "p.grader-project"
    s, store, heard = _opened(path)
    path.unlink()
    s.decide(1, 2)
    assert store.flush(5) and path.is_file()       # written again: rollback journal from here on
    shutil.rmtree(folder)                          # the stick was pulled
    s.decide(2, 0, comment="kept")
    assert store.flush(5) is False
    problems = _problems(heard)
    # the real reason (with each try), not "check the disk has room" for a decision the file refused
    assert problems and {p.kind for p in problems} == {"project.deleted_not_rewritten"}
    assert str(store.last_error) == str(problems[0]) and set(store.unsaved) == {2}
    folder.mkdir()                                 # plugged back in
    assert store.flush(5)                          # tried again: the file is written again with everything
    assert read_decisions(path) == {0: (1, ""), 1: (2, ""), 2: (0, "kept")}
    assert store.last_error is None and store.unsaved == {} and len(_restored(heard)) == 2
    assert store.close() == ""


@needs_fsize
def test_a_full_disk_after_the_file_was_written_again_is_still_a_full_disk(tmp_path):
    path = tmp_path / "p.grader-project"
    s, store, heard = _opened(path)
    _replace(path, b"someone else's")
    s.decide(1, 1)
    assert store.flush(5)
    beside = tmp_path / "p (recovered).grader-project"
    undo = _fill_the_disk()
    try:
        s.decide(2, 0, comment="kept")             # the commit fails: the disk is full, the file is where it was
        assert store.flush(5) is False
    finally:
        undo()
    problems = _problems(heard)
    assert problems and {str(p) for p in problems} == {   # said with each try
        "your decision is kept but could not be saved to p (recovered).grader-project (1 unsaved); check the disk has "
        "room and the file is not read-only"}
    assert len(_restored(heard)) == 1 and store.path == beside and set(store.unsaved) == {2}
    assert not (tmp_path / "p (recovered 2).grader-project").exists()   # not taken for a file that had gone
    assert read_decisions(beside) == {0: (1, ""), 1: (1, "")}
    s.decide(3, 1)                                 # there is room again: written with the next change, in order
    assert store.flush(5)
    assert read_decisions(beside) == {0: (1, ""), 1: (1, ""), 2: (0, "kept"), 3: (1, "")}
    assert store.last_error is None
    undo = _fill_the_disk()
    try:
        s.decide(4, 0)
        s.decide(5, 1)
        problem = store.close(timeout=10)
    finally:
        undo()
    # the reason, not a piece of the file's name: "p (recovered).grader-project" has brackets of its own
    assert problem.startswith("2 decisions could not be saved to p (recovered).grader-project before it was closed (")
    why = problem.split("before it was closed (", 1)[1].split(")", 1)[0]
    assert "disk" in why and "recovered" not in why
    with ProjectStore.open(beside) as again:
        assert {e["key"]: e["score"] for e in again.decision_log()} == {0: 1, 1: 1, 2: 0, 3: 1}
