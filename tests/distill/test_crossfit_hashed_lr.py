"""The hashed LR and hashed ordinal kinds (installation rule, fourth and fifth amendments): the rule's choice on
made-up fold results, the LR kind's exported weights against scikit-learn for two and three scores, and each
kind's whole path on an invented essay set (cross-validated, bundled, installed by ``crossfit-vocab --install``,
scored through the app's own reader and Scorer). scikit-learn and onnxruntime only; no torch."""
from __future__ import annotations

import json

import numpy as np
import pytest

pytest.importorskip("sklearn")

from grader_app.distill.crossfit_vocab import (BASELINE_KIND, HASHED_LR_KIND, RECIPE, with_baseline,  # noqa: E402
                                               with_hashed_lr)
from test_crossfit_baseline import _vocab, invented_set  # noqa: E402,F401  (set 7's cached students; its invented set)


def _kind(qwk: float, folder: str, k: int = 5, n: int = 1799, threshold: float = 0.9) -> dict:
    return {"set": 7, "k": k, "n": n, "figures": {"qwk": qwk}, "bundle": "asap-sas-7.gradebundle",
            "final": {"teacher": None, "threshold": threshold, "parameters": 49_000}, "_dir": f"runs/x/{folder}/set-7"}


def test_the_fourth_amendment_installs_the_hashed_lr_kind_only_where_it_has_the_best_cv_qwk():
    students = _vocab(hashed_hard=0.603, vocab_kd=0.607, vocab_hard=0.582)
    with_bk = with_baseline(students, _kind(0.640, "baseline-bundle"))
    wins = with_hashed_lr(with_bk, _kind(0.650, "hashed-lr-bundle", threshold=0.8))
    assert wins["pick"] == {"kind": HASHED_LR_KIND, "qwk": 0.650, "recipe_qwk": 0.607, "install": True}
    assert wins["pick_before_fourth_amendment"]["kind"] == BASELINE_KIND
    assert wins["bundle_file"].replace("\\", "/") == "runs/x/hashed-lr-bundle/set-7/asap-sas-7.gradebundle"
    assert wins["final"]["threshold"] == 0.8 and wins["final"]["teacher"] == "tfidf-lr"

    loses = with_hashed_lr(with_bk, _kind(0.630, "hashed-lr-bundle"))
    assert loses["pick"]["kind"] == BASELINE_KIND and loses["final"]["threshold"] == 0.9
    assert loses["bundle_file"].replace("\\", "/").startswith("runs/x/baseline-bundle/")
    assert loses["kinds"][HASHED_LR_KIND]["qwk"] == 0.630  # shown beside the others all the same
    tie = with_hashed_lr(with_bk, _kind(0.640, "hashed-lr-bundle"))
    assert tie["pick"]["kind"] == BASELINE_KIND  # on an exact tie the kind listed first stays
    assert with_hashed_lr(students, None) is students
    assert with_hashed_lr(_vocab(vocab_kd=0.7), _kind(0.65, "h"))["pick"]["kind"] == RECIPE
    with pytest.raises(ValueError, match="other folds"):
        with_hashed_lr(students, _kind(0.7, "h", n=1000))


@pytest.mark.parametrize("n_labels", [2, 3])
def test_exported_weights_reproduce_scikit_learn_through_the_graph(n_labels):
    pytest.importorskip("onnxruntime")
    from types import SimpleNamespace

    from grader_app.distill.crossfit_hashed_lr import LR, Config
    from grader_app.distill.onnx_utils import check_parity
    from grader_app.learn.hashed import featurise, to_onnx

    rng = np.random.default_rng(3)
    words = ["cell", "membrane", "osmosis", "water", "salt", "none", "pressure", "energy"]
    texts = [" ".join(rng.choice(words, size=int(rng.integers(1, 9)))) for _ in range(120)]
    y = np.array([(t.count("osmosis") + t.count("membrane")) % n_labels for t in texts])
    config = Config("w12+c345", "C", 10.0)
    spec = LR.spec(config, n_labels)
    X = featurise(texts, spec)
    m = LR.fit(X, y, config, n_labels, spec)
    W, b = LR.weights(m, n_labels)
    assert W.shape == (spec.buckets, n_labels) and spec.buckets * n_labels + n_labels <= 50_000
    graph = to_onnx(SimpleNamespace(spec=spec, weights_=W, bias_=b), n_labels)
    probe = texts + ["", "a", "#", "é ü ß", "x " * 300]
    assert check_parity(graph, probe, m.predict_proba(featurise(probe, spec)), tolerance=1e-4) <= 1e-4


@pytest.mark.parametrize("command,family_name", [("crossfit-hashed-lr", "LR"), ("crossfit-hashed-ordinal", "ORDINAL")])
def test_hashed_kind_is_cross_validated_bundled_installed_and_scores_through_the_app(
        invented_set, tmp_path, monkeypatch, command, family_name):  # noqa: F811
    from grader_app.core.decision import decide_many
    from grader_app.core.metrics import quadratic_weighted_kappa
    from grader_app.distill import cli, crossfit_hashed_lr, crossfit_hashed_ordinal
    from grader_app.scoring import Scorer
    from shipped import install_and_check

    import dataclasses

    module = crossfit_hashed_lr if hasattr(crossfit_hashed_lr, family_name) else crossfit_hashed_ordinal
    # a shorter grid (one feature set with characters, one with chunks, two strengths each): the same code
    # path in seconds on this small invented set (the whole grid is the real runs' business)
    full = getattr(module, family_name)
    family = dataclasses.replace(full, grid=tuple(c for c in full.grid if c.features in ("w12+c345", "w12+s5")
                                                  and c.value in (full.grid[0].value, full.grid[1].value)))
    monkeypatch.setattr(module, family_name, family)
    out = tmp_path / "crossfit-vocab"
    assert cli.main([command, "--sets", "7", "--out", str(out), "--executor", "serial"]) == 0
    job = out / family.folder / "set-7"
    summary = json.loads((job / "summary.json").read_text(encoding="utf-8"))
    fig = summary["figures"]
    assert len(fig["folds"]) == 5 and fig["qwk"] == pytest.approx(np.mean(fig["folds"]))
    assert fig["qwk"] > 0.5 and len(summary["choices"]) == 5
    grid = [c.as_dict() for c in family.grid]
    assert all(c[family.kind]["config"] in grid for c in summary["choices"])  # every choice from the written grid
    assert np.load(job / "oof.npz")["logits"].shape == (len(invented_set), 3)
    stamp = (job / "done.json").stat().st_mtime
    assert cli.main([command, "--sets", "7", "--out", str(out), "--executor", "serial"]) == 0
    assert (job / "done.json").stat().st_mtime == stamp  # a finished job is never redone

    n = len(invented_set)
    b = install_and_check(out, tmp_path / "models", n, 0.6, family.kind, fig, parity=1e-4)
    m = b.manifest
    assert m["parameters"] <= 50_000 and m["metrics"]["student"]["kind"] == family.kind
    assert m["provenance"]["student_spec"]["buckets"] == family.buckets(3)
    probs = Scorer(b, threads=1).predict_proba(invented_set["EssayText"].tolist())
    assert probs.shape == (n, 3) and np.allclose(probs.sum(1), 1.0, atol=1e-5)
    pred = np.array(b.labels)[decide_many(probs, b.cutpoints)]
    assert quadratic_weighted_kappa(invented_set["Score1"], pred, labels=b.labels) > 0.7

    # regraph rebuilds a single hashed student's graph (no such bundle is installed since set 4's pair, 2026-12-01)
    from test_regraph import _with_older_graph

    from grader_app.bundles import read_bundle
    from grader_app.distill.regraph import regraph_bundle

    texts = invented_set["EssayText"].tolist()
    installed = tmp_path / "models" / "asap-sas-7.gradebundle"
    old = _with_older_graph(installed, tmp_path / "older.gradebundle")
    assert old.model_bytes != b.model_bytes and regraph_bundle(tmp_path / "older.gradebundle", log=lambda s: None)
    rebuilt = read_bundle(tmp_path / "older.gradebundle")
    assert rebuilt.model_bytes == b.model_bytes and "graph_rebuilt" in rebuilt.manifest["provenance"]
    assert np.abs(Scorer(rebuilt, threads=1).predict_proba(texts) - probs).max() <= 1e-6
