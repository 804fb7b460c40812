"""A project file deleted after the teacher's last decision, with no change after it, is written again when the
sheet is closed: before, the writer only looked at its file after a change, so the decisions were on disk nowhere.
And when it cannot be written again (its folder is gone), closing says so. Real files, real SQLite."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "ui")]
from project_helpers import read_decisions  # noqa: E402
from ui_helpers import scored_project  # noqa: E402


def test_a_file_deleted_after_the_last_decision_is_written_again_at_close(tmp_path):
    session, store = scored_project(tmp_path)
    path = store.path
    keys = [a.key for item in session.item_keys() for a in session.answers_for(item)]
    session.decide(keys[0], 1, comment="kept")
    session.decide(keys[1], 0)
    assert store.flush(5)
    path.unlink()                                   # a clean-up tool, after the last decision
    assert store.close() == ""
    assert path.is_file(), "the project file was not written again before it closed"
    assert read_decisions(path) == {keys[0]: (1, "kept"), keys[1]: (0, "")}


def test_a_file_that_cannot_be_written_again_at_close_is_said(tmp_path):
    session, store = scored_project(tmp_path / "class")
    path = store.path
    key = next(a.key for item in session.item_keys() for a in session.answers_for(item))
    session.decide(key, 1)
    assert store.flush(5)
    shutil.rmtree(path.parent)                      # the whole folder: a USB stick pulled
    said = store.close()
    assert said.startswith(f"{path.name} was deleted while open and could not be written again"), said
    assert store.last_error is not None and store.last_error.kind == "project.deleted_not_rewritten"
