import math

import pytest
from sklearn.metrics import cohen_kappa_score, f1_score

from grader_app.core import metrics as M


def test_qwk_matches_sklearn():
    a = [0, 1, 2, 3, 2, 1, 0, 3, 3, 2]
    b = [0, 2, 2, 3, 1, 1, 1, 3, 2, 2]
    assert M.quadratic_weighted_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b, weights="quadratic"))
    assert M.quadratic_weighted_kappa(a, a) == pytest.approx(1.0)


def test_macro_f1_matches_sklearn():
    a = [0, 1, 2, 2, 1, 0, 2]
    b = [0, 2, 2, 1, 1, 0, 0]
    assert M.macro_f1(a, b) == pytest.approx(f1_score(a, b, average="macro"))


def test_clopper_pearson_upper_known_values():
    # zero errors in n: upper bound is 1 - alpha**(1/n)
    assert M.clopper_pearson_upper(0, 100, 0.9) == pytest.approx(1 - 0.1 ** (1 / 100), rel=1e-6)
    ub = M.clopper_pearson_upper(5, 100, 0.9)
    assert 0.05 < ub < 0.10
    assert M.clopper_pearson_upper(3, 0) == 1.0
    assert not math.isnan(M.accuracy([1], [1]))
