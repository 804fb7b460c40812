"""The tied pair's graph: a hashed multinomial model and a hashed ordinal model averaged in one ONNX graph that reads
both models' tables with one lookup per n-gram (the hashed pair kinds of docs/distillation.md).

Both models hash the same n-grams; when the ordinal model's bucket count is a multiple R of the other's, an n-gram's
bucket b in the ordinal table is b mod M in the other, so the graph tiles the smaller table R times beside the
ordinal column (once, when the session loads) and a single Gather reads both. With key features
(:mod:`grader_app.learn.key_features`; twenty-fourth amendment), both models read the same features: they are
computed once and their two weight matrices are read with one MatMul.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from .hashed import OUTPUT_NAME, PAIR_GRAPH, HashSpec, groups_of, split_weights
from .hashed_graph import INPUT_NAME, feature_sums, used_names
from .hashed_graph import const as _const


def _union(a: HashSpec, b: HashSpec, buckets: int) -> HashSpec:
    """One spec with every feature group of ``a`` and ``b`` (their chunk lengths, where both have chunks, agree;
    so do their key features)."""
    if a.stems and b.stems and a.stems != b.stems:
        raise ValueError(f"a tied pair needs the same chunk length in both models ({a.stems} and {b.stems})")
    if a.key != b.key:
        raise ValueError("a tied pair needs the same key features in both models (or none in either)")
    return HashSpec(buckets, tuple(sorted(set(a.words) | set(b.words))), tuple(sorted(set(a.chars) | set(b.chars))),
                    a.stems or b.stems, a.key, tuple(sorted(set(a.pieces) | set(b.pieces))))


def tied_pair_to_onnx(lr: Any, ordinal: Any, n_labels: int, producer: str = "grader-distill") -> bytes:
    """One graph averaging a hashed multinomial model ``lr`` (``weights_`` [M, K], then its key features' rows) and
    a hashed ordinal model ``ordinal`` (``weights_`` [R·M, 1], then its key features' rows) with tied buckets: the
    ordinal model's bucket count is a multiple R of the other's. Each feature group both models use reads both
    models' weights with one lookup; a group only one of them uses reads that model's table alone (tokenizers and
    hashes are computed once either way); key features, which both models must share, are computed once. Then
    ``probabilities`` = ½·softmax(logits) + ½·softmax(k·z + b_k). Initializers are named ``m0_W``, ``m0_b``,
    ``m1_W``, ``m1_b`` (and ``m0_V``, ``m1_V``, the key features' weights) as in an averaged graph
    (:func:`grader_app.distill.onnx_utils.average_graphs`), so :mod:`grader_app.distill.regraph` reads either."""
    s0, s1 = lr.spec, ordinal.spec
    K = int(n_labels)
    if s1.buckets % s0.buckets:
        raise ValueError(f"a tied pair needs the ordinal buckets ({s1.buckets}) to be a multiple of {s0.buckets}")
    union = _union(s0, s1, s1.buckets)
    W0, V0 = split_weights(lr, K)        # [M, K] and the key features' [F, K]
    W1, V1 = split_weights(ordinal, 1)   # [R·M, 1] and [F, 1]
    g0, g1 = groups_of(s0), groups_of(s1)
    shared = [g for g in g0 if g in g1]
    if not shared:
        raise ValueError("a tied pair needs at least one feature group both models use")
    route = {g: ("W_lr0", "M_lr") for g in g0 if g not in g1} | {g: ("W_ord0", "M") for g in g1 if g not in g0}
    inits = [numpy_helper.from_array(W0, "m0_W"), _const("m0_b", lr.bias_, np.float32),
             numpy_helper.from_array(W1, "m1_W"), _const("m1_b", ordinal.bias_, np.float32),
             _const("reps", [s1.buckets // s0.buckets, 1], np.int64), _const("steps", np.arange(K), np.float32),
             _const("M", s1.buckets, np.int64), _const("M_lr", s0.buckets, np.int64), _const("ax1", [1], np.int64),
             _const("zero_row", np.zeros((1, K + 1)), np.float32), _const("zero_row_lr", np.zeros((1, K)), np.float32),
             _const("zero_row_ord", np.zeros((1, 1)), np.float32),
             _const("cut_lo", [0], np.int64), _const("cut_mid", [K], np.int64), _const("cut_hi", [K + 1], np.int64),
             _const("half", 0.5, np.float32)]
    nodes = [helper.make_node("Tile", ["m0_W", "reps"], ["m0_tiled"]),
             helper.make_node("Concat", ["m0_tiled", "m1_W"], ["W"], axis=1),
             helper.make_node("Concat", ["W", "zero_row"], ["W0"], axis=0)]
    if any(t == "W_lr0" for t, _ in route.values()):
        nodes.append(helper.make_node("Concat", ["m0_W", "zero_row_lr"], ["W_lr0"], axis=0))
    if any(t == "W_ord0" for t, _ in route.values()):
        nodes.append(helper.make_node("Concat", ["m1_W", "zero_row_ord"], ["W_ord0"], axis=0))
    sums = feature_sums(union, nodes, inits, route)
    acc = sums[("W0", "M")]   # [N, K + 1]: the K logits' sums, then the ordinal score z, of the shared groups
    if union.key is not None:   # both halves' key-feature weights side by side: [F, K + 1], one MatMul
        from .key_features import graph_features

        inits += [numpy_helper.from_array(V0, "m0_V"), numpy_helper.from_array(V1, "m1_V")]
        nodes += [helper.make_node("Concat", ["m0_V", "m1_V"], ["V_pair"], axis=1),
                  helper.make_node("MatMul", [graph_features(union.key, "w_h", "w_mask", nodes, inits), "V_pair"],
                                   ["kf_z"]),
                  helper.make_node("Add", [acc, "kf_z"], ["shared_kf"])]
        acc = "shared_kf"

    def half(i: int, lo: str, hi: str, own: tuple[str, str]) -> str:
        """Half i's sum: its columns of the shared sum, plus its own groups' sum if it has any."""
        nodes.append(helper.make_node("Slice", [acc, lo, hi, "ax1"], [f"m{i}_z"]))
        if own not in sums:
            return f"m{i}_z"
        nodes.append(helper.make_node("Add", [f"m{i}_z", sums[own]], [f"m{i}_z_all"]))
        return f"m{i}_z_all"

    z0 = half(0, "cut_lo", "cut_mid", ("W_lr0", "M_lr"))
    nodes += [helper.make_node("Add", [z0, "m0_b"], ["m0_logits"]),
              helper.make_node("Softmax", ["m0_logits"], ["m0_p"], axis=-1)]
    z1 = half(1, "cut_mid", "cut_hi", ("W_ord0", "M"))
    nodes += [helper.make_node("Mul", [z1, "steps"], ["m1_stepped"]),
              helper.make_node("Add", ["m1_stepped", "m1_b"], ["m1_logits"]),
              helper.make_node("Softmax", ["m1_logits"], ["m1_p"], axis=-1),
              helper.make_node("Add", ["m0_p", "m1_p"], ["p_sum"]),
              helper.make_node("Mul", ["p_sum", "half"], [OUTPUT_NAME])]
    used = used_names(nodes)
    graph = helper.make_graph(
        nodes, PAIR_GRAPH, [helper.make_tensor_value_info(INPUT_NAME, TensorProto.STRING, ["N"])],
        [helper.make_tensor_value_info(OUTPUT_NAME, TensorProto.FLOAT, ["N", K])],
        initializer=[i for i in inits if i.name in used])
    opsets = [helper.make_opsetid("", 19), helper.make_opsetid("com.microsoft", 1)]
    if union.key is not None:
        from .key_features import ML_OPSET

        opsets.append(helper.make_opsetid("ai.onnx.ml", ML_OPSET))
    model = helper.make_model(graph, opset_imports=opsets, producer_name=str(producer))
    model.ir_version = 9
    onnx.checker.check_model(model)
    return model.SerializeToString()
