"""Turning the event loop while the layouts settle, then letting the test say what is still wrong."""
from __future__ import annotations

from collections.abc import Callable


def settle(qtbot, done: Callable[[], object], timeout: int = 3000) -> None:
    """Turns the event loop until ``done()`` is true or ``timeout`` ms have passed, and returns either way: the test's
    own asserts after it say what is wrong, with more than a timeout would."""
    try:
        qtbot.waitUntil(done, timeout=timeout)
    except qtbot.TimeoutError:
        pass
