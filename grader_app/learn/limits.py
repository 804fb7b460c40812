"""How many marks a model learned from a teacher's marks needs, with nothing heavy imported: the window's dialogs say
the number up front without loading scipy or scikit-learn (:mod:`grader_app.learn.marks_model` fits the models).

A learned model's review threshold must show, out of fold, an error of at most :data:`TARGET_ERROR` at
:data:`CONFIDENCE` (an exact Clopper–Pearson bound). With zero errors that takes :func:`min_accepted_for` confidently
right answers, 45 at 5 % / 90 %: a model learned from fewer marks can take no answer on its own, so it is not kept as a
library model (:data:`MIN_MARKS`; ``grader_app.learn.from_sheet``, ``grader_app.learn.in_session.not_kept``).
"""
from __future__ import annotations

import math

TARGET_ERROR = 0.05
CONFIDENCE = 0.90


def min_accepted_for(target_error: float, confidence: float) -> int:
    """The fewest accepted answers for which zero errors can show error ≤ target at ``confidence``."""
    return int(math.ceil(math.log(1.0 - confidence) / math.log(1.0 - target_error) - 1e-12))


# the fewest marks whose review threshold can accept anything; a model learned from fewer is no library model
MIN_MARKS = min_accepted_for(TARGET_ERROR, CONFIDENCE)
