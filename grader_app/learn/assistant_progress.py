"""How far along the teacher is with one question that learns from their marks, and what the fits so far estimated
(a part of :class:`~grader_app.learn.assistant.MarkingAssistant`): the learning line's :class:`~.progress.Progress`,
kept until the marks or the model change, worked out from every mark the fits learn from
(:meth:`~grader_app.learn.assistant.MarkingAssistant.learned_from`), and the fits' estimates, which go to the project
file and back (:meth:`AssistantProgress.fit_history`). The sentences themselves are :mod:`.progress`'s. No Qt.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

import numpy as np

from .marks_model import LearnedModel
from .progress import (FitEstimate, Progress, history_back, history_json, learned_progress, note_fit, progress_sentence,
                       unlearned_progress)
from .unlikely import checks_independent


class AssistantProgress:
    """Mixed into MarkingAssistant, which provides what these read."""

    texts: list[str]
    model: LearnedModel | None
    target_error: float
    confidence_level: float
    _marks: dict[int, Any]
    _fitted_marks: dict[int, Any]
    _batches: int
    _progress: tuple[tuple, Progress] | None
    _estimates: list[FitEstimate]
    _fits: int
    _take_at: float | None
    _fitted_lesson: tuple | None
    _resume: tuple[int, str] | None
    learned_from: Callable[[], tuple[list[str], dict[int, Any], np.ndarray]]
    auto_scores: Callable[[], dict[int, Any]]
    _open_to_take: Callable[[LearnedModel], np.ndarray]
    behind: Callable[[], bool]

    def progress(self) -> Progress:
        """Where the teacher stands (kept until the marks or the model change: the window asks often)."""
        key = (id(self.model), self._batches, len(self._marks))
        if self._progress is not None and self._progress[0] == key:
            return self._progress[1]
        got = self._work_out_progress()
        self._progress = (key, got)
        return got

    def _work_out_progress(self) -> Progress:
        """The figures count every mark the fits learn from (:meth:`learned_from`): this sheet's, and where the question
        goes on teaching the teacher's own model (:mod:`.continuing`), the earlier marks too, as marks made (so a model
        needs fewer of this sheet's for what those taught it); the guarantee's units are worked out over all of them."""
        _, marks, folds = self.learned_from()
        n, auto, decided = len(self.texts), self.auto_scores(), len(self._marks)
        before = len(marks) - decided   # marks learned from that are not on this sheet (the earlier ones)
        counts = dict(total=n + before, decided=decided + before, auto=len(auto), need_you=n - decided - len(auto))
        m = self.model
        if m is None:   # every mark one score: which ("All your marks so far are 1: ...")
            return unlearned_progress(counts, marks.values())
        # the figures follow the last fits, not the latest alone (progress.steady_target)
        marked = sorted(marks)
        independent = checks_independent(folds[marked], [marks[i] for i in marked])
        self._estimates = note_fit(self._estimates, self._fits, m, self._open_to_take(m), self.target_error,
                                   self.confidence_level, independent)
        got = learned_progress(m, self._estimates, counts, self.target_error,
                               self._expected_accuracy() if m.qualified else None, independent)
        if not self.behind():
            return got
        # its figures are this model's: the marks made or changed since its fit are not in them (said so)
        fitted = self._fitted_marks
        newest = sum(1 for i, s in self._marks.items() if i not in fitted or fitted[i] != s)
        return replace(got, behind=True, newest=newest)

    def _expected_accuracy(self) -> float | None:
        """The lower bound on the accuracy of what the learned model takes at the threshold it takes answers at (the
        session's, :meth:`follow_threshold`, else its own): the headline's figure (not 95 % where it said 46 %)."""
        from ..core.review import expected_accuracy, risk_table

        m = self.model
        if m is None:
            return None
        return expected_accuracy(risk_table(m.review), self._take_at if self._take_at is not None else m.threshold)

    def progress_sentence(self) -> str:
        return progress_sentence(self.progress())

    # ----- the fits' estimates, kept in the project file ----------------------------------------------
    def fit_history(self) -> dict:
        """What the fits so far estimated, as plain JSON values (:func:`~grader_app.learn.progress.history_json`)."""
        return history_json(self._estimates, self._fitted_lesson)

    def restore_fit_history(self, data) -> bool:
        """Take back what :meth:`fit_history` gave, before the first fit (a project opened again); the fits counted on
        from its last, and the first fit, if it learns from the marks the last kept one did, is that fit again (noted
        anew, not one more). Anything else (an older project has none) is left: False, the line starts afresh."""
        back = history_back(data)
        if back is None or self.model is not None:
            return False
        self._estimates, lesson = back
        self._fits = self._estimates[-1].fit
        self._resume = (self._fits, lesson) if lesson else None
        self._progress = None
        return True
