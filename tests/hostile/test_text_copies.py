"""Graphs whose memory the run budget cannot see, refused when a bundle is read (QA s51b, finding 9, the part beyond it).

onnxruntime's memory budget (``scoring.runtime.RUN_MEMORY``) counts 32 bytes for each text in a tensor, whatever its
length: a graph that tiles the answers' text ten thousand times held 0.7 GB under a budget of 0.25 GB, and a million
times would hold tens of GB. A sparse initializer is unpacked while the model loads, before any budget: 334 bytes of
model became 1.6 GB. So a bundle is refused when read (the library, `grader verify`, `grader score --bundle`) if its
model copies or makes text other than by reading it (``bundles.graph_rules``), or holds a sparse table. The graphs
Grader makes (the shipped ones, learned ones, the reference kind's, the tests' own) read text only so.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from bundle_graphs import manifest, row_model
from onnx import TensorProto, helper

from grader_app.bundles import BundleError, read_bundle, write_bundle
from grader_app.bundles.library import Library
from grader_app.scoring.model import Scorer

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "model_bundles").glob("*.gradebundle"))
OPSETS = [helper.make_opsetid("", 20), helper.make_opsetid("ai.onnx.ml", 3), helper.make_opsetid("com.microsoft", 1)]


def refusal(op: str, name: str = "copier.gradebundle") -> str:
    return (f"{name} was refused: its model copies or makes text ({op}), and Grader cannot limit the memory that "
            "takes; ask whoever made it for a model that only reads the answers' text")


def graph_over(nodes, used: str, inits=(), sparse=()) -> bytes:
    """``nodes`` read the input ``text``; the shape of their result ``used`` decides nothing (times 0), so the scores are
    a uniform row of 3, but onnxruntime runs every node."""
    k = 3
    tail = [helper.make_node("Shape", [used], ["used_shape"]),
            helper.make_node("ReduceSum", ["used_shape"], ["used_sum"], keepdims=0),
            helper.make_node("Cast", ["used_sum"], ["used_f"], to=TensorProto.FLOAT),
            helper.make_node("Mul", ["used_f", "zero_f"], ["nothing"]),
            helper.make_node("Shape", ["text"], ["n"]),
            helper.make_node("Concat", ["n", "k"], ["out_shape"], axis=0),
            helper.make_node("Add", ["row", "nothing"], ["row2"]),
            helper.make_node("Expand", ["row2", "out_shape"], ["probabilities"])]
    inits = list(inits) + [helper.make_tensor("zero_f", TensorProto.FLOAT, [], [0.0]),
                           helper.make_tensor("k", TensorProto.INT64, [1], [k]),
                           helper.make_tensor("row", TensorProto.FLOAT, [1, k], [1.0 / k] * k)]
    graph = helper.make_graph(list(nodes) + tail, "test",
                              [helper.make_tensor_value_info("text", TensorProto.STRING, ["N"])],
                              [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", k])],
                              initializer=inits, sparse_initializer=list(sparse))
    model = helper.make_model(graph, opset_imports=OPSETS)
    model.ir_version = 9
    return model.SerializeToString()


def bundle_of(tmp_path, model: bytes, name: str = "copier") -> Path:
    return write_bundle(tmp_path / f"{name}.gradebundle", manifest(3, id=name), model)


def written_then_read(tmp_path, model: bytes):
    """The model in a bundle file (written without the check, as another tool would), then read as Grader reads it."""
    import hashlib
    import json
    import zipfile

    m = manifest(3, id="copier", sha256=hashlib.sha256(model).hexdigest())
    path = tmp_path / "copier.gradebundle"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("manifest.json", json.dumps(m))
        z.writestr("model.onnx", model)
    return read_bundle(path)


INT = helper.make_tensor("reps", TensorProto.INT64, [1], [10_000])
COPIES = {
    "Tile": ([helper.make_node("Tile", ["text", "reps"], ["copies"])], [INT]),
    "Expand": ([helper.make_node("Unsqueeze", ["text", "ax1"], ["col"]),
                helper.make_node("Expand", ["col", "wide"], ["copies"])],
               [helper.make_tensor("ax1", TensorProto.INT64, [1], [1]),
                helper.make_tensor("wide", TensorProto.INT64, [2], [1, 10_000])]),
    "Concat": ([helper.make_node("Concat", ["text", "text"], ["copies"], axis=0)], []),
    "Gather": ([helper.make_node("Gather", ["text", "zeros"], ["copies"], axis=0)],
               [helper.make_tensor("zeros", TensorProto.INT64, [10_000], [0] * 10_000)]),
    # a text doubled by itself, again and again: 2^k times as long
    "StringConcat": ([helper.make_node("StringConcat", ["text", "text"], ["copies"])], []),
}


@pytest.mark.parametrize("op", sorted(COPIES))
def test_a_model_that_copies_the_answers_text_is_refused_when_read(tmp_path, op):
    nodes, inits = COPIES[op]
    with pytest.raises(BundleError) as caught:
        written_then_read(tmp_path, graph_over(nodes, "copies", inits))
    assert str(caught.value) == refusal(op) and caught.value.kind == "bundle.text_copied"


def test_the_library_lists_it_as_not_loaded_with_that_sentence(tmp_path):
    nodes, inits = COPIES["Tile"]
    written_then_read_dir = tmp_path / "mine"
    written_then_read_dir.mkdir()
    with pytest.raises(BundleError):
        written_then_read(written_then_read_dir, graph_over(nodes, "copies", inits))
    lib = Library.load([written_then_read_dir])
    assert lib.bundles == {} and lib.problems == {"copier.gradebundle": refusal("Tile")}


def test_a_copy_inside_a_branch_is_refused_too(tmp_path):
    then = helper.make_graph([helper.make_node("Tile", ["text", "reps"], ["t_copies"])], "then", [],
                             [helper.make_tensor_value_info("t_copies", TensorProto.STRING, None)])
    other = helper.make_graph([helper.make_node("Identity", ["text"], ["e_copies"])], "else", [],
                              [helper.make_tensor_value_info("e_copies", TensorProto.STRING, None)])
    nodes = [helper.make_node("If", ["yes"], ["copies"], then_branch=then, else_branch=other)]
    with pytest.raises(BundleError, match=r"\(Tile\)"):
        written_then_read(tmp_path, graph_over(nodes, "copies", [INT, helper.make_tensor("yes", TensorProto.BOOL, [], [True])]))


def test_a_loop_that_gathers_the_text_each_round_is_refused(tmp_path):
    body = helper.make_graph(
        [helper.make_node("Identity", ["cond_in"], ["cond_out"]), helper.make_node("Identity", ["text"], ["round_text"])],
        "body", [helper.make_tensor_value_info("i", TensorProto.INT64, []),
                 helper.make_tensor_value_info("cond_in", TensorProto.BOOL, [])],
        [helper.make_tensor_value_info("cond_out", TensorProto.BOOL, []),
         helper.make_tensor_value_info("round_text", TensorProto.STRING, None)])
    nodes = [helper.make_node("Loop", ["rounds", "yes"], ["copies"], body=body)]
    inits = [helper.make_tensor("rounds", TensorProto.INT64, [], [10_000]),
             helper.make_tensor("yes", TensorProto.BOOL, [], [True])]
    with pytest.raises(BundleError, match=r"\(Loop\)"):
        written_then_read(tmp_path, graph_over(nodes, "copies", inits))


MADE = {
    "Cast": ([helper.make_node("Shape", ["text"], ["n0"]),
              helper.make_node("Cast", ["n0"], ["copies"], to=TensorProto.STRING)], []),
    "LabelEncoder": ([helper.make_node("Shape", ["text"], ["n0"]),
                      helper.make_node("LabelEncoder", ["n0"], ["copies"], domain="ai.onnx.ml", keys_int64s=[1],
                                       values_strings=["x" * 1000], default_string="y" * 1000)], []),
    "ConstantOfShape": ([helper.make_node("Shape", ["text"], ["n0"]),
                         helper.make_node("ConstantOfShape", ["n0"], ["copies"],
                                          value=helper.make_tensor("v", TensorProto.STRING, [1], [b"x" * 1000]))], []),
}


@pytest.mark.parametrize("op", sorted(MADE))
def test_a_model_that_makes_text_out_of_numbers_is_refused(tmp_path, op):
    nodes, inits = MADE[op]
    with pytest.raises(BundleError) as caught:
        written_then_read(tmp_path, graph_over(nodes, "copies", inits))
    assert str(caught.value) == refusal(op)


def test_a_long_padding_text_is_refused_a_short_one_read(tmp_path):
    def tokens(pad: str) -> bytes:
        return graph_over([helper.make_node("Tokenizer", ["text"], ["copies"], domain="com.microsoft", mark=0,
                                            mincharnum=1, pad_value=pad, tokenexp=".")], "copies")
    with pytest.raises(BundleError, match=r"\(Tokenizer\)"):
        written_then_read(tmp_path, tokens("#" * 1000))
    b = written_then_read(tmp_path, tokens("#"))
    assert Scorer(b).predict_proba(["ice floats", ""]).shape == (2, 3)


def test_a_space_put_around_the_text_is_read_as_the_reference_kind_does(tmp_path):
    """The reference kind pads the answer with a space on each side (StringConcat with a one-text constant)."""
    nodes = [helper.make_node("StringConcat", ["space", "text"], ["left"]),
             helper.make_node("StringConcat", ["left", "space"], ["copies"])]
    space = helper.make_tensor("space", TensorProto.STRING, [1], [b" "])
    b = written_then_read(tmp_path, graph_over(nodes, "copies", [space]))
    assert Scorer(b).predict_proba(["ice floats"]).shape == (1, 3)
    long_space = helper.make_tensor("space", TensorProto.STRING, [1], [b" " * 1000])
    with pytest.raises(BundleError, match=r"\(StringConcat\)"):
        written_then_read(tmp_path, graph_over(nodes, "copies", [long_space]))


def test_a_sparse_table_is_refused_before_it_is_unpacked(tmp_path):
    values = helper.make_tensor("big", TensorProto.FLOAT, [1], [1.0])
    sparse = helper.make_sparse_tensor(values, helper.make_tensor("big_at", TensorProto.INT64, [1], [0]), [1 << 28])
    nodes = [helper.make_node("ReduceSum", ["big"], ["copies"], keepdims=0)]
    with pytest.raises(BundleError) as caught:
        written_then_read(tmp_path, graph_over(nodes, "copies", sparse=[sparse]))
    assert str(caught.value) == ("copier.gradebundle was refused: its model holds a packed table that would be unpacked "
                                 "in memory before Grader could limit it; ask whoever made it to save the model without "
                                 "packed tables")
    assert caught.value.kind == "bundle.sparse_table"
    constant = [helper.make_node("Constant", [], ["big"], sparse_value=sparse),
                helper.make_node("ReduceSum", ["big"], ["copies"], keepdims=0)]
    with pytest.raises(BundleError, match="packed table"):
        written_then_read(tmp_path, graph_over(constant, "copies"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_bundle_reads_its_text_only(path):
    assert read_bundle(path).id == path.stem


def test_a_model_that_looks_words_up_is_read(tmp_path):
    """The tests' own graphs map the text to numbers (``ai.onnx.ml.LabelEncoder`` with text keys)."""
    b = read_bundle(bundle_of(tmp_path, row_model([0.2, 0.3, 0.5], {"yes": [0.1, 0.1, 0.8]}), name="looker"))
    assert np.allclose(Scorer(b).predict_proba(["yes", "no"]), [[0.1, 0.1, 0.8], [0.2, 0.3, 0.5]])


def test_a_graph_of_far_more_operations_than_a_model_needs_is_refused_unread(tmp_path):
    """The check reads a graph in time proportional to its operations; a student graph has a few hundred, and one of
    20,000 or more (a 200 MB file holds millions) is said to be larger than any bundle should be."""
    from grader_app.bundles.graph_rules import MAX_NODES

    chain = [helper.make_node("Identity", [f"v{i}"], [f"v{i + 1}"]) for i in range(MAX_NODES)]
    nodes = [helper.make_node("Shape", ["text"], ["v0"]), *chain]
    with pytest.raises(BundleError) as caught:
        written_then_read(tmp_path, graph_over(nodes, f"v{MAX_NODES}"))
    assert caught.value.kind == "bundle.too_big"
    assert str(caught.value) == ("copier.gradebundle is larger than any bundle should be, so it was refused; get a fresh "
                                 "copy from whoever made it")
