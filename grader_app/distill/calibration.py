"""Calibration on the validation split: temperature scaling and the review (risk–coverage) data.

The implementation is the app's (:mod:`grader_app.learn.calibration`): a model the app learns from
a teacher's marks is calibrated and given its review threshold by the same code as a distilled
student. This module keeps the distillation side's names for it.
"""
from __future__ import annotations

from ..learn.calibration import (  # noqa: F401  (re-exported)
    MAX_TABLE_ROWS, REVIEW_METHOD, T_MAX, T_MIN, clopper_pearson_upper, fit_temperature, min_accepted_for, nll,
    risk_coverage, soften, softmax)
