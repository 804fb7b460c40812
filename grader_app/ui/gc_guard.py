"""Python's cycle collector, run on the GUI thread only.

CPython runs a cycle collection on whichever thread happens to allocate past the threshold. When that
is a worker thread (scoring, grouping, fitting), the collection may free a cycle that holds a Qt
object living on the GUI thread (a finished task's signal relay, a closed dialog and the lambdas wired
to it), so its C++ side is destroyed on the wrong thread, possibly while the GUI thread is using it:
an occasional crash with no Python traceback. :class:`GuiThreadCollector` switches the automatic
collector off and runs the same generational collections from a timer on the GUI thread instead
(the thresholds are CPython's own), so garbage is still freed, only never on a worker thread.

A full pass over everything the app holds takes 120–160 ms on a 2-core laptop (about 170,000 objects
once the window is built: modules, classes, Qt wrappers), longer than the window may stall. So once
the event loop first turns, what exists then is collected once and frozen (``gc.freeze``: it lives as
long as the app anyway and is never looked at again), and a full pass runs at most every
``FULL_EVERY_S`` seconds (a younger generation's pass in between), as CPython itself defers full passes.

The learning controller freezes what lives when learning's imports come in, an open sheet's session (its answers,
scores, groups: 100,000 objects and more on 20,000 answers) among it (:func:`freeze_with_session`). Frozen objects are
still freed when nothing refers to them, but a cycle among them never is, and a closed sheet's session may be held by
such cycles (its review screen's widgets, its undo stack): so once a sheet is closed and its project released
(:func:`thaw_soon`), if the closed session is still there, the collector thaws everything, makes one full pass, which
frees it, and freezes what is left again. (Freezing every big session once it was loaded, to keep it out of the full
passes, was tried and left: what was garbage at that moment, or became garbage in a cycle with it, stayed frozen, and
the window grew by 7 MB per close and reopen of a 5,000-answer sheet.)

While work runs on a worker (any :func:`watch`-ed task manager busy: learning models from a marked sheet, scoring),
the worker allocates fast (imports, a sheet's rows, features) and every pass has to look at all it allocated since the
last one: at one pass per 500 ms a middle-generation pass took 160 ms and more of the GUI thread while models were
made from a 250-answer marked sheet. So meanwhile the timer ticks every ``BUSY_INTERVAL_MS`` (each pass a tenth of the
size) and a full pass that comes due, or the thaw after a sheet is closed, waits until no work runs (at most
``FULL_DEFERRED_AT_MOST_S``).

``install(app)`` is called once the ``QApplication`` exists; ``collect_due()`` runs what is due now
(tests call it between tests, where no event loop turns).
"""
from __future__ import annotations

import ctypes
import gc
import sys
import threading
import time
import weakref

import shiboken6
from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 500
BUSY_INTERVAL_MS = 50   # while work runs on a worker: small passes, often
SWEEP_EVERY_S = 2.0     # every 2 s the young generation is collected if it holds anything
FULL_EVERY_S = 60.0
FULL_DEFERRED_AT_MOST_S = 600.0   # a full pass waits for the work to end, but not longer than this

_watched: "weakref.WeakSet" = weakref.WeakSet()   # task managers (anything with ``busy``) whose work defers full passes


_collectors: "weakref.WeakSet" = weakref.WeakSet()


def watch(manager) -> None:
    """While ``manager.busy`` (a task manager with work running) the collector makes small passes and no full one;
    its ``busyChanged`` signal, if it has one, sets the collector's pace at once."""
    _watched.add(manager)
    changed = getattr(manager, "busyChanged", None)
    if changed is not None:
        changed.connect(_work_changed)


def _work_changed(_busy: bool = False) -> None:
    for collector in list(_collectors):
        collector.pace()


def work_running() -> bool:
    """Whether any watched task manager still there (not deleted with its window: its work is no longer heard) has
    work running."""
    return any(shiboken6.isValid(m) and m.busy for m in list(_watched))


def due_generation(sweep: bool = False) -> int | None:
    """The oldest generation whose collection CPython would have run by now, or None. With ``sweep``
    the young generation counts as due whenever it holds anything: a cycle dropped during a burst of
    work that was itself freed again (the net count back under the threshold, where CPython would have
    collected during the burst) is not left lying until the next burst."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    gen = 0 if sweep and counts[0] > 0 else None
    for g in range(3):
        if thresholds[g] and counts[g] > thresholds[g]:
            gen = g
    return gen


_last_full = [time.monotonic()]


def collect_due(sweep: bool = False, full_every_s: float = 0.0, defer_full: bool = False) -> int:
    """Run the collection that is due (if any) on this thread; returns the objects it freed. A full
    pass that comes sooner than ``full_every_s`` after the last one, or while ``defer_full`` (work runs on a worker)
    unless none ran for :data:`FULL_DEFERRED_AT_MOST_S`, is a middle-generation pass."""
    gen = due_generation(sweep)
    if gen is None:
        return 0
    if gen == 2:
        since = time.monotonic() - _last_full[0]
        if since < full_every_s or (defer_full and since < FULL_DEFERRED_AT_MOST_S):
            gen = 1
        else:
            _last_full[0] = time.monotonic()
    return gc.collect(gen)


THAW_DELAY_S = 1.0   # after the sheet's release: the worker that closed its project has let go of the session by then
_frozen_with_session = [False]   # a session was frozen since the last thaw
_thaw_at: list[float | None] = [None]
_closed: list = []   # weak references to the sessions closed since the last thaw: none is needed once they are gone


def session_closed(session) -> None:
    """``session``'s sheet is being closed: :func:`thaw_due` thaws only if it or its sheet (the columns dialog holds it)
    is still there by then (held by a cycle among frozen objects); freed as they were let go, they need no full pass."""
    if session is not None and _frozen_with_session[0]:   # not frozen: the collector's passes free it as they go
        _closed.extend(weakref.ref(o) for o in (session, getattr(session, "sheet", None)) if o is not None)


def freeze_with_session() -> None:
    """Freeze every object alive now, an open sheet's session among them (``gc.freeze``: takes no time); the next
    :func:`thaw_soon` frees them once that sheet is closed. Callable from any thread."""
    gc.freeze()
    _frozen_with_session[0] = True


def thaw_soon(delay_s: float | None = None) -> None:
    """A sheet was closed and its project released: if a session was frozen, the collector thaws, collects and freezes
    again ``delay_s`` (:data:`THAW_DELAY_S`) from now (:func:`thaw_due`)."""
    if _frozen_with_session[0]:
        _thaw_at[0] = time.monotonic() + (THAW_DELAY_S if delay_s is None else delay_s)


def thaw_due(defer: bool = False) -> bool:
    """The thaw :func:`thaw_soon` planned, if its time has come. The closed session, if it is still there, is mostly held
    by garbage that is not frozen (its review screen, aged into the oldest generation): a full pass over what is not
    frozen (milliseconds when idle) frees it. Only if it is still there then is everything thawed, one full pass made
    over it all (hundreds of milliseconds), and what is left frozen again. While ``defer`` (work runs on a worker:
    another sheet opened and scored, whose allocations every pass would look at) it waits, as the full passes do, but
    not longer than :data:`FULL_DEFERRED_AT_MOST_S` after its time. True if it collected."""
    at = _thaw_at[0]
    now = time.monotonic()
    if at is None or now < at or (defer and now - at < FULL_DEFERRED_AT_MOST_S):
        return False
    _thaw_at[0] = None
    if any(ref() is not None for ref in _closed):   # held by garbage that is not frozen? a full pass over what is not
        gc.collect()                                  # frozen (short) frees it
        _last_full[0] = time.monotonic()
    _closed[:] = [ref for ref in _closed if ref() is not None]
    if not _closed:   # freed: the cycles left frozen are small, kept for the next thaw
        give_back_memory()
        return True
    _closed.clear()
    _frozen_with_session[0] = False
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    _last_full[0] = time.monotonic()
    give_back_memory()
    return True


def _malloc_trim():
    """glibc's ``malloc_trim``, or None (another C library, another system)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None


def give_back_memory() -> threading.Thread | None:
    """Hand the memory the C allocator holds free back to the system, on a thread of its own (glibc's ``malloc_trim``:
    milliseconds to walk the heap, the GUI thread never waits for it). Python frees what a big export or a closed sheet
    used, but glibc keeps it for the process: 200 of the 240 MB an export of 20,000 answers took were still held after it
    (QA s52g finding 12). Elsewhere nothing is done (Windows and macOS give freed memory back themselves)."""
    trim = _malloc_trim()
    if trim is None:
        return None
    thread = threading.Thread(target=trim, args=(0,), name="grader-malloc-trim", daemon=True)
    thread.start()
    return thread


def freeze_what_lives_now() -> None:
    """Collect once, then move every object alive now out of all later passes (``gc.freeze``)."""
    gc.collect()
    gc.freeze()


class GuiThreadCollector(QObject):
    """Owns the switch: while started, only its timer (GUI thread) collects cycles."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS,
                 full_every_s: float = FULL_EVERY_S) -> None:
        super().__init__(parent)
        self.full_every_s = full_every_s
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._interval_ms = interval_ms
        self._swept = time.monotonic()
        _collectors.add(self)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        if not self.active:
            self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Give collection back to CPython (as it was before :meth:`start`), after a last due pass."""
        if not self.active:
            return
        self._timer.stop()
        collect_due(sweep=True)
        if self._was_enabled:
            gc.enable()

    def pace(self) -> bool:
        """Tick every :data:`BUSY_INTERVAL_MS` while work runs, else at the collector's own interval; whether work runs."""
        busy = work_running()
        interval = min(self._interval_ms, BUSY_INTERVAL_MS) if busy else self._interval_ms
        if self._timer.interval() != interval:
            self._timer.setInterval(interval)   # restarts it if it runs
        return busy

    @Slot()
    def _tick(self) -> None:
        busy = self.pace()
        if thaw_due(defer=busy):
            return
        now = time.monotonic()
        sweep = now - self._swept >= SWEEP_EVERY_S
        if sweep:
            self._swept = now
        collect_due(sweep=sweep, full_every_s=self.full_every_s, defer_full=busy)


def install(app: QObject, freeze_startup: bool = False) -> GuiThreadCollector:
    """Start (once per application) the GUI-thread collector, a child of ``app``. With ``freeze_startup``
    (the app) what lives when the event loop first turns (the window built) is frozen then."""
    found = app.findChild(GuiThreadCollector)
    if isinstance(found, GuiThreadCollector):
        collector = found
    else:
        collector = GuiThreadCollector(app)
        if freeze_startup:
            QTimer.singleShot(0, freeze_what_lives_now)
    collector.start()
    return collector
