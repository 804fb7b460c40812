"""Exporting a student as ONE string-input ONNX graph, with a parity check that fails loudly.

skl2onnx converts the fitted feature union (``Tokenizer`` → ``TfIdfVectorizer`` → ``Normalizer``
→ ``Concat``); the head is appended as ``MatMul``/``Add``/``Relu`` nodes from the torch weights and
a ``Softmax`` gives ``probabilities`` [N, K]. The calibration temperature is not in the graph: the
app applies the manifest's temperature to the graph's output (``grader_app.scoring.apply_temperature``).
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from .common import PARAMETER_BUDGET
from .onnx_utils import INPUT_NAME, OUTPUT_NAME, PARITY_TOLERANCE, TARGET_OPSET, onnx_probabilities


class ExportError(RuntimeError):
    """The exported graph is unusable (parity or budget); the message says by how much."""


def features_graph(union) -> onnx.ModelProto:
    """The fitted feature union alone as an ONNX graph (skl2onnx); the head is added by :func:`student_to_onnx`."""
    import warnings

    from skl2onnx import convert_sklearn
    from skl2onnx.common.data_types import StringTensorType

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # skl2onnx warns about analyzer="char"; parity is checked below
        return convert_sklearn(union, name="grader_student_features",
                               initial_types=[(INPUT_NAME, StringTensorType([None]))], target_opset=TARGET_OPSET)


def student_to_onnx(union, layers: Sequence[tuple], n_labels: int) -> bytes:
    """Join the feature graph and the head (``student.head_layers``) into one graph."""
    model = features_graph(union)
    g = model.graph
    if len(g.output) != 1:
        raise ExportError(f"the feature graph should have one output, it has {[o.name for o in g.output]}")
    x = g.output[0].name
    del g.output[:]
    for i, (kind, W, b) in enumerate(layers):
        if kind == "linear":
            g.initializer.append(numpy_helper.from_array(np.ascontiguousarray(W, dtype=np.float32), f"head_W{i}"))
            g.initializer.append(numpy_helper.from_array(np.ascontiguousarray(b, dtype=np.float32), f"head_b{i}"))
            g.node.append(helper.make_node("MatMul", [x, f"head_W{i}"], [f"head_mm{i}"], name=f"head_matmul{i}"))
            g.node.append(helper.make_node("Add", [f"head_mm{i}", f"head_b{i}"], [f"head_z{i}"], name=f"head_add{i}"))
            x = f"head_z{i}"
        elif kind == "relu":
            g.node.append(helper.make_node("Relu", [x], [f"head_r{i}"], name=f"head_relu{i}"))
            x = f"head_r{i}"
        else:
            raise ExportError(f"unknown head layer {kind!r}")
    g.node.append(helper.make_node("Softmax", [x], [OUTPUT_NAME], axis=-1, name="head_softmax"))
    g.output.append(helper.make_tensor_value_info(OUTPUT_NAME, TensorProto.FLOAT, ["N", int(n_labels)]))
    model.producer_name = "grader-distill"
    onnx.checker.check_model(model)
    return model.SerializeToString()


def torch_probabilities(features, head, texts: Sequence[str]) -> np.ndarray:
    import torch

    with torch.no_grad():
        z = head(torch.as_tensor(features.transform(texts), dtype=torch.float32))
        return torch.softmax(z, dim=1).numpy()


def check_parity(model_bytes: bytes, features, head, texts: Sequence[str],
                 tolerance: float = PARITY_TOLERANCE) -> float:
    """Max |Δp| between the ONNX graph and scikit-learn features + torch head; raise above tolerance."""
    got = onnx_probabilities(model_bytes, texts)
    want = torch_probabilities(features, head, texts)
    if got.shape != want.shape:
        raise ExportError(f"the ONNX graph gives shape {got.shape} but torch gives {want.shape}")
    delta = float(np.abs(got.astype(np.float64) - want).max()) if got.size else 0.0
    if not delta <= tolerance:
        raise ExportError(f"the exported graph differs from the torch student by max |Δp| = {delta:.2e} "
                          f"(> {tolerance:.0e}) on the validation answers; the export is refused")
    return delta


def check_budget(model_bytes: bytes, budget: int = PARAMETER_BUDGET) -> int:
    from .bundling import count_onnx_parameters

    n = count_onnx_parameters(model_bytes)
    if n > budget:
        raise ExportError(f"the student graph stores {n:,} numbers and strings, over the budget of {budget:,}; "
                          "use fewer n-grams or a narrower head")
    return n
