"""The installed PySide6 must not drop references to None and True that it never took.

PySide6 6.12.0 on Python 3.10 or 3.11 does: each call of a method that returns nothing lowers None's reference count
by one, each start of a pool task too, and each emit that reaches a Python receiver lowers True's. The real window
lost about 220 references to None per review decision, and a review session aborted after about 500 decisions with
"Fatal Python error: none_dealloc" (grader_app.ui's headroom keeps such an install alive, but it is a guard, not the
fix). pyproject.toml keeps Python < 3.12 on PySide6 below 6.12 (docs/dependencies.md): these tests fail on 6.12.0
with Python 3.11 and pass on 6.11.

From Python 3.12 None and True are immortal: a count cannot reach zero, and ``sys.getrefcount`` gives the same
large number whatever is done, so the falls measured here are 0 and the tests hold by construction. There each test
checks that premise instead (holding a thousand more references does not move the count), so a Python on which
they are not immortal is still measured.
"""
from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QObject, Signal

from grader_app.ui import binding_check

CALLS = 2000
ALLOWED = CALLS // 20   # a sound binding loses none (what else the process does may move a count by a few); 6.12.0 loses 2000


def _immortal(obj) -> bool:
    """Whether ``obj``'s reference count stays put however many references are taken (PEP 683, Python 3.12+)."""
    before = sys.getrefcount(obj)
    held = [obj] * 1000
    moved = sys.getrefcount(obj) != before
    del held
    return not moved


def _fall(obj, work) -> int:
    """By how much ``work()`` lowered ``obj``'s reference count (negative: raised it)."""
    gc.collect()
    before = sys.getrefcount(obj)
    work()
    gc.collect()
    return before - sys.getrefcount(obj)


@pytest.fixture(autouse=True)
def _mortal_or_said():
    """Below Python 3.12 None and True must be mortal (else nothing here is measured); from 3.12 they must be immortal,
    which is why a drop could not matter there."""
    immortal = _immortal(None) and _immortal(True)
    assert immortal == (sys.version_info >= (3, 12)), f"None/True immortal: {immortal} on Python {sys.version}"


class Emitter(QObject):
    said = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.heard = 0

    def hear(self, _value) -> None:
        self.heard += 1


def test_void_calls_keep_none():
    obj = QObject()
    obj.setObjectName("warm")

    def calls() -> None:
        for _ in range(CALLS):
            obj.setObjectName("answer-card")

    assert _fall(None, calls) < ALLOWED, "each QObject.setObjectName drops a reference to None (PySide6 6.12.0 on Python < 3.12)"


def test_python_side_emits_keep_true():
    e = Emitter()
    e.said.connect(e.hear)
    e.said.emit(0)

    def emits() -> None:
        for i in range(CALLS):
            e.said.emit(i)

    assert _fall(True, emits) < ALLOWED, "each emit to a Python receiver drops a reference to True (PySide6 6.12.0)"
    assert e.heard == CALLS + 1


def test_quick_tasks_keep_none_and_true(qtbot, task_manager):
    """The app's own task manager: 2,000 quick tasks (pool starts, worker-side emits, queued slots on this thread)."""
    done: list[int] = []
    task_manager.run(lambda: 0, on_done=done.append)
    qtbot.waitUntil(lambda: not task_manager.busy, timeout=20000)
    gc.collect()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(CALLS):
        task_manager.run(lambda i=i: i, on_done=done.append)
    qtbot.waitUntil(lambda: not task_manager.busy, timeout=120000)
    assert task_manager.wait(20000)
    gc.collect()
    none_fall, true_fall = before[0] - sys.getrefcount(None), before[1] - sys.getrefcount(True)
    assert sorted(done[1:]) == list(range(CALLS))
    assert none_fall < ALLOWED, f"{CALLS} quick tasks dropped {none_fall} references to None"
    assert true_fall < ALLOWED, f"{CALLS} quick tasks dropped {true_fall} references to True"


def test_the_start_check_finds_nothing_on_the_installed_binding(caplog):
    """What the app measures at its start (binding_check) agrees: this PySide6 keeps its references, nothing is said."""
    none_lost, true_lost = binding_check.reference_drops()
    assert none_lost < binding_check.DROPS_FROM and true_lost < binding_check.DROPS_FROM
    with caplog.at_level("WARNING", logger=binding_check.__name__):
        assert binding_check.warn_if_dropping() is None
    assert not caplog.records


def test_a_binding_that_drops_references_is_said_at_the_start(caplog):
    """An install or build that got PySide6 6.12 on Python 3.11 anyway says so in the log: which pair, and what to
    install instead."""
    import PySide6

    with caplog.at_level("WARNING", logger=binding_check.__name__):
        text = binding_check.warn_if_dropping(lambda: (1.0, 1.0))
    assert text is not None
    assert [r.getMessage() for r in caplog.records] == [text + "."]
    assert f"PySide6 {PySide6.__version__} on Python {sys.version_info.major}.{sys.version_info.minor}." in text
    assert "none_dealloc" in text and 'pip install "pyside6-essentials<6.12"' in text and "Python 3.12" in text
    caplog.clear()
    with caplog.at_level("WARNING", logger=binding_check.__name__):
        assert binding_check.warn_if_dropping(lambda: (0.0, 0.0)) is None
    assert not caplog.records
