"""The student's one-graph export: real onnxruntime, parity, the parameter budget, the n-gram pool."""
from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from grader_app.distill.bundling import count_onnx_parameters  # noqa: E402
from grader_app.distill.export import (ExportError, check_budget, check_parity, onnx_probabilities,  # noqa: E402
                                       student_to_onnx)
from grader_app.distill.student import (StudentFeatures, StudentSpec, _select, build_head,  # noqa: E402
                                        fit_features_to_budget, head_layers)
from grader_app.text import normalise_many  # noqa: E402


@pytest.fixture
def data(tiny_answers):
    torch.set_num_threads(1)
    texts, scores = tiny_answers
    return normalise_many(texts), np.array(scores)


@pytest.mark.parametrize("arch", ["linear", "mlp"])
def test_export_matches_torch_and_counts_every_number(data, arch):
    texts, y = data
    spec = StudentSpec(arch=arch, hidden=4, budget=6000)
    f = fit_features_to_budget(spec, texts, y, 3, log=lambda s: None)
    head = build_head(spec, f.n_features_, 3, seed=1)
    model = student_to_onnx(f.union_, head_layers(head), 3)
    assert check_parity(model, f, head, texts) <= 1e-5
    n = check_budget(model, spec.budget)
    assert n == count_onnx_parameters(model) and n <= 6000
    # the pool strings and idf weights are counted, not only the head
    assert n > sum(p.numel() for p in head.parameters()) + f.n_features_
    p = onnx_probabilities(model, ["ice is less dense than water", ""])
    assert p.shape == (2, 3) and np.allclose(p.sum(1), 1, atol=1e-6)


def test_parity_failure_is_loud(data):
    texts, y = data
    spec = StudentSpec(arch="linear", budget=6000)
    f = StudentFeatures(spec).fit(texts, y, 3)
    head = build_head(spec, f.n_features_, 3, seed=1)
    model = student_to_onnx(f.union_, head_layers(head), 3)
    with torch.no_grad():
        head[0].bias += torch.tensor([0.5, 0.0, -0.5])  # torch now differs from the exported graph
    with pytest.raises(ExportError, match=r"differs from the torch student by max \|Δp\| = .* the export is refused"):
        check_parity(model, f, head, texts)


def test_budget_is_enforced(data):
    texts, y = data
    spec = StudentSpec(arch="linear", budget=6000)
    f = StudentFeatures(spec).fit(texts, y, 3)
    model = student_to_onnx(f.union_, head_layers(build_head(spec, f.n_features_, 3)), 3)
    with pytest.raises(ExportError, match=r"over the budget of 100; use fewer n-grams"):
        check_budget(model, 100)


def test_word_ngrams_come_with_their_words():
    # onnxruntime only counts "b c" if "b" and "c" are in the pool; the selection must include them
    texts = ["a b c d", "b c e", "x y z", "b c a", "y z q", "x y"] * 3
    y = np.array([1, 1, 0, 1, 0, 0] * 3)
    vocab = _select(texts, y, "word", (1, 2), 6, 1, texts)
    assert len(vocab) <= 6
    for g in vocab:
        for w in g.split(" "):
            assert w in vocab
