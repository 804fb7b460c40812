import json
import zipfile

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper

from grader_app import workflow
from grader_app.bundles import BundleError, read_bundle, write_bundle
from grader_app.bundles.archive import sha256_hex
from grader_app.bundles.library import Library
from grader_app.scoring import Scorer


def constant_model(k: int = 3, declared_k: int | None = None) -> bytes:
    """A real ONNX graph: strings [N] -> the same probabilities [N, k] for every answer."""
    probs = np.linspace(1, k, k, dtype=np.float32)
    probs /= probs.sum()
    nodes = [
        helper.make_node("Shape", ["text"], ["n"]),
        helper.make_node("Concat", ["n", "k"], ["shape"], axis=0),
        helper.make_node("Expand", ["row", "shape"], ["probabilities"]),
    ]
    graph = helper.make_graph(
        nodes, "const",
        [helper.make_tensor_value_info("text", TensorProto.STRING, ["N"])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", declared_k or k])],
        initializer=[helper.make_tensor("k", TensorProto.INT64, [1], [k]),
                     helper.make_tensor("row", TensorProto.FLOAT, [1, k], probs.tolist())])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model.SerializeToString()


def manifest(k: int = 3, **over) -> dict:
    m = {
        "format_version": 1, "id": "test-item", "title": "Test item",
        "item": {"prompt": "Why is the sky blue?", "rubric": {str(i): f"level {i}" for i in range(k)}},
        "labels": list(range(k)), "normalisation": "basic-v1",
        "calibration": {"temperature": 1.0},
        "review": {"threshold": 0.8, "table": []}, "metrics": {}, "provenance": {"teacher": "none"},
        "sha256": "0" * 64, "parameters": 2,
    }
    m.update(over)
    return m


def test_write_then_read_round_trip_and_score(tmp_path):
    path = write_bundle(tmp_path / "t.gradebundle", manifest(), constant_model())
    b = read_bundle(path)
    assert b.id == "test-item" and b.labels == [0, 1, 2]
    assert b.manifest["sha256"] == sha256_hex(b.model_bytes)
    probs = Scorer(b).predict_proba(["a", "b", "c", "d"], batch_size=3)
    assert probs.shape == (4, 3)
    np.testing.assert_allclose(probs.sum(1), 1.0, atol=1e-6)
    np.testing.assert_allclose(probs[0], [1 / 6, 2 / 6, 3 / 6], atol=1e-6)


def _rewrite(src, dst, members: dict):
    with zipfile.ZipFile(dst, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return dst


def _members(path):
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


@pytest.fixture
def good(tmp_path):
    return write_bundle(tmp_path / "good.gradebundle", manifest(), constant_model())


def test_tampered_model_fails_hash(good, tmp_path):
    m = _members(good)
    m["model.onnx"] = constant_model(3) + b"\x00"
    bad = _rewrite(good, tmp_path / "bad.gradebundle", m)
    with pytest.raises(BundleError, match="does not match its recorded hash"):
        read_bundle(bad)


def test_path_escape_refused(good, tmp_path):
    m = _members(good)
    m["../evil.py"] = b"print('x')"
    with pytest.raises(BundleError, match="bad.gradebundle holds a file named “../evil.py” that points outside the bundle"):
        read_bundle(_rewrite(good, tmp_path / "bad.gradebundle", m))


def test_extra_member_refused(good, tmp_path):
    m = _members(good)
    m["model.pkl"] = b"\x80\x04"
    with pytest.raises(BundleError, match="bad.gradebundle holds an unexpected file “model.pkl”"):
        read_bundle(_rewrite(good, tmp_path / "bad.gradebundle", m))


def test_labels_must_match_output_width(tmp_path):
    model = constant_model(3)
    with pytest.raises(BundleError, match="gives 3 scores per answer but its manifest lists 4 labels"):
        write_bundle(tmp_path / "x.gradebundle", manifest(k=4), model)


def test_not_a_zip_and_missing_and_folder(tmp_path):
    junk = tmp_path / "junk.gradebundle"
    junk.write_bytes(b"hello")
    with pytest.raises(BundleError, match="not a zip file"):
        read_bundle(junk)
    with pytest.raises(BundleError, match="no bundle at"):
        read_bundle(tmp_path / "missing.gradebundle")
    with pytest.raises(BundleError, match="is a folder"):
        read_bundle(tmp_path)


@pytest.mark.parametrize("field,value,words", [
    ("format_version", 2, "made by a newer version of Grader"),
    ("labels", [0], "at least two numeric scores"),
    ("labels", [0, 0, 1], "same score twice"),
    ("id", "Bad Id!", "is not one Grader can keep as a file name"),
    ("review", {"threshold": 1.5}, "between 0 and 1"),
    ("calibration", {"temperature": 0}, "positive number"),
])
def test_manifest_schema_errors(good, tmp_path, field, value, words):
    m = _members(good)
    man = json.loads(m["manifest.json"])
    man[field] = value
    m["manifest.json"] = json.dumps(man)
    with pytest.raises(BundleError, match=words):
        read_bundle(_rewrite(good, tmp_path / "bad.gradebundle", m))


def test_manifest_missing_field_and_bad_json(good, tmp_path):
    m = _members(good)
    man = json.loads(m["manifest.json"])
    del man["normalisation"]
    m["manifest.json"] = json.dumps(man)
    with pytest.raises(BundleError, match="no “normalisation” field"):
        read_bundle(_rewrite(good, tmp_path / "a.gradebundle", m))
    m["manifest.json"] = b"{not json"
    with pytest.raises(BundleError, match="not valid JSON"):
        read_bundle(_rewrite(good, tmp_path / "b.gradebundle", m))


def test_library_skips_bad_bundles_and_installs(tmp_path, good):
    shipped = tmp_path / "shipped"
    user = tmp_path / "user"
    shipped.mkdir()
    (shipped / "broken.gradebundle").write_bytes(b"not a zip")
    lib = Library.load([shipped, user])
    assert lib.bundles == {} and "broken.gradebundle" in lib.problems
    b = workflow.install_bundle(lib, good)
    assert (user / "test-item.gradebundle").exists() and lib.get("TEST-ITEM ") is b
    assert Library.load([shipped, user]).get("test-item") is not None


def test_copying_a_bundle_in_leaves_the_library_to_the_thread_that_adds_it(tmp_path, good):
    """A worker copies and verifies (copy_bundle_in) while the window reads the library; the library
    changes only when the window adds the result, on its own thread."""
    shipped, user = tmp_path / "shipped", tmp_path / "user"
    shipped.mkdir()
    lib = Library.load([shipped, user])
    b = workflow.copy_bundle_in(lib, good)
    assert (user / "test-item.gradebundle").exists() and b.path == user / "test-item.gradebundle"
    assert lib.bundles == {}                       # nothing listed yet
    assert lib.add(b) is b and lib.get("test-item") is b
    assert Library.load([shipped, user]).get("test-item").manifest == b.manifest


def test_a_bundle_built_by_hand_with_an_unknown_normalisation_is_refused_in_a_sentence():
    """read_bundle refuses an unknown normalisation; a Bundle made by hand reaches the Scorer and the probe,
    which say which model cannot be used and why as the reader does, in a sentence (errors.sentence)."""
    from grader_app.bundles.archive import Bundle
    from grader_app.errors import sentence
    from grader_app.scoring.probe import probe_bundle

    b = Bundle(manifest=manifest(normalisation="lowercase-v9"), model_bytes=constant_model())
    for use in (Scorer, probe_bundle):
        with pytest.raises(BundleError) as exc:
            use(b)
        assert sentence(exc.value) == ("test-item cannot be used: it prepares the answers' text in a way this version "
                                       "of Grader does not know, the text normalisation “lowercase-v9” (it knows "
                                       "basic-v1); update Grader, or get a fresh copy from whoever made it."), use
        assert exc.value.kind == "bundle.bad_manifest"   # as read_bundle says it, naming the file (here none: its id)
