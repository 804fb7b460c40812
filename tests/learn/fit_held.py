"""Holding the fitting child inside a fit (POSIX), for the tests that close or kill it while it fits.

A short sleep before the close was not enough: on a loaded machine (load ~10 on two cores) the fit ended first and
the test's premise, "while it fits", did not hold. Here nothing depends on time. Once ready, the child reads its
control pipe only at the pause points of a fit; so :func:`hold_in_fit` asks it to give way (the window's own
signal, ``FitProcess.give_way``), waits until the byte has been taken, which only a pause point of the fit it was
given does, and stops the child there (SIGSTOP): however slow the machine, the fit cannot end before the test
closes or kills the child. :func:`go_on_once_ended` lets the stopped child run again once a SIGTERM waits for it
(a close sends one), so that signal, not the rest of the fit, is the next thing it does.
"""
from __future__ import annotations

import array
import os
import signal
import threading
import time
from typing import Callable

CAP_S = 600.0   # a generous cap on each wait here: only a child that never gets there meets it
CAN_HOLD = os.name == "posix" and os.path.exists("/proc/self/status")
NO_HOLD = "the child is held inside its fit through its give-way pipe, POSIX signals and /proc (Linux)"


def _unread(fp) -> int:
    """Bytes written to the child's control pipe that it has not read yet."""
    import fcntl
    import termios

    got = array.array("i", [0])
    fcntl.ioctl(fp._control.fileno(), termios.FIONREAD, got)
    return got[0]


def _state(pid: int) -> str:
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        return fh.read().rsplit(")", 1)[1].split()[0]


def _pending(pid: int) -> int:
    """The signals sent to the process and not yet handled (a bit mask: bit n-1 for signal n); -1 once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("ShdPnd:"):
                    return int(line.split()[1], 16)
    except FileNotFoundError:
        return -1
    return 0


def _until(done: Callable[[], bool], what: str, seen: Callable[[], str]) -> None:
    deadline = time.monotonic() + CAP_S
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} after {CAP_S:.0f} s; {seen()}")
        time.sleep(0.002)


def hold_in_fit(fp, answered: Callable[[], bool]) -> int:
    """Stop ``fp``'s child inside the fit it has just been given (by another thread, which waits for it); return its
    pid. ``answered()`` says whether that thread already has the fit's answer: then the premise failed, and this says so."""
    assert fp._ready and fp._control is not None, "the child must be ready (a first fit done) before it is held"
    pid = fp._proc.pid
    fp.give_way()
    _until(lambda: _unread(fp) == 0 or answered(), "the child took no pause point of its fit",
           lambda: f"the child is in state {_state(pid)}")
    os.kill(pid, signal.SIGSTOP)
    _until(lambda: _state(pid) == "T", "the child did not stop", lambda: f"it is in state {_state(pid)}")
    assert not answered() and not fp._from_child.poll(0), "the fit ended before the child could be held in it"
    return pid


def go_on_once_ended(pid: int, sig: int = signal.SIGTERM) -> None:
    """Once ``sig`` waits for the stopped child ``pid`` (a close sent it), let the child run again: that signal ends it.
    (A child already gone, killed meanwhile, is left alone.)"""
    _until(lambda: _pending(pid) == -1 or bool(_pending(pid) & (1 << (sig - 1))),
           f"no {signal.Signals(sig).name} came for the held child", lambda: f"its pending signals are {_pending(pid):#x}")
    if _pending(pid) != -1:
        os.kill(pid, signal.SIGCONT)


def go_on_once_ended_later(pid: int) -> threading.Thread:
    """:func:`go_on_once_ended` on a daemon thread (for a process that closes its fitters as it ends)."""
    thread = threading.Thread(target=go_on_once_ended, args=(pid,), name="go-on-once-ended", daemon=True)
    thread.start()
    return thread
