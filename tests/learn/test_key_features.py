"""Key features (twenty-first amendment): the figures by hand on a small key, the same figures from the ONNX graph
(real onnxruntime sessions), the budget with a long key, and the specs written to and read from a manifest."""
from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import numpy as np
import pytest

pytest.importorskip("scipy")

from grader_app.distill.bundling import count_onnx_parameters  # noqa: E402
from grader_app.distill.onnx_utils import onnx_probabilities  # noqa: E402
from grader_app.learn import hashed  # noqa: E402
from grader_app.learn.key_features import content_words, key_features_of, standardised  # noqa: E402
from grader_app.text import normalise_many  # noqa: E402

KEY = "Osmosis moves water\nActive transport uses energy\n\nthe of"   # a blank line and a stop-word line: no elements
PROMPT = "List processes of the cell membrane."
TEXTS = normalise_many([
    "osmosis osmosis osmosis", "Active transport uses ENERGY; osmosis moves water across the membrane.",
    "", "#", "# hash # tags #", "a", "ünïcödé wörds and 数字 123", "cell membrane " * 60, "=SUM(A1:A3)",
    "the cell list", "transport",
])


def _probabilities(weights: np.ndarray, bias: np.ndarray, X, K: int) -> np.ndarray:
    z = np.asarray(X @ weights)
    logits = z * np.arange(K) + bias if weights.shape[1] == 1 else z + bias
    e = np.exp(logits - logits.max(1, keepdims=True))
    return e / e.sum(1, keepdims=True)


def test_the_features_of_a_small_key_are_what_a_teacher_would_count():
    kf = key_features_of(KEY, PROMPT)
    assert len(kf.elements) == 2 and len(kf.terms) == 7 and len(kf.prompt) == 4   # list, processes, cell, membrane
    assert kf.count == 1 + 2 + 2 + 3
    X = hashed.featurise(TEXTS, hashed.HashSpec(64, key=kf)).toarray()[:, 64:]
    once, full = X[0], X[1]
    assert once[0] == pytest.approx(np.log1p(3) / 5)
    assert list(once[1:3]) == [0.0, 0.0]                    # no prompt word
    assert list(once[3:5]) == pytest.approx([1 / 3, 0.0])    # osmosis three times is one word of three
    assert list(once[5:]) == pytest.approx([0.0, 1 / 6, 1 / 7])
    assert full[2] == pytest.approx(1 / 4)                  # membrane: one prompt word of four
    assert full[1] == pytest.approx(1 / 10)                 # one word in ten is the prompt's
    assert list(full[3:]) == pytest.approx([1.0, 1.0, 1.0, 1.0, 1.0])
    assert list(X[2]) == [0.0] * kf.count                    # an empty answer
    assert X[-1][3:5] == pytest.approx([0.0, 1 / 4]) and X[-1][5] == 0.0   # one word of four is not half


def test_content_words_leave_out_stop_words_and_short_words():
    assert content_words(["the", "cell", "is", "an", "ox", "osmosis", "uses"]) == ["cell", "osmosis", "uses"]


SHARED_TERMS = "osmosis moves water\nwater crosses the membrane\nmembrane"   # terms in two elements; a one-word element


@pytest.mark.parametrize("key", [KEY, SHARED_TERMS, None, ""])
@pytest.mark.parametrize("columns", [4, 1])
def test_the_graph_computes_the_python_features(key, columns):
    kf = key_features_of(key, PROMPT)
    spec = hashed.HashSpec(251, (1, 2), (3,), 5, kf)
    rng = np.random.default_rng(columns)
    st = SimpleNamespace(spec=spec, weights_=rng.normal(size=(spec.width, columns)), bias_=rng.normal(size=4))
    got = onnx_probabilities(hashed.to_onnx(st, 4), TEXTS, batch_size=4)   # ragged batches: padding in the graph
    want = _probabilities(st.weights_, st.bias_, hashed.featurise(TEXTS, spec), 4)
    assert np.abs(got - want).max() < 1e-5


def test_weights_that_do_not_cover_the_key_features_are_refused():
    spec = hashed.HashSpec(101, key=key_features_of(KEY, PROMPT))
    st = SimpleNamespace(spec=spec, weights_=np.zeros((101, 4)), bias_=np.zeros(4))
    with pytest.raises(ValueError, match="do not fit"):
        hashed.to_onnx(st, 4)


def test_a_long_key_keeps_both_families_inside_the_budget():
    from grader_app.distill.crossfit_hashed_lr import LR, Config
    from grader_app.distill.crossfit_hashed_ordinal import ORDINAL

    key = "\n".join(" ".join(f"term{e}x{i}" for i in range(12)) for e in range(12))
    kf = key_features_of(key, PROMPT + " " + " ".join(f"word{i}" for i in range(40)))
    for family in (LR, ORDINAL):
        keyed = dataclasses.replace(family, key=kf)
        spec = keyed.spec(Config("w12+c345", "", 0.0), 4)
        assert spec.buckets < family.spec(Config("w12+c345", "", 0.0), 4).buckets
        cols = keyed.columns(4)
        st = SimpleNamespace(spec=spec, weights_=np.ones((spec.width, cols)), bias_=np.zeros(4))
        assert count_onnx_parameters(hashed.to_onnx(st, 4)) <= hashed.BUDGET


def test_a_keyed_spec_survives_the_manifest():
    spec = hashed.HashSpec(101, (1,), (2, 3), 5, key_features_of(KEY, PROMPT))
    assert hashed.HashSpec.from_dict(spec.to_dict()) == spec
    plain = hashed.HashSpec(101, (1,), (2, 3), 5)
    assert "key" not in plain.to_dict() and hashed.HashSpec.from_dict(plain.to_dict()) == plain


def _keyed_pair(lr_key, ord_key, seed=7):
    lr_spec, ord_spec = hashed.HashSpec(101, (1, 2), (3,), 5, lr_key), hashed.HashSpec(404, (1,), (3, 4), 5, ord_key)
    rng = np.random.default_rng(seed)
    return (SimpleNamespace(spec=lr_spec, weights_=rng.normal(size=(lr_spec.width, 4)), bias_=rng.normal(size=4)),
            SimpleNamespace(spec=ord_spec, weights_=rng.normal(size=(ord_spec.width, 1)), bias_=rng.normal(size=4)))


def _average(models) -> np.ndarray:
    return np.mean([_probabilities(m.weights_, m.bias_, hashed.featurise(TEXTS, m.spec), 4) for m in models], axis=0)


def test_a_tied_keyed_pair_is_the_two_models_average_with_one_lookup_per_group_and_the_features_once():
    import onnx

    from grader_app.learn.hashed_pair import tied_pair_to_onnx

    kf = standardised(key_features_of(KEY, PROMPT), hashed.word_hashes(TEXTS))
    pair = _keyed_pair(kf, kf)
    model = tied_pair_to_onnx(*pair, 4)
    assert np.abs(onnx_probabilities(model, TEXTS, batch_size=4) - _average(pair)).max() < 1e-5
    g = onnx.load_from_string(model).graph
    (choice,) = [n for n in g.node if n.op_type == "If"]
    packed = [a.g for a in choice.attribute if a.name == "then_branch"][0].node
    lookups = [n for n in packed if n.op_type == "GatherND" and n.input[0] in ("W0_counted", "W_lr0_counted", "W_ord0_counted")]
    # groups w1, s1, c3 shared, w2 the LR half's, c4 the ordinal half's: five lookups (two graphs averaged: eight)
    assert len(lookups) == 5
    assert sum(n.op_type == "LabelEncoder" for n in g.node) == 2   # the features once: the prompt's and the key's terms
    assert {"m0_V", "m1_V", "m0_W", "m1_W"} <= {i.name for i in g.initializer}             # what regraph reads


def test_different_keys_cannot_be_tied_and_the_pair_graph_averages_them_instead():
    from grader_app.distill.crossfit_hashed_pair import pair_graph
    from grader_app.learn.hashed_pair import tied_pair_to_onnx

    pair = _keyed_pair(key_features_of(KEY, PROMPT), key_features_of(KEY, "another prompt"))
    with pytest.raises(ValueError, match="same key features"):
        tied_pair_to_onnx(*pair, 4)
    assert np.abs(onnx_probabilities(pair_graph(list(pair), 4), TEXTS) - _average(pair)).max() < 1e-5


def test_a_keyed_pairs_halves_keep_their_buckets_tied_and_the_graph_inside_the_budget():
    from grader_app.distill.crossfit_hashed_lr import Config
    from grader_app.distill.crossfit_hashed_pair import halves, pair_graph

    key = "\n".join(" ".join(f"term{e}x{i}" for i in range(12)) for e in range(12))
    kf = key_features_of(key, PROMPT + " " + " ".join(f"word{i}" for i in range(40)))
    lr, ordinal = halves(kf)
    config = Config("w12+c345", "", 0.0)
    s0, s1 = lr.spec(config, 4), ordinal.spec(config, 4)
    assert s1.buckets == 4 * s0.buckets and s0.buckets < halves()[0].spec(config, 4).buckets
    models = [SimpleNamespace(spec=s, weights_=np.ones((s.width, c)), bias_=np.zeros(4)) for s, c in ((s0, 4), (s1, 1))]
    model = pair_graph(models, 4)
    import onnx

    assert onnx.load_from_string(model).graph.node[0].op_type == "Tile"   # the tied graph, not two averaged
    assert count_onnx_parameters(model) <= hashed.BUDGET


def test_standardised_features_are_z_scores_of_the_reference_answers_and_the_graph_computes_them():
    kf = key_features_of(KEY, PROMPT)
    z = standardised(kf, hashed.word_hashes(TEXTS))
    assert len(z.center) == len(z.scale) == kf.count
    spec = hashed.HashSpec(97, (1,), (), 0, z)
    F = hashed.featurise(TEXTS, spec).toarray()[:, 97:]
    varied = np.asarray(z.scale) != 1.0
    assert np.allclose(F.mean(axis=0), 0.0, atol=1e-5) and np.allclose(F.std(axis=0)[varied], 1.0, atol=1e-5)
    assert hashed.HashSpec.from_dict(spec.to_dict()) == spec
    rng = np.random.default_rng(3)
    st = SimpleNamespace(spec=spec, weights_=rng.normal(size=(spec.width, 4)), bias_=rng.normal(size=4))
    got = onnx_probabilities(hashed.to_onnx(st, 4), TEXTS + ["osmosis"], batch_size=3)
    want = _probabilities(st.weights_, st.bias_, hashed.featurise(TEXTS + ["osmosis"], spec), 4)
    assert np.abs(got - want).max() < 1e-5
    plain = SimpleNamespace(spec=hashed.HashSpec(97, (1,)), weights_=st.weights_[:97], bias_=st.bias_)
    added = count_onnx_parameters(hashed.to_onnx(st, 4)) - count_onnx_parameters(hashed.to_onnx(plain, 4))
    assert 0 < added <= z.stored_numbers(4)   # what the buckets give up covers what the key features store


def test_two_words_with_the_same_hash_are_one_term_and_the_graph_still_computes_the_python_features():
    from grader_app.learn.word_hash import murmur

    assert murmur("w30181", {}) == murmur("w38066", {})   # a real MurmurHash3 collision
    kf = key_features_of("w30181 osmosis\nw38066 water moves", "w30181 w38066 cell membrane")
    assert len(kf.prompt) == len(set(kf.prompt)) == 3 and len(kf.terms) == len(set(kf.terms)) == 4
    spec = hashed.HashSpec(97, (1,), (), 0, kf)
    texts = normalise_many(["w30181 osmosis", "w38066 water", "cell", "", "water moves w38066 w30181"])
    rng = np.random.default_rng(11)
    st = SimpleNamespace(spec=spec, weights_=rng.normal(size=(spec.width, 4)), bias_=rng.normal(size=4))
    want = _probabilities(st.weights_, st.bias_, hashed.featurise(texts, spec), 4)
    assert np.abs(onnx_probabilities(hashed.to_onnx(st, 4), texts) - want).max() < 1e-5
    doubled = SimpleNamespace(spec=hashed.HashSpec(97, (1,), (), 0, dataclasses.replace(kf, prompt=kf.prompt * 2)),
                              weights_=st.weights_, bias_=st.bias_)
    with pytest.raises(ValueError, match="hash twice"):
        hashed.to_onnx(doubled, 4)
