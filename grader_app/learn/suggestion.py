"""What the marking assistant (:mod:`grader_app.learn.assistant`) puts in front of the teacher next, and why: a
:class:`Suggestion` and its reasons (English here; the window shows them translated, :mod:`grader_app.ui.learning_words`)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

BLANK_REASON = "blank answers: one decision for all of them"
BIGGEST_REASON = "the biggest group still open"
SAMPLE_REASON = "a fair sample, so the model's guarantee can be checked"
UNSURE_REASON = "the model is least sure of these"
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
