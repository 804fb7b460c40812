"""A bundle's model may define no operations of its own (ONNX's model-local functions): the checks cannot see into them.

QA (h5, bundles): the check of what a graph does with text (``graph_rules``) reads the graph and its subgraphs, never
the bodies of functions the model defines for itself. A function that takes no input and joins a constant text with
itself twenty-one times (``StringConcat``) passed the check, and onnxruntime, running it as the app runs a model,
held a text of 128 MiB outside the memory budget (peak memory grew by 265 MiB, measured); a few more joins make
gigabytes. Grader's own models define none (the shipped ones are held to that here), so a model that does is refused
in one sentence. Bundles are written zip byte by zip byte (the writer refuses such a model), sealed as Grader seals
them, and read as the library reads them."""
from __future__ import annotations

import zipfile
from pathlib import Path

import onnx
import pytest
from onnx import TensorProto, helper

from bundle_graphs import honest_member, manifest, manifest_bytes, raw_zip
from grader_app.bundles import BundleError, read_bundle
from grader_app.bundles.archive import sha256_hex
from grader_app.bundles.manifest import DIGEST_FIELD, manifest_digest

SHIPPED = sorted((Path(__file__).resolve().parents[2] / "model_bundles").glob("*.gradebundle"))
OPSETS = [helper.make_opsetid("", 20), helper.make_opsetid("local.ops", 1)]


def _growing(joins: int) -> onnx.FunctionProto:
    """A function of no input: a 64-byte text joined with itself ``joins`` times (64 · 2^joins bytes), its shape out."""
    body = [helper.make_node("Constant", [], ["t0"], value=helper.make_tensor("c", TensorProto.STRING, [], [b"a" * 64]))]
    body += [helper.make_node("StringConcat", [f"t{i}", f"t{i}"], [f"t{i + 1}"]) for i in range(joins)]
    body.append(helper.make_node("Shape", [f"t{joins}"], ["out"]))
    return helper.make_function("local.ops", "Grow", [], ["out"], body, opset_imports=OPSETS[:1])


def _adding() -> onnx.FunctionProto:
    """A function of numbers only: x + x."""
    return helper.make_function("local.ops", "Twice", ["x"], ["out"], [helper.make_node("Add", ["x", "x"], ["out"])],
                                opset_imports=OPSETS[:1])


def _model(function: onnx.FunctionProto) -> bytes:
    """text [N] -> a uniform row per answer; the graph calls ``function`` on the side (its result an extra output)."""
    call = (helper.make_node("Grow", [], ["side"], domain="local.ops") if function.name == "Grow"
            else helper.make_node("Twice", ["k"], ["side"], domain="local.ops"))
    nodes = [call, helper.make_node("Shape", ["text"], ["n"]), helper.make_node("Concat", ["n", "k"], ["shape"], axis=0),
             helper.make_node("Expand", ["row", "shape"], ["probabilities"])]
    graph = helper.make_graph(
        nodes, "calls", [helper.make_tensor_value_info("text", TensorProto.STRING, ["N"])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 3]),
         helper.make_tensor_value_info("side", TensorProto.INT64, [1])],
        initializer=[helper.make_tensor("k", TensorProto.INT64, [1], [3]),
                     helper.make_tensor("row", TensorProto.FLOAT, [1, 3], [0.5, 0.25, 0.25])])
    model = helper.make_model(graph, opset_imports=OPSETS, functions=[function])
    model.ir_version = 9
    return model.SerializeToString()


def _sealed_bundle(path: Path, model: bytes) -> Path:
    m = manifest(3, sha256=sha256_hex(model))
    m[DIGEST_FIELD] = manifest_digest(m)
    path.write_bytes(raw_zip([honest_member("manifest.json", manifest_bytes(m)), honest_member("model.onnx", model)]))
    return path


@pytest.mark.parametrize("function", [_growing(21), _adding()], ids=["text grown in a function", "numbers only"])
def test_a_model_defining_an_operation_of_its_own_is_refused_in_a_sentence(tmp_path, function):
    path = _sealed_bundle(tmp_path / "own-ops.gradebundle", _model(function))
    with pytest.raises(BundleError) as refused:
        read_bundle(path)
    assert refused.value.kind == "bundle.model_functions"
    assert str(refused.value).startswith("own-ops.gradebundle holds a model that defines operations of its own")


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_no_shipped_model_defines_one(path):
    with zipfile.ZipFile(path) as z:
        assert not onnx.load_from_string(z.read("model.onnx")).functions
