"""The reference kind (installation rule, second amendment of 2026-11-30): the rule's choice on made-up
fold results (no torch, no data); the hand-built graph of issue 11's reference model against
scikit-learn through the app's own reader and Scorer on a small made-up training set; and the kind's
whole path on an invented essay set (cross-validated, bundled, installed, scored)."""
from __future__ import annotations

import json

import numpy as np
import pytest

pytest.importorskip("sklearn")

from grader_app.distill.crossfit_vocab import (BASELINE_KIND, RECIPE, REFERENCE_KIND, pick, with_baseline,  # noqa: E402
                                               with_reference)


def _vocab(reference_qwk: float, **qwks) -> dict:
    """A crossfit-vocab summary of set 7 as the cached jobs wrote it; ``baseline`` holds the reference
    model's CV figures on the same folds (the "TF-IDF baseline" column)."""
    res = {"set": 7, "k": 5, "n": 1799, "kinds": {kd: {"qwk": q} for kd, q in qwks.items()},
           "baseline": {"qwk": reference_qwk}, "teachers": {"tfidf-lr": {"qwk": reference_qwk}},
           "final": {"teacher": "tfidf-lr", "threshold": 1.0}, "bundle": "asap-sas-7.gradebundle",
           "_dir": "runs/x/set-7-tfidf"}
    res["pick"] = pick(res)
    return res


def _kind(qwk: float, folder: str, k: int = 5, n: int = 1799, parameters: int = 40_000) -> dict:
    return {"set": 7, "k": k, "n": n, "figures": {"qwk": qwk}, "bundle": "asap-sas-7.gradebundle",
            "final": {"teacher": None, "threshold": 1.0, "parameters": parameters}, "_dir": f"runs/x/{folder}/set-7"}


def _ref(qwk: float, **kw) -> dict:
    return _kind(qwk, "reference-bundle", parameters=187_000, **kw)


def test_the_reference_kind_is_installed_where_no_capped_kind_reaches_the_reference():
    before = with_baseline(_vocab(0.653, hashed_hard=0.603, vocab_kd=0.607, vocab_hard=0.582),
                           _kind(0.606, "baseline-bundle"))
    assert before["pick"]["kind"] == RECIPE
    after = with_reference(before, _ref(0.653))
    assert after["pick"] == {"kind": REFERENCE_KIND, "qwk": 0.653, "recipe_qwk": 0.607, "install": True,
                             "capped_kind": RECIPE, "capped_qwk": 0.607}
    assert after["pick_capped"] == before["pick"]
    assert after["bundle_file"].replace("\\", "/") == "runs/x/reference-bundle/set-7/asap-sas-7.gradebundle"
    assert after["replaced_bundle_file"].replace("\\", "/") == "runs/x/set-7-tfidf/asap-sas-7.gradebundle"
    assert after["final"]["parameters"] == 187_000 and after["final"]["teacher"] == "tfidf-lr"
    assert REFERENCE_KIND not in before["kinds"]  # the cached result untouched
    # the reference kind never takes part in the capped kinds' choice itself
    assert pick(after)["kind"] == RECIPE


def test_where_the_baseline_kind_won_the_reference_kind_replaces_it_only_below_the_reference():
    capped = with_baseline(_vocab(0.596, hashed_hard=0.545, vocab_kd=0.566, vocab_hard=0.544),
                           _kind(0.593, "baseline-bundle"))
    assert capped["pick"]["kind"] == BASELINE_KIND
    after = with_reference(capped, _ref(0.596))
    assert after["pick"]["kind"] == REFERENCE_KIND and after["pick"]["capped_kind"] == BASELINE_KIND
    assert after["replaced_bundle_file"].replace("\\", "/") == "runs/x/baseline-bundle/set-7/asap-sas-7.gradebundle"


@pytest.mark.parametrize("capped_best, reference, exported", [
    (0.739, 0.728, 0.728),   # a capped kind above the reference: it stays
    (0.653, 0.653, 0.653),   # a capped kind exactly at the reference reaches it: it stays
    (0.640, 0.653, 0.640),   # below the reference, but the exported kind does not beat it: it stays
    (0.640, 0.653, 0.630),
])
def test_the_capped_kind_stays_where_it_reaches_the_reference_or_the_reference_kind_does_not_beat_it(
        capped_best, reference, exported):
    before = _vocab(reference, hashed_hard=capped_best - 0.01, vocab_kd=capped_best)
    after = with_reference(before, _ref(exported))
    assert after["pick"] == before["pick"] and after["pick"]["kind"] == RECIPE
    assert "bundle_file" not in after and after["final"] == before["final"]
    assert after["kinds"][REFERENCE_KIND]["qwk"] == exported  # shown beside the others all the same
    assert after["reference_kind_final"]["parameters"] == 187_000


def test_the_rule_refuses_a_reference_kind_cross_validated_on_other_folds():
    before = _vocab(0.653, vocab_kd=0.607)
    assert with_reference(before, None) is before
    with pytest.raises(ValueError, match="other folds"):
        with_reference(before, _ref(0.7, k=10))
    with pytest.raises(ValueError, match="other folds"):
        with_reference(before, _ref(0.7, n=1000))


# ----------------------------------------------------------------------------------- the graph

RAW = ["The Plant needs   WATER and light.", "water^plight", "it dies", "Photosynthesis makes sugar!",
       "the  roots take up water", "Café crème: light → sugar", "x", "", "no idea", "#", "ROOTS roots roots",
       "light and water and CO2 make glucose", "it grows", "sugar sugar sugar sugar", "the leaves are green",
       "chlorophyll absorbs light to make food", "i don't know", "water", "light", "the sun helps it grow"]


def _made_up(n: int = 120, seed: int = 3):
    rng = np.random.default_rng(seed)
    words = {0: ["it dies", "no idea", "dunno", "the plant"], 1: ["water helps", "it needs light", "roots drink"],
             2: ["light and water make sugar by photosynthesis", "chlorophyll absorbs light, making glucose"]}
    filler = ["well", "i think", "so", "because", "The", "basically", "  also", "Ümlaut"]
    texts, y = [], []
    for i in range(n):
        s = i % 3
        texts.append(f"{rng.choice(filler)} {rng.choice(words[s])} {rng.choice(filler)}")
        y.append(s if rng.uniform() > 0.1 else int(rng.integers(0, 3)))
    return texts, np.array(y)


@pytest.mark.parametrize("exact", [False, True])
def test_the_reference_kind_scores_through_the_app_as_scikit_learn_does(tmp_path, exact):
    pytest.importorskip("onnxruntime")
    from grader_app.bundles import read_bundle
    from grader_app.distill.bundling import count_onnx_parameters, make_manifest, write_item_bundle
    from grader_app.distill.calibration import risk_coverage
    from grader_app.distill.crossfit_reference import full_probabilities, reference_model, reference_to_onnx
    from grader_app.scoring import Scorer
    from grader_app.text import normalise_many

    texts, y = _made_up()
    pipe = reference_model().fit(normalise_many(texts), y)
    model = reference_to_onnx(pipe, 3, exact=exact)
    labels = [0, 1, 2]
    p_train = full_probabilities(pipe, normalise_many(texts), 3)
    manifest = make_manifest(bundle_id="made-up", title="Made up", item={"id": "made-up", "labels": labels,
                                                                          "prompt": "Why do plants need light?"},
                             labels=labels, normalisation="basic-v1", temperature=1.0, review=risk_coverage(p_train, y),
                             metrics={"student": {"qwk": 0.0}}, provenance={"kind": "crossfit-reference_bundle"},
                             parameters=None)
    path = write_item_bundle(tmp_path / "made-up.gradebundle", manifest, model)
    bundle = read_bundle(path)  # the app's reader: hash, contract, manifest
    assert bundle.manifest["parameters"] == count_onnx_parameters(model)
    probe = RAW + texts
    got = Scorer(bundle, threads=1).predict_proba(probe)  # normalised by the app, then the graph
    want = full_probabilities(pipe, normalise_many(probe), 3)
    assert got.shape == want.shape == (len(probe), 3)
    assert np.abs(got - want).max() <= 1e-5
    # no vocabulary limit: every n-gram the vectorisers kept is in the graph
    feats = pipe.steps[0][1]
    assert sum(len(v.vocabulary_) for _, v in feats.transformer_list) == pipe.steps[-1][1].coef_.shape[1]


def test_the_export_refuses_a_pipeline_that_is_not_the_reference():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    from grader_app.distill.crossfit_reference import reference_to_onnx

    texts, y = _made_up(30)
    other = make_pipeline(FeatureUnion([("w", TfidfVectorizer()), ("c", TfidfVectorizer(analyzer="char"))]),
                          LogisticRegression()).fit(texts, y)
    with pytest.raises(ValueError, match="only the reference pipeline"):
        reference_to_onnx(other, 3)


# ------------------------------------------------------------------------ the whole path, invented set

from test_crossfit_baseline import invented_set  # noqa: E402,F401  (the invented essay set 7 fixture)


def test_reference_kind_is_cross_validated_bundled_installed_and_scores_through_the_app(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill import cli
    from grader_app.distill.crossfit_reference import FOLDER
    from grader_app.scoring import Scorer
    from shipped import install_and_check

    out = tmp_path / "crossfit-vocab"
    assert cli.main(["crossfit-reference", "--sets", "7", "--out", str(out), "--executor", "serial"]) == 0
    job = out / FOLDER / "set-7"
    summary = json.loads((job / "summary.json").read_text(encoding="utf-8"))
    fig = summary["figures"]
    assert len(fig["folds"]) == 5 and fig["qwk"] == pytest.approx(np.mean(fig["folds"]))
    assert {"auto_share", "n_auto", "auto_right"} <= set(fig["routing_oof"])
    stamp = (job / "done.json").stat().st_mtime
    assert cli.main(["crossfit-reference", "--sets", "7", "--out", str(out), "--executor", "serial"]) == 0
    assert (job / "done.json").stat().st_mtime == stamp  # a finished job is never redone

    # cached capped kinds all below the reference's CV QWK: the second amendment installs the reference kind
    n = len(invented_set)
    b = install_and_check(out, tmp_path / "models", n, fig["qwk"], REFERENCE_KIND, fig, parity=1e-5)
    assert b.manifest["metrics"]["student"]["kind"] == REFERENCE_KIND
    probs = Scorer(b, threads=1).predict_proba(invented_set["EssayText"].tolist())
    assert probs.shape == (n, 3) and np.allclose(probs.sum(1), 1.0, atol=1e-5)
