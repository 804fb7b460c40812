"""Project-file work the scoring controller hands to a worker (or, at quit, does itself): save the scores, close the file
(:mod:`.scoring_controller` says when; the thresholds it queues itself, on the GUI thread). No Qt: it runs on the
worker."""
from __future__ import annotations

from .. import workflow
from ..core.session import GradingSession
from ..io.project_store import ProjectError, ProjectStore


class ProjectJob:
    """Project-file work handed to a worker (or, at quit, done here): save the scores, close the file. ``done`` is set by
    whichever thread did it, so nothing is done twice; ``saved`` once the scores are in the file; ``told``: what the
    teacher was told when they could not be saved before ("" if nothing)."""

    def __init__(self, store: ProjectStore, session: GradingSession | None, save: bool, close: bool,
                 told: str = "") -> None:
        self.store, self.session, self.save, self.close = store, session, save, close
        self.told = told
        self.done = self.saved = False

    def __call__(self) -> ProjectError | None:
        """None, or the problem (kept whole, so that the window says it in the teacher's language)."""
        if self.done:
            return None
        try:
            if self.close:
                problem = workflow.end_project(self.store, self.session, save=self.save)
                self.saved = self.save and self.session is not None and problem is None
                return problem or self.store.last_error   # or what the store's writer could not write before it closed
            assert self.session is not None   # a save job always has its session
            try:
                workflow.save_predictions(self.store, self.session)
            except ProjectError as exc:
                return exc
            self.saved = True
            return None
        finally:
            self.done = True
