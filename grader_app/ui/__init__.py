"""The desktop app: the only package that imports PySide6."""
from __future__ import annotations

import sys as _sys


def _guard_none_refcount() -> None:
    """Keep None's reference count far from zero on Python < 3.12.

    PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a method that
    returns nothing (QLabel.setText, QWidget.setEnabled, ...): after a few thousand screen
    updates CPython aborts with "Fatal Python error: none_dealloc". From Python 3.12 None is
    immortal and nothing can happen. Here None is given 2**40 extra references once, so such a
    leak would need about a trillion calls to matter. (PySide6 6.11.3 does not leak, but its
    QDragEnterEvent takes no QPointF, which the app and its tests use.)

    True and False get the same headroom: with PySide6 6.12.0 on Python 3.11, ``SignalInstance.emit()``
    returns True and drops a reference to it on every emit that reaches a Python receiver (a lambda,
    a method, a slot; ``tests/ui/test_review_view.py`` measures it). True starts with a few hundred
    references, so a few hundred emits beyond them abort with "Fatal Python error: bool_dealloc", as a test
    process that built many main windows once did at exit. From 3.12 they are immortal too.
    """
    if _sys.version_info >= (3, 12) or _sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is the first field of every object
        if refcount.value < (1 << 40):
            refcount.value += 1 << 40


_guard_none_refcount()
