"""Which score a model's probabilities stand for: the decision rule of a bundle.

Scores are ordered, and the agreement that matters (quadratic weighted kappa) punishes a miss by
its squared distance. The arg-max of the probabilities ignores that order: a row of (0.40, 0.05,
0.15, 0.40) is a coin toss between 0 and 3 for it, while the expected score, 1.55, says "middle".
So a bundle may carry, besides its probabilities, a rule of ``cutpoints`` on the expected score
index (fitted out of fold when the bundle was made, see ``grader_app.distill.decoding``):

    e = Σ_k k · p_k          (k = 0 … K−1, the positions of the bundle's labels)
    index = #{ j : e ≥ cutpoints[j] }

With no cutpoints the rule is the arg-max (the first maximum, as ``numpy.argmax``). Either way the
answer's confidence is the calibrated probability of the chosen score (``DESIGN.md`` § 5), so a
score the rule chose against the arg-max is never more confident than the model's own favourite
and seldom escapes review. The rule's score stands where the model takes an answer on its own; for an
answer that comes to the teacher, the score shown and suggested is the likeliest one
(``GradingSession.model_says``, docs/bundle-format.md).

Pure Python plus NumPy; no Qt. ``check_cutpoints`` (K − 1 finite, strictly increasing numbers, else
a one-sentence ValueError) and the rule names come from :mod:`grader_app.bundles.manifest`.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from ..bundles.manifest import RULE_ARGMAX, RULE_EXPECTED, RULES, check_cutpoints

# The rule's names and the check of its cutpoints are part of the bundle format (the manifest checks
# them when a bundle is read, and the format is the layer below core), so they are defined there once.
__all__ = ["RULE_ARGMAX", "RULE_EXPECTED", "RULES", "check_cutpoints", "decide", "decide_many"]


def decide(row: Sequence[float], cutpoints: Sequence[float] | None = None) -> int:
    """The index of the score one row of probabilities stands for."""
    if not cutpoints:
        return max(range(len(row)), key=row.__getitem__)
    e = sum(k * float(p) for k, p in enumerate(row))
    return sum(1 for c in cutpoints if e >= c)


def decide_many(probs: np.ndarray, cutpoints: Sequence[float] | None = None) -> np.ndarray:
    """:func:`decide` for every row of ``probs`` ([N, K]) at once."""
    probs = np.asarray(probs, dtype=np.float64)
    if not cutpoints:
        return probs.argmax(axis=1)
    e = probs @ np.arange(probs.shape[1], dtype=np.float64)
    return (e[:, None] >= np.asarray(cutpoints, dtype=np.float64)[None, :]).sum(axis=1)
