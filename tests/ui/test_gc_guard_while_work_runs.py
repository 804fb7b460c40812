"""While work runs on a worker, the GUI thread's collector (grader_app.ui.gc_guard) makes only small passes: "Make models
from a marked sheet…" stalled the window 160-400 ms in a full or middle-generation pass over everything the worker had
allocated since the collector's last tick (500 ms before). Now a full pass that comes due waits until no work runs, and
meanwhile the collector ticks often enough that each pass has only a little to look at. The real task manager and the
app's collector, a real worker allocating."""
from __future__ import annotations

import gc
import threading
import time

from gc_states import Cycle, full_passes, make_a_full_pass_due, thaws_noted
from grader_app.ui import gc_guard


def test_no_full_pass_runs_on_the_gui_thread_while_a_worker_works(qapp, qtbot, task_manager, monkeypatch):
    monkeypatch.setattr(gc_guard, "_thaw_at", [None])   # an earlier test's planned thaw is no full pass of this one
    collector = gc_guard.install(qapp)
    monkeypatch.setattr(collector, "full_every_s", 0.0)   # a full pass is due as soon as CPython would make one
    release = threading.Event()
    task = task_manager.run(release.wait, 20, name="a worker at work")
    try:
        make_a_full_pass_due()
        full, middle = full_passes(), gc.get_stats()[1]["collections"]
        qtbot.wait(1200)   # the collector's timer ticks
        assert full_passes() == full                            # the full pass waits for the work to end
        assert gc_guard.due_generation() == 2
        assert gc.get_stats()[1]["collections"] > middle          # a middle-generation pass instead
    finally:
        release.set()
    qtbot.waitUntil(lambda: not task.running and not task_manager.busy, timeout=10000)
    qtbot.waitUntil(lambda: full_passes() > full, timeout=3000)   # the work over: the full pass runs


def test_each_pass_has_little_to_look_at_while_a_worker_allocates(qapp, qtbot, task_manager, monkeypatch):
    """A worker keeps 200,000 new objects a second (as importing and reading a sheet do); no pass on the GUI thread
    finds more than 40,000 young ones (at one pass per 500 ms, each found about 100,000)."""
    monkeypatch.setattr(gc_guard, "_thaw_at", [None])
    gc_guard.install(qapp)
    gui = threading.get_ident()
    young: list[int] = []

    def seen(phase: str, _info: dict) -> None:
        if phase == "start" and threading.get_ident() == gui:
            young.append(gc.get_count()[0])

    def allocate() -> int:
        kept = []
        end = time.monotonic() + 2.0
        while time.monotonic() < end:
            kept.extend([] for _ in range(2000))
            time.sleep(0.01)
        return len(kept)

    made: list[int] = []
    gc.collect()
    gc.callbacks.append(seen)
    try:
        task_manager.run(allocate, on_done=made.append, name="allocate")
        qtbot.waitUntil(lambda: bool(made), timeout=20000)
    finally:
        gc.callbacks.remove(seen)
    assert made[0] > 100_000 and len(young) >= 3
    assert max(young) < 40_000, young


def test_a_deleted_task_managers_work_defers_no_full_pass(qapp, qtbot, monkeypatch):
    """A window closed while its work ran: its task manager is deleted with it (its pool waits for the work) and never
    hears the work end, so it stays "busy"; that must not keep full passes waiting (up to ten minutes) for every window
    after it."""
    from grader_app.ui.tasks import TaskManager

    monkeypatch.setattr(gc_guard, "_thaw_at", [None])
    collector = gc_guard.install(qapp)
    monkeypatch.setattr(collector, "full_every_s", 0.0)
    release = threading.Event()
    manager = TaskManager()
    manager.run(release.wait, 20, name="work of a window being closed")
    assert gc_guard.work_running()
    threading.Timer(0.3, release.set).start()
    manager.deleteLater()
    qtbot.waitUntil(lambda: not gc_guard.work_running(), timeout=5000)
    assert manager.busy                        # it never heard its work end
    make_a_full_pass_due()
    full = full_passes()
    qtbot.waitUntil(lambda: full_passes() > full, timeout=3000)


def test_the_thaw_after_a_sheet_is_closed_waits_for_the_work_to_end(qapp, qtbot, task_manager, monkeypatch):
    """A sheet closed (its session frozen with learning's imports, held by a cycle) while work runs (another sheet being
    opened and scored): the thaw, a full pass over what is not frozen and, if that does not free it, a full pass over
    everything (hundreds of milliseconds), waits until no work runs, as the other full passes do; then it frees it."""
    thawed, unfreeze = thaws_noted(monkeypatch)
    gc_guard.install(qapp)
    freed_on: list[int] = []
    held = Cycle(freed_on)
    gc_guard.freeze_with_session()
    gc_guard.session_closed(held)
    del held                     # garbage, but frozen before any pass saw it
    release = threading.Event()
    task = task_manager.run(release.wait, 20, name="a worker at work")
    try:
        full = full_passes()
        gc_guard.thaw_soon(delay_s=0.0)      # the sheet was closed
        qtbot.wait(1200)                     # the collector's timer ticks
        assert freed_on == [] and not thawed and full_passes() == full   # no full pass, nothing thawed yet
        assert gc_guard._thaw_at[0] is not None                            # the thaw still planned
    finally:
        release.set()
    try:
        qtbot.waitUntil(lambda: not task.running and not task_manager.busy, timeout=10000)
        qtbot.waitUntil(lambda: bool(freed_on), timeout=3000)   # the work over: thawed, freed on the GUI thread
        assert freed_on == [threading.get_ident()] and thawed and gc_guard._thaw_at[0] is None
    finally:
        unfreeze()
