"""The hashed features' graph (grader_app.learn.hashed_graph): its float64 remainder is exact where int64 Mod was,
packing the tokens without their padding gives each answer what it gets alone, and what it cannot compute exactly
it refuses. Real onnxruntime sessions throughout."""
from types import SimpleNamespace

import re

import numpy as np
import pytest

pytest.importorskip("onnxruntime")
pytest.importorskip("scipy")

import onnx  # noqa: E402
from onnx import TensorProto, helper  # noqa: E402

from grader_app.learn import hashed_graph  # noqa: E402
from grader_app.learn.hashed import HashSpec, featurise, to_onnx  # noqa: E402
from grader_app.learn.word_hash import piece_pattern  # noqa: E402
from grader_app.scoring.runtime import import_onnxruntime  # noqa: E402
from grader_app.text import normalise_many  # noqa: E402


def new_session(graph: bytes):
    ort = import_onnxruntime()
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    return ort.InferenceSession(graph, opts, providers=["CPUExecutionProvider"])


def _floor_mod_graph(modulus: int) -> bytes:
    nodes: list = []
    inits = [hashed_graph.const("M", modulus, np.int64)]
    g = hashed_graph._Graph(nodes, inits, {}, set())
    g.floor_mod("x", "M", "r")
    graph = helper.make_graph(nodes, "floor_mod", [helper.make_tensor_value_info("x", TensorProto.DOUBLE, ["L"])],
                              [helper.make_tensor_value_info("r", TensorProto.DOUBLE, ["L"])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 19)])
    model.ir_version = 9
    return model.SerializeToString()


@pytest.mark.parametrize("modulus", [2, 7, 997, 6116, 24464, 49_999, hashed_graph.Q])
def test_the_float64_remainder_is_exact_on_the_values_next_to_every_multiple(modulus):
    """x mod m for whole x below 2**51 (a word bigram's hash is below 2**51): the values around a multiple of m
    are where a rounded quotient could go wrong, so those are what this tries, up to the top of the range."""
    rng = np.random.default_rng(modulus)
    top = 2 ** 51 - 1
    k = np.concatenate([rng.integers(1, top // modulus, 3000), [1, 2, top // modulus]])
    x = np.unique(np.clip(np.concatenate([k * modulus - 1, k * modulus, k * modulus + 1, [0, 1, top]]), 0, top))
    got = new_session(_floor_mod_graph(modulus)).run(None, {"x": x.astype(np.float64)})[0]
    want = np.array([int(v) % modulus for v in x.tolist()], dtype=np.float64)
    assert np.array_equal(got, want)


def _model(spec: HashSpec, k: int = 4, seed: int = 0) -> SimpleNamespace:
    rng = np.random.default_rng(seed)
    return SimpleNamespace(spec=spec, weights_=rng.normal(0, 1, (spec.buckets, k)).astype(np.float32),
                           bias_=rng.normal(0, 0.1, k).astype(np.float32))


def _python(model: SimpleNamespace, texts: list[str]) -> np.ndarray:
    z = featurise(texts, model.spec) @ model.weights_.astype(np.float64) + model.bias_
    p = np.exp(z - z.max(1, keepdims=True))
    return p / p.sum(1, keepdims=True)


def _run(graph: bytes, texts: list[str]) -> np.ndarray:
    return new_session(graph).run(None, {"text": np.array(texts, dtype=object)})[0]


TEXTS = normalise_many([
    "osmosis moves water across the membrane " * 40,   # far longer than the others: most of the batch is padding
    "", "#", "a", "a#b", "#start and end#", "two  spaces", "é ü ß 数字", "x",
    "the plant cell wall is rigid", "## ##", "mitochondria#mitochondria",
    "photosinthesis_makes sugar résumé x2y 123456789 a_b_cd", "été à_la cell-wall",
])


SPECS = [HashSpec(997, words=(1, 2), chars=(2, 3, 4, 5)), HashSpec(509, words=(1,), stems=5),
         HashSpec(311, words=(), chars=(1, 3)), HashSpec(401, words=(), pieces=(1, 2, 3)),
         HashSpec(613, words=(1, 2), chars=(3,), pieces=(1, 2))]


@pytest.mark.parametrize("layout", ["packed", "padded"])
@pytest.mark.parametrize("spec", SPECS)
def test_each_answer_of_a_ragged_batch_gets_what_it_gets_alone_and_what_python_computes(spec, layout, monkeypatch):
    """Either layout, forced: packed, the tokens without the padding and their n-grams summed back into their own
    answers (no n-gram joins the end of one answer to the start of the next, or spans a '#' inside one); padded,
    the tokenizer's table as it is."""
    monkeypatch.setattr(hashed_graph, "PACK_BELOW", 2.0 if layout == "packed" else -1.0)
    model = _model(spec)
    graph = to_onnx(model, 4)
    together = _run(graph, TEXTS)
    alone = np.vstack([_run(graph, [t]) for t in TEXTS])
    reversed_batch = _run(graph, TEXTS[::-1])[::-1]
    assert np.abs(together - alone).max() <= 1e-6
    assert np.abs(together - reversed_batch).max() <= 1e-6
    assert np.abs(together - _python(model, TEXTS)).max() <= 1e-5


def _piece_tokens(texts: list[str]) -> list[list[str]]:
    """The graph's own word pieces: its Tokenizer alone, padding dropped."""
    graph = helper.make_graph(
        [helper.make_node("Tokenizer", ["text"], ["t"], domain="com.microsoft", mark=0, mincharnum=1, pad_value="#",
                          tokenexp=piece_pattern())], "pieces",
        [helper.make_tensor_value_info("text", TensorProto.STRING, ["N"])],
        [helper.make_tensor_value_info("t", TensorProto.STRING, None)])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 19), helper.make_opsetid("com.microsoft", 1)])
    got = new_session(model.SerializeToString()).run(None, {"text": np.array(texts, dtype=object)})[0]
    return [[t for t in row if t != "#"] for row in got.tolist()]


def test_one_tokenizer_cuts_each_word_into_its_first_four_letters_and_the_rest_as_python_does():
    """RE2 takes the longest match and Python's re the first alternative; the pattern never lets both start at one
    place, so they cut alike, around underscores, digits and letters outside ASCII too."""
    texts = TEXTS + normalise_many(["photosynthesis makes sugar", "cell_wall x2y2z 12345"])
    python = [re.findall(piece_pattern(), t, re.ASCII) for t in texts]
    assert _piece_tokens(texts) == python
    assert python[-2] == ["phot", "osynthesis", "make", "s", "suga", "r"]
    assert python[-1] == ["cell", "wall", "x2y2", "z", "1234", "5"]


def test_a_batch_with_nothing_to_count_scores_every_answer_at_the_bias():
    model = _model(HashSpec(211, words=(1, 2), chars=(2, 3)))
    got = _run(to_onnx(model, 4), ["", "", "#"])
    b = np.exp(model.bias_ - model.bias_.max())
    assert np.allclose(got, np.tile(b / b.sum(), (3, 1)), atol=1e-6)


def test_word_trigrams_are_refused_rather_than_hashed_inexactly():
    """A word trigram's polynomial reaches 2**71: float64 (and int64) cannot hold it exactly, Python can."""
    with pytest.raises(ValueError, match="order 3"):
        to_onnx(_model(HashSpec(101, words=(1, 2, 3))), 4)


def test_the_graph_reads_each_group_s_rows_once_in_either_layout():
    """Tokenizers and hashes once, in the main graph; then per branch of the ``If`` one table read per feature group
    (and, packed, one scatter-add; padded, one sum over the tokens), one packing per tokenizer, no int64 Mod. The
    tables are read with GatherND (the same rows as Gather, and a faster graph), never with Gather."""
    spec = HashSpec(997, words=(1, 2), chars=(2, 3, 4, 5), stems=5)
    g = onnx.load_from_string(to_onnx(_model(spec), 4)).graph
    ops = [n.op_type for n in g.node]
    (choice,) = [n for n in g.node if n.op_type == "If"]
    branch = {a.name: [n for n in a.g.node] for a in choice.attribute}
    packed, padded = ([n.op_type for n in branch[b]] for b in ("then_branch", "else_branch"))
    groups = 2 + 1 + 4
    assert ops.count("Tokenizer") == ops.count("MurmurHash3") == 3
    assert len([n for n in branch["then_branch"] if n.op_type == "GatherND" and n.input[0] == "W0_counted"]) == groups
    assert packed.count("ScatterND") == groups and packed.count("Compress") == 2 * 3
    assert len([n for n in branch["else_branch"] if n.op_type == "GatherND" and n.input[0] == "W0"]) == groups
    assert not [n for n in branch["then_branch"] + branch["else_branch"] if n.op_type == "Gather" and n.input[0][0] == "W"]
    assert padded.count("ReduceSum") == 2 * groups and "Compress" not in padded
    assert "Mod" not in ops + packed + padded


@pytest.mark.parametrize("spec", SPECS)
def test_the_graph_packs_a_batch_that_is_mostly_padding_and_not_one_of_like_lengths(spec, monkeypatch):
    """The ``If`` takes the packed branch when fewer than PACK_BELOW of the widest tokenizer's places are real
    tokens. Seen from outside: a graph that may only pack (or only not) gives the same numbers as the chosen one."""
    model = _model(spec)
    even = normalise_many(["the plant cell wall is rigid", "osmosis moves water inward", "a membrane lets water in"])
    ragged = TEXTS
    graphs = {}
    for layout, below in (("auto", hashed_graph.PACK_BELOW), ("packed", 2.0), ("padded", -1.0)):
        monkeypatch.setattr(hashed_graph, "PACK_BELOW", below)
        graphs[layout] = to_onnx(model, 4)
    assert np.array_equal(_run(graphs["auto"], ragged), _run(graphs["packed"], ragged))
    assert np.array_equal(_run(graphs["auto"], even), _run(graphs["padded"], even))
    assert not np.array_equal(_run(graphs["packed"], ragged), _run(graphs["padded"], ragged))  # two sums, two roundings
