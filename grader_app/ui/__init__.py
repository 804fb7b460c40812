"""The desktop app: the only package that imports PySide6."""
from __future__ import annotations

import sys as _sys


def _guard_none_refcount() -> None:
    """Keep the reference counts of None, True and False far from zero on Python < 3.12.

    PySide6 6.12.0 on Python 3.10 or 3.11 drops a reference to None on every call of a method that
    returns nothing (QLabel.setText, QWidget.setEnabled, ...) and one to True on every emit that
    reaches a Python receiver: the real window loses about 220 references to None per review
    decision, and without this a review session aborted with "Fatal Python error: none_dealloc"
    after about 500 decisions (a bare process with "bool_dealloc" after a few hundred emits). From
    Python 3.12 the three are immortal and nothing can happen. pyproject.toml keeps Python < 3.12 on
    PySide6 6.11, which drops nothing (docs/dependencies.md); this headroom, 2**40 extra references
    given once, is the guard for an install or build that gets the bad pair anyway (about five
    billion decisions), and binding_check says in the log at the start when it is such a pair.
    """
    if _sys.version_info >= (3, 12) or _sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is the first field of every object
        if refcount.value < (1 << 40):
            refcount.value += 1 << 40


_guard_none_refcount()
