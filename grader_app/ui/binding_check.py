"""Does the installed PySide6 drop references to None and True that it never took? Asked once at the start.

PySide6 6.12.0 on Python 3.10 or 3.11 does: every call of a method that returns nothing (``setObjectName``,
``QLabel.setText``...) lowers None's reference count by one, and every emit that reaches a Python receiver lowers
True's; when a count reaches zero CPython aborts ("Fatal Python error: none_dealloc" / "bool_dealloc"). The real
window loses about 220 references to None per review decision. From Python 3.12 None and True are immortal and
nothing can happen. pyproject.toml keeps such installs on PySide6 below 6.12 (docs/dependencies.md); an app
installed or built with the bad pair anyway is kept alive by the headroom ``grader_app.ui`` gives None, True and
False (2**40 references), and :func:`warn_if_dropping` says in the log which pair it is and what to install.

The check measures instead of comparing version numbers, so it stops warning by itself once a PySide6 that keeps its
references is installed, and never warns where the objects are immortal.
"""
from __future__ import annotations

import logging
import sys
from typing import Callable

log = logging.getLogger(__name__)

PROBE_CALLS = 200
DROPS_FROM = 0.5   # references lost per call from which the binding is said to drop them (a sound one loses none)


def _ignore(_value: object) -> None:
    """The probe's Python receiver."""


def reference_drops(calls: int = PROBE_CALLS) -> tuple[float, float]:
    """References to None lost per call of a void method (``QObject.setObjectName``) and to True per emit of a
    signal that reaches a Python receiver, measured on the installed PySide6 (about 1 and 1 on 6.12.0 with Python
    3.11; 0 on a sound binding, and always 0 where None and True are immortal)."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        said = Signal(object)

    probe = Probe()
    probe.said.connect(_ignore)
    probe.setObjectName("probe")
    probe.said.emit(0)
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    none_lost = (before - sys.getrefcount(None)) / calls
    before = sys.getrefcount(True)
    for _ in range(calls):
        probe.said.emit(0)
    true_lost = (before - sys.getrefcount(True)) / calls
    probe.said.disconnect(_ignore)
    return none_lost, true_lost


def dropping_sentence(drops: Callable[[], tuple[float, float]] = reference_drops) -> str | None:
    """What to say when the installed PySide6 drops references (None when it does not)."""
    none_lost, true_lost = drops()
    if max(none_lost, true_lost) < DROPS_FROM:
        return None
    import PySide6

    python = ".".join(map(str, sys.version_info[:3]))
    return (f"PySide6 {PySide6.__version__} on Python {python} drops references to None and True that it never took "
            f"(measured at the start: {none_lost:.1f} per call and {true_lost:.1f} per emit); a long session could end "
            f"with \"Fatal Python error: none_dealloc\". Grader gives None and True enough headroom to go on, but "
            f"install a PySide6 that keeps them (pip install \"pyside6-essentials<6.12\") or use Python 3.12 or newer")


def warn_if_dropping(drops: Callable[[], tuple[float, float]] = reference_drops) -> str | None:
    """Log :func:`dropping_sentence` as a warning (once per start; stderr when no logging is set up); return it."""
    text = dropping_sentence(drops)
    if text is not None:
        log.warning("%s.", text)
    return text
