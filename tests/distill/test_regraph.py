"""``grader-distill regraph`` on a copy of a real installed hashed bundle: the graph is rebuilt with today's
builder from the bundle's own weights, the probabilities stay the same on the set's answers, the bundle still
opens hash-checked, a second run changes nothing, and a bundle of another kind is left alone; a baseline
bundle's converted graph gets the fast ending with the same probabilities."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("sklearn")
pytest.importorskip("onnxruntime")

from grader_app.bundles import read_bundle  # noqa: E402
from grader_app.distill.regraph import rebuild, rebuildable, regraph_bundle  # noqa: E402
from grader_app.paths import bundled_models_dir  # noqa: E402


def _hashed_bundles(pairs: bool = False) -> list:
    """Installed bundles regraph rebuilds: hashed students' graphs (and hashed pairs' with ``pairs``)."""
    import onnx

    out = []
    for p in sorted(bundled_models_dir().glob("*.gradebundle")):
        b = read_bundle(p)
        if rebuildable(b.manifest, b.model_bytes) and \
                (pairs or onnx.load_from_string(b.model_bytes).graph.name == "grader_hashed_student"):
            out.append(p)
    return out


def _with_older_graph(src, dst):
    """``src`` written to ``dst`` with a graph that computes the same thing by a longer road (one Identity
    node more before the output): what a bundle built by an earlier graph builder looks like to regraph."""
    import json

    import onnx
    from onnx import helper

    from grader_app.distill.bundling import write_item_bundle

    b = read_bundle(src)
    m = onnx.load_from_string(b.model_bytes)
    out = m.graph.output[0].name
    for node in m.graph.node:
        node.output[:] = [f"{o}_before" if o == out else o for o in node.output]
    m.graph.node.append(helper.make_node("Identity", [f"{out}_before"], [out]))
    manifest = json.loads(json.dumps(b.manifest))
    manifest.pop("sha256", None)
    write_item_bundle(dst, manifest, m.SerializeToString())
    return read_bundle(dst)


def test_regraph_keeps_a_real_hashed_bundle_s_probabilities(tmp_path):
    from grader_app.distill.asap import asap_dir
    from grader_app.distill.onnx_utils import onnx_probabilities
    from grader_app.distill.regraph import check_texts

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    found = _hashed_bundles() or _hashed_bundles(pairs=True)   # since set 4's pair (2026-12-01) every one is a pair
    assert found, "no installed hashed bundle to rebuild"
    path = tmp_path / found[0].name
    old = _with_older_graph(found[0], path)
    today = rebuild(old.manifest, old.model_bytes)
    assert today != old.model_bytes
    assert regraph_bundle(path, log=lambda s: None) is True
    new = read_bundle(path)  # hash-checked by the app's reader
    assert new.model_bytes == today == read_bundle(found[0]).model_bytes  # the installed bundle is today's graph
    texts = check_texts(old.manifest)
    assert len(texts) > 1000  # the set's real answers, not only the edge cases
    assert np.abs(onnx_probabilities(old.model_bytes, texts) - onnx_probabilities(new.model_bytes, texts)).max() <= 1e-6
    assert new.manifest["metrics"] == old.manifest["metrics"] and new.manifest["review"] == old.manifest["review"]
    assert "graph_rebuilt" in new.manifest["provenance"]
    stamp = path.stat().st_mtime_ns
    assert regraph_bundle(path, log=lambda s: None) is False and path.stat().st_mtime_ns == stamp  # nothing left to do
    # a graph that would store more numbers than the budget is never written
    over = tmp_path / "over" / found[0].name
    over.parent.mkdir()
    _with_older_graph(found[0], over)
    before, said = over.read_bytes(), []
    assert regraph_bundle(over, log=said.append, budget=new.manifest["parameters"] - 1) is False
    assert over.read_bytes() == before and "over the budget" in said[-1]


def _reading_with_gather(model_bytes: bytes) -> bytes:
    """The graph with each table read by ``Gather`` on the row numbers, as the builder did before it used
    ``GatherND`` on them as [..., 1] indices (an ``Unsqueeze`` then ``GatherND``, in the ``If``'s branches)."""
    import onnx
    from onnx import helper

    from grader_app.learn.hashed_graph import all_nodes

    model = onnx.load_from_string(model_bytes)
    made = {n.output[0]: n for n in all_nodes(model.graph.node) if n.op_type == "Unsqueeze"}
    changed = 0
    for node in all_nodes(model.graph.node):
        if node.op_type == "GatherND" and node.input[1] in made:
            rows = made[node.input[1]].input[0]
            node.CopyFrom(helper.make_node("Gather", [node.input[0], rows], list(node.output), axis=0))
            changed += 1
    assert changed, "no GatherND table read to turn back into a Gather"
    return model.SerializeToString()


def test_today_s_graph_reads_the_tables_with_gathernd_and_scores_as_the_gather_graph_did():
    """Every installed hashed bundle, rebuilt: its tables are read with GatherND, not Gather (the graph runs faster,
    docs/distillation.md), and on the set's real answers (and the edge cases) it gives exactly the probabilities of
    the same graph reading them with Gather, real onnxruntime sessions, batches of 64 as the Scorer sends."""
    import onnx

    from grader_app.distill.asap import asap_dir
    from grader_app.distill.onnx_utils import onnx_probabilities
    from grader_app.distill.regraph import check_texts
    from grader_app.learn.hashed_graph import all_nodes

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    found = _hashed_bundles(pairs=True)
    assert len(found) >= 5
    for path in found:
        b = read_bundle(path)
        today = rebuild(b.manifest, b.model_bytes)
        ops = [n.op_type for n in all_nodes(onnx.load_from_string(today).graph.node)]
        assert ops.count("GatherND") >= 2 and not any(
            n.op_type == "Gather" and n.input[0].startswith("W") for n in all_nodes(onnx.load_from_string(today).graph.node))
        texts = check_texts(b.manifest)
        assert len(texts) > 1000, path.name
        new = onnx_probabilities(today, texts, 64)
        old = onnx_probabilities(_reading_with_gather(today), texts, 64)
        assert np.array_equal(new, old), (path.name, float(np.abs(new - old).max()))


def _renamed(src, dst, name: str):
    """``src`` written to ``dst`` with its graph called ``name`` (another kind's graph, to regraph)."""
    import json

    import onnx

    from grader_app.distill.bundling import write_item_bundle

    b = read_bundle(src)
    m = onnx.load_from_string(b.model_bytes)
    m.graph.name = name
    manifest = json.loads(json.dumps(b.manifest))
    manifest.pop("sha256", None)
    write_item_bundle(dst, manifest, m.SerializeToString())


def test_regraph_leaves_other_kinds_alone(tmp_path):
    path = tmp_path / "asap-sas-10.gradebundle"
    _renamed(bundled_models_dir() / "asap-sas-10.gradebundle", path, "grader_student_features")  # a vocab student's
    before = path.read_bytes()
    assert regraph_bundle(path, log=lambda s: None) is False
    assert path.read_bytes() == before


def test_regraph_gives_a_baseline_bundle_the_fast_ending(tmp_path):
    """A baseline bundle written before the fast ending (skl2onnx's Normalizer → LinearClassifier → Normalizer)
    is rebuilt with the same probabilities on set 10's answers, and hash-checks."""
    import json

    import onnx
    from skl2onnx import convert_sklearn
    from skl2onnx.common.data_types import StringTensorType

    from grader_app.distill import features
    from grader_app.distill.asap import asap_dir
    from grader_app.distill.bundling import write_item_bundle
    from grader_app.distill.onnx_utils import TARGET_OPSET, onnx_probabilities
    from grader_app.distill.regraph import check_texts

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    installed = read_bundle(bundled_models_dir() / "asap-sas-10.gradebundle")
    texts = check_texts(installed.manifest)[-300:]
    scores = np.arange(len(texts)) % len(installed.labels)   # any model will do: the test is the rewrite
    pipe = features.fit_pipeline(features.make_pipeline(C=2.0, ngram_range=(2, 4), max_features=500, analyzer="char"),
                                 texts, scores)
    clf = pipe.steps[-1][1]
    old = convert_sklearn(pipe, name="grader_baseline", initial_types=[("text", StringTensorType([None]))],
                          options={id(clf): {"zipmap": False}}, target_opset=TARGET_OPSET)
    del old.graph.output[:1]   # the label output: a bundle graph has probabilities only
    onnx.checker.check_model(old)
    assert "Normalizer" in [n.op_type for n in old.graph.node]
    manifest = json.loads(json.dumps(installed.manifest))
    manifest.pop("sha256", None)
    path = tmp_path / "asap-sas-10.gradebundle"
    write_item_bundle(path, manifest, old.SerializeToString())
    before = read_bundle(path)
    assert rebuildable(before.manifest, before.model_bytes)
    assert regraph_bundle(path, log=lambda s: None) is True
    new = read_bundle(path)  # hash-checked by the app's reader
    assert "Normalizer" not in [n.op_type for n in onnx.load_from_string(new.model_bytes).graph.node]
    every = check_texts(installed.manifest)
    assert len(every) > 1000
    gap = np.abs(onnx_probabilities(before.model_bytes, every) - onnx_probabilities(new.model_bytes, every)).max()
    assert gap <= 1e-6
    assert regraph_bundle(path, log=lambda s: None) is False  # today's graph already
