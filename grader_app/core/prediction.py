"""The model's row for one answer (:class:`Prediction`): its probabilities, and the score and confidence the
question's decision rule (:mod:`.decision`) makes of them. Pure Python; no Qt.

Two readings of one row. The decision rule's (:attr:`Prediction.score`, :attr:`~Prediction.confidence`) is the
score that stands when the model takes an answer on its own: the review threshold and the bundle's risk table are
measured on it. The likeliest score's (:attr:`Prediction.likeliest`, the arg-max) is what the model suggests for an
answer the teacher decides: the one most often exactly right, the tallest of the bars the teacher sees. Which of them
an answer shows is the session's to say (``GradingSession.model_says``)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..scoring.outputs import is_probability_row
from .decision import decide


@dataclass(frozen=True)
class Prediction:
    """The model's row for one answer. Its score is the one the question's decision rule picks
    (``cutpoints``: None for the arg-max, see ``grader_app.core.decision``); its confidence is the
    row's probability of that score. A row that is not a probability distribution (NaN, infinite,
    negative, above 1, not adding up to 1) is not ``valid``: it is kept as all zeros (so no NaN
    reaches a table, a project file or an export), its confidence is 0.0 and the answer needs
    review whatever the threshold."""

    probabilities: tuple[float, ...]
    labels: tuple
    cutpoints: tuple[float, ...] | None = None
    # the index the rule picks (with no cutpoints the first maximum, as np.argmax), worked out once:
    # tables ask for it per cell
    _index: int = field(init=False, repr=False, compare=False, default=0)
    _valid: bool = field(init=False, repr=False, compare=False, default=True)
    # the same row read by the arg-max, made once where the rule picks another score (else this row itself)
    _likeliest: "Prediction | None" = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        p = self.probabilities
        cuts = self.cutpoints
        if cuts is not None and len(cuts) != len(p) - 1:
            raise ValueError(f"the decision rule needs {len(p) - 1} cutpoints for {len(p)} scores, not {len(cuts)}")
        valid = is_probability_row(p)
        object.__setattr__(self, "_valid", valid)
        if not valid:
            object.__setattr__(self, "probabilities", (0.0,) * len(p))
        index = decide(p, cuts) if valid else 0
        object.__setattr__(self, "_index", index)
        if valid and cuts is not None and decide(p) != index:
            object.__setattr__(self, "_likeliest", Prediction(self.probabilities, self.labels))

    @property
    def index(self) -> int:
        return self._index

    @property
    def valid(self) -> bool:
        return self._valid

    @property
    def score(self):
        return self.labels[self._index]

    @property
    def confidence(self) -> float:
        return float(self.probabilities[self._index]) if self._valid else 0.0

    @property
    def likeliest(self) -> "Prediction":
        """The same row read by the arg-max (no cutpoints): its score the likeliest one (the first maximum), its
        confidence that score's probability. This row itself where the rule picks the likeliest score anyway (always
        without a rule, and for a row that is not ``valid``)."""
        return self._likeliest if self._likeliest is not None else self

    @property
    def rule_is_likeliest(self) -> bool:
        """Does the decision rule pick the likeliest score (as it always does without cutpoints)?"""
        return self._likeliest is None


def prediction_row(probabilities, labels: tuple, cutpoints: tuple[float, ...] | None = None) -> Prediction:
    """The :class:`Prediction` a model's row of ``probabilities`` (floats, numpy's or Python's) makes under a question's
    ``labels`` and decision rule: how the session stores every row (``GradingSession.set_predictions``), and how a
    worker builds them ahead (a learned model's, :class:`grader_app.learn.in_session.QuestionLearner`; a scored
    batch's, :func:`grader_app.core.grading.batch_rows`)."""
    return Prediction(tuple(float(x) for x in probabilities), labels, cutpoints)
