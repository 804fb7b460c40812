"""A close of the sheet (or quitting, or opening another) held back while something is done or the teacher is asked
first (:class:`~.close_unsaved.CloseWithUnsaved`, :class:`~.sheet_watch.SheetWatch`), and done at most once."""
from __future__ import annotations

from typing import Callable


class HeldClose:
    """The close held back (``then``: the close, done again), if any. While :meth:`let_go` does it, ``letting_go`` is
    True: the close it does is not held back once more by the one that held it."""

    def __init__(self) -> None:
        self.then: Callable[[], object] | None = None
        self.letting_go = False

    def let_go(self) -> None:
        """Does the close held back, if there is one, and forgets it (before it runs: it is done once)."""
        then, self.then = self.then, None
        if then is None:
            return
        self.letting_go = True
        try:
            then()
        finally:
            self.letting_go = False
