"""Issue 11's "within 0.02 of the teacher they learned from": per science set, the installed bundle's CV QWK (its
manifest) beside the CV QWK of the teacher its provenance names, out of fold and decided like the students (the
decision rule chosen on the other folds), recomputed from the teacher runs under runs/crossfit with the fine-tuned
runs its name says it took (grader_app/distill/teacher_runs.py `roots_named`; `scripts/reinstall_rerun.py`'s
teacher). A set whose runs are not on disk prints the figure its manifest records where that is the same
teacher's, measured with all its members, and says so.
Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/learned_from.py"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from reinstall_rerun import teacher  # noqa: E402

from grader_app.bundles import read_bundle  # noqa: E402
from grader_app.distill.asap import SCIENCE_SETS  # noqa: E402
from grader_app.distill.crossfit import K_FOLDS  # noqa: E402
from grader_app.distill.teacher_runs import inner_valid, record_measured_its_members, roots_named  # noqa: E402
from grader_app.paths import bundled_models_dir  # noqa: E402

TEACHERS = ROOT / "runs" / "crossfit"


def main() -> int:
    print("| set | installed kind | its CV QWK | teacher it learned from | teacher CV QWK (decided) | difference | from |")
    print("|---|---|---|---|---|---|---|")
    for s in SCIENCE_SETS:
        m = read_bundle(bundled_models_dir() / f"asap-sas-{s}.gradebundle").manifest
        student, name = m["metrics"]["student"], m["provenance"].get("teacher_model")
        if not name:
            print(f"| {s} | {student['kind']} | {student['qwk']:.4f} | – (learned from the scores alone) | – | – | – |")
            continue
        if all(inner_valid(r, s, K_FOLDS) is not None for r in roots_named(name, TEACHERS)):
            q, source = teacher(s, name)["qwk"], "recomputed from runs/crossfit"
        else:
            recorded = m["metrics"].get("teacher", {})
            same = recorded.get("model") == name
            whole = record_measured_its_members(recorded)
            q = recorded.get("qwk") if same and whole else None
            source = ("the manifest's record; the runs are not on disk" if same and whole else
                      "the runs are not on disk, and the manifest's record left the fine-tuned runs out of the teacher "
                      "(written before the fix)" if same else
                      f"the runs are not on disk, and the manifest records another teacher ({recorded.get('model')})")
        diff = "–" if q is None else f"{student['qwk'] - q:+.4f}"
        print(f"| {s} | {student['kind']} | {student['qwk']:.4f} | {name} | "
              f"{'–' if q is None else f'{q:.4f}'} | {diff} | {source} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
