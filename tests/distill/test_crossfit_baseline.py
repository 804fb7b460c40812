"""The baseline bundle kind as a candidate of the installation rule (amended 2026-11-30): the rule's choice
on fold results where that kind wins and where it loses (no torch, no data), and the kind's whole path on
an invented essay set: cross-validated, bundled, installed by ``crossfit-vocab --install`` and scored
through the app's Scorer (scikit-learn, skl2onnx and onnxruntime; no torch)."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("sklearn")

from grader_app.distill.crossfit_vocab import BASELINE_KIND, RECIPE, pick, with_baseline  # noqa: E402


def _vocab(**qwks) -> dict:
    """A crossfit-vocab summary of set 7 as the cached jobs wrote it (the rule applied without the baseline kind)."""
    res = {"set": 7, "k": 5, "n": 1799, "kinds": {kd: {"qwk": q} for kd, q in qwks.items()},
           "teachers": {"tfidf-lr": {"qwk": 0.653}}, "final": {"teacher": "tfidf-lr", "threshold": 1.0},
           "bundle": "asap-sas-7.gradebundle", "_dir": "runs/x/set-7-tfidf"}
    res["pick"] = pick(res)
    return res


def _baseline(qwk: float, k: int = 5, n: int = 1799) -> dict:
    return {"set": 7, "k": k, "n": n, "figures": {"qwk": qwk}, "bundle": "asap-sas-7.gradebundle",
            "final": {"teacher": None, "threshold": 0.9, "parameters": 40_149}, "_dir": "runs/x/baseline-bundle/set-7"}


def test_the_amended_rule_installs_the_baseline_kind_where_it_has_the_best_cv_qwk():
    before = _vocab(hashed_hard=0.603, vocab_kd=0.607, vocab_hard=0.582)
    assert before["pick"]["kind"] == RECIPE
    after = with_baseline(before, _baseline(0.640))
    assert after["pick"] == {"kind": BASELINE_KIND, "qwk": 0.640, "recipe_qwk": 0.607, "install": True}
    assert after["pick_before_amendment"]["kind"] == RECIPE
    assert after["bundle_file"].replace("\\", "/") == "runs/x/baseline-bundle/set-7/asap-sas-7.gradebundle"
    # the installed kind's threshold and size are its own; the teacher named is the one the students used
    assert after["final"]["threshold"] == 0.9 and after["final"]["parameters"] == 40_149
    assert after["final"]["teacher"] == "tfidf-lr"
    assert before["pick"]["kind"] == RECIPE and BASELINE_KIND not in before["kinds"]  # the cached result untouched


def test_the_amended_rule_keeps_the_student_where_the_baseline_kind_loses_or_ties():
    before = _vocab(hashed_kd=0.739, hashed_hard=0.713, vocab_kd=0.723, vocab_hard=0.715)
    after = with_baseline(before, _baseline(0.720))
    assert after["pick"] == before["pick"] == {"kind": "hashed_kd", "qwk": 0.739, "recipe_qwk": 0.723, "install": True}
    assert "bundle_file" not in after and after["final"] == before["final"]
    assert after["kinds"][BASELINE_KIND]["qwk"] == 0.720  # shown beside the others all the same
    tie = with_baseline(before, _baseline(0.739))
    assert tie["pick"]["kind"] == "hashed_kd"  # on an exact tie the student stays
    assert with_baseline(before, None) is before  # no baseline job yet: the rule as it was


def test_the_rule_refuses_a_baseline_kind_cross_validated_on_other_folds():
    before = _vocab(vocab_kd=0.607)
    with pytest.raises(ValueError, match="other folds"):
        with_baseline(before, _baseline(0.7, k=10))
    with pytest.raises(ValueError, match="other folds"):
        with_baseline(before, _baseline(0.7, n=1000))


WORDS = {0: ["nothing", "dunno", "blank", "no idea"], 1: ["rose worries", "she is tired", "rose works"],
         2: ["rose is caring because she helps her family", "rose is selfless and supports anna"]}


@pytest.fixture
def invented_set(tmp_path, monkeypatch):
    """A shared-data folder holding one invented essay set 7 (scores 0-2), its unscored answers and prompt."""
    pytest.importorskip("skl2onnx")
    pytest.importorskip("onnxruntime")
    rng = np.random.default_rng(7)
    filler = ["really", "so", "i think", "the answer is", "basically", "well", "in the story"]
    rows = []
    for i in range(180):
        s = i % 3
        text = f"{rng.choice(filler)} {rng.choice(WORDS[s])} {rng.choice(filler)}"
        if rng.uniform() < 0.1:  # some noise, so that not every answer is easy
            s = int(rng.integers(0, 3))
        rows.append({"Id": 5000 + i, "EssaySet": 7, "Score1": s, "Score2": s, "EssayText": text})
    data = tmp_path / "data"
    (data / "asap_sas" / "prompts").mkdir(parents=True)
    pd.DataFrame(rows).to_csv(data / "asap_sas" / "train_rel_2.tsv", sep="\t", index=False)
    unl = [{"Id": 9000 + i, "EssaySet": 7, "EssayText": f"{rng.choice(filler)} {rng.choice(WORDS[i % 3])}"}
           for i in range(20)]
    pd.DataFrame(unl).to_csv(data / "asap_sas" / "unlabeled_private_leaderboard.tsv", sep="\t", index=False)
    (data / "asap_sas" / "prompts" / "essay_7_description.txt").write_text("Describe one trait of Rose.")
    monkeypatch.setenv("GRADER_SHARED_DATA", str(data))
    from grader_app.distill import baseline

    monkeypatch.setattr(baseline, "DEFAULT_GRID", [
        {"analyzer": ["word"], "ngram_range": [(1, 1)], "max_features": [None], "min_df": [1], "C": [1.0, 10.0]},
        {"analyzer": ["char"], "ngram_range": [(2, 4)], "max_features": [300], "min_df": [2], "C": [10.0]}])
    return pd.DataFrame(rows)


def test_baseline_kind_is_cross_validated_bundled_installed_and_scores_through_the_app(invented_set, tmp_path):
    from grader_app.core.metrics import quadratic_weighted_kappa
    from grader_app.distill import cli
    from grader_app.distill.crossfit_baseline import FOLDER
    from grader_app.scoring import Scorer
    from shipped import install_and_check

    out = tmp_path / "crossfit-vocab"
    assert cli.main(["crossfit-baseline", "--sets", "7", "--out", str(out), "--executor", "serial"]) == 0
    job = out / FOLDER / "set-7"
    summary = json.loads((job / "summary.json").read_text(encoding="utf-8"))
    fig = summary["figures"]
    assert len(fig["folds"]) == 5 and fig["qwk"] == pytest.approx(np.mean(fig["folds"]))
    assert fig["qwk"] > 0.5 and len(summary["choices"]) == 5  # one choice per outer fold
    assert {"auto_share", "n_auto", "auto_right"} <= set(fig["routing_oof"])

    # the cached students of this set, all below the baseline kind: the amended rule installs it
    n = len(invented_set)
    b = install_and_check(out, tmp_path / "models", n, 0.6, BASELINE_KIND, fig, parity=1e-5)
    m = b.manifest
    assert m["parameters"] <= 50_000
    assert m["metrics"]["student"]["qwk"] >= m["metrics"]["shipped_recipe"]["qwk"]
    # it scores through the app's Scorer (temperature applied), in sample well above chance
    probs = Scorer(b, threads=1).predict_proba(invented_set["EssayText"].tolist())
    assert probs.shape == (n, 3) and np.allclose(probs.sum(1), 1.0, atol=1e-5)
    pred = np.array(b.labels)[probs.argmax(1)]
    assert quadratic_weighted_kappa(invented_set["Score1"], pred, labels=b.labels) > 0.7
