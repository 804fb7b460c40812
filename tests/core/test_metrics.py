"""The app's agreement figures (grader_app.core.metrics: scikit-learn with its edges pinned) on random cases."""
import math
import random

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, cohen_kappa_score

from grader_app.core import metrics as M


def test_qwk_matches_sklearn():
    a = [0, 1, 2, 3, 2, 1, 0, 3, 3, 2]
    b = [0, 2, 2, 3, 1, 1, 1, 3, 2, 2]
    assert M.quadratic_weighted_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b, weights="quadratic"))
    assert M.quadratic_weighted_kappa(a, a) == pytest.approx(1.0)


def test_qwk_and_accuracy_match_sklearn_on_random_scores():
    rng = random.Random(0)
    checked = 0
    for _ in range(300):
        labels = rng.choice([[0, 1, 2], [0, 1, 2, 3], [1, 2, 3, 4, 5]])
        n = rng.randint(2, 30)
        a = [rng.choice(labels) for _ in range(n)]
        b = [rng.choice(labels) for _ in range(n)]
        assert M.accuracy(a, b) == pytest.approx(accuracy_score(a, b), abs=1e-12)
        if len(set(a) | set(b)) < 2:
            continue  # scikit-learn calls a single score undefined (see below)
        want = cohen_kappa_score(a, b, labels=labels, weights="quadratic")
        assert M.quadratic_weighted_kappa(a, b, labels=labels) == pytest.approx(want, abs=1e-12)
        checked += 1
    assert checked > 250


def test_accuracy_counts_agreements():
    assert M.accuracy([0, 1, 2, 2], [0, 1, 1, 2]) == 0.75
    assert M.accuracy(np.array([1, 2]), [1.0, 2.0]) == 1.0  # 1 and 1.0 are the same score
    assert not math.isnan(M.accuracy([1], [1]))


def test_empty_input_gives_nan():
    assert math.isnan(M.quadratic_weighted_kappa([], []))
    assert math.isnan(M.quadratic_weighted_kappa([], [], labels=[0, 1, 2]))
    assert math.isnan(M.accuracy([], []))


def test_a_single_score_is_perfect_agreement_for_qwk():
    # scikit-learn calls this undefined; the app's summary shows perfect agreement
    assert M.quadratic_weighted_kappa([1, 1, 1], [1, 1, 1]) == 1.0
    assert M.quadratic_weighted_kappa([1, 1, 1], [1, 1, 1], labels=[0, 1, 2]) == 1.0
    assert M.quadratic_weighted_kappa([0, 1, 2], [1, 1, 1]) == 0.0  # a constant model agrees by chance only


def test_qwk_weights_follow_the_order_of_the_labels_not_their_values():
    # half-point scores work, and the weights use the label positions (0, 1, 2)
    halves = M.quadratic_weighted_kappa([0.5, 1.0, 1.5, 1.0], [0.5, 1.5, 1.5, 1.0])
    assert halves == pytest.approx(cohen_kappa_score([0, 1, 2, 1], [0, 2, 2, 1], weights="quadratic"))
    # an unused label at the end stretches every weight by the same factor: kappa is unchanged
    a, b = [0, 1, 2, 1, 0], [0, 2, 2, 1, 1]
    assert M.quadratic_weighted_kappa(a, b, labels=[0, 1, 2, 3]) == pytest.approx(M.quadratic_weighted_kappa(a, b))
    # an unused label in the middle changes the distances between the used ones
    a, b = [0, 1, 3, 1, 3], [1, 1, 3, 0, 1]
    with_gap = M.quadratic_weighted_kappa(a, b, labels=[0, 1, 2, 3])
    assert with_gap == pytest.approx(cohen_kappa_score(a, b, labels=[0, 1, 2, 3], weights="quadratic"))
    assert with_gap != pytest.approx(M.quadratic_weighted_kappa(a, b))


def test_the_app_side_has_no_macro_f1_or_clopper_pearson():
    # both live on the distillation side now (scikit-learn / scipy); the app never needed them
    assert not hasattr(M, "macro_f1") and not hasattr(M, "clopper_pearson_upper")
