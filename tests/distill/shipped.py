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
