"""Which LMS files could take the open sheet's students (:func:`grader_app.io.lms.coverage`), worked out on a worker
before the export dialog is opened, so opening it reads no cell on the GUI thread.

The counts read every student's identifiers (at 20,000 answers 0.2-0.3 s of the GUI thread as the dialog opened,
0.7-1.1 s before the identifiers were read a column at a time: QA s52g). They depend only on the sheet, its columns
and its answers, never on a score or a decision, so they are worked out once per session: :func:`ahead` starts it on
the window's task manager once the session is scored (or restored); :func:`fit_for` gives what it found, or works it
out there and then when the dialog is opened before the worker is done (the same counts, as the dialog always had).
Kept beside the session without holding it (a closed session is freed).

The same worker recognises the LMS the sheet came from (:func:`grader_app.io.lms.recognise`, whose formats the dialog
offers first: 95 ms of the GUI thread at 10,000 students of 6 questions as the dialog opened), given by
:func:`recognition_for`, which likewise works it out there and then only when the dialog is opened before the worker is
done.
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.session import GradingSession

if TYPE_CHECKING:   # the LMS modules (and pandas with them) come with the first sheet, not with the window
    from ..io.lms import Coverage, Recognition


@dataclass(frozen=True)
class Found:
    """What the worker found for a session: the LMS files' counts, and the LMS the sheet came from (None: none)."""

    fit: dict[str, Coverage]
    recognition: Recognition | None


_FOUND: "weakref.WeakKeyDictionary[GradingSession, Found]" = weakref.WeakKeyDictionary()
_ASKED: "weakref.WeakSet[GradingSession]" = weakref.WeakSet()


def ahead(tasks, session: GradingSession | None) -> None:
    """Start working ``session``'s counts and recognition out on ``tasks`` (a :class:`~.tasks.TaskManager`), once per
    session."""
    if session is None or session in _FOUND or session in _ASKED:
        return
    _ASKED.add(session)
    ref = weakref.ref(session)
    tasks.run(_find, session, on_done=lambda found: _keep(ref, found), on_error=lambda _exc: _keep(ref, None),
              name="export fit")


def _find(session: GradingSession) -> Found:
    """``session``'s counts and the LMS its sheet came from (on whichever thread calls it)."""
    from ..io.lms import coverage, recognise

    return Found(coverage(session), recognise(session.sheet))


def _keep(ref: "weakref.ref[GradingSession]", found: Found | None) -> None:
    """What the worker found (None: it failed, and the dialog works it out when opened)."""
    session = ref()
    if session is None:
        return
    _ASKED.discard(session)
    if found is not None:
        _FOUND.setdefault(session, found)


def _found(session: GradingSession) -> Found:
    found = _FOUND.get(session)
    if found is None:
        found = _FOUND[session] = _find(session)
    return found


def fit_for(session: GradingSession) -> dict[str, Coverage]:
    """``session``'s counts: those the worker found, else worked out now (and kept)."""
    return _found(session).fit


def recognition_for(session: GradingSession) -> Recognition | None:
    """The LMS ``session``'s sheet came from (None: none), as the worker found it, else found now (and kept)."""
    return _found(session).recognition


def known(session: GradingSession) -> bool:
    """Are ``session``'s counts known (opening the export dialog reads no cell)?"""
    return session in _FOUND
