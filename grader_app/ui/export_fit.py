"""Which LMS files could take the open sheet's students (:func:`grader_app.io.lms.coverage`), worked out on a worker
before the export dialog is opened, so opening it reads no cell on the GUI thread.

The counts read every student's identifiers (at 20,000 answers 0.2-0.3 s of the GUI thread as the dialog opened,
0.7-1.1 s before the identifiers were read a column at a time: QA s52g). They depend only on the sheet, its columns
and its answers, never on a score or a decision, so they are worked out once per session: :func:`ahead` starts it on
the window's task manager once the session is scored (or restored); :func:`fit_for` gives what it found, or works it
out there and then when the dialog is opened before the worker is done (the same counts, as the dialog always had).
Kept beside the session without holding it (a closed session is freed).
"""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from ..core.session import GradingSession

if TYPE_CHECKING:   # the LMS modules (and pandas with them) come with the first sheet, not with the window
    from ..io.lms import Coverage

_FOUND: "weakref.WeakKeyDictionary[GradingSession, dict[str, Coverage]]" = weakref.WeakKeyDictionary()
_ASKED: "weakref.WeakSet[GradingSession]" = weakref.WeakSet()


def ahead(tasks, session: GradingSession | None) -> None:
    """Start working ``session``'s counts out on ``tasks`` (a :class:`~.tasks.TaskManager`), once per session."""
    if session is None or session in _FOUND or session in _ASKED:
        return
    from ..io.lms import coverage

    _ASKED.add(session)
    ref = weakref.ref(session)
    tasks.run(coverage, session, on_done=lambda fit: _keep(ref, fit), on_error=lambda _exc: _keep(ref, None),
              name="export fit")


def _keep(ref: "weakref.ref[GradingSession]", fit: dict[str, Coverage] | None) -> None:
    """What the worker found (None: it failed, and the dialog works it out when opened)."""
    session = ref()
    if session is None:
        return
    _ASKED.discard(session)
    if fit is not None:
        _FOUND.setdefault(session, fit)


def fit_for(session: GradingSession) -> dict[str, Coverage]:
    """``session``'s counts: those the worker found, else worked out now (and kept)."""
    from ..io.lms import coverage

    fit = _FOUND.get(session)
    if fit is None:
        fit = _FOUND[session] = coverage(session)
    return fit


def known(session: GradingSession) -> bool:
    """Are ``session``'s counts known (opening the export dialog reads no cell)?"""
    return session in _FOUND
