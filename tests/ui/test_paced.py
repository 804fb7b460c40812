"""GUI-thread work in slices (grader_app/ui/paced.py): the event loop turns between slices, progress is
reported, a failure is reported once, and a cancel closes the generator (its finally runs) with no callback."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

from grader_app.ui.paced import Paced, run_to_end


def steps(n: int, ms: float, log: list, fail_at: int | None = None):
    try:
        for k in range(n):
            if k == fail_at:
                raise ValueError(f"step {k} failed")
            time.sleep(ms / 1000)
            yield k + 1, n
        return f"{n} steps"
    finally:
        log.append("closed")


def test_run_to_end_gives_the_generators_result():
    log: list = []
    assert run_to_end(steps(3, 0, log)) == "3 steps" and log == ["closed"]


def test_slices_let_the_event_loop_turn_between_them(qtbot):
    ticks, progress, done, log = [0], [], [], []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    paced = Paced(steps(40, 5, log), on_done=done.append, on_error=pytest.fail,
                  on_progress=lambda k, n: progress.append((k, n, ticks[0])), slice_ms=20)
    paced.start()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    timer.stop()
    assert done == ["40 steps"] and log == ["closed"] and not paced.running
    assert [(k, n) for k, n, _ in progress] == [(k, 40) for k in range(1, 41)]
    # 40 steps of 5 ms in slices of 20 ms: about ten slices, and the timer fired between them
    assert 5 <= paced.slices <= 40
    seen = sorted({t for _, _, t in progress})
    assert len(seen) >= 3, f"the event loop did not turn between slices: {seen}"
    assert progress[0][2] < progress[-1][2]


def test_a_step_that_fails_is_reported_once_and_nothing_else(qtbot):
    errors, done, log = [], [], []
    paced = Paced(steps(10, 1, log, fail_at=4), on_done=done.append, on_error=errors.append, slice_ms=2).start()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    qtbot.wait(50)
    assert len(errors) == 1 and isinstance(errors[0], ValueError) and "step 4" in str(errors[0])
    assert done == [] and log == ["closed"] and not paced.running


def test_cancel_closes_the_generator_and_calls_nothing(qtbot):
    done, errors, log, progress = [], [], [], []
    paced = Paced(steps(1000, 2, log), on_done=done.append, on_error=errors.append,
                  on_progress=lambda k, n: progress.append(k), slice_ms=5).start()
    qtbot.waitUntil(lambda: len(progress) >= 3, timeout=10000)
    paced.cancel()
    assert log == ["closed"] and not paced.running
    seen = len(progress)
    qtbot.wait(100)
    assert len(progress) == seen and done == [] and errors == []
    paced.cancel()                                     # twice is harmless


def test_a_progress_callback_that_fails_closes_the_generator_too(qtbot):
    errors, log = [], []

    def bad_progress(k, n):
        raise KeyError("the bar is gone")

    paced = Paced(steps(10, 0, log), on_done=pytest.fail, on_error=errors.append, on_progress=bad_progress).start()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert isinstance(errors[0], KeyError) and log == ["closed"] and not paced.running
