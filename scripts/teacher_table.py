"""Issue 11's teacher table: for one set, every cross-fitted teacher run on disk (the three- and five-epoch MiniLM,
the second five-epoch seed, the two-epoch mpnet), alone and in the means the rules consider, with its cost, and
which one `teacher_runs.teacher_roots` picks (decided on the inner splits only).

Columns: the mean inner-validation QWK over the five folds (what the rules compare); out of fold, the arg-max of
the run alone and the run + TF-IDF ensemble decided like the students (for the record: nothing is chosen on it);
training minutes summed over the folds (one thread each, two jobs at a time on the two cores); parameters.
Reads runs/crossfit. Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/teacher_table.py --set 2"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.distill.crossfit import K_FOLDS, set_data, teacher_kind  # noqa: E402
from grader_app.distill.crossfit_vocab import kind_figures, per_fold, teachers_for  # noqa: E402
from grader_app.distill.teacher_runs import LONGER, MPNET, SEED2, _inner_mean, inner_valid, teacher_roots  # noqa: E402

TEACHERS = ROOT / "runs" / "crossfit"
NAMES = {"": "MiniLM, three epochs", LONGER: "MiniLM, five epochs", SEED2: "MiniLM, five epochs, second seed",
         MPNET: "mpnet, two epochs"}


def label(run: Path) -> str:
    return NAMES.get("" if run == TEACHERS else run.name, run.name)


def cost(run: Path, essay_set: int) -> tuple[float, int]:
    done = [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((run / teacher_kind(run) / f"set-{essay_set}").glob("fold-*/done.json"))]
    return sum(d["train_seconds"] for d in done) / 60, int(done[0]["parameters"])


def row(essay_set: int, d, roots: list[Path]) -> str:
    runs = [teachers_for(essay_set, r, d.df, d.texts, d.y, d.folds, d.transfer, K_FOLDS, d.n_labels, use_minilm=True)[0]
            for r in roots]
    neural = np.mean([t["minilm"] for t in runs], axis=0)
    alone = per_fold(neural.argmax(1), d.y, d.folds, K_FOLDS, d.n_labels)["qwk"]
    both = (neural + runs[0]["tfidf-lr"]) / 2
    decided = kind_figures(np.log(np.clip(both, 1e-12, 1.0)), d.y, d.folds, K_FOLDS, d.n_labels)["qwk"]
    costs = [cost(r, essay_set) for r in roots]
    name = " + ".join(label(r) for r in roots)
    return (f"| {name} | {_inner_mean(roots, essay_set, K_FOLDS):.4f} | {alone:.4f} | {decided:.4f} | "
            f"{sum(c[0] for c in costs):.0f} | {sum(c[1] for c in costs) / 1e6:.1f} M |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=int, required=True)
    s = ap.parse_args().set
    d = set_data(s)
    done = [r for r in (TEACHERS, TEACHERS / LONGER, TEACHERS / SEED2, TEACHERS / MPNET)
            if inner_valid(r, s, K_FOLDS) is not None]
    if not done:
        print(f"set {s}: no finished teacher run under runs/crossfit")
        return 1
    print(f"Set {s}: teacher runs on disk, alone and averaged (teacher_roots picks: "
          f"{' + '.join(label(r) for r in teacher_roots(s, TEACHERS))})")
    print()
    print("| teacher | inner-split QWK (mean of 5) | out of fold, arg-max alone | out of fold, + TF-IDF, decided | "
          "training minutes (5 folds) | parameters |")
    print("|---|---|---|---|---|---|")
    for r in done:
        print(row(s, d, [r]))
    pairs = [[a, b] for i, a in enumerate(done) for b in done[i + 1:]]
    for roots in pairs:
        print(row(s, d, roots))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
