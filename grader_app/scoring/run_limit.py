"""A time limit on every run of a bundle's model, and the token that stops scoring (and a run under way) early.

A graph decides how long a run takes, and one that passes every check of a bundle can still run (practically) for ever:
a ``Loop`` of 2⁶² rounds over a few numbers, a chain of thousands of MatMuls, or one node that computes far more than it
holds (a Conv whose kernel is nearly as large as its image does billions of multiplications in a few megabytes, so the
memory budget of :mod:`.runtime` does not stop it). A hash proves only that a bundle is the one its maker made, and a
teacher may add a colleague's; such a model must never tie up the app. So every run the app makes (the scorer's, the
probe's child's) has a time limit, far above what any real model takes.

How a run is stopped. onnxruntime's ``RunOptions.terminate``, set from another thread, ends a run before its next node,
and inside a ``Loop`` between two rounds of its body (measured on onnxruntime 1.32: a Loop of 2⁶² rounds, and a chain of
2,000 MatMuls of 1000 × 1000, each ended within 50 ms of the flag). It cannot end a node while that node computes (one
Conv of a 600 × 600 image by a 300 × 300 kernel ran its 1.4 s to the end). So the runs are made on a thread of their own (a
*lane*: a daemon thread that waits for runs, reused from one to the next; the scorer hands it a window of batches at a
time, since a hand-over per batch of 1-3 ms cost 2-6 %), and the thread that asked sleeps on an Event until they have
ended, waking only when the run under way reaches its limit: no polling, no CPU while it waits. At the limit it sets
the flag and waits :data:`GRACE_SECONDS` more; a run that has still not ended is given up: its lane finishes the node it
is in on its own and then ends, while the thread that asked (the app's scoring worker, ``grader score``) is free at
once. A :class:`CancelToken` set meanwhile (the teacher's Stop, closing the sheet, quitting) ends a
run the same way, without waiting for the limit.

The limits, from the shipped students measured on a 2-core machine under load (load average 3.3; scoring one thread,
batches of 64): a batch of real answers takes 1-3 ms (median of each set), the slowest of all ten sets' 13 ms; the
slowest batch there can be, 64 answers each at the reading cap (``text.READ_CHARS``, 10,000 characters: a class of
pasted documents), 145 ms; the probe's batch of long test answers 58 ms at most. :data:`BATCH_SECONDS` is 200 times
that slowest batch and :data:`PROBE_SECONDS` 85 times the probe's slowest run: a laptop ten times slower and busy with
other work still stays far within both, and a model that is stopped costs the teacher that long once.
"""
from __future__ import annotations

import os
import queue
import threading
import time
from types import ModuleType
from typing import Any, Callable, Sequence

BATCH_SECONDS = 30.0   # the scorer: a batch of answers (scoring.model.Scorer)
PROBE_SECONDS = 5.0    # the probe: each of its two runs (scoring.probe), the child's start not counted
GRACE_SECONDS = 2.0    # after the flag: a run not ended by then is in one long node, and is given up


class Cancelled(Exception):
    pass


class CancelToken:
    """Set from any thread: the scoring generator stops before its next batch, and a run under way is ended."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._hooks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            hooks, self._hooks = self._hooks, []
        for hook in hooks:   # on the thread that cancels: each only sets a flag and an Event
            hook()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def hook(self, fn: Callable[[], None]) -> bool:
        """Have ``fn`` called once when the token is set; False (and nothing kept) if it already is."""
        with self._lock:
            if self._event.is_set():
                return False
            self._hooks.append(fn)
            return True

    def unhook(self, fn: Callable[[], None]) -> None:
        with self._lock:
            if fn in self._hooks:
                self._hooks.remove(fn)


class TooLong(Exception):
    """A run went past its time limit: ``ended`` at the flag, or given up (its lane finishes the node it is in).
    ``done``: the outputs of the runs before it."""

    def __init__(self, seconds: float, ended: bool, done: list) -> None:
        super().__init__(f"a run went past its limit of {seconds:g} s ({'ended' if ended else 'given up'})")
        self.seconds, self.ended, self.done = seconds, ended, done


class RunFailed(Exception):
    """The run ``index`` raised ``error`` (onnxruntime's, or a MemoryError); ``done``: the outputs of the runs before."""

    def __init__(self, index: int, error: BaseException, done: list) -> None:
        super().__init__(str(error))
        self.index, self.error, self.done = index, error, done


class _Runs:
    """``session.run`` on each of ``feeds`` in turn, made on a lane; ``ended`` is set once they are all made, or one
    raised, or they were stopped. ``current`` is the run under way: (its index, when it began)."""

    def __init__(self, ort: ModuleType, session: Any, outputs: Sequence[str], feeds: Sequence[dict]) -> None:
        self.ort, self.session, self.outputs, self.feeds = ort, session, list(outputs), feeds
        self.lock = threading.Lock()
        self.options: Any = None
        self.stopped = False
        self.current = (-1, time.monotonic())
        self.woken = threading.Event()   # they ended, or were stopped (a cancel, the limit)
        self.ended = threading.Event()
        self.results: list = []
        self.error: BaseException | None = None

    def __call__(self) -> None:
        try:
            for i, feeds in enumerate(self.feeds):
                with self.lock:
                    if self.stopped:
                        return
                    self.options = options = self.ort.RunOptions()
                    self.current = (i, time.monotonic())
                self.results.append(self.session.run(self.outputs, feeds, options))
        except BaseException as exc:   # handed to the thread that asked
            self.error = exc
        finally:
            self.ended.set()
            self.woken.set()

    def stop(self) -> None:
        """End the run under way before its next node, and make no other (a cancel, the limit)."""
        with self.lock:
            self.stopped = True
            if self.options is not None:
                self.options.terminate = True
        self.woken.set()


class _Lane:
    """A daemon thread that makes the runs it is given, one after another, until it is given None."""

    def __init__(self) -> None:
        self.runs: queue.SimpleQueue = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._serve, name="grader-model-run", daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            runs = self.runs.get()
            if runs is None:
                return
            runs()
            runs = None   # what the runs held (the session, their outputs) is not kept while the lane waits


_idle: list[_Lane] = []
_idle_lock = threading.Lock()
_given_up: list[threading.Thread] = []   # the lanes of runs given up, until they have ended


def _forked() -> None:
    """In a forked child, which has none of its parent's threads: none of its lanes either (nor a lock one held)."""
    global _idle_lock
    _idle_lock = threading.Lock()
    _idle.clear()
    _given_up.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked)


def still_computing() -> list[threading.Thread]:
    """The lanes of runs given up that are still in their node. A process about to end must not wait for them, nor
    let one come back into a Python that is shutting down (on Python 3.11 its thread is then ended by an unwinding that
    onnxruntime's frames turn into an abort): ``grader_app.__main__`` ends the process at once while there is one."""
    with _idle_lock:
        _given_up[:] = [t for t in _given_up if t.is_alive()]
        return list(_given_up)


def _lane() -> _Lane:
    with _idle_lock:
        if _idle:
            return _idle.pop()
    return _Lane()


def _lane_back(lane: _Lane) -> None:
    with _idle_lock:
        _idle.append(lane)


def run_each_within(ort: ModuleType, session: Any, outputs: Sequence[str], feeds: Sequence[dict], seconds: float,
                    cancel: CancelToken | None = None, grace: float | None = None) -> list:
    """``session.run(outputs, f)`` for each of ``feeds`` in turn, each within ``seconds``: their outputs, in order.

    Made one after another on one lane, handed over once (the scorer gives a window of batches at a time): the thread
    that asked sleeps until they have ended, waking only when the run under way reaches its limit. Raises
    :class:`TooLong` when a run goes past ``seconds`` (ended there, or given up :data:`GRACE_SECONDS` later), and no
    later run is made; :class:`Cancelled` once ``cancel`` is set (the run under way ended); :class:`RunFailed` with what
    a run raised otherwise.
    """
    runs = _Runs(ort, session, outputs, feeds)
    hooked = cancel is not None and cancel.hook(runs.stop)
    if cancel is not None and not hooked:
        raise Cancelled()
    lane = _lane()
    lane.runs.put(runs)
    timed_out = False
    try:
        while not runs.woken.is_set():
            _, began = runs.current
            left = began + seconds - time.monotonic()
            if left <= 0:   # the run under way is past its limit: it ends before its next node
                timed_out = True
                runs.stop()
                break
            runs.woken.wait(left)   # no polling: woken when they end or are stopped, or at the limit
        runs.ended.wait(GRACE_SECONDS if grace is None else grace)
    finally:   # also when the wait itself was interrupted (Ctrl+C in grader score)
        if hooked:
            assert cancel is not None
            cancel.unhook(runs.stop)
        given_up = not runs.ended.is_set()
        if given_up:   # the lane ends once the node it is in has; it takes no other runs
            runs.stop()
            lane.runs.put(None)
            with _idle_lock:
                _given_up.append(lane.thread)
        else:
            _lane_back(lane)
    done = list(runs.results)
    if cancel is not None and cancel.cancelled and (given_up or len(done) < len(feeds)):
        raise Cancelled()
    if timed_out:
        raise TooLong(seconds, not given_up, done)
    if runs.error is not None:
        raise RunFailed(len(done), runs.error, done)
    return done


def run_within(ort: ModuleType, session: Any, outputs: Sequence[str], feeds: dict, seconds: float,
               cancel: CancelToken | None = None) -> Any:
    """One run (:func:`run_each_within`): its outputs; what it raised itself, rather than RunFailed."""
    try:
        return run_each_within(ort, session, outputs, [feeds], seconds, cancel)[0]
    except RunFailed as failed:
        raise failed.error from None
