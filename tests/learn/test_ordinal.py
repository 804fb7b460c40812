"""The ordinal model on hashed features (adjacent-category logits): its gradient is the loss's, it learns an
ordered score, soft targets work, and its one-column graph reproduces it through onnxruntime."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("scipy")

from grader_app.learn.hashed import BUDGET, HashSpec, featurise, ordinal_buckets_for, to_onnx  # noqa: E402
from grader_app.learn.ordinal import AdjacentCategoryModel  # noqa: E402

WORDS = ["osmosis", "membrane", "water", "cell", "salt", "energy", "the", "and"]


def _data(n=150, K=4, seed=0):
    rng = np.random.default_rng(seed)
    texts = [" ".join(rng.choice(WORDS, size=int(rng.integers(1, 10)))) for _ in range(n)]
    y = np.array([min(K - 1, t.count("osmosis") + t.count("membrane")) for t in texts])
    return texts, y


def test_logits_are_steps_times_one_score_plus_bias():
    texts, y = _data()
    spec = HashSpec(257, words=(1,))
    X = featurise(texts, spec)
    m = AdjacentCategoryModel(spec, 4, l2=1e-3).fit(X, y)
    L = m.logits(X)
    z = np.asarray(X @ m.weights_).reshape(-1)
    assert m.weights_.shape == (257, 1) and m.bias_.shape == (4,)
    assert np.allclose(L - m.bias_, z[:, None] * np.arange(4))
    # the learned score orders the answers: more key words, higher z
    assert np.corrcoef(z, y)[0, 1] > 0.8
    assert np.mean(m.predict(X) == y) > 0.8


def test_the_fit_reaches_the_optimum_of_its_loss():
    """At the fitted point the loss's gradient (finite differences) vanishes: the analytic gradient is right."""
    texts, y = _data(n=60, K=3, seed=1)
    spec = HashSpec(31, words=(1,))
    X = featurise(texts, spec)
    m = AdjacentCategoryModel(spec, 3, l2=1e-2).fit(X, y, max_iter=5000)

    def loss(v, b):
        L = (X @ v)[:, None] * np.arange(3) + b
        L -= L.max(1, keepdims=True)
        lp = L - np.log(np.exp(L).sum(1, keepdims=True))
        return -lp[np.arange(len(y)), y].mean() + 0.5 * 1e-2 * v @ v

    v0, b0 = m.weights_.ravel(), m.bias_
    base, eps = loss(v0, b0), 1e-5
    for j in range(5):
        e = np.zeros_like(v0)
        e[j] = eps
        assert abs(loss(v0 + e, b0) - base) < 1e-8
        e = np.zeros_like(v0)
        e[j] = 0.1  # a real step away is worse: a minimum, not a flat saddle by accident
        assert loss(v0 + e, b0) > base


def test_soft_targets_are_followed():
    texts, y = _data(n=100, K=3, seed=2)
    spec = HashSpec(101, words=(1,))
    X = featurise(texts, spec)
    soft = np.full((len(y), 3), 1 / 3)
    m = AdjacentCategoryModel(spec, 3, l2=1e-1).fit(X, soft)
    assert np.allclose(m.predict_proba(X), 1 / 3, atol=0.02)  # uniform targets, strong penalty: uniform output


@pytest.mark.parametrize("K", [2, 3, 4])
def test_the_one_column_graph_reproduces_the_model(K):
    pytest.importorskip("onnxruntime")
    from grader_app.distill.bundling import count_onnx_parameters
    from grader_app.distill.onnx_utils import onnx_probabilities

    texts, y = _data(K=K, seed=K)
    spec = HashSpec(ordinal_buckets_for(K), words=(1, 2), chars=(3, 4), stems=5)
    X = featurise(texts, spec)
    m = AdjacentCategoryModel(spec, K, l2=1e-3).fit(X, y)
    graph = to_onnx(m, K)
    assert spec.buckets < count_onnx_parameters(graph) <= BUDGET
    probe = texts + ["", "a", "#", "é ü ß", "x " * 300]
    got = onnx_probabilities(graph, probe, batch_size=7)
    assert got.shape == (len(probe), K)
    assert np.abs(got - m.predict_proba(featurise(probe, spec))).max() < 1e-4
