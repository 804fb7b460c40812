"""A bundle's model may read no data file outside the bundle, wherever in its graph the tensor that names one sits.

QA (h5, bundles): only the main graph's initializers were checked for external data. A tensor kept "in a file beside
the model" can also be a subgraph's initializer (an ``If``'s branch) or a node's tensor attribute (a ``Constant``'s
value). Such a bundle was read as sound, and onnxruntime, given the model's bytes, loaded the subgraph's tensor from
a file of that name in the working folder: a model whose scores come from a file outside the bundle. Bundles are
written here zip byte by zip byte (the writer refuses such a model), sealed as Grader seals them, and read as the
library reads them; onnxruntime runs the subgraph one to show what it would do."""
from __future__ import annotations

import numpy as np
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper

from bundle_graphs import honest_member, manifest, manifest_bytes, raw_zip
from grader_app.bundles import BundleError, read_bundle
from grader_app.bundles.archive import sha256_hex
from grader_app.bundles.manifest import DIGEST_FIELD, manifest_digest

ROW = np.array([0.5, 0.25, 0.25], dtype=np.float32)


def _external(name: str, location: str) -> TensorProto:
    """A [1, 3] float tensor whose twelve bytes are in the file ``location``."""
    t = helper.make_tensor(name, TensorProto.FLOAT, [1, 3], [0.0, 0.0, 0.0])
    t.ClearField("float_data")
    t.data_location = TensorProto.EXTERNAL
    for key, value in (("location", location), ("offset", "0"), ("length", "12")):
        entry = t.external_data.add()
        entry.key, entry.value = key, value
    return t


def _model(where: str, location: str) -> bytes:
    """text [N] -> the row ``location`` holds, for every answer; that row a tensor of the kind ``where`` says."""
    nodes = [helper.make_node("Shape", ["text"], ["n"]), helper.make_node("Concat", ["n", "k"], ["shape"], axis=0)]
    inits = [helper.make_tensor("k", TensorProto.INT64, [1], [3])]
    if where == "initializer":
        inits.append(_external("row", location))
    elif where == "constant":
        nodes.append(helper.make_node("Constant", [], ["row"], value=_external("row", location)))
    elif where == "constant in a branch":
        branches = {side: helper.make_graph(
            [helper.make_node("Constant", [], [f"row_{side}"], value=_external(f"row_{side}", location))], side, [],
            [helper.make_tensor_value_info(f"row_{side}", TensorProto.FLOAT, [1, 3])])
            for side in ("then", "else")}
        inits.append(helper.make_tensor("yes", TensorProto.BOOL, [], [True]))
        nodes.append(helper.make_node("If", ["yes"], ["row"], then_branch=branches["then"],
                                      else_branch=branches["else"]))
    else:   # "branch initializer"
        branches = {side: helper.make_graph(
            [helper.make_node("Identity", [f"kept_{side}"], [f"row_{side}"])], side, [],
            [helper.make_tensor_value_info(f"row_{side}", TensorProto.FLOAT, [1, 3])],
            initializer=[_external(f"kept_{side}", location)]) for side in ("then", "else")}
        inits.append(helper.make_tensor("yes", TensorProto.BOOL, [], [True]))
        nodes.append(helper.make_node("If", ["yes"], ["row"], then_branch=branches["then"],
                                      else_branch=branches["else"]))
    nodes.append(helper.make_node("Expand", ["row", "shape"], ["probabilities"]))
    graph = helper.make_graph(nodes, "outside", [helper.make_tensor_value_info("text", TensorProto.STRING, ["N"])],
                              [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 3])],
                              initializer=inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model.SerializeToString()


def _sealed_bundle(path, model: bytes):
    """A bundle file holding ``model``, its manifest naming the model's hash and sealed by its own digest."""
    m = manifest(3, sha256=sha256_hex(model))
    m[DIGEST_FIELD] = manifest_digest(m)
    path.write_bytes(raw_zip([honest_member("manifest.json", manifest_bytes(m)), honest_member("model.onnx", model)]))
    return path


WHERE = ["initializer", "constant", "branch initializer", "constant in a branch"]
LOCATIONS = ["../../etc/passwd", "row.bin", "/etc/passwd"]


@pytest.mark.parametrize("location", LOCATIONS)
@pytest.mark.parametrize("where", WHERE)
def test_a_tensor_kept_in_a_file_outside_is_refused_wherever_it_sits(tmp_path, where, location):
    path = _sealed_bundle(tmp_path / "outside.gradebundle", _model(where, location))
    with pytest.raises(BundleError) as refused:
        read_bundle(path)
    assert "outside.gradebundle" in str(refused.value) and "data files kept outside the bundle" in str(refused.value)


def test_onnxruntime_would_read_a_branch_tensor_from_the_working_folder(tmp_path, monkeypatch):
    """Why the check reads every graph: given only the model's bytes, onnxruntime finds the branch's file by its name in
    the working folder, and the model scores with what that file holds."""
    (tmp_path / "row.bin").write_bytes(ROW.tobytes())
    monkeypatch.chdir(tmp_path)
    session = ort.InferenceSession(_model("branch initializer", "row.bin"), providers=["CPUExecutionProvider"])
    out = session.run(None, {"text": np.array(["an answer"], dtype=object)})[0]
    assert np.allclose(out, ROW[None, :])
