"""TaskManager: work runs off the GUI thread, callbacks come back on it, cancel and errors work."""
from __future__ import annotations

import gc
import threading
import time
import weakref

import pytest

from grader_app.scoring import Cancelled, CancelToken

CAP_S = 600.0                 # a cap on a wait for an event: only a task manager that never gets there meets it
CAP_MS = int(CAP_S * 1000)


def test_run_returns_result_on_gui_thread(qtbot, task_manager):
    gui = threading.get_ident()
    seen = {}

    def work(a, b):
        seen["worker"] = threading.get_ident()
        return a + b

    def done(value):
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    task = task_manager.run(work, 2, 3, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 5
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert not task_manager.busy


def test_run_reports_progress_and_errors(qtbot, task_manager):
    steps, errors = [], []

    def work(progress):
        progress(1)
        progress(2)
        raise OSError("disk full")

    task_manager.run(work, on_progress=steps.append, on_error=errors.append,
                     on_done=lambda v: pytest.fail("on_done must not run after an error"))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert steps == [1, 2]
    assert isinstance(errors[0], OSError) and "disk full" in str(errors[0])


def test_generator_yields_in_order_and_returns(qtbot, task_manager):
    got, done = [], []

    def gen(n):
        for i in range(n):
            yield i
        return "finished"

    task_manager.run_generator(gen, 5, on_yield=got.append, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert got == [0, 1, 2, 3, 4]
    assert done == ["finished"]


def test_generator_cancel_stops_between_yields(qtbot, task_manager):
    token = CancelToken()
    started = threading.Event()
    got, cancelled, done = [], [], []

    def gen(cancel):
        for i in range(1000):
            if cancel.cancelled:
                raise Cancelled()
            started.set()
            time.sleep(0.005)
            yield i

    task = task_manager.run_generator(gen, token, on_yield=got.append, on_done=done.append,
                                      on_cancel=lambda: cancelled.append(True), cancel=token)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert not done
    assert len(got) < 1000
    assert task.token is token and token.cancelled


def test_gui_stays_responsive_while_worker_blocks(qtbot, task_manager):
    """While a worker is blocked, the GUI thread keeps running its event loop: run() returns, a QTimer keeps firing
    and a posted event is handled, all while the worker still waits for the test's word. Nothing here is timed: the
    work waits until the test releases it, which it does only once all of that was seen, so "before the work ended"
    is a fact, not a race a busy machine could lose. Were the work run on the GUI thread, run() itself would wait
    until the watchdog released it and every check below fails (the watchdog only ends a run() that never returns)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    started, release = threading.Event(), threading.Event()
    done = []
    watchdog = threading.Timer(CAP_S, release.set)   # only for a run() that does the work itself: then it fails
    watchdog.daemon = True
    watchdog.start()

    def blocking_work():
        started.set()
        release.wait()
        return True

    try:
        task = task_manager.run(blocking_work, on_done=done.append)
        assert not release.is_set(), "run() blocked its caller until its work was released"
        assert started.wait(CAP_S), "the worker never started"

        ticks = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(10)
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=CAP_MS)
        timer.stop()

        class Receiver(QObject):
            seen = False

            def event(self, ev):
                if ev.type() == QEvent.Type.User:
                    Receiver.seen = True
                    return True
                return super().event(ev)

        receiver = Receiver()
        QCoreApplication.postEvent(receiver, QEvent(QEvent.Type.User))
        qtbot.waitUntil(lambda: Receiver.seen, timeout=CAP_MS)

        # all of that happened while the worker was still blocked
        assert task.running and not done and not release.is_set()
    finally:
        watchdog.cancel()
        release.set()
    qtbot.waitUntil(lambda: done == [True], timeout=CAP_MS)
    qtbot.waitUntil(lambda: not task_manager.busy, timeout=CAP_MS)


def test_busy_signal(qtbot, task_manager):
    states = []
    task_manager.busyChanged.connect(states.append)
    with qtbot.waitSignal(task_manager.busyChanged, timeout=5000, check_params_cb=lambda b: b is False):
        task_manager.run(lambda: 1)
    assert states == [True, False]


def test_what_the_work_held_is_let_go_on_the_gui_thread(qtbot, task_manager):
    """A task's function (here a bound method of an object only the task still holds, like a closed
    dialog's) is freed on the GUI thread once the task is over, never on the worker thread."""
    freed_on: list[int] = []
    ran_on: list[int] = []

    class Owner:
        def work(self) -> int:
            ran_on.append(threading.get_ident())
            return 7

        def __del__(self) -> None:
            freed_on.append(threading.get_ident())

    results: list[int] = []
    task_manager.run(Owner().work, on_done=results.append)   # nothing else holds the Owner
    qtbot.waitUntil(lambda: results == [7] and not task_manager.busy, timeout=5000)
    assert task_manager.wait(5000)
    assert ran_on and ran_on[0] != threading.get_ident()
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
    assert freed_on == [threading.get_ident()]


def test_quick_work_lets_go_of_its_callbacks_once_it_is_over(qtbot, task_manager):
    """Found in QA (s52g finding 12): work that ended before ``QThreadPool.start`` returned (a quick one, such as the
    results page's figures) was kept by PySide for good, with its task and every callback's closure (there: the closed
    sheet's session). Each callback here holds an object nothing else holds; all are freed once the work is over."""
    class Held:
        pass

    refs = []
    for i in range(200):
        held = Held()
        refs.append(weakref.ref(held))
        task_manager.run(int, i, on_done=lambda _r, held=held: None, name="quick")
        del held
        qtbot.wait(3)   # an idle worker: the next work starts (and ends) at once
    qtbot.waitUntil(lambda: not task_manager.busy, timeout=10000)
    assert task_manager.wait(5000)
    qtbot.wait(50)
    gc.collect()
    assert sum(1 for ref in refs if ref() is not None) == 0
