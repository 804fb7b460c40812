"""What the marking assistant (:mod:`grader_app.learn.assistant`) puts in front of the teacher next, and why: the choice
(:meth:`AssistantSuggestions.suggest_next`, a part of :class:`~grader_app.learn.assistant.MarkingAssistant`), a
:class:`Suggestion` and its reasons (English here; the window shows them translated, :mod:`grader_app.ui.learning_words`)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from ..core.groups import BLANK, Group, group_ids

BLANK_REASON = "blank answers: one decision for all of them"
BIGGEST_REASON = "the biggest group still open"
SAMPLE_REASON = "a fair sample, so the model's guarantee can be checked"
UNSURE_REASON = "the model is least sure of these"
EXPLORE_EVERY = 2       # every 2nd suggestion (once a model exists) is a random group, the others the least sure
REASONS = (BLANK_REASON, BIGGEST_REASON, SAMPLE_REASON, UNSURE_REASON)
# each reason's short name: the origin of a decision made on an answer it suggested (grader_app.core.origins.SUGGESTED)
ORIGINS = {BLANK_REASON: "blank", BIGGEST_REASON: "biggest", SAMPLE_REASON: "sample", UNSURE_REASON: "unsure"}


@dataclass(frozen=True)
class Suggestion:
    """What to put in front of the teacher next: ``members`` (undecided answers of one group) to decide
    together, shown by ``medoid``; ``model_score`` is the model's score for it, if it has one."""

    group: int
    members: tuple[int, ...]
    medoid: int
    reason: str
    model_score: Any = None
    confidence: float | None = None


class AssistantSuggestions:
    """Mixed into MarkingAssistant, which provides what these read."""

    texts: list[str]
    groups: list[Group]
    _steps: int
    _gid: np.ndarray | None
    _rng: np.random.Generator
    auto_scores: Callable[[], dict[int, Any]]
    _undecided: Callable[[], np.ndarray]
    current_confidence: Callable[[], np.ndarray | None]
    model_score: Callable[[int], Any]

    def suggest_next(self) -> Suggestion | None:
        """The next group to decide, or None when every answer is decided or the model may take it.

        Worked out with whole-array operations (it runs on the GUI thread after every decision)."""
        auto = self.auto_scores()
        open_ = self._undecided()
        if auto:
            open_[np.fromiter(auto, dtype=np.int64, count=len(auto))] = False
        gid = self._group_index()
        counts = np.bincount(gid[open_], minlength=len(self.groups))
        open_groups = np.flatnonzero(counts)
        if not len(open_groups):
            return None
        conf = self.current_confidence()
        step = self._steps
        self._steps += 1

        def make(gi: int, reason: str) -> Suggestion:
            g = self.groups[gi]
            todo = tuple(i for i in g.members if open_[i])
            medoid = g.medoid if g.medoid in todo else todo[0]
            c = float(conf[medoid]) if conf is not None else None
            return Suggestion(gi, todo, medoid, reason, self.model_score(medoid), c)

        for gi in open_groups:
            if self.groups[gi].kind == BLANK:
                return make(int(gi), BLANK_REASON)
        sizes = counts[open_groups]
        if conf is None:   # the biggest; the first of equals
            return make(int(open_groups[int(np.argmax(sizes))]), BIGGEST_REASON)
        if step % EXPLORE_EVERY == EXPLORE_EVERY - 1:
            w = sizes.astype(np.float64)
            pick = int(self._rng.choice(len(open_groups), p=w / w.sum()))
            return make(int(open_groups[pick]), SAMPLE_REASON)
        # the least sure on average over the group's open answers; then the bigger, then the first
        mean = np.bincount(gid[open_], weights=conf[open_], minlength=len(self.groups))[open_groups] / sizes
        best = np.lexsort((open_groups, -sizes, mean))[0]
        return make(int(open_groups[best]), UNSURE_REASON)

    def _group_index(self) -> np.ndarray:
        if self._gid is None:
            self._gid = group_ids(self.groups, len(self.texts))
        return self._gid
