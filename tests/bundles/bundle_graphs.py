"""Small real ONNX graphs and hand-made zips for the bundle, scoring and hostile-input tests.

Every graph takes the bundle contract's input (``text``, strings [N]) and gives ``probabilities``
[N, K]; what it gives per answer is chosen by the test, so a test can ask for NaN, negative, > 1 or
not-summing rows, a width that disagrees with the labels, a graph that runs (nearly) forever or
one that asks for gigabytes. Nothing here is mocked: onnxruntime runs these graphs.
"""
from __future__ import annotations

import json
import struct
import zipfile
import zlib
from typing import Sequence

import onnx
from onnx import TensorProto, helper

OPSET = [helper.make_opsetid("", 17), helper.make_opsetid("ai.onnx.ml", 2)]


def _model(nodes, initializers, out_dims, extra_outputs=()) -> bytes:
    graph = helper.make_graph(
        nodes, "test",
        [helper.make_tensor_value_info("text", TensorProto.STRING, ["N"])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, list(out_dims)), *extra_outputs],
        initializer=initializers)
    model = helper.make_model(graph, opset_imports=OPSET)
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model.SerializeToString()


def _uniform_after(nodes, inits, total: str, k: int, extra_opsets=()) -> bytes:
    """``nodes`` compute the float scalar ``total`` (0 whenever they end); the graph adds it to a uniform row of ``k``
    per answer: its scores are honest, its time is whatever ``nodes`` take."""
    nodes = list(nodes) + [
        helper.make_node("Shape", ["text"], ["n_rows"]),
        helper.make_node("Concat", ["n_rows", "k"], ["out_shape"], axis=0),
        helper.make_node("Add", ["row", total], ["row2"]),
        helper.make_node("Expand", ["row2", "out_shape"], ["probabilities"]),
    ]
    inits = list(inits) + [helper.make_tensor("k", TensorProto.INT64, [1], [k]),
                           helper.make_tensor("row", TensorProto.FLOAT, [1, k], [1.0 / k] * k)]
    graph = helper.make_graph(nodes, "test", [helper.make_tensor_value_info("text", TensorProto.STRING, ["N"])],
                              [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", k])],
                              initializer=inits)
    model = helper.make_model(graph, opset_imports=OPSET + list(extra_opsets))
    model.ir_version = 8
    return model.SerializeToString()


def _counting_body():
    """A Loop's body that passes its float on and goes on while told to: as many rounds as the Loop asks, for nothing
    but time."""
    return helper.make_graph(
        [helper.make_node("Identity", ["acc_in"], ["acc_out"]), helper.make_node("Identity", ["cond_in"], ["cond_out"])],
        "body",
        [helper.make_tensor_value_info("i", TensorProto.INT64, []),
         helper.make_tensor_value_info("cond_in", TensorProto.BOOL, []),
         helper.make_tensor_value_info("acc_in", TensorProto.FLOAT, [])],
        [helper.make_tensor_value_info("cond_out", TensorProto.BOOL, []),
         helper.make_tensor_value_info("acc_out", TensorProto.FLOAT, [])])


def row_model(default: Sequence[float], rows: dict[str, Sequence[float]] | None = None,
              declared: Sequence = ("N", "K")) -> bytes:
    """Strings [N] -> [N, K]: ``rows[text]`` for a text listed there, else ``default``.

    One ``ai.onnx.ml.LabelEncoder`` per column maps the text to that column's value; the columns
    are concatenated. ``declared`` is the output shape the graph declares (symbolic by default,
    as skl2onnx writes it).
    """
    rows = dict(rows or {})
    k = len(default)
    keys = list(rows)
    nodes, inits, cols = [], [helper.make_tensor("axis1", TensorProto.INT64, [1], [1])], []
    for j in range(k):
        nodes.append(helper.make_node(
            "LabelEncoder", ["text"], [f"c{j}"], domain="ai.onnx.ml", keys_strings=keys or ["\x00unused"],
            values_floats=[float(rows[t][j]) for t in keys] or [float(default[j])], default_float=float(default[j])))
        nodes.append(helper.make_node("Unsqueeze", [f"c{j}", "axis1"], [f"u{j}"]))
        cols.append(f"u{j}")
    nodes.append(helper.make_node("Concat", cols, ["probabilities"], axis=1))
    return _model(nodes, inits, declared)


def constant_model(row: Sequence[float], declared: Sequence = ("N", "K")) -> bytes:
    """The same row for every answer."""
    return row_model(row, {}, declared)


def identity_model(inputs: Sequence[str] = ("text",), outputs: Sequence[str] = ("probabilities",),
                   external: bool = False) -> bytes:
    """A model of Identity nodes giving the constant row [0.2, 0.3, 0.5] to each of ``outputs``, taking the string
    ``inputs``; its row kept in a data file beside the model (which a bundle may not use) if ``external``. For the
    checks that refuse a model for its inputs, outputs or data: Grader refuses these before it runs them."""
    row = helper.make_tensor("row", TensorProto.FLOAT, [1, 3], [0.2, 0.3, 0.5])
    if external:
        row.ClearField("float_data")
        row.data_location = TensorProto.EXTERNAL
        row.external_data.add(key="location", value="weights.bin")
    graph = helper.make_graph(
        [helper.make_node("Identity", ["row"], [o]) for o in outputs], "g",
        [helper.make_tensor_value_info(i, TensorProto.STRING, ["N"]) for i in inputs],
        [helper.make_tensor_value_info(o, TensorProto.FLOAT, ["N", 3]) for o in outputs], initializer=[row])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString()


def endless_model(k: int = 3) -> bytes:
    """Gives a uniform row, but only after a Loop of 2**62 iterations: it never finishes."""
    nodes = [
        helper.make_node("Loop", ["trips", "yes", "zero"], ["acc"], body=_counting_body()),
        helper.make_node("Shape", ["text"], ["n"]),
        helper.make_node("Concat", ["n", "k"], ["shape"], axis=0),
        helper.make_node("Add", ["row", "acc"], ["row2"]),
        helper.make_node("Expand", ["row2", "shape"], ["probabilities"]),
    ]
    inits = [helper.make_tensor("trips", TensorProto.INT64, [], [2 ** 62]),
             helper.make_tensor("yes", TensorProto.BOOL, [], [True]),
             helper.make_tensor("zero", TensorProto.FLOAT, [], [0.0]),
             helper.make_tensor("k", TensorProto.INT64, [1], [k]),
             helper.make_tensor("row", TensorProto.FLOAT, [1, k], [1.0 / k] * k)]
    return _model(nodes, inits, ("N", k))


def greedy_model(k: int = 3, gib_per_answer: int = 4) -> bytes:
    """Gives a uniform row after filling ``gib_per_answer`` GiB of floats per answer (never constant-folded:
    the size depends on the input)."""
    per = gib_per_answer * (1 << 30) // 4
    nodes = [
        helper.make_node("Shape", ["text"], ["n"]),
        helper.make_node("Mul", ["n", "per"], ["big"]),
        helper.make_node("ConstantOfShape", ["big"], ["filled"], value=helper.make_tensor("v", TensorProto.FLOAT, [1], [0.0])),
        helper.make_node("ReduceSum", ["filled"], ["total"], keepdims=0),
        helper.make_node("Concat", ["n", "k"], ["shape"], axis=0),
        helper.make_node("Add", ["row", "total"], ["row2"]),
        helper.make_node("Expand", ["row2", "shape"], ["probabilities"]),
    ]
    inits = [helper.make_tensor("per", TensorProto.INT64, [1], [per]),
             helper.make_tensor("k", TensorProto.INT64, [1], [k]),
             helper.make_tensor("row", TensorProto.FLOAT, [1, k], [1.0 / k] * k)]
    return _model(nodes, inits, ("N", k))


def manifest(k: int = 3, **over) -> dict:
    """A valid format-1 manifest for ``k`` labels (``sha256`` is filled in by ``write_bundle``)."""
    m = {
        "format_version": 1, "id": "test-item", "title": "Test item",
        "item": {"prompt": "Why is the sky blue?", "rubric": {str(i): f"level {i}" for i in range(k)},
                 "reference_answers": ["Light scatters."]},
        "labels": list(range(k)), "normalisation": "basic-v1",
        "calibration": {"temperature": 1.0, "method": "temperature scaling"},
        "review": {"threshold": 0.5, "table": [
            {"threshold": 0.4, "coverage": 1.0, "error": 0.3, "error_upper": 0.35},
            {"threshold": 0.5, "coverage": 0.6, "error": 0.05, "error_upper": 0.09}]},
        "metrics": {"student": {"qwk": 0.8, "accuracy": 0.7, "macro_f1": 0.6, "n": 100},
                    "teacher": {"qwk": 0.85, "accuracy": 0.75, "macro_f1": 0.7, "n": 100},
                    "human_human_qwk": 0.9, "split": "test"},
        "provenance": {"teacher": "none", "data": "invented", "date": "2024-01-01T00:00:00Z"},
        "sha256": "0" * 64, "parameters": 2,
    }
    m.update(over)
    return m


# ----- zips written byte by byte ------------------------------------------------------------------------
def deflate_zeros(n_mib: int) -> bytes:
    """A raw deflate stream that inflates to ``n_mib`` MiB of zero bytes, made from one compressed MiB.

    Each MiB is compressed on its own and ended with a full flush (byte-aligned, no back-reference
    into the previous MiB), so the same bytes can be repeated: a 300 MiB bomb costs one MiB of work.
    """
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(bytes(1 << 20)) + c.flush(zlib.Z_FULL_FLUSH)
    return block * n_mib + b"\x03\x00"  # a final, empty fixed-Huffman block


def raw_zip(members: Sequence[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip of (name, stored data, method, declared uncompressed size, crc32) members, sizes as told."""
    local, central, offset = [], [], 0
    for name, data, method, size, crc in members:
        fn = name.encode("utf-8")
        head = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0x21, crc, len(data), size, len(fn), 0) + fn
        local.append(head + data)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 0x21, crc, len(data), size,
                                   len(fn), 0, 0, 0, 0, 0, offset) + fn)
        offset += len(head) + len(data)
    cd = b"".join(central)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(cd), offset, 0)
    return b"".join(local) + cd + end


def honest_member(name: str, data: bytes, method: int = zipfile.ZIP_DEFLATED) -> tuple:
    if method == zipfile.ZIP_STORED:
        stored = data
    else:
        c = zlib.compressobj(6, zlib.DEFLATED, -15)
        stored = c.compress(data) + c.flush()
    return (name, stored, method, len(data), zlib.crc32(data))


def manifest_bytes(m: dict) -> bytes:
    return json.dumps(m, indent=1).encode("utf-8")


# ----- graphs whose memory grows with the batch, the answers' length or a constant (QA s51b finding 9) -----------
ZERO_FLOAT = helper.make_tensor("v", TensorProto.FLOAT, [1], [0.0])


def _filled_then_uniform(size_nodes, size: str, inits, k: int, extra_opsets=()) -> bytes:
    """``size_nodes`` compute the int64 [1] tensor ``size``; the graph fills that many floats with zeros, sums them and
    adds the sum (0) to a uniform row of ``k``: the scores are honest, the memory is whatever ``size`` asks for."""
    return _uniform_after(list(size_nodes) + [
        helper.make_node("ConstantOfShape", [size], ["filled"], value=ZERO_FLOAT),
        helper.make_node("ReduceSum", ["filled"], ["total"], keepdims=0)], inits, "total", k, extra_opsets)


def batch_cubed_model(k: int = 3, per: int = 1000) -> bytes:
    """Fills N³·``per`` floats for a batch of N answers: 0.9 MB for 6 answers at ``per`` 1000, 1 GB for the scorer's 64."""
    return _filled_then_uniform([
        helper.make_node("Shape", ["text"], ["n"]),
        helper.make_node("Mul", ["n", "n"], ["n2"]),
        helper.make_node("Mul", ["n2", "n"], ["n3"]),
        helper.make_node("Mul", ["n3", "per"], ["size"])],
        "size", [helper.make_tensor("per", TensorProto.INT64, [1], [per])], k)


def length_cubed_model(k: int = 3, per: int = 1) -> bytes:
    """Fills T³·``per`` floats, T the most words in one answer of the batch (a word Tokenizer's [N, T] output)."""
    return _filled_then_uniform([
        helper.make_node("Tokenizer", ["text"], ["words"], domain="com.microsoft", mark=0, mincharnum=1, pad_value="#",
                         tokenexp="[a-zA-Z0-9]+"),
        helper.make_node("Shape", ["words"], ["nt"]),
        helper.make_node("Slice", ["nt", "one", "two"], ["t"]),
        helper.make_node("Mul", ["t", "t"], ["t2"]),
        helper.make_node("Mul", ["t2", "t"], ["t3"]),
        helper.make_node("Mul", ["t3", "per"], ["size"])],
        "size", [helper.make_tensor("per", TensorProto.INT64, [1], [per]),
                 helper.make_tensor("one", TensorProto.INT64, [1], [1]),
                 helper.make_tensor("two", TensorProto.INT64, [1], [2])], k,
        extra_opsets=[helper.make_opsetid("com.microsoft", 1)])


def constant_size_model(k: int = 3, floats: int = 1 << 28) -> bytes:
    """Fills ``floats`` floats whatever the answers: a size from constants alone, which onnxruntime's constant folding
    would compute while the model is loaded (1 GiB at the default)."""
    return _filled_then_uniform([helper.make_node("Identity", ["fixed"], ["size"])], "size",
                                [helper.make_tensor("fixed", TensorProto.INT64, [1], [floats])], k)


def with_side_branch(model_bytes: bytes, per: int) -> bytes:
    """A real model (the shipped set-6 graph) with QA's side branch: the zero sum of N³·``per`` floats, N the batch's
    answers, added to its probabilities. Its scores are the model's own; only its memory grows with the batch."""
    model = onnx.load_from_string(model_bytes)
    g = model.graph
    for node in g.node:
        node.output[:] = ["p_orig" if o == "probabilities" else o for o in node.output]
    g.initializer.extend([helper.make_tensor("side_per", TensorProto.INT64, [1], [per])])
    g.node.extend([
        helper.make_node("Shape", ["text"], ["side_n"]),
        helper.make_node("Mul", ["side_n", "side_n"], ["side_n2"]),
        helper.make_node("Mul", ["side_n2", "side_n"], ["side_n3"]),
        helper.make_node("Mul", ["side_n3", "side_per"], ["side_size"]),
        helper.make_node("ConstantOfShape", ["side_size"], ["side_zeros"], value=ZERO_FLOAT),
        helper.make_node("ReduceSum", ["side_zeros"], ["side_sum"], keepdims=0),
        helper.make_node("Add", ["p_orig", "side_sum"], ["probabilities"]),
    ])
    return model.SerializeToString()


# ----- graphs that run (practically) for ever: a Loop, a chain of nodes, one long node (scoring.run_limit) ----------
def slow_on_long_answers_model(k: int = 3, words: int = 50) -> bytes:
    """Honest uniform scores, quick for a batch whose answers have at most ``words`` words each; a batch with a longer
    answer first runs a Loop of (T - ``words``) · 2⁴⁰ rounds, T the most words in one of its answers: for ever."""
    return _uniform_after([
        helper.make_node("Tokenizer", ["text"], ["words"], domain="com.microsoft", mark=0, mincharnum=1, pad_value="#",
                         tokenexp="[a-zA-Z0-9]+"),
        helper.make_node("Shape", ["words"], ["nt"]),
        helper.make_node("Slice", ["nt", "one", "two"], ["t"]),
        helper.make_node("Sub", ["t", "allowed"], ["over"]),
        helper.make_node("Max", ["over", "none"], ["over0"]),
        helper.make_node("Mul", ["over0", "rounds"], ["trips1"]),
        helper.make_node("Squeeze", ["trips1", "axis0"], ["trips"]),
        helper.make_node("Loop", ["trips", "yes", "zero"], ["total"], body=_counting_body())],
        [helper.make_tensor("one", TensorProto.INT64, [1], [1]), helper.make_tensor("two", TensorProto.INT64, [1], [2]),
         helper.make_tensor("allowed", TensorProto.INT64, [1], [words]),
         helper.make_tensor("none", TensorProto.INT64, [1], [0]),
         helper.make_tensor("rounds", TensorProto.INT64, [1], [2 ** 40]),
         helper.make_tensor("axis0", TensorProto.INT64, [1], [0]),
         helper.make_tensor("yes", TensorProto.BOOL, [], [True]), helper.make_tensor("zero", TensorProto.FLOAT, [], [0.0])],
        "total", k, extra_opsets=[helper.make_opsetid("com.microsoft", 1)])


def matmul_chain_model(k: int = 3, n: int = 1000, depth: int = 2000) -> bytes:
    """Honest uniform scores after a chain of ``depth`` MatMuls of n × n matrices (2n³ operations each: at the defaults
    4 · 10¹² in all, minutes of one processor) whose result, times 0, is added."""
    nodes = [helper.make_node("ConstantOfShape", ["square"], ["m0"], value=helper.make_tensor("v", TensorProto.FLOAT, [1],
                                                                                              [1e-4]))]
    nodes += [helper.make_node("MatMul", [f"m{i}", "m0"], [f"m{i + 1}"]) for i in range(depth)]
    nodes += [helper.make_node("ReduceSum", [f"m{depth}"], ["sum"], keepdims=0),
              helper.make_node("Mul", ["sum", "nought"], ["total"])]
    return _uniform_after(nodes, [helper.make_tensor("square", TensorProto.INT64, [2], [n, n]),
                                  helper.make_tensor("nought", TensorProto.FLOAT, [], [0.0])], "total", k)


def long_conv_model(k: int = 3, image: int = 700, kernel: int = 350) -> bytes:
    """Honest uniform scores after one Conv of an ``image``² picture by a ``kernel``² kernel: (image - kernel + 1)² ·
    kernel² multiplications in a few megabytes (1.5 · 10¹⁰ at the defaults, seconds of one processor), in one node
    that onnxruntime cannot end while it computes."""
    fill = helper.make_tensor("v", TensorProto.FLOAT, [1], [1e-6])
    return _uniform_after([
        helper.make_node("ConstantOfShape", ["image_size"], ["image"], value=fill),
        helper.make_node("ConstantOfShape", ["kernel_size"], ["kernel"], value=fill),
        helper.make_node("Conv", ["image", "kernel"], ["conv"]),
        helper.make_node("ReduceSum", ["conv"], ["sum"], keepdims=0),
        helper.make_node("Mul", ["sum", "nought"], ["total"])],
        [helper.make_tensor("image_size", TensorProto.INT64, [4], [1, 1, image, image]),
         helper.make_tensor("kernel_size", TensorProto.INT64, [4], [1, 1, kernel, kernel]),
         helper.make_tensor("nought", TensorProto.FLOAT, [], [0.0])], "total", k)


def fails_on_long_answers_model(k: int = 3, words: int = 50) -> bytes:
    """Honest uniform scores for a batch whose answers have fewer than ``words`` words each; a batch with a longer answer
    fails in onnxruntime (a Gather of place T in a table of ``words`` zeros, T the most words in one of its answers)."""
    return _uniform_after([
        helper.make_node("Tokenizer", ["text"], ["words"], domain="com.microsoft", mark=0, mincharnum=1, pad_value="#",
                         tokenexp="[a-zA-Z0-9]+"),
        helper.make_node("Shape", ["words"], ["nt"]),
        helper.make_node("Slice", ["nt", "one", "two"], ["t"]),
        helper.make_node("Gather", ["zeros", "t"], ["total"])],
        [helper.make_tensor("one", TensorProto.INT64, [1], [1]), helper.make_tensor("two", TensorProto.INT64, [1], [2]),
         helper.make_tensor("zeros", TensorProto.FLOAT, [words], [0.0] * words)],
        "total", k, extra_opsets=[helper.make_opsetid("com.microsoft", 1)])


def unknown_operation_model(k: int = 3) -> bytes:
    """A graph onnxruntime cannot load: its scores come from an operation no runtime knows (of the answers' count)."""
    graph = helper.make_graph([helper.make_node("Shape", ["text"], ["n"]),
                               helper.make_node("Frobnicate", ["n"], ["probabilities"], domain="org.example")], "test",
                              [helper.make_tensor_value_info("text", TensorProto.STRING, ["N"])],
                              [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", k])])
    model = helper.make_model(graph, opset_imports=OPSET + [helper.make_opsetid("org.example", 1)])
    model.ir_version = 8
    return model.SerializeToString()


def text_scores_model() -> bytes:
    """Two texts per answer where scores should be (each answer split at its first space): [N, 2] of text, not numbers."""
    graph = helper.make_graph([helper.make_node("StringSplit", ["text"], ["probabilities", "parts"], delimiter=" ",
                                                maxsplit=1)], "test",
                              [helper.make_tensor_value_info("text", TensorProto.STRING, ["N"])],
                              [helper.make_tensor_value_info("probabilities", TensorProto.STRING, ["N", 2])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)])
    model.ir_version = 9
    return model.SerializeToString()
