"""Re-installing one kind re-run for one set (fifteenth amendment): weighed against the other kinds' figures the
installed bundle's manifest records, on a copy of the real set-5 bundle, written, read back and verified."""
from __future__ import annotations

import json
import shutil

import pytest

pytest.importorskip("sklearn")

from grader_app.bundles import read_bundle  # noqa: E402
from grader_app.paths import bundled_models_dir  # noqa: E402


def _setup(tmp_path, qwk: float):
    models = tmp_path / "models"
    models.mkdir()
    shutil.copyfile(bundled_models_dir() / "asap-sas-5.gradebundle", models / "asap-sas-5.gradebundle")
    job = tmp_path / "job"
    job.mkdir()
    shutil.copyfile(bundled_models_dir() / "asap-sas-5.gradebundle", job / "asap-sas-5.gradebundle")
    folds = [qwk - 0.01, qwk + 0.01, qwk, qwk, qwk]
    (job / "summary.json").write_text(json.dumps({
        "bundle": "asap-sas-5.gradebundle",
        "figures": {"qwk": qwk, "qwk_sd": 0.0071, "folds": folds, "accuracy": 0.85,
                    "routing_oof": {"auto_share": 0.7, "auto_right": 0.962, "n_auto": 1256}}}))
    return models, job


def test_a_rerun_kind_that_still_leads_is_installed_with_its_new_figures(tmp_path):
    from grader_app.distill.crossfit_install import reinstall_rerun

    models, job = _setup(tmp_path, 0.79)
    before = read_bundle(models / "asap-sas-5.gradebundle").manifest["metrics"]
    said = []
    teacher = {"model": "minilm+tfidf-lr+feature-lr (five-epoch MiniLM)", "qwk": 0.796, "n": 1795}
    assert reinstall_rerun(models, 5, {"hashed_distilled": job}, teacher=lambda summary: teacher,
                           log=said.append) == "hashed_distilled"
    after = read_bundle(models / "asap-sas-5.gradebundle").manifest["metrics"]
    assert after["student"]["kind"] == "hashed_distilled" and after["student"]["qwk"] == 0.79
    assert after["student"]["n_auto_oof"] == 1256 and after["student"]["n"] == before["student"]["n"]
    assert after["teacher"] == teacher
    assert after["candidate_hashed_pooled"] == before["candidate_hashed_pooled"]   # the others as recorded
    assert "installed hashed_distilled (CV QWK 0.7900" in said[-1]


def test_a_rerun_kind_that_falls_behind_a_recorded_kind_leaves_today_s_bundle(tmp_path):
    from grader_app.distill.crossfit_install import reinstall_rerun

    models, job = _setup(tmp_path, 0.70)
    bytes_before = (models / "asap-sas-5.gradebundle").read_bytes()
    said = []
    assert reinstall_rerun(models, 5, {"hashed_distilled": job}, log=said.append) is None
    assert (models / "asap-sas-5.gradebundle").read_bytes() == bytes_before
    assert "the rule now picks hashed_pooled" in said[-1] and "today's bundle stays" in said[-1]


def test_the_kind_that_leads_once_the_rerun_falls_is_installed_where_it_was_rebuilt(tmp_path):
    from grader_app.distill.crossfit_install import reinstall_rerun

    models, job = _setup(tmp_path, 0.70)
    pooled = tmp_path / "pooled"
    shutil.copytree(job, pooled)
    before = read_bundle(models / "asap-sas-5.gradebundle").manifest["metrics"]
    summary = json.loads((pooled / "summary.json").read_text())
    summary["figures"]["qwk"] = before["candidate_hashed_pooled"]["qwk"]    # rebuilt, reproduced
    (pooled / "summary.json").write_text(json.dumps(summary))
    got = reinstall_rerun(models, 5, {"hashed_distilled": job, "hashed_pooled": pooled}, log=lambda m: None)
    assert got == "hashed_pooled"
    after = read_bundle(models / "asap-sas-5.gradebundle").manifest["metrics"]
    assert after["student"]["kind"] == "hashed_pooled" and after["teacher"] is None    # the pooled kind has none
    assert after["candidate_hashed_distilled"]["qwk"] == 0.70                       # the re-run's own figure
    assert "candidate_hashed_pooled" not in after
