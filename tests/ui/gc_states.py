"""What the tests of the GUI thread's collector (grader_app.ui.gc_guard) share: a cycle that notes the thread that
frees it, CPython's count of full passes and a way to make one due, and the collector's thaw state made fresh for a
test (an earlier test's planned thaw or frozen session is none of this one's), with the thaws noted."""
from __future__ import annotations

import gc
import threading

from grader_app.ui import gc_guard


class Cycle:
    """A cycle (it refers to itself), as a closed sheet's session held by its review screen, holding ``held`` (a Qt
    object, say); records the thread that frees it in ``freed_on``."""

    def __init__(self, freed_on: list[int], held: object = None) -> None:
        self.me = self
        self.held = held
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.get_ident())


def full_passes() -> int:
    return gc.get_stats()[2]["collections"]


def make_a_full_pass_due() -> None:
    while gc.get_count()[2] <= gc.get_threshold()[2]:
        gc.collect(1)


def fresh_thaw_state(monkeypatch) -> None:
    """No thaw planned, no session frozen, no closed session held, for this test only."""
    monkeypatch.setattr(gc_guard, "_thaw_at", [None])
    monkeypatch.setattr(gc_guard, "_frozen_with_session", [False])
    monkeypatch.setattr(gc_guard, "_closed", [])


def thaws_noted(monkeypatch):
    """A fresh thaw state, and ``gc.unfreeze`` noting each call; returns (the list that grows a ``True`` each thaw,
    the real ``gc.unfreeze``)."""
    fresh_thaw_state(monkeypatch)
    thawed: list[bool] = []
    unfreeze = gc.unfreeze
    monkeypatch.setattr(gc, "unfreeze", lambda: (thawed.append(True), unfreeze())[1])
    return thawed, unfreeze
