"""Learning never runs on the GUI thread, the fit not even in the app's process, and a worker gives way.

Structural checks (speed is measured by ``scripts/bench_stall.py``, which prints figures; no timed
asserts here): in the real window, driven as a teacher would, every grouping runs on a pool thread,
seen from inside the real function, and every fit of the model learned from the marks runs in the
fitting child process (:mod:`grader_app.learn.fit_process`), asked for by a pool thread; a child
killed mid-session loses no fit, and closing the window ends it. A worker that reaches a pause
point while the GUI thread has asked for the processor (``TaskManager.give_way``) goes on only
after the event loop has handled what was queued.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading

import pytest

from grader_app.core import groups as groups_module
from grader_app.learn import fit_process, pausing
from grader_app.learn.fit_process import FitProcess
from grader_app.ui import tasks as tasks_module
from test_learning_window import OWN, _mark_current, _open, window  # noqa: F401  (the fixture)


@pytest.fixture
def threads_seen(monkeypatch):
    """The thread of every call of the real distance matrix (grouping) and of the real fitter (a fit)."""
    seen: dict[str, list[int]] = {"group": [], "fit": []}
    real_distances, real_fit = groups_module._distances, FitProcess.fit

    def distances(*args, **kwargs):
        seen["group"].append(threading.get_ident())
        return real_distances(*args, **kwargs)

    def fit(self, *args, **kwargs):
        seen["fit"].append(threading.get_ident())
        return real_fit(self, *args, **kwargs)
    monkeypatch.setattr(groups_module, "_distances", distances)
    monkeypatch.setattr(FitProcess, "fit", fit)
    return seen


@pytest.fixture
def no_child_left():
    """Fails a test after which a fitting child process is still running."""
    yield
    assert fit_process.reaped(30)   # a closed child is waited for on a reaper thread, not by the window
    assert not [p for p in multiprocessing.active_children() if p.name == "grader-fit"], "a fitting child was left"


def _learn(qtbot, window, marks: int = 6) -> None:  # noqa: F811
    for _ in range(marks):
        if OWN in window.learning.models:
            break
        _mark_current(qtbot, window)
    assert OWN in window.learning.models


def test_grouping_and_fitting_run_off_the_gui_thread(qtbot, window, tmp_path, threads_seen, no_child_left):  # noqa: F811
    gui = threading.get_ident()
    _open(qtbot, window, tmp_path)
    assert threads_seen["group"] and gui not in threads_seen["group"]
    fitter = window.learning.fitter
    window.results.request_review()
    _learn(qtbot, window)
    assert threads_seen["fit"] and gui not in threads_seen["fit"]
    st = fitter.stats
    assert st.child_fits >= 1 and st.thread_fits == 0, st     # fitted in the child, not in this process
    assert st.pid not in (None, os.getpid()) and fitter.alive
    window.close()                                            # closing the window ends the child
    assert not fitter.alive and fitter.stats.pid is not None


def test_a_fitting_child_killed_mid_session_loses_no_model(qtbot, window, tmp_path, no_child_left):  # noqa: F811
    s = _open(qtbot, window, tmp_path)
    fitter = window.learning.fitter
    window.results.request_review()
    _learn(qtbot, window)
    first, fits = window.learning.models[OWN], fitter.stats.child_fits
    os.kill(fitter.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: fitter._proc.exitcode is not None, timeout=10000)
    for _ in range(8):                                        # the teacher goes on marking
        _mark_current(qtbot, window)
        if fitter.stats.child_fits > fits:
            break
    model = window.learning.models[OWN]
    assert model is not first and model.n_marks == sum(1 for k in s.keys_for(OWN) if k in s.decisions)
    assert fitter.stats.failures == 1 and fitter.stats.thread_fits >= 1       # the fit after the kill, here
    assert fitter.stats.child_fits > fits and fitter.stats.starts == 2        # then a new child


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
