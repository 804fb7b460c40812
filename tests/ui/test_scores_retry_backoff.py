"""Scores a nearly full disk keeps refusing are not tried again at every decision. Once the project file refused the
scores, the window tries them again when its writer writes again; on a disk where a decision's small write still fits
but the scores do not, that was after every decision: each one set off a whole save of the scores on a worker, refused
again, and the decisions queued behind it waited for it. Now, after a retry refused again, the next waits for more
decisions each time (2, 4, 8, ...), as well as for the writer to write again; closing the sheet and quitting still try
them, and once the disk has room they go in at the next try that is due.

The disk refuses the scores (every write waited for) with SQLite's own "database or disk is full"
(tests/failing_disk.py) while the decisions are written; each decision is waited for until the writer has written it,
the window has heard so, and what it set off is done, so the count of tries does not depend on the machine's speed."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from grader_app.io.project_store import ProjectStore
from test_scores_saved_after_all import SAVED, _scored, _stored

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _counting(monkeypatch) -> list[bool]:
    """The tries to save the scores, one entry each."""
    real = ProjectStore.save_predictions
    calls: list[bool] = []

    def counted(self, session):
        calls.append(True)
        return real(self, session)

    monkeypatch.setattr(ProjectStore, "save_predictions", counted)
    return calls


def _decide(qtbot, prepared, task_manager, n: int, start: int = 0) -> None:
    """``n`` decisions, one at a time, each written, heard of and what it set off done before the next."""
    store, session = prepared.store, prepared.session
    for i in range(start, start + n):
        session.decide(i % len(session.answers), i % 2)
        assert store.flush(10)                   # written (the scores' refusal set nothing else aside)
        QCoreApplication.processEvents()         # the writer's news, if any, heard here
        qtbot.waitUntil(lambda: not task_manager.busy, timeout=10000)


@pytest.mark.parametrize("end", ["close", "quit"])
def test_scores_refused_again_and_again_are_tried_ever_more_rarely_and_always_at_the_end(
        qtbot, tmp_path, shipped_bundles, task_manager, monkeypatch, end):
    c, prepared, waited = _scored(qtbot, tmp_path, shipped_bundles, task_manager, monkeypatch)
    calls = _counting(monkeypatch)
    failed: list[str] = []
    c.saveFailed.connect(lambda text, _ms: failed.append(text))

    _decide(qtbot, prepared, task_manager, 10)   # the disk takes each decision, never the scores
    assert len(calls) == 3                       # at the 1st, 3rd and 7th decision (was: at each of the ten)
    assert failed == [] and _stored(prepared.store.path) == 0   # their failure was said once, before

    waited["on"] = False                         # room again: the next try due, at the 15th decision, is taken
    if end == "close":
        _decide(qtbot, prepared, task_manager, 4, start=10)
        assert len(calls) == 3 and _stored(prepared.store.path) == 0   # not due yet
        with qtbot.waitSignal(c.released, timeout=10000) as released:
            c.release()                          # the close tries them all the same
        assert released.args == [""]
    else:
        assert c.release_now() is None           # and so does the quit
    assert len(calls) == 4 and _stored(prepared.store.path) == 12


def test_scores_refused_again_and_again_go_in_once_the_disk_has_room(qtbot, tmp_path, shipped_bundles, task_manager,
                                                                     monkeypatch):
    c, prepared, waited = _scored(qtbot, tmp_path, shipped_bundles, task_manager, monkeypatch)
    calls = _counting(monkeypatch)
    saved: list[str] = []
    c.savedAfterAll.connect(lambda text, _ms: saved.append(text))
    _decide(qtbot, prepared, task_manager, 10)
    waited["on"] = False
    _decide(qtbot, prepared, task_manager, 5, start=10)   # the 15th decision: its try is due, and goes in
    assert len(calls) == 4 and saved == [SAVED] and _stored(prepared.store.path) == 12
    _decide(qtbot, prepared, task_manager, 3, start=15)   # saved: no more tries
    with qtbot.waitSignal(c.released, timeout=10000) as released:
        c.release()
    assert released.args == [""] and len(calls) == 4     # nor at close
