"""Cycles holding Qt objects are freed on the GUI thread, never by a worker that allocates."""
from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from gc_states import Cycle, fresh_thaw_state, full_passes, make_a_full_pass_due, thaws_noted
from grader_app.ui import gc_guard


def _holder(freed_on: list[int]) -> Cycle:
    """A cycle holding a Qt object; records the thread that frees it."""
    return Cycle(freed_on, QObject())


def _drop_a_cycle(freed_on: list[int]) -> None:
    _holder(freed_on)


def _allocate_on_a_worker() -> int:
    """A worker thread allocates far past every collection threshold (as scoring does); its ident."""
    ident: list[int] = []

    def work() -> None:
        ident.append(threading.get_ident())
        keep = [[] for _ in range(60_000)]
        del keep
    t = threading.Thread(target=work)
    t.start()
    t.join()
    return ident[0]


def test_the_app_collects_only_on_its_gui_thread(qapp, qtbot):
    collector = gc_guard.install(qapp)
    assert collector.active and not gc.isenabled()
    assert gc_guard.install(qapp) is collector            # once per application
    freed_on: list[int] = []
    _drop_a_cycle(freed_on)
    _allocate_on_a_worker()
    assert freed_on == []                                  # the worker freed nothing
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)  # the GUI thread's timer did
    assert freed_on == [threading.get_ident()]


def test_without_the_guard_a_worker_frees_the_cycle(qapp):
    """The hazard the guard removes: with CPython's own collector the worker that allocates frees it."""
    collector = gc_guard.install(qapp)
    collector.stop()
    assert gc.isenabled()
    try:
        freed_on: list[int] = []
        _drop_a_cycle(freed_on)
        worker = _allocate_on_a_worker()
        assert freed_on == [worker]
    finally:
        collector.start()


def test_due_generation_follows_cpythons_thresholds(qapp):
    gc_guard.install(qapp)
    gc.collect()
    assert gc_guard.due_generation() is None
    keep = [[] for _ in range(gc.get_threshold()[0] + 10)]
    assert gc_guard.due_generation() == 0
    assert gc_guard.collect_due() >= 0
    assert gc.get_count()[0] < gc.get_threshold()[0]
    del keep
    young = [[] for _ in range(200)]     # more than the list free list holds: counted allocations
    assert gc_guard.due_generation() is None and gc_guard.due_generation(sweep=True) == 0
    del young


def test_a_full_pass_waits_its_turn(qapp):
    """A full pass due sooner than full_every_s after the last one is a middle-generation pass."""
    gc_guard.install(qapp)
    full_before = full_passes()
    middle_before = gc.get_stats()[1]["collections"]
    gc.collect(1)
    middle_before += 1
    while gc.get_count()[2] <= gc.get_threshold()[2]:   # make a full pass due
        gc.collect(1)
        middle_before += 1
    assert gc_guard.due_generation() == 2
    gc_guard.collect_due(full_every_s=3600.0)
    assert full_passes() == full_before
    assert gc.get_stats()[1]["collections"] == middle_before + 1
    make_a_full_pass_due()
    gc_guard.collect_due(full_every_s=0.0)
    assert full_passes() == full_before + 1


def test_the_app_freezes_what_lives_when_its_event_loop_first_turns(qapp, qtbot):
    app_like = QObject()
    # An earlier test (an app started with freeze_startup) may have left objects frozen, and the
    # frozen count falls as those die; start from none frozen, so only a freeze can change it.
    gc.unfreeze()
    collector = gc_guard.install(app_like, freeze_startup=True)
    try:
        assert gc.get_freeze_count() == 0                         # not before the loop turns
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=3000)
        assert gc.get_freeze_count() > 10_000                      # modules, classes, the test session
    finally:
        collector.stop()
        gc.unfreeze()
        gc_guard.install(qapp)


def test_what_was_frozen_with_a_session_is_freed_once_the_sheet_is_closed(qapp, qtbot, monkeypatch):
    """A cycle frozen with an open sheet's session (QA s52g finding 12: the first sheet that learned stayed in memory
    after it was closed) is never collected while frozen; the thaw the window plans at the close frees it, on the GUI
    thread, and freezes what still lives again."""
    fresh_thaw_state(monkeypatch)
    freed_on: list[int] = []
    held = _holder(freed_on)   # a cycle, as a closed session held by its review screen and undo stack
    gc_guard.freeze_with_session()
    gc_guard.session_closed(held)
    del held                 # garbage, but frozen before any pass saw it
    try:
        gc.collect()
        assert freed_on == []                   # frozen: no pass looks at it
        assert not gc_guard.thaw_due()          # nothing planned yet
        gc_guard.thaw_soon(delay_s=0.0)         # the sheet was closed
        qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)   # the GUI thread's collector thaws on its tick
        assert freed_on == [threading.get_ident()]
        assert gc.get_freeze_count() > 0        # what still lives is frozen again
        gc_guard.thaw_soon(delay_s=0.0)         # no session frozen since: nothing more to thaw
        assert not gc_guard.thaw_due()
    finally:
        gc.unfreeze()


def test_a_closed_session_held_only_by_garbage_not_frozen_needs_no_thaw(qapp, qtbot, monkeypatch):
    """The usual case once the window lets go of a closed sheet: its session is held only by garbage made since the
    freeze (its review screen); a pass over what is not frozen frees it, and nothing is thawed (a full pass over
    everything takes hundreds of milliseconds on the GUI thread)."""
    thawed, unfreeze = thaws_noted(monkeypatch)
    gc_guard.freeze_with_session()   # the session loaded (nothing of it here yet)
    try:
        freed_on: list[int] = []
        held = _holder(freed_on)     # made after the freeze, then let go: garbage that is not frozen
        gc_guard.session_closed(held)
        del held
        gc_guard.thaw_soon(delay_s=0.0)
        qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
        assert freed_on == [threading.get_ident()] and not thawed
    finally:
        unfreeze()


def test_memory_is_given_back_off_the_gui_thread(qapp, monkeypatch):
    """glibc keeps what Python frees (200 MB after an export of 20,000 answers: QA s52g finding 12): malloc_trim hands it
    back, on a thread of its own; the real one runs here too where there is one."""
    real = gc_guard._malloc_trim()
    if real is not None:
        thread = gc_guard.give_back_memory()
        assert thread is not None
        thread.join(30)
        assert not thread.is_alive()
    ran_on: list[int] = []
    monkeypatch.setattr(gc_guard, "_malloc_trim", lambda: lambda pad: ran_on.append(threading.get_ident()))
    thread = gc_guard.give_back_memory()
    assert thread is not None
    thread.join(30)
    assert ran_on and ran_on[0] != threading.get_ident()
    monkeypatch.setattr(gc_guard, "_malloc_trim", lambda: None)   # no glibc: nothing to do
    assert gc_guard.give_back_memory() is None
