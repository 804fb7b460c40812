"""Issue 11's "within 0.02 of the teacher they learned from": per science set whose installed bundle learned from a
cross-fitted teacher (the distilled and augmented pair kinds), the bundle's CV QWK beside the CV QWK of that
teacher out of fold, decided like the students (the decision rule chosen on the other folds), the MiniLM runs
picked by the same rules (grader_app/distill/teacher_runs.py). Reads runs/crossfit and runs/crossfit-vocab-dec.
Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/learned_from.py"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.distill.asap import SCIENCE_SETS  # noqa: E402
from grader_app.distill.crossfit import K_FOLDS, set_data  # noqa: E402
from grader_app.distill.crossfit_install import newest  # noqa: E402
from grader_app.distill.crossfit_vocab import HASHED_AUGMENTED_KIND, HASHED_DISTILLED_KIND, kind_figures, teachers_for  # noqa: E402
from grader_app.distill.teacher_runs import describe, teacher_roots  # noqa: E402

TEACHERS = ROOT / "runs" / "crossfit"
VOCAB = ROOT / "runs" / "crossfit-vocab-dec"


def teacher_oof(essay_set: int, d, roots: list[Path]) -> np.ndarray:
    """The MiniLM + TF-IDF ensemble's out-of-fold probabilities, its MiniLM half the mean of the runs in ``roots``."""
    runs = [teachers_for(essay_set, r, d.df, d.texts, d.y, d.folds, d.transfer, K_FOLDS, d.n_labels, use_minilm=True)[0]
            for r in roots]
    minilm = np.mean([t["minilm"] for t in runs], axis=0)
    return (minilm + runs[0]["tfidf-lr"]) / 2


def main() -> int:
    print("| set | installed | its CV QWK | teacher it learned from | teacher CV QWK (decided) | difference |")
    print("|---|---|---|---|---|---|")
    for s in SCIENCE_SETS:
        r = newest(VOCAB, s)
        kind = r["pick"]["kind"]
        if kind not in (HASHED_DISTILLED_KIND, HASHED_AUGMENTED_KIND):
            print(f"| {s} | {kind} | {r['pick']['qwk']:.4f} | – (learned from the scores alone) | – | – |")
            continue
        d = set_data(s)
        roots = teacher_roots(s, TEACHERS)
        p = teacher_oof(s, d, roots)
        q = kind_figures(np.log(np.clip(p, 1e-12, 1.0)), d.y, d.folds, K_FOLDS, d.n_labels)["qwk"]
        print(f"| {s} | {kind} | {r['pick']['qwk']:.4f} | {describe('minilm+tfidf-lr', roots)} | {q:.4f} | "
              f"{r['pick']['qwk'] - q:+.4f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
