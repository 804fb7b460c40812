"""Background work off the GUI thread: one small task manager over a private QThreadPool.

The shape follows superqt's thread workers and Anki's task manager: the background function is
plain Python that never touches a widget; the pool runs it (a plain callable, :class:`_Runner`) and reports
through a small signals object that lives on the GUI thread, so every callback (``on_done``,
``on_error``, ``on_progress`` / ``on_yield``, ``on_cancel``) runs on the GUI thread through a
queued connection.

Two kinds of work:

* :meth:`TaskManager.run` for one-shot work: ``fn(*args, **kwargs)``; its return value goes to
  ``on_done``. If ``on_progress`` is given, ``fn`` is also called with ``progress=<callable>``
  that it may call from the worker thread with any object.
* :meth:`TaskManager.run_generator` for generator work (such as
  :func:`grader_app.workflow.score`): each yielded value goes to ``on_yield``; the
  generator's return value goes to ``on_done``. Cancelling stops it between two yields.

**Learning has a pool of its own.** Grouping answers and fitting models from the teacher's marks (the learning
controller's work, ``lane=LEARNING``) run on a second pool of one thread, never on the pool that runs what the
teacher asked for (an export, opening a sheet, saving a model): a fit may wait minutes for the fitting child on a busy
machine, and the teacher's own work must never queue behind it (a walkthrough on a loaded laptop: a second export
waited behind two fits, one waiting for the child's start, the other for the first). :meth:`TaskManager.wait`,
:meth:`TaskManager.cancel_all` and :attr:`TaskManager.busy` cover both pools.

Each call returns a :class:`Task` whose :meth:`Task.cancel` sets a
:class:`grader_app.scoring.CancelToken`; pass that same token to a generator that checks it
(``cancel=task.token``) so it stops inside its own loop too. A worker that raises
:class:`grader_app.scoring.Cancelled` (or stops because its token was set) calls ``on_cancel``
instead of ``on_done``.

**Giving way to the window.** Work that holds Python's interpreter lock (fitting a model from the
teacher's marks, grouping answers) slows every bit of the GUI thread's own Python while it runs. Such
work calls :func:`grader_app.learn.pausing.pause_point` between small steps; this module installs
the hook behind it: on a pool thread of a manager whose GUI thread asked for the processor
(:meth:`TaskManager.give_way`, e.g. when the teacher has just made a decision) the worker waits,
without the lock, until the event loop has handled what was queued (a zero-interval timer fires
once the window's pending events are done) and a short tail more, or ``GIVE_WAY_MAX_MS`` have passed.
"""
from __future__ import annotations

import logging
import threading
import traceback
from functools import partial
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QThread, QThreadPool, QTimer, Signal, Slot

from ..learn import pausing
from ..scoring.model import Cancelled, CancelToken
from . import gc_guard

log = logging.getLogger(__name__)

Callback = Callable[..., Any] | None
LEARNING = "learning"   # the lane of learning's work (grouping, fits): a pool of its own


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits its signals, the slots call the callbacks there."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, task: "Task") -> None:
        super().__init__()
        self._task = task
        self.progressed.connect(self._on_progress)
        self.succeeded.connect(self._on_done)
        self.failed.connect(self._on_error)
        self.cancelled.connect(self._on_cancel)
        self.finished.connect(self._on_finished)

    def _heard(self) -> bool:
        """Whether the task's callbacks may run: not once its manager is gone (deleted with the window that owned it),
        since they would reach widgets that are gone too."""
        return shiboken6.isValid(self._task._manager)

    @Slot(object)
    def _on_progress(self, value) -> None:
        if self._task.on_progress is not None and not self._task._cancel_seen and self._heard():
            self._task.on_progress(value)

    @Slot(object)
    def _on_done(self, value) -> None:
        if self._task.on_done is not None and self._heard():
            self._task.on_done(value)

    @Slot(object, str)
    def _on_error(self, exc, tb: str) -> None:
        if not self._heard():
            return
        if self._task.on_error is not None:
            self._task.on_error(exc)
        else:
            log.error("background task failed: %s\n%s", exc, tb)

    @Slot()
    def _on_cancel(self) -> None:
        if self._task.on_cancel is not None and self._heard():
            self._task.on_cancel()

    @Slot()
    def _on_finished(self) -> None:
        task = self._task
        task._held = None
        # its callbacks have run (finished is the last signal): let go of what they hold, as a task and its relay
        # (a cycle) may outlive it frozen out of the collector's passes (gc_guard), holding a closed sheet's session
        task.on_done = task.on_error = task.on_progress = task.on_cancel = None
        task._running = False
        if self._heard():
            self._task._manager._forget(self._task)


_lowered = threading.local()
_worker = threading.local()     # .manager: the TaskManager whose pool runs this thread's current work
GIVE_WAY_MAX_MS = 250           # a worker waits at most this long at one pause point
GIVE_WAY_TAIL_MS = 50           # and the window keeps the processor this long after it went idle


def _give_way_hook() -> None:
    """The pause-point hook: on a pool thread, wait (lock released) while the GUI thread is busy."""
    manager = getattr(_worker, "manager", None)
    if manager is not None and not manager._gui_free.is_set():
        manager._gui_free.wait(GIVE_WAY_MAX_MS / 1000.0)


pausing.install(_give_way_hook)


def _lower_this_thread() -> None:
    """Ask for pool threads below the GUI thread's priority (honoured on Windows and macOS; on Linux
    ordinary threads share one priority, and lowering their nice value would slow scoring whenever
    anything else runs)."""
    if getattr(_lowered, "done", False):
        return
    _lowered.done = True
    QThread.currentThread().setPriority(QThread.Priority.LowPriority)


def _send(token: CancelToken, signal, *args) -> bool:
    """Emit a relay's signal from the worker; False, and the work told to stop, when no one is left to hear it: the
    relay was deleted with the app (the window closed or the program ended while this work ran), and nothing
    may reach a window that is gone."""
    try:
        signal.emit(*args)
    except RuntimeError:   # "Signal source has been deleted"
        token.cancel()
        return False
    return True


def _released(*_args, **_kwargs) -> None:
    """What a runner holds once its work has run."""


class _Runner:
    """One piece of work, given to the pool as the callable :meth:`run` (not as a QRunnable subclass: PySide ties such a
    runnable to the pool that runs it and, when the work ends before ``QThreadPool.start`` has returned, as quick work does,
    never lets it go, and with it the task and everything its callbacks hold, such as a closed sheet's session)."""

    def __init__(self, task: "Task", fn: Callable, args: tuple, kwargs: dict, generator: bool) -> None:
        self._task = task
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._generator = generator

    def run(self) -> None:  # on a pool thread: never touch a widget here
        _lower_this_thread()
        _worker.manager = self._task._manager
        relay = self._task._relay
        token = self._task.token
        send = partial(_send, token)
        try:
            if token.cancelled:
                raise Cancelled()
            if self._generator:
                gen = self._fn(*self._args, **self._kwargs)
                result = None
                try:
                    while True:
                        if token.cancelled:
                            gen.close()
                            raise Cancelled()
                        try:
                            value = next(gen)
                        except StopIteration as stop:
                            result = stop.value
                            break
                        if not send(relay.progressed, value):
                            raise Cancelled()
                finally:
                    gen.close()
            else:
                result = self._fn(*self._args, **self._kwargs)
            if token.cancelled:
                raise Cancelled()
            send(relay.succeeded, result)
        except Cancelled:
            send(relay.cancelled)
        except Exception as exc:  # reported to on_error on the GUI thread
            send(relay.failed, exc, traceback.format_exc())
        finally:
            _worker.manager = None
            # What the work held (a dialog's bound method, a closure over a window) is let go on the GUI
            # thread, when the task hears it finished: never freed here, where a Qt object must not die.
            self._task._held = (self._fn, self._args, self._kwargs)
            self._fn, self._args, self._kwargs = _released, (), {}
            send(relay.finished)


class Task:
    """A handle on one piece of background work."""

    def __init__(self, manager: "TaskManager", name: str, on_done: Callback, on_error: Callback,
                 on_progress: Callback, on_cancel: Callback, token: CancelToken | None) -> None:
        self._manager = manager
        self.name = name
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.on_cancel = on_cancel
        self.token = token or CancelToken()
        self._cancel_seen = False
        self._running = True
        self._held: tuple | None = None    # the work's function and arguments, from its end until the GUI thread drops them
        self._relay = _Relay(self)

    @property
    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Ask the work to stop at its next check; ``on_cancel`` follows on the GUI thread."""
        self._cancel_seen = True
        self.token.cancel()


class TaskManager(QObject):
    """Runs background work on its own QThreadPool and reports on the GUI thread."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max(1, int(max_threads)))
        self.learning_pool = QThreadPool(self)   # LEARNING's lane: never in the way of the teacher's own work
        self.learning_pool.setMaxThreadCount(1)  # one fitting child fits one job at a time anyway
        self._tasks: set[Task] = set()
        self._gui_free = threading.Event()    # clear: workers wait at their pause points
        self._gui_free.set()
        self._idle = QTimer(self)             # interval 0: fires once the pending events are handled
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._gui_idle)
        self._tail = QTimer(self)
        self._tail.setSingleShot(True)
        self._tail.setInterval(GIVE_WAY_TAIL_MS)
        self._tail.timeout.connect(self._gui_free.set)
        gc_guard.watch(self)   # while work runs, the GUI thread's collector makes small passes and no full one

    # ----- starting work ---------------------------------------------------------------------
    def run(self, fn: Callable, *args, on_done: Callback = None, on_error: Callback = None,
            on_progress: Callback = None, on_cancel: Callback = None, cancel: CancelToken | None = None,
            name: str = "", lane: str = "", **kwargs) -> Task:
        """Run ``fn(*args, **kwargs)`` on the pool (``lane=LEARNING``: on learning's own); ``on_done(result)`` runs on
        the GUI thread."""
        task = Task(self, name or getattr(fn, "__name__", "task"), on_done, on_error, on_progress, on_cancel, cancel)
        if on_progress is not None:
            kwargs["progress"] = partial(_send, task.token, task._relay.progressed)
        self._start(task, _Runner(task, fn, args, kwargs, generator=False), lane)
        return task

    def run_generator(self, gen_fn: Callable, *args, on_yield: Callback = None, on_done: Callback = None,
                      on_error: Callback = None, on_cancel: Callback = None, on_progress: Callback = None,
                      cancel: CancelToken | None = None, name: str = "", **kwargs) -> Task:
        """Iterate ``gen_fn(*args, **kwargs)`` on the pool; each value goes to ``on_yield``.

        ``on_progress`` is accepted as another name for ``on_yield``. If ``cancel`` is given it
        becomes the task's token, so the generator (given the same token) and the runner stop
        together.
        """
        task = Task(self, name or getattr(gen_fn, "__name__", "task"), on_done, on_error,
                    on_yield or on_progress, on_cancel, cancel)
        self._start(task, _Runner(task, gen_fn, args, kwargs, generator=True))
        return task

    # ----- the GUI thread first -------------------------------------------------------------------
    def give_way(self) -> None:
        """On the GUI thread, about to do work the teacher waits for: workers pause at their next pause
        point until the event loop has handled what is queued now and ``GIVE_WAY_TAIL_MS`` more have
        passed (so a teacher's next key press, coming soon, finds the processor free too); a worker
        waits at most ``GIVE_WAY_MAX_MS`` at one pause point."""
        self._gui_free.clear()
        self._tail.stop()
        self._idle.start()

    @Slot()
    def _gui_idle(self) -> None:
        self._tail.start()

    # ----- state -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def tasks(self) -> list[Task]:
        return list(self._tasks)

    def cancel_all(self) -> None:
        for t in list(self._tasks):
            t.cancel()

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until every worker thread of both pools has finished (for shutdown and tests)."""
        return self.pool.waitForDone(timeout_ms) and self.learning_pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        self.cancel_all()
        return self.wait(timeout_ms)

    # ----- internals ---------------------------------------------------------------------------
    def _start(self, task: Task, runner: _Runner, lane: str = "") -> None:
        if lane not in ("", LEARNING):
            raise ValueError(f"unknown lane {lane!r}")
        was_busy = self.busy
        self._tasks.add(task)
        if not was_busy:
            self.busyChanged.emit(True)
        (self.learning_pool if lane == LEARNING else self.pool).start(runner.run)

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)
        if not self._tasks:
            self.busyChanged.emit(False)
