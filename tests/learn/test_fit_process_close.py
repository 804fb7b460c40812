"""Closing the fitting child never waits for it on the calling thread (the window's, as a sheet closes: QA s52g finding 4
measured up to 5 s + 5 s there): the child is told to end, and a reaper thread waits for it, kills it if it does not end,
and reaps it, so no zombie is left."""
from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from grader_app.learn import fit_process
from grader_app.learn.fit_process import FitProcess, reaped


def _watch_joins(proc) -> list[str]:
    """The names of the threads that call ``proc.join`` from now on."""
    joined_on: list[str] = []
    join = proc.join

    def recording(timeout=None):
        joined_on.append(threading.current_thread().name)
        return join(timeout)
    proc.join = recording
    return joined_on


def _gone(pid: int) -> bool:
    """The child was reaped: not a child of this process any more (a zombie still would be)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def _ready(fp: FitProcess, timeout: float) -> bool:
    """Read the child's words until it says "ready" (its imports done); its first word, "started", comes before its
    imports, so a word waiting in the pipe does not yet mean they are done."""
    deadline = time.monotonic() + timeout
    while fp._from_child.poll(max(0.0, deadline - time.monotonic())):
        if fp._from_child.recv()[0] == "ready":
            return True
    return False


def _started(**kwargs) -> tuple[FitProcess, object]:
    fp = FitProcess(**kwargs)
    fp.warm()   # started; its imports go on in the child
    assert fp._proc is not None and fp._proc.exitcode is None
    return fp, fp._proc


def test_closing_returns_without_waiting_for_the_child_and_the_child_is_reaped_later():
    fp, proc = _started()
    pid = proc.pid
    joined_on = _watch_joins(proc)
    fp.close()
    assert threading.current_thread().name not in joined_on   # nothing waited for the child here
    assert not fp.alive and fp._proc is None                   # the fitter let go of it at once
    assert reaped(30)
    assert joined_on and set(joined_on) == {"grader-fit-reaper"}
    assert proc.exitcode == -signal.SIGTERM
    assert _gone(pid)
    fp.close()   # again: nothing more happens
    assert reaped(30)


def test_a_closed_child_that_does_not_end_on_sigterm_is_killed_and_reaped(monkeypatch):
    monkeypatch.setattr(fit_process, "REAP_GRACE_S", 0.3)
    fp, proc = _started(modules=("ignores_sigterm",))   # the child ignores SIGTERM from its first import on
    pid = proc.pid
    assert _ready(fp, 600)            # its imports are done (that one too; 17-19 s each beside 6 CPU hogs)
    os.kill(pid, signal.SIGSTOP)      # and stopped: it does not see its pipe's end either (it would end on it)
    joined_on = _watch_joins(proc)
    try:
        fp.close()
        assert threading.current_thread().name not in joined_on
        assert reaped(30)
    finally:
        if proc.exitcode is None:   # the test failed: leave nothing behind
            proc.kill()
            proc.join(10)
    assert proc.exitcode == -signal.SIGKILL
    assert _gone(pid)


@pytest.mark.parametrize("times", [2])
def test_closing_several_fitters_reaps_every_child(times):
    made = [_started() for _ in range(times)]
    for fp, _proc in made:
        fp.close()
    assert reaped(30)
    assert all(proc.exitcode is not None and _gone(proc.pid) for _fp, proc in made)
