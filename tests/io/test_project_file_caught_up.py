"""The warning that the project file is behind its ``-wal`` (a full disk refused SQLite's checkpoint: the decisions are
safe in ``<file>-wal`` only, the two files must be kept together) stood for good: once the disk had room again and the
next commit's checkpoint copied everything into the file itself, nothing said so, and the teacher went on keeping two
files together and freeing space for nothing. Now the writer says, once the file has taken in everything, that it
holds every decision itself again (a :class:`FileCaughtUp`: not a failure, ``last_error`` stays None), and a later
refused checkpoint is said again. Real files, the real store and writer thread, and a process whose files may not grow
past the project file's size (``RLIMIT_FSIZE``), as on a full disk, then room again."""
from __future__ import annotations

import sys
from pathlib import Path

from grader_app.io.project_store import FileCaughtUp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import read_decisions  # noqa: E402
from refused_checkpoints import LONG, NEEDS_RLIMIT_FSIZE, refused_checkpoints, store_in_wal  # noqa: E402

pytestmark = NEEDS_RLIMIT_FSIZE


def test_once_the_disk_has_room_again_the_file_is_said_to_hold_every_decision_itself_again(tmp_path):
    path = tmp_path / "class.grader-project"
    with store_in_wal(path) as (store, session, heard):
        assert refused_checkpoints(store, path, session, ((1, 1), (3, 1))), "the WAL should take these commits"
        assert [e.kind for e in heard] == ["project.file_behind"]
        session.decide(2, 0)                                          # room again: this commit's checkpoint goes in
        assert store.flush(timeout=10)
        assert [e.kind for e in heard] == ["project.file_behind", "project.file_caught_up"]
        news = heard[1]
        assert isinstance(news, FileCaughtUp) and store.last_error is None and store.unsaved == {}
        assert str(news) == ("class.grader-project holds all your decisions itself again: it no longer needs the file "
                             "class.grader-project-wal beside it")
        session.decide(0, 1)                                          # nothing more to say while it keeps up
        assert store.flush(timeout=10)
        assert len(heard) == 2
        assert refused_checkpoints(store, path, session, ((4, 1), (5, 1)))   # full again: said again, as the first time
        assert [e.kind for e in heard][2:] == ["project.file_behind"]
    assert read_decisions(path) == {0: (1, ""), 1: (1, LONG + "1"), 2: (0, ""), 3: (1, LONG + "3"), 4: (1, LONG + "4"),
                                    5: (1, LONG + "5")}
