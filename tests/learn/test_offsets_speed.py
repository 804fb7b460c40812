"""The vectorised offset search chooses exactly what the old one chose.

``qwk_offsets`` used to score every candidate offset with scikit-learn's ``cohen_kappa_score`` (about
940 calls per fit); it now scores a whole pass of candidates from one bincount of confusion matrices.
Here the old algorithm, written out with scikit-learn, is the reference: on many random inputs,
including degenerate ones, both must return the same offsets bit for bit; and the QWK helper must give
scikit-learn's own figures to the last bit (NaN where scikit-learn calls kappa undefined)."""
from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from sklearn import config_context
from sklearn.metrics import cohen_kappa_score

from grader_app.learn import offsets
from grader_app.learn.offsets import GRID, confusion_matrices, qwk_from_confusion, qwk_offsets


def _sklearn_qwk(y, pred, k: int) -> float:
    # skipping the parameter checks changes no figure, only the time the reference search takes
    with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"), \
            config_context(skip_parameter_validation=True):
        warnings.simplefilter("ignore")   # undefined kappa: scikit-learn warns and returns NaN
        return float(cohen_kappa_score(y, pred, labels=list(range(k)), weights="quadratic"))


def _reference_offsets(logp, y, k: int, rounds: int = 2) -> np.ndarray:
    """The old search: one scikit-learn QWK per candidate (NaN, a single shared score, counts as 1.0;
    no answers as -1.0, the way the app's ``quadratic_weighted_kappa`` and the old code had it). Kappa is
    remembered per distinct prediction vector: the same scikit-learn figures, far fewer slow calls."""
    delta = np.zeros(k)
    seen: dict[bytes, float] = {}

    def kappa(d):
        pred = (logp + d).argmax(axis=1)
        if len(y) == 0:
            return -1.0
        if k < 2:
            return 1.0
        key = pred.tobytes()
        if key not in seen:
            v = _sklearn_qwk(y, pred, k)
            seen[key] = 1.0 if np.isnan(v) else v
        v = seen[key]
        return v if math.isfinite(v) else -1.0
    best = kappa(delta)
    for _ in range(rounds):
        for j in range(1, k):
            for g in GRID:
                d = delta.copy()
                d[j] = g
                v = kappa(d)
                if v > best + 1e-9 or (abs(v - best) <= 1e-9 and abs(g) < abs(delta[j])):
                    best, delta = v, d
    return delta


def _case(rng: np.random.Generator, kind: str, k: int, n: int):
    """Log-probabilities [n, k] and scores [n] of one kind of awkward input."""
    y = rng.integers(0, k, n)
    if kind == "one score in y":
        y = np.full(n, rng.integers(0, k))
    latent = y + rng.normal(0, rng.uniform(0.3, 1.2), n)
    centres = np.linspace(0.3 * (k - 1), 0.7 * (k - 1), k)        # leaning to the middle scores
    logits = -((latent[:, None] - centres[None, :] * 1.4) ** 2)
    if kind == "noise":
        logits = rng.normal(0, 2, (n, k))
    elif kind == "coarse":                                          # many exact ties in the logits
        logits = np.round(logits * rng.choice([2, 10])) / rng.choice([2, 10])
    elif kind == "one prediction":                                  # argmax is one score whatever the offset
        logits = rng.normal(0, 0.1, (n, k))
        logits[:, rng.integers(0, k)] += 10.0
    elif kind == "minus infinity":
        logits[rng.random((n, k)) < 0.3] = -np.inf
    elif kind == "nan":                                             # numpy's argmax picks the first NaN
        logits[rng.random((n, k)) < 0.15] = np.nan
    elif kind == "float32":
        logits = logits.astype(np.float32)
    logp = logits - np.logaddexp.reduce(logits, axis=1, keepdims=True) if kind not in ("minus infinity", "nan") else logits
    if kind == "float y":
        y = y.astype(np.float64)
    return logp, y


KINDS = ("model", "noise", "coarse", "one score in y", "one prediction", "minus infinity", "nan", "float32",
         "float y")


@pytest.mark.parametrize("kind", KINDS)
def test_same_offsets_as_the_scikit_learn_search(kind):
    rng = np.random.default_rng(KINDS.index(kind))
    for i in range(12):
        k = (2, 3, 4)[i % 3]
        n = int(rng.choice([1, 2, 3, 5, 8, 13, 40, 120]))
        logp, y = _case(rng, kind, k, n)
        want = _reference_offsets(logp, y, k)
        np.testing.assert_array_equal(qwk_offsets(logp, y, k), want, err_msg=f"{kind}, k={k}, n={n}")


def test_same_offsets_on_larger_inputs_and_other_round_counts():
    rng = np.random.default_rng(7)
    for k, n, rounds in ((4, 400, 2), (3, 300, 1), (4, 150, 3), (3, 250, 2)):
        logp, y = _case(rng, "model", k, n)
        np.testing.assert_array_equal(qwk_offsets(logp, y, k, rounds), _reference_offsets(logp, y, k, rounds))


def test_degenerate_sizes():
    for k in (1, 2, 3, 4):
        logp = np.zeros((0, k))
        np.testing.assert_array_equal(qwk_offsets(logp, np.zeros(0, dtype=int), k), np.zeros(k))
        logp, y = np.log(np.full((1, k), 1.0 / k)), np.array([k - 1])
        np.testing.assert_array_equal(qwk_offsets(logp, y, k), _reference_offsets(logp, y, k))
    assert qwk_offsets(np.zeros((5, 1)), np.zeros(5, dtype=int), 1).tolist() == [0.0]


def test_predictions_are_numpys_argmax():
    """The shortcut (the best of the other scores, found once) against numpy's argmax on every shifted
    copy, on logits full of exact ties and infinities."""
    rng = np.random.default_rng(2)
    for i in range(300):
        k, n = 2 + i % 4, int(rng.integers(1, 30))
        logp = rng.choice([-np.inf, -2.0, -1.5, -1.0, -0.5, -0.3, -0.2, 0.0, np.inf], size=(n, k), p=[0.1] + [0.1] * 7 + [0.2])
        if i % 3 == 0:
            logp = np.round(rng.normal(0, 1, (n, k)), 1).astype(rng.choice([np.float32, np.float64]))
        delta = np.round(rng.choice(GRID, k) * (rng.random(k) < 0.7), 2)
        delta[0] = 0.0
        j = int(rng.integers(1, k))
        want = np.array([(logp + np.where(np.arange(k) == j, g, delta)).argmax(axis=1) for g in GRID])
        np.testing.assert_array_equal(offsets._predictions(logp, delta, j, GRID, True), want)
        np.testing.assert_array_equal(offsets._predictions(logp, delta, j, GRID, False), want)


def test_chunked_candidates_give_the_same_offsets(monkeypatch):
    rng = np.random.default_rng(3)
    logp, y = _case(rng, "nan", 4, 90)
    whole = qwk_offsets(logp, y, 4)
    monkeypatch.setattr(offsets, "CHUNK", 1)          # one candidate at a time
    np.testing.assert_array_equal(qwk_offsets(logp, y, 4), whole)
    monkeypatch.setattr(offsets, "CHUNK", 90 * 4 * 7)  # uneven chunks of 7
    np.testing.assert_array_equal(qwk_offsets(logp, y, 4), whole)


def test_scores_outside_the_scale_are_refused():
    logp = np.zeros((3, 3))
    for bad in ([0, 1, 3], [0, -1, 2], [0.5, 1, 2], [0, np.nan, 1], ["0", "1", "2"]):
        with pytest.raises(ValueError):
            qwk_offsets(logp, np.array(bad), 3)
    with pytest.raises(ValueError):
        qwk_offsets(np.zeros((4, 3)), np.array([0, 1, 2]), 3)


def _pairs(rng: np.random.Generator):
    """(y1, y2, k): random pairs and the degenerate ones (one score each side, the same or different,
    scores of the scale nobody gave)."""
    for i in range(400):
        k = 2 + i % 4
        n = int(rng.integers(1, 50))
        a, b = rng.integers(0, k, n), rng.integers(0, k, n)
        kind = i % 8
        if kind == 1:
            a = np.full(n, rng.integers(0, k))                 # one score in y
        elif kind == 2:
            b = np.full(n, rng.integers(0, k))                 # one prediction: sklearn gives 0.0
        elif kind == 3:
            a = b = np.full(n, rng.integers(0, k))             # one shared score: sklearn gives NaN
        elif kind == 4:
            a, b = np.full(n, 0), np.full(n, k - 1)            # one score each, different
        elif kind == 5:
            a, b = np.minimum(a, 1), np.minimum(b, 1)          # the top scores unused
        yield a, b, k


def test_qwk_helper_matches_scikit_learn_to_the_last_bit():
    rng = np.random.default_rng(11)
    seen_nan = seen_zero = 0
    for a, b, k in _pairs(rng):
        want = _sklearn_qwk(a, b, k)
        got = qwk_from_confusion(confusion_matrices(a, b[None, :], k))
        assert got.shape == (1,)
        np.testing.assert_array_equal(got, np.array([want]), err_msg=f"{a} {b} k={k}")
        seen_nan += math.isnan(want)
        seen_zero += want == 0.0
    assert seen_nan >= 40 and seen_zero >= 40


def test_qwk_helper_on_a_stack_and_on_no_answers():
    rng = np.random.default_rng(5)
    y = rng.integers(0, 4, 60)
    preds = rng.integers(0, 4, (25, 60))
    preds[3] = 2
    preds[4] = y
    conf = confusion_matrices(y, preds, 4)
    assert conf.shape == (25, 4, 4) and (conf.sum(axis=(1, 2)) == 60).all()
    np.testing.assert_array_equal(conf[7], np.bincount(y * 4 + preds[7], minlength=16).reshape(4, 4))
    stacked = qwk_from_confusion(conf)
    np.testing.assert_array_equal(stacked, [_sklearn_qwk(y, p, 4) for p in preds])
    assert stacked[3] == 0.0 and stacked[4] == 1.0
    np.testing.assert_array_equal(qwk_from_confusion(conf[7]), stacked[7])   # a single matrix too
    assert np.isnan(qwk_from_confusion(np.zeros((3, 3))))                     # no answers: NaN, like the app's QWK
    assert np.isnan(qwk_from_confusion(np.diag([0, 5, 0])))                   # one shared score: NaN, like sklearn
