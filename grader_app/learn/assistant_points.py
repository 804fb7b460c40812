"""Which marks each fit of a question learns from, so that the learning line follows the same fits at any pace (a part
of :class:`~grader_app.learn.assistant.MarkingAssistant`): the points the line follows (:mod:`.checkpoints`), the next
one a late fit left to do, the first marks a point's fit learns from, and what a fit taken into use does to the line's
memory (a fit of every mark at no point serves until the next point's fit, whose estimate then replaces it). No Qt.
"""
from __future__ import annotations

from typing import Any, Callable

from .checkpoints import checkpoints, due
from .marks_model import LearnedModel
from .progress import FitEstimate

REFIT_GROWTH = 0.05     # refit once the marked answers grew by 5 % (at least one) since the last fit

_NONE = object()        # no mark


class AssistantPoints:
    """Mixed into MarkingAssistant, which provides what these read."""

    model: LearnedModel | None
    _marks: dict[int, Any]
    _fitted_marks: dict[int, Any]
    _arrival: dict[int, tuple[str, int]]
    _estimates: list[FitEstimate]
    _fits: int
    _sheet_arrival: Callable[[], tuple[int, ...]]

    def _init_points(self) -> None:
        self._noted = 0                      # the marks of the last fit at a point (checkpoints) taken into use
        self._model_point: int | None = None  # the model in use learned from the first this many marks (None: all)
        self._passing: int | None = None     # the fit in use if at no point: its estimate goes at the next model
        self._points: dict[int, tuple] = {}   # id(model) -> (its point or None, the last point done), fit to use_model

    def _teaches(self, scores) -> bool:
        """Whether marks with these ``scores`` (with any the fits learn from besides: :mod:`.continuing`) teach a model."""
        return len(set(scores)) >= 2

    def _changed_since_fit(self) -> bool:
        fitted, now = self._fitted_marks, self._marks
        return len(fitted) > len(now) or any(now.get(i, _NONE) != s for i, s in fitted.items())

    def _line_points(self) -> list[int]:
        """The counts of this sheet's marks at which the fits the learning line follows learn (:mod:`.checkpoints`)."""
        order = self._sheet_arrival()
        event = {i: self._arrival[i][0] or self._arrival[i][1] for i in order}
        return checkpoints(order, event, self._marks, self._teaches, REFIT_GROWTH)

    def _point_due(self) -> int | None:
        """The marks (the first, in the order given) the next fit the learning line follows learns from
        (:mod:`.checkpoints`), where the model in use learned from fewer and none of them changed since; else None."""
        if self.model is None or self._changed_since_fit():
            return None
        return due(self._line_points(), self._noted, len(self._marks))

    def _first_marks(self, upto: int | None) -> set[int] | None:
        """The first ``upto`` marks given (None: every mark, as where ``upto`` is all of them)."""
        if upto is None or upto >= len(self._marks):
            return None
        return set(self._sheet_arrival()[:upto])

    def _fit_point(self, follow: bool) -> tuple[int | None, tuple[int | None, int]]:
        """(the first marks the next fit learns from, None: every mark; and for :meth:`_took_point`, the point it is
        at, None: none, and the last point done once it is taken into use); ``follow``: the window's next fit, at the
        next point due if any."""
        upto = self._point_due() if follow else None
        if upto is not None:
            return upto, (upto, upto)
        n, points = len(self._marks), self._line_points()
        if self.model is None:   # a first fit: a point of its own
            return None, (n, n)
        done = max([c for c in points if c <= n], default=self._noted)   # the points before it: done
        return None, (n if n in points else None, max(self._noted, done))

    def _drop_passing(self) -> None:
        """Before the next model is taken into use: the estimate of a fit of every mark at no point goes."""
        if self._passing is not None:
            self._estimates = [h for h in self._estimates if h.fit != self._passing]

    def _took_point(self, point: tuple[int | None, int] | None) -> None:
        """A model just taken into use (fit number ``_fits``), at ``point`` (:meth:`_fit_point`'s; None: not fitted
        here, at no point)."""
        at, done = point if point is not None else (None, self._noted)
        self._noted = done
        self._passing = None if at is not None else self._fits   # a point's fit: the same marks whatever the pace
        self._model_point = at if at is not None and at < len(self._marks) else None
