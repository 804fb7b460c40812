"""The shipped ASAP-SAS baseline bundles against the shared data (skipped when either is missing).

Each bundle in model_bundles/ must open through the app's reader, and the app's Scorer on the
fixed held-out split must give back exactly the test figures written in its manifest.
"""
from __future__ import annotations

import pytest

from grader_app.bundles import read_bundle
from grader_app.distill.metrics import accuracy, macro_f1, quadratic_weighted_kappa
from grader_app.distill.asap import asap_dir, load_train, split_set
from grader_app.paths import bundled_models_dir
from grader_app.scoring import Scorer
from shipped import BASELINE, sets_of

BUNDLES = bundled_models_dir()  # model_bundles/, or GRADER_BUNDLES_DIR


@pytest.fixture(scope="module")
def asap_train():
    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    return load_train()


if sets_of(BASELINE):  # defined only while such bundles ship (no always-skipped case)
    @pytest.mark.parametrize("essay_set", sets_of(BASELINE))
    def test_shipped_bundle_reproduces_its_test_figures(essay_set, asap_train):
        path = BUNDLES / f"asap-sas-{essay_set}.gradebundle"
        bundle = read_bundle(path)
        m = bundle.manifest
        assert bundle.id == f"asap-sas-{essay_set}"
        assert path.stat().st_size < 1024 * 1024
        assert m["parameters"] <= m["provenance"]["selection"]["max_parameters"]
        test = split_set(asap_train, essay_set).test
        probs = Scorer(bundle).predict_proba(test["EssayText"].tolist())
        pred = [bundle.labels[i] for i in probs.argmax(1)]
        student = m["metrics"]["student"]
        assert student["n"] == len(test)
        assert quadratic_weighted_kappa(test["Score1"], pred, labels=bundle.labels) == pytest.approx(student["qwk"], abs=1e-4)
        assert accuracy(test["Score1"], pred) == pytest.approx(student["accuracy"], abs=1e-4)
        assert macro_f1(test["Score1"], pred, labels=bundle.labels) == pytest.approx(student["macro_f1"], abs=1e-4)
        hh = quadratic_weighted_kappa(test["Score1"], test["Score2"], labels=bundle.labels)
        assert m["metrics"]["human_human_qwk"] == pytest.approx(hh, abs=1e-4)
        # the review table is the calibration split's, and the item carries the real prompt
        assert m["review"]["n"] == len(split_set(asap_train, essay_set).valid)
        assert len(m["item"]["prompt"]) > 50


@pytest.mark.parametrize("essay_set, has_key", [(1, True), (3, False), (5, True), (10, False)])
def test_item_for_asap_reads_prompt_and_key(essay_set, has_key, asap_train):
    from grader_app.distill.bundling import ASAP_LABELS, asap_title, item_for_asap

    item = item_for_asap(essay_set)
    assert item["id"] == f"asap-sas-{essay_set}" and item["labels"] == ASAP_LABELS[essay_set]
    assert sorted(asap_train.loc[asap_train["EssaySet"] == essay_set, "Score1"].unique().tolist()) == item["labels"]
    assert len(item["prompt"]) > 50
    assert bool(item["reference_answers"]) is has_key and bool(item["rubric"]) is has_key
    if has_key:
        assert set(item["rubric"]) == {str(v) for v in item["labels"]}
    assert asap_title(1) == "ASAP-SAS 1 — Science: replicating the vinegar experiment"
