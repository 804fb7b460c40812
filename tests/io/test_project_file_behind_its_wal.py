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
import sys
from pathlib import Path

import pytest

from grader_app.io.project_store import ProjectError, ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import read_decisions  # noqa: E402
from refused_checkpoints import LONG, NEEDS_RLIMIT_FSIZE, refused_checkpoints, store_in_wal  # noqa: E402

pytestmark = NEEDS_RLIMIT_FSIZE


def test_a_checkpoint_the_full_disk_refuses_is_said_once_and_the_copy_alone_says_to_copy_the_wal(tmp_path):
    path = tmp_path / "class.grader-project"
    with store_in_wal(path) as (store, session, heard):
        assert refused_checkpoints(store, path, session, ((1, 0), (3, 1))), "the WAL should take these commits"
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
