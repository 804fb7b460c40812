"""The hashed pair kind (installation rule, sixth amendment): the averaging graph against its two graphs run
apart, the rule's choice, and the kind's whole path on an invented essay set (cross-validated, bundled,
installed by ``crossfit-vocab --install``, scored through the app's own reader and Scorer). scikit-learn and
onnxruntime only; no torch."""
from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

pytest.importorskip("sklearn")

from grader_app.distill.crossfit_vocab import (BASELINE_KIND, HASHED_PAIR_KIND, with_baseline,  # noqa: E402
                                               with_hashed_pair)
from test_crossfit_baseline import _vocab, invented_set  # noqa: E402,F401  (set 7's cached students; its invented set)
from test_crossfit_hashed_lr import _kind  # noqa: E402
from test_regraph import _with_older_graph  # noqa: E402

from grader_app.bundles import read_bundle  # noqa: E402


def _packed_ops(graph: bytes) -> list[str]:
    """The operators of the feature ``If``'s packed branch (grader_app.learn.hashed_graph): one table read and
    one scatter-add per feature group."""
    import onnx

    (choice,) = [n for n in onnx.load_from_string(graph).graph.node if n.op_type == "If"]
    (then,) = [a.g for a in choice.attribute if a.name == "then_branch"]
    return [n.op_type for n in then.node]


def _fitted_halves(n_labels: int, features=("w12+c345", "w12+s5"), n: int = 90, seed: int = 11):
    """Both halves of a pair fitted on invented answers: ``(texts, halves, python models)``, each half an object
    with ``spec``, ``weights_`` and ``bias_`` (the LR half first), each Python model ``(model, spec)``."""
    from types import SimpleNamespace

    from grader_app.distill.crossfit_hashed_lr import Config
    from grader_app.distill.crossfit_hashed_pair import LR_HALF, ORDINAL_HALF
    from grader_app.learn.hashed import featurise

    rng = np.random.default_rng(seed)
    words = ["cell", "membrane", "osmosis", "water", "salt", "none", "pressure"]
    texts = [" ".join(rng.choice(words, size=int(rng.integers(1, 8)))) for _ in range(n)]
    y = np.array([(t.count("osmosis") + t.count("salt")) % n_labels for t in texts])
    halves, models = [], []
    for family, config in ((LR_HALF, Config(features[0], "C", 10.0)), (ORDINAL_HALF, Config(features[1], "l2", 1e-3))):
        spec = family.spec(config, n_labels)
        m = family.fit(featurise(texts, spec), y, config, n_labels, spec)
        W, b = family.weights(m, n_labels)
        halves.append(SimpleNamespace(spec=spec, weights_=W, bias_=b))
        models.append((m, spec))
    return texts, halves, models


def _two_graphs(n_labels: int = 3):
    """Two halves with different feature groups, each as its own graph."""
    from grader_app.learn.hashed import to_onnx

    texts, halves, models = _fitted_halves(n_labels)
    return texts, [to_onnx(h, n_labels) for h in halves], models


def test_the_averaging_graph_gives_the_mean_of_its_two_graphs_and_stays_within_the_budget():
    pytest.importorskip("onnxruntime")
    from grader_app.distill.bundling import count_onnx_parameters
    from grader_app.distill.onnx_utils import average_graphs, onnx_probabilities
    from grader_app.learn.hashed import featurise

    texts, graphs, models = _two_graphs()
    pair = average_graphs(graphs, 3, name="grader_hashed_pair")
    probe = texts + ["", "#", "é ü ß", "x " * 300]
    apart = [onnx_probabilities(g, probe) for g in graphs]
    got = onnx_probabilities(pair, probe)
    assert not np.allclose(apart[0], apart[1], atol=1e-3)  # two different models, so the mean is a real test
    assert np.abs(got - (apart[0] + apart[1]) / 2).max() <= 1e-6
    python = np.mean([m.predict_proba(featurise(probe, spec)) for m, spec in models], axis=0)
    assert np.abs(got - python).max() <= 1e-4
    assert count_onnx_parameters(pair) <= 50_000


def test_the_sixth_amendment_installs_the_pair_only_where_it_has_the_best_cv_qwk():
    students = _vocab(hashed_hard=0.603, vocab_kd=0.607, vocab_hard=0.582)
    with_bk = with_baseline(students, _kind(0.640, "baseline-bundle"))
    wins = with_hashed_pair(with_bk, _kind(0.650, "hashed-pair-bundle", threshold=0.8))
    assert wins["pick"] == {"kind": HASHED_PAIR_KIND, "qwk": 0.650, "recipe_qwk": 0.607, "install": True}
    assert wins["pick_before_sixth_amendment"]["kind"] == BASELINE_KIND
    assert wins["bundle_file"].replace("\\", "/") == "runs/x/hashed-pair-bundle/set-7/asap-sas-7.gradebundle"
    loses = with_hashed_pair(with_bk, _kind(0.639, "hashed-pair-bundle"))
    assert loses["pick"]["kind"] == BASELINE_KIND and loses["kinds"][HASHED_PAIR_KIND]["qwk"] == 0.639
    assert with_hashed_pair(with_bk, _kind(0.640, "hashed-pair-bundle"))["pick"]["kind"] == BASELINE_KIND  # tie
    with pytest.raises(ValueError, match="other folds"):
        with_hashed_pair(students, _kind(0.7, "h", n=1000))


def test_pair_kind_is_cross_validated_bundled_installed_and_scores_through_the_app(invented_set, tmp_path,  # noqa: F811
                                                                                    monkeypatch):
    from grader_app.core.decision import decide_many
    from grader_app.core.metrics import quadratic_weighted_kappa
    from grader_app.distill import cli, crossfit_hashed_pair
    from grader_app.scoring import Scorer
    from shipped import install_and_check

    def short(family):  # two configurations per half: the same code path in seconds
        return dataclasses.replace(family, grid=tuple(c for c in family.grid if c.features in ("w12+c345", "w12+s5")
                                                      and c.value == family.grid[1].value))
    lr, ordinal = short(crossfit_hashed_pair.LR_HALF), short(crossfit_hashed_pair.ORDINAL_HALF)
    monkeypatch.setattr(crossfit_hashed_pair, "halves", lambda: (lr, ordinal))
    out = tmp_path / "crossfit-vocab"
    assert cli.main(["crossfit-hashed-pair", "--sets", "7", "--out", str(out), "--executor", "serial"]) == 0
    job = out / crossfit_hashed_pair.FOLDER / "set-7"
    summary = json.loads((job / "summary.json").read_text(encoding="utf-8"))
    fig = summary["figures"]
    assert len(fig["folds"]) == 5 and fig["qwk"] == pytest.approx(np.mean(fig["folds"])) and fig["qwk"] > 0.5
    assert set(summary["halves"]) == {"hashed_lr", "hashed_ordinal"}
    assert all({"hashed_lr", "hashed_ordinal"} <= set(c) for c in summary["choices"])
    assert "_parts" not in summary and np.load(job / "oof.npz")["logits"].shape == (len(invented_set), 3)
    written = job / summary["bundle"]
    today = read_bundle(written).model_bytes
    _with_older_graph(written, written)   # as a job of an earlier day left it: install gives it today's graph

    n = len(invented_set)
    b = install_and_check(out, tmp_path / "models", n, 0.6, HASHED_PAIR_KIND, fig, parity=1e-4)
    assert b.model_bytes == today and "graph_rebuilt" in b.manifest["provenance"]
    m = b.manifest
    assert m["parameters"] <= 50_000 and m["provenance"]["choice"]["weights"] == [0.5, 0.5]
    assert [s["buckets"] for s in m["provenance"]["student_specs"]] == [lr.buckets(3), ordinal.buckets(3)]
    probs = Scorer(b, threads=1).predict_proba(invented_set["EssayText"].tolist())
    assert probs.shape == (n, 3) and np.allclose(probs.sum(1), 1.0, atol=1e-5)
    pred = np.array(b.labels)[decide_many(probs, b.cutpoints)]
    assert quadratic_weighted_kappa(invented_set["Score1"], pred, labels=b.labels) > 0.7


def test_merging_identical_work_tokenizes_once_and_keeps_the_outputs():
    pytest.importorskip("onnxruntime")
    import onnx

    from grader_app.distill.onnx_utils import average_graphs, merge_identical, onnx_probabilities

    texts, graphs, _ = _two_graphs()
    both = average_graphs([graphs[0], graphs[0], graphs[1]], 3, merge=False)  # the first model twice

    def ops(model: bytes) -> list[str]:
        return [n.op_type for n in onnx.load_from_string(model).graph.node]

    merged = merge_identical(both)
    before, after = ops(both), ops(merged)
    # words (both models), characters (the first), chunks (the second): 3 tokenizers, not 6
    assert before.count("Tokenizer") == 6 and after.count("Tokenizer") == 3
    # a model averaged with itself is that model's work once, then the two averaging nodes
    assert len(ops(average_graphs([graphs[0]] * 2, 3))) == len(ops(graphs[0])) + 2  # merged by default
    probe = texts + ["", "#", "é ü ß", "x " * 300]
    assert np.array_equal(onnx_probabilities(merged, probe), onnx_probabilities(both, probe))
    assert len(onnx.load_from_string(merged).graph.initializer) < len(onnx.load_from_string(both).graph.initializer)


def test_regraph_rebuilds_a_pair_bundle_from_its_two_tables_and_merges_it(tmp_path):
    pytest.importorskip("onnxruntime")
    import onnx

    from grader_app.bundles import read_bundle
    from grader_app.distill.bundling import write_item_bundle
    from grader_app.distill.onnx_utils import average_graphs, onnx_probabilities
    from grader_app.distill.regraph import PAIR_GRAPH, check_texts, rebuildable, regraph_bundle
    from grader_app.distill.asap import asap_dir
    from grader_app.paths import bundled_models_dir

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    _, graphs, models = _two_graphs()
    unmerged = average_graphs(graphs, 3, name=PAIR_GRAPH, merge=False)  # what an older builder might have written
    manifest = json.loads(json.dumps(read_bundle(bundled_models_dir() / "asap-sas-7.gradebundle").manifest))  # 0-2
    manifest.pop("sha256", None)
    assert not rebuildable({**manifest, "provenance": {}}, unmerged)  # without the specs it cannot be rebuilt
    manifest["provenance"]["student_specs"] = [spec.to_dict() for _, spec in models]
    path = tmp_path / "asap-sas-7.gradebundle"
    write_item_bundle(path, manifest, unmerged)
    assert regraph_bundle(path, log=lambda s: None) is True
    new = read_bundle(path)  # hash-checked by the app's reader
    assert [n.op_type for n in onnx.load_from_string(new.model_bytes).graph.node].count("Tokenizer") < \
        [n.op_type for n in onnx.load_from_string(unmerged).graph.node].count("Tokenizer")
    texts = check_texts(new.manifest)
    assert len(texts) > 1000  # the set's real answers, not only the edge cases
    assert np.abs(onnx_probabilities(unmerged, texts) - onnx_probabilities(new.model_bytes, texts)).max() <= 1e-6
    assert "graph_rebuilt" in new.manifest["provenance"]
    assert regraph_bundle(path, log=lambda s: None) is False  # today's graph already: nothing left to do


def test_merging_leaves_two_random_draws_apart():
    import onnx
    from onnx import TensorProto, helper

    from grader_app.distill.onnx_utils import merge_identical

    nodes = [helper.make_node("RandomUniform", [], [f"r{i}"], shape=[2], dtype=TensorProto.FLOAT) for i in range(2)]
    nodes += [helper.make_node("Abs", ["r0"], ["a0"]), helper.make_node("Abs", ["r0"], ["a1"]),
              helper.make_node("Sum", ["a0", "a1", "r1"], ["out"])]
    g = helper.make_graph(nodes, "g", [], [helper.make_tensor_value_info("out", TensorProto.FLOAT, [2])])
    model = helper.make_model(g, opset_imports=[helper.make_opsetid("", 19)])
    merged = [n.op_type for n in onnx.load_from_string(merge_identical(model.SerializeToString())).graph.node]
    assert merged.count("RandomUniform") == 2  # two draws stay two draws
    assert merged.count("Abs") == 1            # the same function of the same draw is computed once


@pytest.mark.parametrize("n_labels", [2, 3, 4])
def test_a_tied_pair_reads_both_tables_with_one_lookup_and_matches_its_two_python_models(n_labels):
    pytest.importorskip("onnxruntime")
    import onnx

    from grader_app.distill.bundling import count_onnx_parameters
    from grader_app.distill.crossfit_hashed_pair import pair_graph
    from grader_app.distill.onnx_utils import onnx_probabilities
    from grader_app.learn.hashed import featurise

    texts, halves, pythons = _fitted_halves(n_labels, ("w12+c2345", "w12+c2345"), n=120, seed=5)
    assert halves[1].spec.buckets == n_labels * halves[0].spec.buckets  # tied
    graph = pair_graph(halves, n_labels)
    ops = [n.op_type for n in onnx.load_from_string(graph).graph.node]
    groups = 2 + 4  # word 1- and 2-grams, character 2- to 5-grams
    assert _packed_ops(graph).count("ScatterND") == groups and ops.count("Tokenizer") == 2  # one lookup per group, both tables
    assert count_onnx_parameters(graph) <= 50_000
    probe = texts + ["", "#", "é ü ß", "x " * 300, "=HYPERLINK(\"x\")"]
    python = np.mean([m.predict_proba(featurise(probe, spec)) for m, spec in pythons], axis=0)
    assert np.abs(onnx_probabilities(graph, probe) - python).max() <= 1e-5


@pytest.mark.parametrize("features", [("w12+c2345", "w12+c345"), ("w12+s5+c45", "w12+c345"), ("w12+c345", "w12+s5")])
def test_a_tied_pair_whose_halves_chose_different_groups_reads_shared_groups_once(features):
    """The installed pairs of sets 5, 6 and 8 chose these: each group both halves use is one lookup for both
    tables, a group only one half uses reads that half's table alone, and the output is the two models' mean."""
    pytest.importorskip("onnxruntime")
    import onnx

    from grader_app.distill.bundling import count_onnx_parameters
    from grader_app.distill.crossfit_hashed_pair import pair_graph
    from grader_app.distill.onnx_utils import average_graphs, onnx_probabilities
    from grader_app.learn.hashed import featurise, groups_of, to_onnx

    n_labels = 3
    texts, halves, pythons = _fitted_halves(n_labels, features, n=120, seed=7)
    graph = pair_graph(halves, n_labels)
    g0, g1 = (groups_of(h.spec) for h in halves)
    assert _packed_ops(graph).count("ScatterND") == len(set(g0) | set(g1)) < len(g0) + len(g1)  # one lookup per group
    assert onnx.load_from_string(graph).graph.name == "grader_hashed_pair"
    assert count_onnx_parameters(graph) <= 50_000
    probe = texts + ["", "#", "é ü ß", "x " * 300, "osmosis#salt water"]
    python = np.mean([m.predict_proba(featurise(probe, spec)) for m, spec in pythons], axis=0)
    assert np.abs(onnx_probabilities(graph, probe) - python).max() <= 1e-5
    averaged = average_graphs([to_onnx(h, n_labels) for h in halves], n_labels)
    assert np.abs(onnx_probabilities(graph, probe) - onnx_probabilities(averaged, probe)).max() <= 1e-6


def test_a_pair_without_tied_buckets_is_averaged():
    pytest.importorskip("onnxruntime")
    import dataclasses as dc

    import onnx

    from grader_app.distill.crossfit_hashed_pair import pair_graph

    _, halves, _ = _fitted_halves(3, ("w12+c345", "w12+s5"))
    halves[1].spec = dc.replace(halves[1].spec, buckets=halves[1].spec.buckets - 1)
    halves[1].weights_ = halves[1].weights_[:-1]
    ops = [n.op_type for n in onnx.load_from_string(pair_graph(halves, 3)).graph.node]
    assert "Tile" not in ops and ops.count("Softmax") == 2
