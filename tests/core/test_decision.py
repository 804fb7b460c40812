"""grader_app.core.decision: the rule that turns a row of probabilities into a score's index."""
from __future__ import annotations

import math

import numpy as np
import pytest

from grader_app.core.decision import check_cutpoints, decide, decide_many


def test_no_cutpoints_is_the_first_maximum_as_numpy_argmax():
    for row in ([0.2, 0.5, 0.3], [0.4, 0.05, 0.15, 0.4], [0.25, 0.25, 0.25, 0.25], [0.0, 0.0, 1.0]):
        assert decide(row) == decide(row, None) == decide(row, ()) == int(np.argmax(row))
    assert decide([0.4, 0.05, 0.15, 0.4]) == 0   # a tie: the first


def test_expected_score_counts_the_cutpoints_it_reaches():
    row = [0.40, 0.05, 0.15, 0.40]                  # expected index 1.55: "middle", where arg-max says 0
    assert decide(row, [0.5, 1.5, 2.5]) == 2
    assert decide(row, [1.6, 2.0, 2.5]) == 0
    assert decide(row, [0.1, 0.2, 0.3]) == 3
    assert decide([0.0, 1.0, 0.0], [0.5, 1.0]) == 2   # e on a cutpoint counts as reaching it (e >= c)
    assert decide([1.0, 0.0, 0.0], [0.5, 1.0]) == 0


@pytest.mark.parametrize("k", [2, 3, 4, 6])
def test_decide_and_decide_many_agree_on_random_rows(k):
    rng = np.random.default_rng(k)
    probs = rng.dirichlet(np.full(k, 0.7), size=2000)
    for cuts in (None, tuple(np.arange(k - 1) + 0.5), tuple(np.sort(rng.uniform(0, k - 1, k - 1)))):
        many = decide_many(probs, cuts)
        assert many.shape == (len(probs),)
        assert [decide(list(r), cuts) for r in probs] == many.tolist()
        assert many.min() >= 0 and many.max() <= k - 1
    cuts = tuple(np.arange(k - 1) + 0.5)
    if k > 2:   # the rule really differs from the arg-max on some rows
        assert (decide_many(probs, cuts) != decide_many(probs)).any()


def test_decide_many_takes_float32_rows_and_lists():
    rows = [[0.4, 0.05, 0.15, 0.4], [0.1, 0.7, 0.1, 0.1]]
    assert decide_many(np.array(rows, dtype=np.float32), [0.5, 1.5, 2.5]).tolist() == [2, 1]
    assert decide_many(rows).tolist() == [0, 1]


def test_check_cutpoints_returns_a_tuple_of_floats():
    assert check_cutpoints([0.62, 1.48, 2], 4) == (0.62, 1.48, 2.0)
    assert check_cutpoints(np.array([0.5]), 2) == (0.5,)


@pytest.mark.parametrize("cuts,k,words", [
    ([0.5, 1.5], 4, "needs 3 cutpoints for 4 scores, not 2"),
    ([0.5, 1.5, 2.5, 3.5], 4, "needs 3 cutpoints for 4 scores, not 4"),
    ([], 3, "needs 2 cutpoints for 3 scores, not 0"),
    ([1.5, 0.5, 2.5], 4, "strictly increasing"),
    ([0.5, 0.5, 2.5], 4, "strictly increasing"),
    ([0.5, math.inf, 2.5], 4, "finite"),
    ([0.5, math.nan, 2.5], 4, "finite"),
    (["a", 1.0], 3, "list of numbers"),
    ([None, 1.0], 3, "list of numbers"),
    (5, 3, "list of numbers"),
])
def test_check_cutpoints_says_what_is_wrong_in_one_sentence(cuts, k, words):
    with pytest.raises(ValueError, match=words) as info:
        check_cutpoints(cuts, k)
    assert "\n" not in str(info.value)
