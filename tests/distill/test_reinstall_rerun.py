"""Re-installing kinds run again for one set (fifteenth amendment): weighed against the other kinds' figures the
installed bundle's manifest records, on a copy of the real set-5 bundle, written, read back and verified. The
kinds are taken from whatever that manifest records, so the tests hold whichever kind is installed."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("sklearn")

from grader_app.bundles import read_bundle  # noqa: E402
from grader_app.paths import bundled_models_dir  # noqa: E402

SHIPPED = bundled_models_dir() / "asap-sas-5.gradebundle"
ROOT = Path(__file__).resolve().parents[2]


def _recorded():
    m = read_bundle(SHIPPED).manifest["metrics"]
    candidates = {k[len("candidate_"):]: v for k, v in m.items() if k.startswith("candidate_")}
    runner_up = max(candidates, key=lambda k: candidates[k]["qwk"])
    return m, runner_up


def _setup(tmp_path, name: str, qwk: float):
    models = tmp_path / "models"
    models.mkdir(exist_ok=True)
    if not (models / SHIPPED.name).exists():
        shutil.copyfile(SHIPPED, models / SHIPPED.name)
    job = tmp_path / name
    job.mkdir()
    shutil.copyfile(SHIPPED, job / SHIPPED.name)   # a real bundle stands in for the re-run's
    folds = [qwk - 0.01, qwk + 0.01, qwk, qwk, qwk]
    (job / "summary.json").write_text(json.dumps({
        "bundle": SHIPPED.name, "teacher": "a teacher",
        "figures": {"qwk": qwk, "qwk_sd": 0.0071, "folds": folds, "accuracy": 0.85,
                    "routing_oof": {"auto_share": 0.7, "auto_right": 0.962, "n_auto": 1256}}}))
    return models, job


def test_a_rerun_kind_that_leads_is_installed_with_its_new_figures_and_the_old_kind_kept_as_a_candidate(tmp_path):
    from grader_app.distill.crossfit_install import reinstall_rerun

    before, runner_up = _recorded()
    today = before["student"]
    models, job = _setup(tmp_path, runner_up, today["qwk"] + 0.01)
    said = []
    teacher = {"model": "a teacher", "qwk": 0.796, "n": today["n"], "folds": [0.796] * 5}
    got = reinstall_rerun(models, 5, {runner_up: job}, teacher=lambda summary: teacher, log=said.append)
    assert got == runner_up
    after = read_bundle(models / SHIPPED.name).manifest["metrics"]
    assert after["student"]["kind"] == runner_up and after["student"]["qwk"] == pytest.approx(today["qwk"] + 0.01)
    assert after["student"]["n_auto_oof"] == 1256 and after["student"]["n"] == today["n"]
    assert after["teacher"] == teacher
    assert after[f"candidate_{today['kind']}"]["qwk"] == today["qwk"]     # the replaced kind, as recorded
    assert f"candidate_{runner_up}" not in after
    others = [k for k in before if k.startswith("candidate_") and k != f"candidate_{runner_up}"]
    assert all(after[k] == before[k] for k in others)
    assert f"installed {runner_up}" in said[-1]


def test_a_rerun_kind_that_falls_behind_a_recorded_kind_leaves_today_s_bundle(tmp_path):
    from grader_app.distill.crossfit_install import reinstall_rerun

    before, runner_up = _recorded()
    models, job = _setup(tmp_path, before["student"]["kind"], before[f"candidate_{runner_up}"]["qwk"] - 0.01)
    bytes_before = (models / SHIPPED.name).read_bytes()
    said = []
    assert reinstall_rerun(models, 5, {before["student"]["kind"]: job}, log=said.append) is None
    assert (models / SHIPPED.name).read_bytes() == bytes_before
    assert f"the rule now picks {runner_up}" in said[-1] and "today's bundle stays" in said[-1]


def test_the_kind_that_leads_once_the_rerun_falls_is_installed_where_it_was_rebuilt(tmp_path):
    from grader_app.distill.crossfit_install import reinstall_rerun

    before, runner_up = _recorded()
    today = before["student"]
    models, fallen = _setup(tmp_path, today["kind"], before[f"candidate_{runner_up}"]["qwk"] - 0.01)
    _, rebuilt = _setup(tmp_path, runner_up, before[f"candidate_{runner_up}"]["qwk"])
    got = reinstall_rerun(models, 5, {today["kind"]: fallen, runner_up: rebuilt}, teacher=lambda s: None,
                          log=lambda m: None)
    assert got == runner_up
    after = read_bundle(models / SHIPPED.name).manifest["metrics"]
    assert after["student"]["kind"] == runner_up
    assert after["teacher"] == before["teacher"]           # a kind without a teacher keeps the run's reference
    assert after[f"candidate_{today['kind']}"]["qwk"] == pytest.approx(before[f"candidate_{runner_up}"]["qwk"] - 0.01)


def test_withdrawn_kinds_are_not_weighed_and_leave_the_candidates(tmp_path):
    from grader_app.distill.crossfit_install import reinstall_rerun

    before, runner_up = _recorded()
    recorded = [k[len("candidate_"):] for k in before if k.startswith("candidate_")] + [before["student"]["kind"]]
    models, job = _setup(tmp_path, "hashed_new_kind", before[f"candidate_{runner_up}"]["qwk"] - 0.005)
    bytes_before = (models / SHIPPED.name).read_bytes()
    # weighed with every recorded kind, the re-run is behind: today's bundle stays
    assert reinstall_rerun(models, 5, {"hashed_new_kind": job}, log=lambda m: None) is None
    assert (models / SHIPPED.name).read_bytes() == bytes_before
    # with the kinds ahead of it withdrawn, it is installed, and they are no longer recorded as candidates
    ahead = [k for k in recorded if k == before["student"]["kind"]
             or before[f"candidate_{k}"]["qwk"] >= before[f"candidate_{runner_up}"]["qwk"] - 0.005]
    said = []
    got = reinstall_rerun(models, 5, {"hashed_new_kind": job}, teacher=lambda s: None, log=said.append,
                          withdrawn=tuple(ahead))
    after = read_bundle(models / SHIPPED.name).manifest["metrics"]
    assert got == "hashed_new_kind" and after["student"]["kind"] == "hashed_new_kind"
    assert not any(f"candidate_{k}" in after for k in ahead)
    assert all(any(f"{k} withdrawn from the candidates" in m for m in said) for k in ahead)


def test_the_installation_script_finds_every_copies_kind_in_the_folder_its_command_writes():
    """The twelve-copy kind was run but could not be installed: the script did not know its folder."""
    import importlib.util

    from grader_app.distill.crossfit_hashed_augmented import folder_of, kind_of

    spec = importlib.util.spec_from_file_location("reinstall_rerun", ROOT / "scripts" / "reinstall_rerun.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for copies in (2, 6, 12, 24):
        assert script.FOLDERS[kind_of(copies)] == folder_of(copies)
    assert script.FOLDERS["hashed_augmented12_pieces"] == "hashed-augmented12-pieces-bundle"
    # the twelve-copy kind with the key features as z-scores ran on set 7 before the script knew its folder
    assert script.FOLDERS["hashed_augmented12_keyz"] == "hashed-augmented12-keyz-bundle"
    assert script.FOLDERS["hashed_augmented12_shared_keyz"] == "hashed-augmented12-shared-keyz-bundle"
    for copies in (2, 6, 12, 24):
        for shared in (False, True):
            for keyed in (False, True, "z"):
                for pieces in (False, True):
                    kind = kind_of(copies, shared, keyed, pieces)
                    assert script.FOLDERS[kind] == folder_of(copies, shared, keyed, pieces), kind


def test_a_teacher_figure_is_recorded_in_the_installed_manifest_with_the_same_graph(tmp_path):
    """Set 5's teacher figure, measured once its mpnet runs were back, had no way into its manifest but a re-run kind."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("reinstall_rerun", ROOT / "scripts" / "reinstall_rerun.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    models = tmp_path / "models"
    models.mkdir()
    shutil.copyfile(SHIPPED, models / SHIPPED.name)
    before = read_bundle(models / SHIPPED.name)
    fig = {"qwk": 0.7825, "qwk_sd": 0.0129, "accuracy": 0.84, "n": 1795, "folds": [0.79, 0.78, 0.80, 0.78, 0.76],
           "model": before.manifest["metrics"]["teacher"]["model"], "members": ["runs", "tfidf-lr", "feature-lr"]}
    script.record_teacher(models, 5, fig)
    after = read_bundle(models / SHIPPED.name)   # verified: hashes checked on reading
    assert after.manifest["metrics"]["teacher"] == fig
    assert after.model_bytes == before.model_bytes
    assert {k: v for k, v in after.manifest["metrics"].items() if k != "teacher"} == \
        {k: v for k, v in before.manifest["metrics"].items() if k != "teacher"}
    for wrong in (["--set", "5", "--record"], ["--set", "5", "--kinds", "hashed_distilled", "--teacher-figure",
                                                "--record"], ["--set", "5"]):
        with pytest.raises(SystemExit) as stop:
            script.main(wrong + ["--models", str(models)])
        assert stop.value.code == 2
