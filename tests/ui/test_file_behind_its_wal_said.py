"""A full disk that takes each commit into the project's -wal file but refuses to copy it into the project file itself
(SQLite's checkpoint) was never said: the decisions were safe while Grader ran, but the .grader-project file alone
(copied to a stick, backed up) was stale or damaged, and the teacher had no reason to keep the -wal with it. Now the
window says once, in the notes and on the status bar, that the decisions are safe in answers.grader-project-wal and the
two files belong together; nothing is counted as unsaved. The real window with a sheet scored for real; the checkpoint
refused as tests/failing_disk.py refuses a statement, with SQLite's own "database or disk is full"."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from failing_disk import no_room_for
from test_project_write_errors import _reviewing

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

BEHIND = ("answers.grader-project could not take your latest decisions itself (database or disk is full): they are "
          "safe in the file answers.grader-project-wal beside it; keep the two files together (copy both if you copy "
          "the project) and free some space on the disk.")


def test_a_refused_checkpoint_is_said_once_and_nothing_is_counted_unsaved(qtbot, window, tmp_path, monkeypatch):
    no_room_for(monkeypatch, "PRAGMA WAL_CHECKPOINT")   # every connection opened from now on: the checkpoint refused
    session, store, _keys, view = _reviewing(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: not window.tasks.busy and not window.scoring.save_pending, timeout=20000)
    if store.journal_mode != "wal":
        pytest.skip("this file system takes no WAL journal: every commit is in the file already")
    notes = window.notices
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: BEHIND in notes.problems, timeout=10000)
    assert window.statusBar().currentMessage().startswith("answers.grader-project could not take your latest")
    qtbot.keyClick(view, Qt.Key.Key_1)                          # refused again: not said again
    assert store.flush(10) and store.unsaved == {} and store.last_error is None
    qtbot.wait(200)
    assert notes.problems.count(BEHIND) == 1
    assert "not saved" not in window.windowTitle()
