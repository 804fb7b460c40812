"""A project file copied while its sheet is open in Grader holds every decision made so far (QA of a teacher's files: a
copy onto a USB stick to go on at home, a backup tool's snapshot, a sync client or a mail attachment takes the
``.grader-project`` file alone, never SQLite's ``-wal`` file beside it). Every commit went into the WAL and stayed there
until the project was closed, so for as long as the sheet was open (a whole afternoon of marking) the file itself held
no table at all: the copy opened as a sheet never graded, every decision gone, and nothing said so. Now each commit is
checkpointed into the file as it is made (SQLite's automatic checkpoint, on the writer thread), so the file alone holds
what the teacher decided. Real files, the real store and its writer thread."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from grader_app.io.project_store import ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import make_session, read_decisions  # noqa: E402


def test_the_project_file_alone_copied_while_open_holds_every_decision(tmp_path):
    path = tmp_path / "class.grader-project"
    store = ProjectStore.open(path)
    try:
        if store.journal_mode != "wal":
            pytest.skip("this file system takes no WAL journal: every commit is in the file already")
        session = make_session()
        store.attach(session)
        session.decide(0, 2, comment="clear")
        session.decide(3, 1)
        assert store.flush() and store.unsaved == {}
        stick = tmp_path / "stick"
        stick.mkdir()
        shutil.copyfile(path, stick / path.name)           # the file alone, as a copy by hand or a backup takes it
        assert read_decisions(stick / path.name) == {0: (2, "clear"), 3: (1, "")}
        session.decide(3, 0, comment="second look")        # a later decision, copied again
        assert store.flush()
        shutil.copyfile(path, stick / path.name)
        with ProjectStore.open(stick / path.name, read_only=True) as copy:
            assert copy.decision_count() == 2
        assert read_decisions(stick / path.name) == {0: (2, "clear"), 3: (0, "second look")}
    finally:
        store.close()
