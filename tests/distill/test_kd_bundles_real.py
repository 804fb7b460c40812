"""The shipped distilled-student bundles against the shared data (skipped when either is missing).

A bundle in model_bundles/ that `grader-distill rebuild` replaced must open through the app's
reader, stay within the 50,000-parameter budget, and give back, through the app's Scorer on the
fixed held-out split, exactly the test figures its manifest states.
"""
from __future__ import annotations

import pytest

from grader_app.bundles import read_bundle
from grader_app.distill.metrics import accuracy, macro_f1, quadratic_weighted_kappa
from grader_app.distill.asap import ALL_SETS, asap_dir, load_train, split_set
from grader_app.distill.bundling import count_onnx_parameters
from grader_app.paths import bundled_models_dir
from grader_app.scoring import Scorer
from shipped import BASELINE, STUDENT, sets_of, shipped_kinds


@pytest.fixture(scope="module")
def asap_train():
    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    return load_train()


def test_every_prompt_ships_a_baseline_or_a_distilled_student():
    assert sorted(sets_of(BASELINE) + sets_of(STUDENT)) == list(ALL_SETS), shipped_kinds()


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
