"""Which LMS files could take the open sheet's students (:func:`grader_app.io.lms.coverage`), worked out on a worker,
never on the GUI thread: opening the export dialog reads no cell.

The counts read every student's identifiers (at 20,000 answers 0.2-0.3 s of the GUI thread as the dialog opened,
0.7-1.1 s before the identifiers were read a column at a time: QA s52g). They depend only on the sheet, its columns
and its answers, never on a score or a decision, so they are worked out once per session: :func:`ahead` starts it on
the window's task manager once the session is scored (or restored). :func:`when_found` gives what it found; a dialog
opened before the worker is done is told once it is (it used to count them there and then, on the GUI thread: 0.16 s
of a 0.34 s stall at 10,000 answers opened the moment scoring finished). Kept beside the session without holding it (a
closed session is freed).

The same worker recognises the LMS the sheet came from (:func:`grader_app.io.lms.recognise`, whose formats the dialog
offers first: 95 ms of the GUI thread at 10,000 students of 6 questions as the dialog opened).

:func:`ahead` also imports the export dialog's modules on a worker (as :meth:`.review_page.ReviewPage.warm` does the
review's): 50-300 ms of the GUI thread as the dialog first opened. They make no Qt object as they are imported, and
Python's import lock makes a dialog opened meanwhile wait for the worker's import, no longer than it took before.
"""
from __future__ import annotations

import importlib
import sys
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from ..core.session import GradingSession

if TYPE_CHECKING:   # the LMS modules (and pandas with them) come with the first sheet, not with the window
    from ..io.lms import Coverage, Recognition


@dataclass(frozen=True)
class Found:
    """What the worker found for a session: the LMS files' counts, and the LMS the sheet came from (None: none)."""

    fit: dict[str, Coverage]
    recognition: Recognition | None


DIALOG_MODULE = __package__ + ".export_dialog"
_FOUND: "weakref.WeakKeyDictionary[GradingSession, Found]" = weakref.WeakKeyDictionary()
_ASKED: "weakref.WeakSet[GradingSession]" = weakref.WeakSet()
# who waits for a session's counts (a dialog opened before the worker was done): told on the GUI thread
_WAITING: "weakref.WeakKeyDictionary[GradingSession, list[Callable[[Found | None], None]]]" = weakref.WeakKeyDictionary()


def ahead(tasks, session: GradingSession | None) -> None:
    """Start working ``session``'s counts and recognition out on ``tasks`` (a :class:`~.tasks.TaskManager`), once per
    session."""
    if session is None or session in _FOUND or session in _ASKED:
        return
    _ASKED.add(session)
    if DIALOG_MODULE not in sys.modules:
        tasks.run(importlib.import_module, DIALOG_MODULE, name="import the export dialog")
    ref = weakref.ref(session)
    tasks.run(_find, session, on_done=lambda found: _keep(ref, found), on_error=lambda _exc: _keep(ref, None),
              on_cancel=lambda: _keep(ref, None), name="export fit")


def _find(session: GradingSession) -> Found:
    """``session``'s counts and the LMS its sheet came from (on whichever thread calls it)."""
    from ..io.lms import coverage, recognise

    return Found(coverage(session), recognise(session.sheet))


def _keep(ref: "weakref.ref[GradingSession]", found: Found | None) -> None:
    """What the worker found (None: it failed or was stopped, and a later :func:`ahead` tries again); whoever waits for
    it is told."""
    session = ref()
    if session is None:
        return
    _ASKED.discard(session)
    if found is not None:
        found = _FOUND.setdefault(session, found)
    for told in _WAITING.pop(session, []):
        told(found)


def when_found(tasks, session: GradingSession, then: Callable[[Found | None], None], until=None) -> Found | None:
    """``session``'s counts and recognition if they are known; else None, the worker is asked on ``tasks`` (unless it
    is already at it), and ``then(found)`` is called on the GUI thread once it is done (``found`` None: it failed),
    unless ``until`` (a signal: a dialog's ``finished``) was emitted first. A dialog closed while counting used to
    build its list of files anew when the counts came, GUI work for a dialog no one sees, on widgets on their way out."""
    found = _FOUND.get(session)
    if found is None:
        _WAITING.setdefault(session, []).append(then)
        if until is not None:
            ref = weakref.ref(session)
            until.connect(lambda *_: _forget(ref, then))
        ahead(tasks, session)
    return found


def _forget(ref: "weakref.ref[GradingSession]", then: Callable[[Found | None], None]) -> None:
    """``then`` is no longer told what the worker finds for the session (if it still waits for it)."""
    session = ref()
    waiting = _WAITING.get(session) if session is not None else None
    if waiting is not None and then in waiting:
        waiting.remove(then)


def known(session: GradingSession) -> bool:
    """Are ``session``'s counts known (a dialog opened now shows them at once)?"""
    return session in _FOUND
