"""A full disk that lets the WAL take a commit but refuses to copy it into the project file itself (SQLite's checkpoint)
was silent: SQLite ignores a failed automatic checkpoint, the commit stands, so the session went on as saved while the
``.grader-project`` file alone was stale or malformed ("database disk image is malformed" once copied without its
``-wal``). Now the writer checkpoints each commit itself and says once that the decisions are safe in ``<file>-wal`` and
the two files belong together (nothing is held: ``last_error`` stays None); and the file copied alone, opened, says
to copy its ``-wal`` too rather than only that it is damaged. Real files, the real store and writer thread, and a
process whose files may not grow past the project file's size (``RLIMIT_FSIZE``), as on a full disk."""
from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path

import pytest

from grader_app.io.project_store import ProjectError, ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import make_session, read_decisions  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32" or not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")

LONG = "x" * 3000   # a comment that needs a new page of the file: the checkpoint must make it grow


def test_a_checkpoint_the_full_disk_refuses_is_said_once_and_the_copy_alone_says_to_copy_the_wal(tmp_path):
    import resource

    path = tmp_path / "class.grader-project"
    store = ProjectStore.open(path)
    heard: list = []
    try:
        if store.journal_mode != "wal":
            pytest.skip("this file system takes no WAL journal: every commit is in the file already")
        session = make_session()
        store.attach(session)
        session.decide(0, 2)
        assert store.flush()
        store.on_error = heard.append
        old = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (path.stat().st_size, old[1]))   # the file may not grow
        try:
            session.decide(1, 0, comment=LONG + "1")
            committed_first = store.flush(timeout=10)
            session.decide(3, 1, comment=LONG + "3")
            committed_second = store.flush(timeout=10)
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, old)
        assert committed_first and committed_second, "the WAL should take these commits"
        assert store.last_error is None and store.unsaved == {}          # nothing held: the commits went in
        assert [e.kind for e in heard] == ["project.file_behind"]         # said once, for two refused checkpoints
        behind = heard
        text = str(behind[0])
        assert text.startswith("class.grader-project could not take your latest decisions itself (")
        assert text.endswith("): they are safe in the file class.grader-project-wal beside it; keep the two files "
                             "together (copy both if you copy the project) and free some space on the disk")
        stick = tmp_path / "stick"
        stick.mkdir()
        shutil.copyfile(path, stick / path.name)                         # the file alone, taken while it is behind
    finally:
        store.close()
    assert read_decisions(path) == {0: (2, ""), 1: (0, LONG + "1"), 3: (1, LONG + "3")}   # with its -wal: all there
    copy = stick / path.name
    assert not os.path.exists(f"{copy}-wal")
    before = copy.read_bytes()
    for read_only in (False, True):
        with pytest.raises(ProjectError) as caught:
            ProjectStore.open(copy, read_only=read_only)
        assert caught.value.kind == "project.damaged_without_wal", (read_only, str(caught.value))
        assert str(caught.value) == (
            "class.grader-project is damaged: it was written with its latest changes in the file "
            "class.grader-project-wal, which is not beside it; if you copied class.grader-project from somewhere, "
            "copy class.grader-project-wal from there beside it too and open the sheet again; otherwise move "
            "class.grader-project aside and open the sheet again")
        assert copy.read_bytes() == before                                # left untouched
