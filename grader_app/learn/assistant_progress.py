"""How far along the teacher is with one question that learns from their marks, and what the fits so far estimated
(a part of :class:`~grader_app.learn.assistant.MarkingAssistant`): the learning line's :class:`~.progress.Progress`,
kept until the marks or the model change, worked out from every mark the fits learn from
(:meth:`~grader_app.learn.assistant.MarkingAssistant.learned_from`), and the fits' estimates, which go to the project
file and back (:meth:`AssistantProgress.fit_history`), with those put aside at an undo for a redo (the undo steps are in
the project file too: a redo after the project is opened again says what the line said before the undo). The sentences
themselves are :mod:`.progress`'s. No Qt.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

import numpy as np

from .marks_model import LearnedModel
from .progress import (FitEstimate, Progress, history_back, history_json, learned_progress, lesson_digest, note_fit,
                       progress_sentence, unlearned_progress)
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
    _undone: dict[str, tuple[str, list[FitEstimate], int, int]]
    _lesson: Callable[[], tuple]
    learned_from: Callable[[], tuple[list[str], dict[int, Any], np.ndarray]]
    auto_scores: Callable[[], dict[int, Any]]
    _open_to_take: Callable[..., np.ndarray]
    _first_marks: Callable[[int | None], set[int] | None]
    _model_point: int | None
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
        # the figures follow the last fits, not the latest alone (progress.steady_target); a fit of the first marks
        # (:mod:`.checkpoints`) as they stood then: what it estimated is the same however late it came
        then = self._first_marks(self._model_point)
        marked = sorted(marks if then is None else [i for i in marks if i in then or i not in self._marks])
        independent = checks_independent(folds[marked], [marks[i] for i in marked])
        self._estimates = note_fit(self._estimates, self._fits, m, self._open_to_take(m, then), self.target_error,
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
        """What the fits so far estimated, as plain JSON values (:func:`~grader_app.learn.progress.history_json`), and
        under ``undone`` (where any) those put aside at the last undos (:meth:`_put_aside`), oldest first."""
        got = history_json(self._estimates, self._fitted_lesson)
        if self._undone:
            got["undone"] = [[now, fitted, fits, marks, [h.to_json() for h in estimates]]
                             for now, (fitted, estimates, fits, marks) in self._undone.items()]
        return got

    def restore_fit_history(self, data) -> bool:
        """Take back what :meth:`fit_history` gave, before the first fit (a project opened again); the fits counted on
        from its last, and the first fit, if it learns from the marks the last kept one did, is that fit again (noted
        anew, not one more); the estimates put aside at the last undos are kept for a redo again. Anything else (an
        older project has none) is left: False, the line starts afresh."""
        if self.model is not None:
            return False
        self._undone = undone_back(data)
        back = history_back(data)
        if back is None:
            return False
        self._estimates, lesson = back
        self._fits = self._estimates[-1].fit
        self._resume = (self._fits, lesson) if lesson else None
        self._progress = None
        return True

    # ----- the fits' estimates through undo and redo ---------------------------------------------------
    def _put_aside(self) -> None:
        """Before marks are taken back (``undo``): the fits' estimates put aside under the marks as they are and the
        model in use, then cleared (estimates made with the marks taken back are no guide to what the marks left need).
        Cleared for good, undo then redo lost the line's memory of the last fits: "your last 5 marks brought it little
        or no closer" and "more than before" were gone, or started again, with the very marks it had said them of."""
        if self._estimates and self._fitted_lesson is not None:   # by digest: the project file keeps them (fit_history)
            self._undone[lesson_digest(self._lesson())] = (lesson_digest(self._fitted_lesson), list(self._estimates),
                                                           self._fits, len(self._marks))
            while len(self._undone) > UNDONE_KEPT:
                self._undone.pop(next(iter(self._undone)))
        self._estimates.clear()

    def _take_back_up(self, fitted_now: bool = False) -> None:
        """The marks as they were before an undo again (a redo, or the same marks given again): the estimates put aside
        then are the line's memory again, where the model in use is the one of then (``fitted_now``: or one just fitted
        to these very marks, which the fit after them would have been: its entry follows theirs)."""
        if (not self._undone or self._fitted_lesson is None
                or all(marks != len(self._marks) for *_, marks in self._undone.values())):   # (no digest worked out)
            return
        now = lesson_digest(self._lesson())
        kept = self._undone.get(now)
        if kept is None:
            return
        fitted, estimates, fits, _ = kept
        in_use = lesson_digest(self._fitted_lesson)
        if in_use == fitted:
            self._estimates, self._fits = list(estimates), fits
        elif fitted_now and in_use == now:
            self._estimates, self._fits = list(estimates), fits + 1
        else:
            return
        del self._undone[now]
        self._progress = None


UNDONE_KEPT = 20   # the marks before the last undos whose fits' estimates are kept for a redo


def undone_back(data) -> dict[str, tuple[str, list[FitEstimate], int, int]]:
    """The estimates put aside at the last undos, as :meth:`AssistantProgress.fit_history` wrote them under ``undone``
    (marks' digest -> the digest of the model's then, its fits' estimates, their count, the marks' count); an entry
    that is none of it is left out, and a project older than them has none."""
    rows = data.get("undone") if isinstance(data, dict) else None
    got: dict[str, tuple[str, list[FitEstimate], int, int]] = {}
    for row in rows if isinstance(rows, list) else ():
        try:
            now, fitted, fits, marks, estimates = row
            back = history_back({"fits": estimates})
            if back is None or not all(isinstance(v, str) for v in (now, fitted)):
                continue
            got[now] = (fitted, back[0], int(fits), int(marks))
        except (TypeError, ValueError):
            continue
    while len(got) > UNDONE_KEPT:
        got.pop(next(iter(got)))
    return got
