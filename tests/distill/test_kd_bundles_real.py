"""The shipped distilled-student bundles against the shared data (skipped when either is missing).

A bundle in model_bundles/ that `grader-distill rebuild` replaced must open through the app's
reader, stay within the 50,000-parameter budget, and give back, through the app's Scorer on the
fixed held-out split, exactly the test figures its manifest states.

A cross-fitted bundle (`grader-distill crossfit-vocab`) was trained on every scored answer, the fixed
test split included, so no held-out answers are left to re-score it on: its manifest's recorded
5-fold CV figures and its out-of-fold threshold must be present and consistent with each other, and
scoring the fixed test split is only an in-sample smoke check (a broken graph or label order).
"""
from __future__ import annotations

import pytest

from grader_app.bundles import read_bundle
from grader_app.distill.metrics import accuracy, macro_f1, quadratic_weighted_kappa
from grader_app.distill.asap import ALL_SETS, asap_dir, load_train, split_set
from grader_app.distill.bundling import count_onnx_parameters
from grader_app.paths import bundled_models_dir
from grader_app.scoring import Scorer
from shipped import BASELINE, CROSSFIT, STUDENT, sets_of, shipped_kinds


@pytest.fixture(scope="module")
def asap_train():
    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    return load_train()


def test_every_prompt_ships_a_baseline_or_a_student():
    assert sorted(sets_of(BASELINE) + sets_of(STUDENT) + sets_of(CROSSFIT)) == list(ALL_SETS), shipped_kinds()


if sets_of(STUDENT):  # defined only while such bundles ship (no always-skipped case)
    @pytest.mark.parametrize("essay_set", sets_of(STUDENT))
    def test_shipped_student_reproduces_its_test_figures(essay_set, asap_train):
        path = bundled_models_dir() / f"asap-sas-{essay_set}.gradebundle"
        bundle = read_bundle(path)
        m = bundle.manifest
        assert m["parameters"] == count_onnx_parameters(bundle.model_bytes) <= 50_000
        split = split_set(asap_train, essay_set)
        probs = Scorer(bundle, threads=1).predict_proba(split.test["EssayText"].tolist())
        pred = [bundle.labels[i] for i in probs.argmax(1)]
        got = m["metrics"]["student"]
        assert got["n"] == len(split.test)
        assert quadratic_weighted_kappa(split.test["Score1"], pred, labels=bundle.labels) == pytest.approx(got["qwk"], abs=1e-4)
        assert accuracy(split.test["Score1"], pred) == pytest.approx(got["accuracy"], abs=1e-4)
        assert macro_f1(split.test["Score1"], pred, labels=bundle.labels) == pytest.approx(got["macro_f1"], abs=1e-4)
        assert m["metrics"]["split"].startswith("test") and "qwk" in m["metrics"]["teacher"]
        assert m["review"]["n"] == len(split.valid)  # calibrated on valid, never on test
        assert m["provenance"]["parity_max_abs_dp"] <= 1e-5


@pytest.mark.parametrize("essay_set", sets_of(CROSSFIT))
def test_cross_fitted_bundle_records_consistent_cv_figures(essay_set, asap_train):
    import numpy as np

    from grader_app.learn.calibration import clopper_pearson_upper, min_accepted_for

    bundle = read_bundle(bundled_models_dir() / f"asap-sas-{essay_set}.gradebundle")
    m = bundle.manifest
    n_scored = int((asap_train["EssaySet"] == essay_set).sum())
    assert m["parameters"] == count_onnx_parameters(bundle.model_bytes)
    if m["provenance"]["kind"] == "crossfit-reference_bundle":
        # outside the students' budget by the rule's second amendment, installed only where no capped kind
        # reaches the reference's CV QWK: the best capped kind's figures are in the manifest beside it
        capped = [v["qwk"] for key, v in m["metrics"].items() if key.startswith("candidate_") or key == "shipped_recipe"]
        assert max(capped) < m["metrics"]["baseline"]["qwk"] <= m["metrics"]["student"]["qwk"]
    else:
        assert m["parameters"] <= 50_000
    assert m["provenance"]["parity_max_abs_dp"] <= 1e-5
    assert f"trained on all {n_scored} scored answers" in m["provenance"]["model"]
    assert m["metrics"]["split"].startswith("5-fold cross-validation")
    # the recorded CV figures: one QWK per fold, their mean and sd, for the student, teacher, baseline, recipe
    for who in ("student", "teacher", "baseline", "shipped_recipe"):
        fig = m["metrics"][who]
        assert fig["n"] == n_scored and len(fig["folds"]) == 5, who
        assert fig["qwk"] == pytest.approx(np.mean(fig["folds"]), abs=1e-9), who
        assert fig["qwk_sd"] == pytest.approx(np.std(fig["folds"], ddof=1), abs=1e-9), who
    student = m["metrics"]["student"]
    # the installation rule: at or above the shipped recipe's CV QWK on the same folds
    assert student["qwk"] >= m["metrics"]["shipped_recipe"]["qwk"]
    # the threshold comes from the out-of-fold predictions of every scored answer
    review = m["review"]
    assert review["n"] == n_scored and "out-of-fold" in review["method"]
    row = next(r for r in review["table"] if r["threshold"] == review["threshold"])
    if review["qualified"]:
        assert row["accepted"] >= min_accepted_for(0.05, 0.9)
        assert clopper_pearson_upper(row["errors"], row["accepted"], 0.9) <= 0.05
        assert review["coverage_at_threshold"] == pytest.approx(row["coverage"])
    else:
        assert review["threshold"] == 1.0
    # routed out of fold (each fold with the threshold of the others): ≥ 95 % right where it accepted
    # enough answers for the guarantee (its 45-answer floor); on fewer, the errors seen must at least
    # be consistent with a 5 % error rate (one-sided binomial test at 10 %)
    n_auto = student["n_auto_oof"]
    if n_auto >= min_accepted_for(0.05, 0.9):
        assert student["auto_right_oof"] >= 0.95
    elif n_auto and not review["qualified"]:
        # fewer than the floor accepted fold by fold, by thresholds that barely qualified on the other folds, and
        # the threshold on every answer qualifies none: the bundle auto-accepts nothing in the app (set 1's
        # baseline kind: 34 accepted out of fold, 7 wrong; docs/distillation.md reports it). What must hold
        # is that nothing ships with a threshold below 1.
        assert review["threshold"] == 1.0 and review["coverage_at_threshold"] <= 0.001
    elif n_auto:
        from scipy.stats import binom

        errors = round(n_auto * (1 - student["auto_right_oof"]))
        assert binom.sf(errors - 1, n_auto, 0.05) > 0.10, (errors, n_auto)
    else:
        assert student["auto_share_oof"] == 0.0 and student["auto_right_oof"] is None


@pytest.mark.parametrize("essay_set", sets_of(CROSSFIT))
def test_cross_fitted_bundle_in_sample_smoke_check_on_the_fixed_split(essay_set, asap_train):
    """IN-SAMPLE: the bundle saw these answers in training. Only a broken graph or a wrong label order
    would score them below its out-of-fold CV QWK; it says nothing about unseen answers."""
    from grader_app.core.decision import decide_many

    bundle = read_bundle(bundled_models_dir() / f"asap-sas-{essay_set}.gradebundle")
    split = split_set(asap_train, essay_set)
    probs = Scorer(bundle, threads=1).predict_proba(split.test["EssayText"].tolist())
    pred = [bundle.labels[i] for i in decide_many(probs, bundle.cutpoints)]  # the bundle's own decision rule
    in_sample = quadratic_weighted_kappa(split.test["Score1"], pred, labels=bundle.labels)
    assert in_sample >= bundle.manifest["metrics"]["student"]["qwk"] - 0.05
