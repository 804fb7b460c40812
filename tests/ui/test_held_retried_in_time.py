"""What the project file refused is tried again in time, not only when the teacher decides. The writer tried held
decisions again with the next change, and the window tried refused scores again after ever more decisions
(tests/ui/test_scores_retry_backoff.py): a teacher who stopped deciding on a full disk, freed some space and went on
reading got nothing written until the sheet was closed, and a project file whose folder came back (a USB stick plugged
in again) was not written again until the next change. Now, while anything is refused, the window has it tried again
after a wait that grows (15 s, 30 s, … at most 5 min; here a few milliseconds, set on the controller's ``retrying``)
and stops once everything is written: the writer tries on its own thread, the scores are saved on a worker.

The outcome is waited for (the news in the notes and on the bar, the file on disk), never a time. In the real window
with a sheet scored for real; the disk is full as in tests/failing_disk.py."""
from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_writes
from grader_app.io.project_store import ProjectStore
from test_decisions_saved_after_all import _idle_under_review
from test_project_write_errors import decisions_on_disk
from test_project_written_again_news import BACK, BACK_BAR, GONE, reviewing_from
from test_scores_saved_after_all import SAVED, _scores_on_the_bar, _scores_refused, _stored
from test_unsaved_decisions_up_to_date import MANY, ONE, _on_the_bar, _saved_news

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _quick(window, first_ms: int = 20, most_ms: int = 80):
    """The window's tries in time after ``first_ms``, doubling up to ``most_ms``, in place of 15 s and 5 min."""
    retrying = window.scoring.retrying
    retrying.first_ms, retrying.most_ms = first_ms, most_ms
    return retrying


def test_decisions_held_by_a_full_disk_are_written_once_it_has_room_though_no_change_follows(
        qtbot, window, tmp_path, monkeypatch):
    session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar = window.notices, window.statusBar()
    retrying = _quick(window)
    disk = failing_writes(monkeypatch)
    qtbot.keyClick(view, Qt.Key.Key_1)
    n = len(session.decisions)                                  # the answer shown, or its group
    refused = ONE if n == 1 else MANY.format(n=n)
    qtbot.waitUntil(lambda: any(p.startswith(refused) for p in notes.problems), timeout=10000)
    qtbot.waitUntil(lambda: retrying.tries >= 4, timeout=10000)   # tried again and again, refused again
    assert retrying.timer.isActive() and retrying.timer.interval() == 80   # the wait grew to the longest
    assert set(store.unsaved) == set(session.decisions) and decisions_on_disk(store.path) == {}

    disk["on"] = False                                          # room again; the teacher makes no change
    qtbot.waitUntil(lambda: _on_the_bar(bar, n), timeout=10000)   # in a few words, the whole its tooltip
    assert store.flush(10) and store.unsaved == {} and store.last_error is None
    assert decisions_on_disk(store.path) == {k: d.score for k, d in session.decisions.items()}
    assert notes.problems == [] and _saved_news(n) in notes.infos   # in the warning's place
    assert not retrying.timer.isActive()                        # everything written: no more tries


def test_scores_refused_by_a_full_disk_are_saved_once_it_has_room_though_the_teacher_decides_nothing(
        qtbot, window, tmp_path, monkeypatch):
    threads: list[bool] = []
    real = ProjectStore.save_predictions

    def watched(self, session):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(self, session)

    monkeypatch.setattr(ProjectStore, "save_predictions", watched)
    retrying = _quick(window)
    _sheet, writes, waited, failures = _scores_refused(qtbot, window, tmp_path, monkeypatch)
    store = window.store
    qtbot.waitUntil(lambda: len(threads) >= 3, timeout=10000)     # the save tried again, refused again
    assert _stored(store.path) == 0

    writes["on"] = waited["on"] = False                         # room again, and no decision
    qtbot.waitUntil(lambda: _scores_on_the_bar(window.statusBar()), timeout=20000)   # in a few words, whole in its tooltip
    assert _stored(store.path) == 10
    assert SAVED in window.notices.infos and not [p for p in window.notices.problems if p.startswith("The scores ")]
    assert sum(f.startswith("The scores ") for f in failures) == 1   # said once, however often tried
    assert not any(threads)                                     # on workers, never on the GUI thread
    qtbot.waitUntil(lambda: not retrying.timer.isActive(), timeout=10000)


def test_a_project_file_whose_folder_came_back_is_written_again_though_no_change_follows(qtbot, window, tmp_path):
    folder = tmp_path / "usb"
    session, store, view = reviewing_from(qtbot, window, folder)
    notes, bar = window.notices, window.statusBar()
    retrying = _quick(window)

    shutil.rmtree(folder)                                       # the stick was pulled
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: any(p.startswith(GONE) for p in notes.problems), timeout=10000)
    qtbot.waitUntil(lambda: retrying.tries >= 2, timeout=10000)   # tried again, the folder still gone
    folder.mkdir()                                              # plugged back in; the teacher makes no change
    qtbot.waitUntil(lambda: bar.currentMessage() == BACK_BAR, timeout=10000)
    assert store.last_error is None and store.unsaved == {}
    assert set(decisions_on_disk(folder / "answers.grader-project")) == set(session.decisions) != set()
    assert notes.problems == [] and BACK in notes.infos
    qtbot.waitUntil(lambda: not retrying.timer.isActive(), timeout=10000)
