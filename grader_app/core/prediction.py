"""The model's row for one answer (:class:`Prediction`): its probabilities, and the score and confidence the
question's decision rule (:mod:`.decision`) makes of them. Pure Python; no Qt."""
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

    def __post_init__(self) -> None:
        p = self.probabilities
        cuts = self.cutpoints
        if cuts is not None and len(cuts) != len(p) - 1:
            raise ValueError(f"the decision rule needs {len(p) - 1} cutpoints for {len(p)} scores, not {len(cuts)}")
        valid = is_probability_row(p)
        object.__setattr__(self, "_valid", valid)
        if not valid:
            object.__setattr__(self, "probabilities", (0.0,) * len(p))
        object.__setattr__(self, "_index", decide(p, cuts) if valid else 0)

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
