"""What counts as a usable model output: a row of probabilities (DESIGN §4: finite, each in [0, 1],
adding up to 1). Anything else is routed to review, never auto-accepted (DESIGN §5).

Pure Python and NumPy: the scorer checks whole batches, a stored prediction checks its own row.
"""
from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from ..bundles.errors import BundleError

VALUE_SLACK = 1e-6   # a float32 softmax can land a hair outside [0, 1]
SUM_SLACK = 1e-3     # |sum - 1| allowed


def valid_rows(probs: np.ndarray) -> np.ndarray:
    """For each row of a [N, K] array, whether it is a probability distribution (bool [N])."""
    p = np.asarray(probs, dtype=np.float64)
    if p.ndim != 2 or p.shape[1] == 0:
        return np.zeros(p.shape[0] if p.ndim else 0, dtype=bool)
    with np.errstate(invalid="ignore", over="ignore"):
        # NaN and ±inf fail both comparisons: a row in range is finite (no separate isfinite pass)
        in_range = ((p >= -VALUE_SLACK) & (p <= 1.0 + VALUE_SLACK)).all(axis=1)
        sums = np.abs(p.sum(axis=1) - 1.0) <= SUM_SLACK
    return in_range & sums


def is_probability_row(row: Sequence[float]) -> bool:
    """The same test for one row (a stored prediction's tuple of floats)."""
    if not len(row):
        return False
    total = 0.0
    for x in row:
        if not -VALUE_SLACK <= x <= 1.0 + VALUE_SLACK:   # False for NaN too
            return False
        total += x
    return math.isfinite(total) and abs(total - 1.0) <= SUM_SLACK


def check_shape(shape: Sequence[int], n: int, k: int, name: str) -> None:
    """BundleError unless an output's ``shape`` is (n, k): one row per answer, one score per label; said (in the
    window's language) naming ``name``, the bundle's file.

    Checked on what the model actually gave: a graph may declare ``["N", "K"]`` and give anything.
    """
    shape = tuple(shape)
    if len(shape) != 2:
        raise BundleError.said("bundle.output_shape", name=name, shape=str(list(shape)[:4]))
    if shape[1] != k:
        raise BundleError.said("bundle.output_labels", name=name, count=shape[1], labels=k)
    if shape[0] != n:
        raise BundleError.said("bundle.output_rows", name=name, given=shape[0], answers=n)
