"""A project file deleted or replaced while it is open loses nothing: the writer notices after its next
commit, writes the whole project again (at the same path, or beside a file that replaced it), says so
once, and every decision before and after is in the file that is on disk. Real files, real SQLite."""
from __future__ import annotations

import shutil
import sys
import threading
from pathlib import Path

from grader_app.io.project_store import ProjectError, ProjectRestored, ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import make_session, read_decisions  # noqa: E402


def _open_with_one_decision(path, comment: str = ""):
    """A store on ``path`` with a session attached, answer 0 marked 1 (``comment``) and on disk; what its
    writer says."""
    heard: list = []
    lock = threading.Lock()

    def on_error(sentence) -> None:
        with lock:
            heard.append(sentence)
    s = make_session()
    store = ProjectStore.open(path)
    store.on_error = on_error
    store.attach(s)
    s.decide(0, 1, comment=comment)
    assert store.flush(5)
    return store, s, heard


def test_a_project_file_deleted_while_open_is_written_again_with_every_decision(tmp_path):
    path = tmp_path / "class 7B.grader-project"
    store, s, heard = _open_with_one_decision(path, comment="before")
    path.unlink()                                   # deleted by hand, or by a clean-up tool
    assert not path.exists()
    s.decide(1, 2, comment="after")
    assert store.flush(5)
    assert path.is_file()                           # written again at the same place
    # the deleted file's WAL is not left under the new file's name (after a crash it would be replayed on it)
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    assert read_decisions(path) == {0: (1, "before"), 1: (2, "after")}
    notices = [h for h in heard if isinstance(h, ProjectRestored)]
    assert len(notices) == 1 and "deleted" in str(notices[0]) and "nothing is lost" in str(notices[0])
    assert store.last_error is None and store.unsaved == {}
    s.decide(2, 0)                                  # and it goes on writing there
    assert [e["score"] for e in store.decision_log()] == [1, 2, 0]   # reads see the file on disk now
    assert store.close() == ""
    with ProjectStore.open(path) as again:          # reopened later: everything is there
        assert len(again.decision_log()) == 3
    assert read_decisions(path)[2] == (0, "")


def test_a_project_file_replaced_while_open_is_left_alone_and_the_work_saved_beside_it(tmp_path):
    path = tmp_path / "p.grader-project"
    store, s, heard = _open_with_one_decision(path)
    path.unlink()
    path.write_bytes(b"someone else's file")        # e.g. a sync client put another version there
    s.decide(1, 0)
    assert store.flush(5)
    assert path.read_bytes() == b"someone else's file"
    beside = tmp_path / "p (recovered).grader-project"
    assert read_decisions(beside) == {0: (1, ""), 1: (0, "")}
    assert store.path == beside
    assert [e["score"] for e in store.decision_log()] == [1, 0]   # reads moved over to the file beside
    notices = [str(h) for h in heard if isinstance(h, ProjectRestored)]
    assert len(notices) == 1 and beside.name in notices[0]
    store.close()


def test_a_folder_gone_is_reported_and_the_project_written_again_once_it_is_back(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "p.grader-project"
    store, s, heard = _open_with_one_decision(path)
    shutil.rmtree(folder)                           # the stick was pulled
    s.decide(1, 1)
    store.flush(5)
    errors = [h for h in heard if isinstance(h, ProjectError) and not isinstance(h, ProjectRestored)]
    assert errors and "could not be written again" in str(errors[-1]) and store.last_error is not None
    folder.mkdir()                                  # plugged back in
    s.decide(2, 0)
    assert store.flush(5)
    assert read_decisions(path) == {0: (1, ""), 1: (1, ""), 2: (0, "")}
    assert store.last_error is None
    assert any(isinstance(h, ProjectRestored) for h in heard)
    store.close()
