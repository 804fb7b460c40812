"""The threshold the teacher moved last before closing a sheet is the one the project file keeps.

A threshold not saved yet when the sheet was closed (the slider not at rest for 300 ms) went with the close: the worker
that closes the project read the session's thresholds and wrote them as a write it waits for. Such a write is committed
even when the changes queued before it could not be (the writer tries those first and, refused, holds them), so on a
disk that refused an earlier threshold and had room again a moment later, the earlier one was written after the last,
at the close, and the file kept the earlier value. Now the close queues the last thresholds on the GUI thread, behind
everything queued before them, as a slider at rest does (the GUI thread still waits for no disk).

The disk is made to refuse the queued writes as in the other tests of the project file's failures (tests/failing_disk.py:
SQLite's own "database or disk is full" inside the writer's transaction); it has room again as soon as the writer has
reported the next refusal (the store's ``on_error``, on the writer thread).
"""
from __future__ import annotations

import sqlite3

import pytest

from failing_disk import failing_writes
from grader_app.ui.scoring_controller import ScoringController
from test_scoring_controller import _prepared

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _stored_threshold(project, item: str) -> float | None:
    con = sqlite3.connect(str(project))
    try:
        row = con.execute("SELECT value FROM thresholds WHERE item=?", (item,)).fetchone()
    finally:
        con.close()
    return None if row is None else row[0]


def test_the_threshold_moved_last_before_closing_is_kept_after_the_disk_refused_one_before(
        qtbot, tmp_path, shipped_bundles, task_manager, monkeypatch):
    prepared = _prepared(tmp_path, shipped_bundles)
    s, store = prepared.session, prepared.store
    c = ScoringController(task_manager)
    c.retrying.first_ms = 3_600_000   # no try in time: the close is what writes what is held
    c.bind(s, prepared.bundles, store)
    path = store.path
    full = failing_writes(monkeypatch)   # the disk refuses the queued writes

    s.set_thresholds({"asap-sas-1": 0.7})
    c.thresholds_changed()
    c.save_thresholds()                  # the slider at rest: 0.7 queued, refused, held by the writer
    assert not store.flush(10) and store.held_changes == ["the thresholds"]

    said = store.on_error

    def room_again(error) -> None:       # the next refusal reported: the disk has room from now on
        full["on"] = False
        said(error)
    store.on_error = room_again

    s.set_thresholds({"asap-sas-1": 0.5})   # moved again, and the sheet closed before the slider came to rest
    c.thresholds_changed()
    with qtbot.waitSignal(c.released, timeout=20000) as released:
        c.release()
    assert released.args == [""]         # everything held was written at the close
    assert _stored_threshold(path, "asap-sas-1") == 0.5   # was: 0.7, the earlier one written after the last
