"""Slots that hold their receiver weakly. Qt holds a connected Python slot where Python's cycle collector cannot see
it, so a lambda (or a bound method wrapped in one) that holds a window, a page or one of their methods keeps that
object, and all it holds, alive until the app quits, even once it is closed and let go of. These slots call their
receiver while it lives, and do nothing after, nor once its C++ side is deleted (a window torn down unclosed)."""
from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from shiboken6 import Shiboken


def held_weakly(owner: object, function: Callable[..., object], *args: Any, takes: int = 0) -> Callable[..., None]:
    """A slot that calls ``function(owner, *signal_args[:takes], *args)`` while ``owner`` lives (``owner`` held
    weakly): the signal's first ``takes`` arguments, the rest (a ``triggered``'s checked flag) dropped."""
    ref = weakref.ref(owner)

    def call(*signal_args: Any) -> None:
        alive = ref()
        if alive is not None and _whole(alive):
            function(alive, *signal_args[:takes], *args)
    return call


def weak_slot(method: Callable[..., object], *args: Any, takes: int = 0) -> Callable[..., None]:
    """``held_weakly`` for a bound method (a Python one, or one of Qt's, such as a window's ``close``):
    ``method(*signal_args[:takes], *args)`` while its object lives."""
    owner = method.__self__  # type: ignore[attr-defined]
    function = getattr(method, "__func__", None) or getattr(type(owner), method.__name__)
    return held_weakly(owner, function, *args, takes=takes)


def until(signal: Any, slot: Callable[..., object]) -> Callable[..., None]:
    """A callback that calls ``slot`` with what it is given until ``signal`` is emitted (a dialog's ``finished``), and
    does nothing after: a worker's answer that comes once the dialog that asked is closed is not taken by it."""
    over: list[bool] = []
    signal.connect(lambda *_: over.append(True))

    def call(*args: Any) -> None:
        if not over:
            slot(*args)
    return call


def _whole(owner: object) -> bool:
    """Whether ``owner`` is still all there: a Qt object whose C++ side was deleted (a window torn down without being
    closed, its undo stack clearing itself as it goes, after the pages it would tell were deleted) is not."""
    return not isinstance(owner, Shiboken.Object) or Shiboken.isValid(owner)
