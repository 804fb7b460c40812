"""Eighteenth amendment: each set's teacher judged by the student it makes (`grader_app/distill/teacher_judge.py`).
Judges the sets not judged yet (kept in <out>/teacher-judge/set-<S>/judge.json, where the kinds' jobs read it) and
prints every candidate's students' inner QWK per fold and on average, the pick, and the teacher the set's finished
teacher-taught jobs learned from (where they differ, those jobs are to be run again).
With --copies, the nineteenth amendment's judgement instead (the augmented pair's students, which also learn the
candidates' labels of the two copies of every answer; kept in judge-copies.json), beside the augmented kinds' teachers.
Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/teacher_judge.py --sets 1,2,5,6,10 [--copies]"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.distill.common import parse_sets  # noqa: E402
from grader_app.distill.crossfit import K_FOLDS, set_data  # noqa: E402
from grader_app.distill.crossfit_hashed_pooled import load_rankings  # noqa: E402
from grader_app.distill.teacher_judge import CANDIDATES, judged  # noqa: E402
from grader_app.distill.teacher_runs import teacher_roots  # noqa: E402

AUGMENTED_FOLDERS = ("hashed-augmented-bundle", "hashed-augmented6-bundle", "hashed-augmented6-shared-bundle")
KIND_FOLDERS = {False: ("hashed-distilled-bundle", *AUGMENTED_FOLDERS), True: AUGMENTED_FOLDERS}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", type=parse_sets, default=[1, 2, 5, 6, 10])
    ap.add_argument("--out", default="runs/crossfit-vocab-dec")
    ap.add_argument("--teachers", default="runs/crossfit")
    ap.add_argument("--copies", action="store_true", help="the nineteenth amendment's judgement (the augmented kinds')")
    a = ap.parse_args()
    vocab = ROOT / a.out
    rankings = load_rankings(vocab)
    for s in a.sets:
        t0 = time.time()
        d = set_data(s)
        r = judged(vocab, s, d, K_FOLDS, teacher_roots(s, ROOT / a.teachers), rankings, copies=a.copies)
        print(f"set {s}: {r['rule']}, judged on runs {r['roots']} ({time.time() - t0:.0f} s); taken: {r['taken']}")
        for c in CANDIDATES:
            if c in r["inner"]:
                folds = " ".join(f"{q:.4f}" for q in r["inner"][c])
                print(f"  {c:32s} mean {r['mean'][c]:.4f}   folds {folds}")
        for folder in KIND_FOLDERS[a.copies]:
            p = vocab / folder / f"set-{s}" / "summary.json"
            if p.is_file():
                print(f"  finished {folder}: learned from {json.loads(p.read_text(encoding='utf-8'))['teacher']}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
