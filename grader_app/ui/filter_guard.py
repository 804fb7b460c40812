"""Event filters that let events pass once their owner is being collected.

A window let go of is deleted when Python's garbage collector collects it with its widgets (they hold each other in a
cycle). The collector first clears the Python attributes of every object in the cycle, in no set order; then the window's
C++ side is deleted, and the widgets it deletes still send their last events (Hide, Destroy ...) to the filters watching
them. A filter whose attributes are gone raised "object has no attribute ..." on each of them, in whichever test or
screen ran when the collector did. :func:`passes_when_collected` wraps such a filter: with its attributes gone, the event
goes to the filter of the Qt class it overrides (which, for a plain QObject, lets it pass), as if no Python filter were
there. Otherwise the filter runs as written.
"""
from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., bool])


def passes_when_collected(event_filter: F) -> F:
    """``event_filter`` (an ``eventFilter`` method) run only while its object still has its attributes."""
    @functools.wraps(event_filter)
    def guarded(self, watched, event) -> bool:
        if vars(self):
            return event_filter(self, watched, event)
        owner: type[Any] = next(c for c in type(self).__mro__ if c.__dict__.get("eventFilter") is guarded)
        return super(owner, self).eventFilter(watched, event)   # being collected: as if this filter were not there
    return guarded  # type: ignore[return-value]
