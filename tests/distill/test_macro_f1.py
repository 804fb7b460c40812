"""Macro-F1 on the distillation side: scikit-learn's, with the edge cases the reports rely on."""
import math

import pytest
from sklearn.metrics import f1_score

from grader_app.distill.metrics import macro_f1


def test_macro_f1_matches_sklearn():
    a = [0, 1, 2, 2, 1, 0, 2]
    b = [0, 2, 2, 1, 1, 0, 0]
    assert macro_f1(a, b) == pytest.approx(f1_score(a, b, average="macro"))
    assert macro_f1(a, a) == 1.0


def test_no_answers_give_nan():
    assert math.isnan(macro_f1([], []))
    assert math.isnan(macro_f1([], [], labels=[0, 1, 2]))


def test_labels_nobody_used_are_left_out_of_the_mean():
    # label 2 is in neither sequence: the mean is over labels 0 and 1 only (2/3 each)
    assert macro_f1([0, 0, 1], [0, 1, 1], labels=[0, 1, 2]) == pytest.approx(2 / 3)
    assert macro_f1([1, 1], [1, 1]) == 1.0
    assert math.isnan(macro_f1([5, 5], [5, 5], labels=[0, 1]))


def test_a_score_outside_the_labels_is_still_a_miss():
    # the 5 predicted as 1 is a false positive for label 1: F1(0) = 1, F1(1) = 2/3
    assert macro_f1([0, 0, 1, 5], [0, 0, 1, 1], labels=[0, 1]) == pytest.approx((1.0 + 2 / 3) / 2)


def test_half_point_scores_work():
    # scikit-learn alone refuses these as a "continuous" target
    got = macro_f1([0.5, 1.0, 1.5, 1.0], [0.5, 1.5, 1.5, 1.0])
    assert got == pytest.approx(f1_score([0, 1, 2, 1], [0, 2, 2, 1], average="macro"))
