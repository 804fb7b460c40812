"""Fitting the model learned from the teacher's marks in a child process, so the window never waits for it.

A fit (:func:`grader_app.learn.fit_job.fit_job`) is mostly Python that holds the interpreter lock;
on a worker thread of the app it slows every bit of the GUI thread's own Python while it runs, and
pause points (:mod:`grader_app.learn.pausing`) cannot split the long native steps between them. In a
child process the fit has its own interpreter and its own lock: the worker thread that asks for it
only writes the job to a pipe and waits for the answer, the lock released.

:class:`FitProcess` is one such child, started on first use (or by :meth:`FitProcess.warm`, when a
question starts learning) with multiprocessing's ``spawn`` start method (a fresh interpreter; the
frozen app starts itself again for it, see ``multiprocessing.freeze_support`` in
``grader_app.__main__``) and one-way pipes (``Pipe(duplex=False)``: plain OS pipes, no socket).
It is persistent: it keeps each question's texts and their hashed features (by the job's ``key``),
so a question's texts travel once and then only its marks. It ends when the parent closes it, when
its pipe from the parent reaches end of file (the parent ended or crashed) or when its parent is no
longer its parent (:mod:`grader_app.learn.fit_child` is its side). A third one-way pipe carries
:meth:`FitProcess.give_way` and :meth:`FitProcess.go_on` from the GUI thread: the child sleeps at
its pause points in between, so on a busy machine it leaves the processor to the window.

A slow start is no failure. The child says "started" as soon as it runs (its interpreter up, this package's code
running), then imports what a fit needs and says "ready". Only the first word has a limit (``start_timeout``: a child
that never runs this code, such as a frozen app started again without ``freeze_support``, is given up); after it the
fit waits for "ready" for as long as the child is alive, however long its imports take on a busy machine, where the
same imports and fit in the app's own process would be no faster and would take the interpreter lock from the window
(a fixed 120 s from start to "ready" gave the child up on a loaded laptop, and every later fit ran in the app). A
child still starting after ``SLOW_START_S`` is noted in the log (information, not a warning) and
:attr:`FitProcess.starting_slowly` says so, for the window's line; a child that dies while it starts is seen at
once (its sentinel) and the job goes to the fallback. The wait is on a worker, never on the GUI thread, and
:meth:`FitProcess.close` ends it at once.

Nothing is lost when the child cannot help: a child that does not start, dies or breaks its pipe is
noted in the log once and the job is fitted on the calling thread as before (the fallback); a child
that died after it had worked is started again for the next fit, at most ``MAX_RESTARTS`` times. A child
ended on purpose is no failure and says nothing: closed (:meth:`FitProcess.close`, the window closing while it
fits), or as the app ends, when every fitter still open is closed before multiprocessing ends its children
(:func:`_close_all`), so a fit still waited for is cancelled rather than fitted again in an ending process.

No Qt here (the app's learning controller gives the fitter to each question's assistant).
"""
from __future__ import annotations

import atexit
import logging
import multiprocessing
import multiprocessing.util   # its exit handler (which ends the children) is registered before ours: ours runs first
import os
import threading
import time
import weakref
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import TYPE_CHECKING, Any, Callable

from .fit_child import CHILD_MODULES, GO, KEEP_QUESTIONS, PAUSE, child_main

if TYPE_CHECKING:   # the fit's own imports (scipy, scikit-learn) wait for the fallback (below) or the child
    from .fit_job import FitJob

log = logging.getLogger(__name__)

START_TIMEOUT_S = 120.0   # from start to the child's first word, "started" (its interpreter up); "ready" has no limit
SLOW_START_S = 15.0       # a child not ready this long after its start is starting slowly (logged; the window says it)
MAX_RESTARTS = 3          # a child that died after it had worked is started again this many times at most
CHILD_NICE = 0            # the child's niceness increment where the system has one (os.nice)


@dataclass
class FitStats:
    """What the child cost and did (for the benchmark and the log)."""

    pid: int | None = None
    startup_s: float | None = None    # from start() to its "ready" (its imports done)
    rss_mb: float | None = None       # the child's resident memory after its last fit
    peak_rss_mb: float | None = None  # the child's peak resident memory
    child_fits: int = 0
    thread_fits: int = 0              # fits done on the calling thread (the fallback)
    starts: int = 0
    failures: int = 0
    texts_sent: int = 0               # jobs sent with their question's texts (the others: marks only)
    last_fit_s: float | None = None   # the last fit's time in the child
    gave_way_s: float = 0.0           # the time the child slept at pause points for the window (this child)


class _ChildGone(Exception):
    """The child did not start, died or broke its pipe."""


class FitProcess:
    """A persistent child process that fits jobs; thread-safe (one job at a time in the child)."""

    def __init__(self, start_timeout: float = START_TIMEOUT_S, max_restarts: int = MAX_RESTARTS,
                 modules: tuple[str, ...] = CHILD_MODULES, keep: int = KEEP_QUESTIONS, nice: int | None = None) -> None:
        self.start_timeout = float(start_timeout)
        self.max_restarts = int(max_restarts)
        self.modules, self.keep = tuple(modules), int(keep)   # what the child imports first; questions it keeps
        self.nice = CHILD_NICE if nice is None else int(nice)
        self.stats = FitStats()
        self._lock = threading.Lock()     # held by the thread whose job is in the child
        self._proc: Any = None
        self._to_child: Any = None
        self._from_child: Any = None
        self._control: Any = None         # give way / go on, written by the GUI thread
        self._control_lock = threading.Lock()
        self._t0 = 0.0
        self._started = False             # the child said "started": it runs (its imports may take long)
        self._ready = False
        self._slow_logged = False
        self._has: set[int] = set()       # the keys whose texts the running child holds
        self._broken = ""                 # why the child is not used any more ("": it is)
        self._closed = False
        self._logged = False
        _open.add(self)

    # ----- the parent's side ---------------------------------------------------------------------
    @property
    def alive(self) -> bool:
        proc = self._proc
        return proc is not None and proc.exitcode is None and not self._closed

    @property
    def pid(self) -> int | None:
        return None if self._proc is None else self._proc.pid

    @property
    def starting_for(self) -> float | None:
        """Seconds since the running child was started, while it is not known to be ready (None otherwise). Read from
        any thread: the fit waiting for it notes "ready" as soon as it comes."""
        if self._proc is None or self._ready or not self.usable:
            return None
        return max(0.0, time.time() - self._t0)

    @property
    def starting_slowly(self) -> bool:
        """The child has been starting for ``SLOW_START_S`` or more (a busy machine): fits wait for it."""
        since = self.starting_for
        return since is not None and since >= SLOW_START_S

    @property
    def usable(self) -> bool:
        """False once the child could not be started (or died too often) or this was closed."""
        return not self._broken and not self._closed

    def warm(self) -> None:
        """Start the child now if it is not running (a worker calls this when a question starts
        learning, so the first fit finds it ready); it does not wait for the child's imports."""
        with self._lock:
            if self.usable and self._proc is None:
                try:
                    self._start()
                except _ChildGone:
                    pass   # closed meanwhile
                except Exception as exc:   # noqa: BLE001  (whatever stops the start, the fallback works)
                    self._give_up(_why_not_started(exc))

    def fit(self, job: FitJob, fallback: Callable[[], Any] | None = None):
        """The job's model, fitted in the child; if the child cannot, ``fallback()`` (or the job fitted
        on this thread). Raises what the fit raises (e.g. NotEnoughMarks), and Cancelled once closed."""
        with self._lock:
            if self.usable:
                try:
                    model = self._fit_in_child(job)
                    self.stats.child_fits += 1
                    return model
                except _ChildGone as gone:
                    if self._closed:   # close() ended the child (and reaps it): only the pipes are left
                        self._drop(kill=False)
                        raise _cancelled() from None
                    self._lost(str(gone))
        if self._closed:
            raise _cancelled()
        self.stats.thread_fits += 1
        if fallback is not None:
            return fallback()
        from .fit_job import fit_job   # on the calling (worker) thread, never at the window's start

        return fit_job(job)

    def give_way(self) -> None:
        """On the GUI thread, about to do work the teacher waits for: the child sleeps at its next pause
        point until :meth:`go_on` (at most a quarter of a second there). Never blocks."""
        self._signal(PAUSE)

    def go_on(self) -> None:
        self._signal(GO)

    def _signal(self, byte: bytes) -> None:
        with self._control_lock:
            conn = self._control
            if conn is None:
                return
            try:
                os.write(conn.fileno(), byte)   # one byte, non-blocking: dropped if the pipe is full
            except (OSError, ValueError):
                pass

    def close(self) -> None:
        """End the child (at once: what it was fitting is not wanted any more). A thread waiting for
        its answer gets Cancelled. Safe to call more than once; the fitter is not used afterwards.
        Never waits (the window calls it as a sheet closes): the child is told to end and a reaper thread
        waits for it, killing it if it has not ended after ``REAP_GRACE_S`` (:func:`_reap_later`)."""
        self._closed = True
        proc = self._proc
        if proc is not None:
            if proc.exitcode is None:   # polled, not waited for
                proc.terminate()
            _reap_later(proc)
        if self._lock.acquire(blocking=False):   # no thread is inside: the pipes can go now
            try:
                self._drop(kill=False)
            finally:
                self._lock.release()

    # ----- internals (the lock held) ----------------------------------------------------------------
    def _start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        child_in, to_child = ctx.Pipe(duplex=False)     # the parent writes jobs, the child reads them
        from_child, child_out = ctx.Pipe(duplex=False)  # the child writes answers, the parent reads them
        control_in, control = ctx.Pipe(duplex=False)    # give way / go on (POSIX: raw bytes, never blocking)
        if os.name == "posix":
            os.set_blocking(control.fileno(), False)
        else:   # no select on these pipes: no giving way
            control_in.close()
            control.close()
            control_in = control = None
        proc = ctx.Process(target=child_main, name="grader-fit", daemon=True,
                           args=(child_in, child_out, control_in, os.getpid(), self.modules, self.keep, self.nice))
        self._t0 = time.time()   # the child says when it was ready by the same clock
        self.stats.starts += 1
        try:
            proc.start()
        except BaseException:
            for conn in (to_child, from_child, control):
                if conn is not None:
                    conn.close()
            raise
        finally:
            for conn in (child_in, child_out, control_in):   # the child's ends: once only the child holds
                if conn is not None:                         # them, its end is our end of file
                    conn.close()
        self._proc, self._to_child, self._from_child = proc, to_child, from_child
        with self._control_lock:
            self._control = control
        self._started, self._ready, self._has = False, False, set()
        self.stats.pid = proc.pid
        if self._closed:   # closed while it started (close() may not have seen it): it ends here
            self._drop()
            raise _ChildGone("closed")

    def _fit_in_child(self, job: FitJob):
        if self._proc is None:
            try:
                self._start()
            except _ChildGone:
                raise
            except Exception as exc:   # noqa: BLE001
                self._give_up(_why_not_started(exc))
                raise _ChildGone(str(exc)) from exc
        if not self._started:   # its first word, within start_timeout: it runs
            kind, _info = self._receive(self.start_timeout, starting=True)
            if kind != "started":
                raise _ChildGone(f"it answered {kind!r} instead of started")
            self._started = True
        if not self._ready:   # its imports: waited for while it is alive, however long they take
            kind, info = self._receive(None, starting=True)
            if kind != "ready":
                raise _ChildGone(f"it answered {kind!r} instead of ready")
            self._ready = True
            self.stats.startup_s = max(0.0, info.get("at", time.time()) - self._t0)
            self._note(info)
        kind, payload = self._ask(job, job.key not in self._has)
        if kind == "texts?":   # it let this question go (it keeps the most recent ones): once more, with them
            kind, payload = self._ask(job, True)
        if kind == "model":
            model, info = payload
            self._note(info)
            return model
        if kind == "error":
            problem, info = payload
            self._note(info)
            raise problem
        raise _ChildGone(f"it answered {kind!r}")

    def _ask(self, job: FitJob, with_texts: bool) -> tuple[str, Any]:
        try:
            self._to_child.send(("fit", job.without_features() if with_texts else job.without_texts(), with_texts))
        except (OSError, EOFError, ValueError) as exc:
            raise _ChildGone(f"its pipe broke: {exc!r}") from exc
        self._has.add(job.key)
        self.stats.texts_sent += with_texts
        return self._receive(None)

    def _receive(self, timeout: float | None, starting: bool = False) -> tuple[str, Any]:
        """The child's next message; waits (the lock released) until it comes or the child ends."""
        conn, proc = self._from_child, self._proc
        if conn is None or proc is None:
            raise _ChildGone("it is not running")
        if starting and timeout is None and not self._slow_logged:   # noted once a start is slow
            left = SLOW_START_S - (time.time() - self._t0)
            ready = wait([conn, proc.sentinel], max(0.0, left))
            if not ready:
                self._slow_logged = True
                log.info("the fitting process is still starting after %.0f s (a busy computer); fits wait for it",
                         time.time() - self._t0)
                ready = wait([conn, proc.sentinel], None)
        else:
            ready = wait([conn, proc.sentinel], timeout)
        if not ready:
            if starting:
                self._give_up(f"it had not started after {timeout:.0f} s")
            raise _ChildGone("it did not answer in time")
        try:
            if conn in ready or conn.poll():
                return conn.recv()
        except (OSError, EOFError) as exc:
            raise _ChildGone(f"it ended (exit code {proc.exitcode}): {exc!r}") from exc
        if starting:
            self._give_up(f"it ended while starting (exit code {proc.exitcode})")
        raise _ChildGone(f"it ended (exit code {proc.exitcode})")

    def _note(self, info: dict) -> None:
        self.stats.rss_mb = info.get("rss_mb", self.stats.rss_mb)
        self.stats.peak_rss_mb = info.get("peak_rss_mb", self.stats.peak_rss_mb)
        self.stats.last_fit_s = info.get("fit_s", self.stats.last_fit_s)
        self.stats.gave_way_s = info.get("gave_way_s", self.stats.gave_way_s)

    def _lost(self, why: str) -> None:
        """The child is gone: the job goes to the fallback; a later job starts a new child (if allowed)."""
        self.stats.failures += 1
        was_ready = self._ready
        self._drop()
        if not self._broken and (not was_ready or self.stats.starts > self.max_restarts):
            self._give_up(why)
        if not self._logged:
            self._logged = True
            log.warning("the fitting process stopped (%s); this fit runs in the app's own process%s", why,
                        "" if self._broken else " and the process is started again for the next")

    def _give_up(self, why: str) -> None:
        if not self._broken:
            self._broken = why
            if self._closed:   # ended on purpose (close(), the app ending): nothing went wrong
                return
            log.warning("the fitting process is not used: %s; models are fitted in the app's own process",
                        " ".join(why.split()))   # one line in the log, whatever the exception's text
            self._logged = True

    def _drop(self, kill: bool = True) -> None:
        proc = self._proc
        if kill and proc is not None:
            if proc.exitcode is None:
                proc.kill()
            proc.join(5)
        for conn in (self._to_child, self._from_child):
            if conn is not None:
                conn.close()
        with self._control_lock:
            if self._control is not None:
                self._control.close()
            self._control = None
        self._proc = self._to_child = self._from_child = None
        self._started, self._ready, self._has = False, False, set()


_open: weakref.WeakSet[FitProcess] = weakref.WeakSet()   # every fitter made (close() is safe more than once)
REAP_GRACE_S = 5.0   # a closed child that has not ended after this long (it ignored SIGTERM) is killed
_reaping: dict[int, threading.Thread] = {}   # pid -> the thread waiting for that closed child
_reaping_lock = threading.Lock()


def _reap_later(proc) -> None:
    """Wait for the closed child ``proc`` on a thread of its own (once per child), never on the caller's: it is
    reaped (no zombie is left) as soon as it ends, and killed if it is still there after ``REAP_GRACE_S``."""
    with _reaping_lock:
        if proc.pid in _reaping:
            return
        thread = threading.Thread(target=_reap, args=(proc,), name="grader-fit-reaper", daemon=True)
        _reaping[proc.pid] = thread
    thread.start()


def _reap(proc) -> None:
    try:
        proc.join(REAP_GRACE_S)
        if proc.exitcode is None:
            proc.kill()
            proc.join()
    finally:
        with _reaping_lock:
            _reaping.pop(proc.pid, None)


def reaped(timeout: float | None = None) -> bool:
    """Wait (up to ``timeout`` seconds each) for the closed children still being reaped; True once none is left.
    For the app's end and for tests: the window never calls it."""
    with _reaping_lock:
        threads = list(_reaping.values())
    for thread in threads:
        thread.join(timeout)
    with _reaping_lock:
        return not _reaping


def _close_all() -> None:
    """As the interpreter ends: every fitter closed, before multiprocessing's own exit handler (registered before this
    one, so run after it) ends the children. A worker still waiting for a fit (the app quit with a fit running) then
    gets Cancelled, as when the window closes, instead of a child that seems to have died (a warning, and the fit
    done again in the ending process)."""
    for fitter in list(_open):
        fitter.close()


atexit.register(_close_all)


def _why_not_started(exc: BaseException) -> str:
    """Why the child could not be started, for the log. The usual reason: this process is itself a
    child that ``spawn`` started and that is still re-importing its parent's main module, because a
    script started the fitter outside ``if __name__ == "__main__":``."""
    if getattr(multiprocessing.current_process(), "_inheriting", False) or "bootstrapping phase" in str(exc):
        return ("this process is a spawned child still importing its parent's main module (the spawn start method "
                "re-imports it, so a script that starts the fitter must do so under `if __name__ == \"__main__\":`)")
    return f"it could not be started: {exc!r}"


def _cancelled() -> Exception:
    from ..scoring.model import Cancelled   # here, not at the top: the child never needs scoring's imports

    return Cancelled()


