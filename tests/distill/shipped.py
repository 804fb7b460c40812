"""Which shipped ASAP-SAS bundles are baselines, which distilled students (fixed split) and which
cross-fitted students (all answers, CV figures), read at collection time,
so that each real-data test runs over exactly the bundles of its kind (no always-skipped cases)."""
from __future__ import annotations

from grader_app.bundles import BundleError, read_bundle
from grader_app.distill.asap import ALL_SETS
from grader_app.paths import bundled_models_dir

BASELINE, STUDENT, CROSSFIT, OTHER = "baseline", "distilled student", "cross-fitted student", "other"


def kind_of(manifest: dict) -> str:
    prov = manifest.get("provenance", {})
    if str(prov.get("kind", "")).startswith("crossfit-"):
        return CROSSFIT  # trained on every scored answer (the fixed test split too), figures from 5-fold CV
    if str(prov.get("teacher", "")).startswith("none (baseline"):
        return BASELINE
    if "distilled student" in str(prov.get("model", "")):
        return STUDENT
    return OTHER


def shipped_kinds() -> dict[int, str]:
    kinds = {}
    for s in ALL_SETS:
        path = bundled_models_dir() / f"asap-sas-{s}.gradebundle"
        try:
            kinds[s] = kind_of(read_bundle(path).manifest)
        except (BundleError, OSError):
            kinds[s] = "missing"
    return kinds


def sets_of(kind: str) -> list[int]:
    return [s for s, k in shipped_kinds().items() if k == kind]


def cv_fig(q: float) -> dict:
    """A kind's CV figures as a finished job records them, every fold at ``q``."""
    return {"qwk": q, "qwk_sd": 0.0, "accuracy": 0.5, "folds": [q] * 5, "qwk_pooled": q,
            "routing_oof": {"auto_share": 0.0, "n_auto": 0, "auto_right": None}}


def write_weak_students(out, n: int, reference_qwk: float, essay_set: int = 7) -> dict:
    """A cached crossfit-vocab job of ``essay_set`` under ``out`` whose student kinds all score 0.1 in CV
    (the reference model ``reference_qwk``): any bundle kind beside them is what the rule installs."""
    import json

    from grader_app.distill.crossfit_vocab import pick

    low = {"set": essay_set, "labels": [0, 1, 2], "k": 5, "n": n, "human_human_qwk": 1.0, "teacher_tag": "tfidf",
           "teachers": {"tfidf-lr": cv_fig(reference_qwk)}, "baseline": cv_fig(reference_qwk),
           "kinds": {"vocab_kd": cv_fig(0.1), "vocab_hard": cv_fig(0.1), "hashed_hard": cv_fig(0.1)},
           "final": {"teacher": "tfidf-lr", "threshold": 1.0}, "bundle": f"asap-sas-{essay_set}.gradebundle"}
    low["pick"] = pick(low)
    (out / f"set-{essay_set}-tfidf").mkdir(parents=True)
    (out / f"set-{essay_set}-tfidf" / "summary.json").write_text(json.dumps(low), encoding="utf-8")
    return low


def install_and_check(out, models, n: int, reference_qwk: float, kind: str, fig: dict, parity: float):
    """Install set 7's bundle of ``kind`` (its job done under ``out``) over weak cached students, read it
    back hash-checked, check what every cross-fitted bundle kind's manifest must say, and return it."""
    import pytest

    from grader_app.distill.bundling import count_onnx_parameters
    from grader_app.distill.crossfit_install import install

    write_weak_students(out, n, reference_qwk)
    models.mkdir()
    assert install(out, [7], models, log=lambda s: None) == [7]
    b = read_bundle(models / "asap-sas-7.gradebundle")  # hash-checked by the app's reader
    m = b.manifest
    assert kind_of(m) == CROSSFIT and m["provenance"]["kind"] == f"crossfit-{kind}"
    assert f"trained on all {n} scored answers" in m["provenance"]["model"]
    assert m["parameters"] == count_onnx_parameters(b.model_bytes)
    assert m["provenance"]["parity_max_abs_dp"] <= parity
    assert m["metrics"]["student"]["qwk"] == pytest.approx(fig["qwk"])
    for who in ("teacher", "baseline", "shipped_recipe", "candidate_vocab_hard", "candidate_hashed_hard"):
        assert len(m["metrics"][who]["folds"]) == 5, who
    assert m["review"]["n"] == n and "out-of-fold" in m["review"]["method"]  # threshold from out-of-fold predictions
    return b
