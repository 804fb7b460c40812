"""Learning never runs on the GUI thread, and a worker gives way to it.

Structural checks (speed is measured by ``scripts/bench_stall.py``, which prints figures; no timed
asserts here): in the real window, driven as a teacher would, every grouping and every fit of the
model learned from the marks runs on a pool thread, seen from inside the real functions; and a
worker that reaches a pause point while the GUI thread has asked for the processor
(``TaskManager.give_way``) goes on only after the event loop has handled what was queued.
"""
from __future__ import annotations

import threading

import pytest

from grader_app.core import groups as groups_module
from grader_app.learn import marks_model, pausing
from grader_app.ui import tasks as tasks_module
from test_learning_window import OWN, _mark_current, _open, window  # noqa: F401  (the fixture)


@pytest.fixture
def threads_seen(monkeypatch):
    """The thread of every call of the real distance matrix (grouping) and the real fitting routine."""
    seen: dict[str, list[int]] = {"group": [], "fit": []}
    real_distances, real_fit = groups_module._distances, marks_model._fit_dual

    def distances(*args, **kwargs):
        seen["group"].append(threading.get_ident())
        return real_distances(*args, **kwargs)

    def fit_dual(*args, **kwargs):
        seen["fit"].append(threading.get_ident())
        return real_fit(*args, **kwargs)
    monkeypatch.setattr(groups_module, "_distances", distances)
    monkeypatch.setattr(marks_model, "_fit_dual", fit_dual)
    return seen


def test_grouping_and_fitting_run_off_the_gui_thread(qtbot, window, tmp_path, threads_seen):  # noqa: F811
    gui = threading.get_ident()
    _open(qtbot, window, tmp_path)
    assert threads_seen["group"] and gui not in threads_seen["group"]
    window.results.request_review()
    for _ in range(6):
        if OWN in window.learning.models:
            break
        _mark_current(qtbot, window)
    assert OWN in window.learning.models
    assert threads_seen["fit"] and gui not in threads_seen["fit"]


def test_a_worker_waits_at_a_pause_point_while_the_gui_thread_is_busy(qtbot, task_manager, monkeypatch):
    monkeypatch.setattr(tasks_module, "GIVE_WAY_MAX_MS", 60000)   # only the event loop may let it go on
    order: list[str] = []
    reached = threading.Event()

    def work():
        reached.wait(30)
        pausing.pause_point()
        order.append("worker went on")
        return threading.get_ident()

    done: list[int] = []
    task_manager.give_way()                       # the GUI thread has work the teacher waits for
    task_manager.run(work, on_done=done.append)
    reached.set()
    order.append("gui still busy")                # nothing has let the event loop run yet
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert order == ["gui still busy", "worker went on"]
    assert done[0] != threading.get_ident()


def test_a_pause_point_off_the_pool_returns_at_once(task_manager):
    task_manager.give_way()
    pausing.pause_point()                         # the GUI thread itself (or the command line) never waits
    assert not task_manager._gui_free.is_set()
