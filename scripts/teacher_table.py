"""Issue 11's teacher table: for one set, every cross-fitted teacher run on disk (the three- and five-epoch MiniLM,
the second five-epoch seed, the two- and five-epoch mpnet, the five-epoch run given the scoring key), alone and in the means
the rules consider, with its cost, and which one `teacher_runs.teacher_roots` picks (decided on the inner splits
only).

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
from grader_app.distill.teacher_runs import (  # noqa: E402
    KEY, LONGER, MPNET, MPNET5, SEED2, _inner_mean, inner_valid, teacher_roots)

TEACHERS = ROOT / "runs" / "crossfit"
NAMES = {"": "MiniLM, three epochs", LONGER: "MiniLM, five epochs", SEED2: "MiniLM, five epochs, second seed",
         MPNET: "mpnet, two epochs", MPNET5: "mpnet, five epochs at 3e-5", KEY: "MiniLM, five epochs, given the scoring key"}


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
    done = [r for r in (TEACHERS, TEACHERS / LONGER, TEACHERS / SEED2, TEACHERS / MPNET, TEACHERS / MPNET5,
                                TEACHERS / KEY)
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
    pick = teacher_roots(s, TEACHERS)
    for roots in pairs + ([pick] if len(pick) > 2 else []):   # the pick may average three runs
        print(row(s, d, roots))
    print()
    feature_rows(s, d, teacher_roots(s, TEACHERS))
    return 0


def feature_rows(essay_set: int, d, pick: list[Path]) -> None:
    """The fifteenth amendment's candidates beside the pick: inner-split QWK on the pick's fold teachers' inner splits
    (feature_teacher.inner_figures), out of fold decided, and the feature teacher's fitting time and weights."""
    import time

    from grader_app.distill import feature_teacher

    t0 = time.perf_counter()
    oof = feature_teacher.out_of_fold(essay_set, d, K_FOLDS)
    seconds = time.perf_counter() - t0
    lr = feature_teacher.for_set(essay_set, d.n_labels).fit(d.texts, d.y).model[-1]
    weights = lr.coef_.size + lr.intercept_.size
    figures = feature_teacher.inner_figures(essay_set, d, K_FOLDS, pick)
    runs = [teachers_for(essay_set, r, d.df, d.texts, d.y, d.folds, d.transfer, K_FOLDS, d.n_labels, use_minilm=True)[0]
            for r in pick]
    neural, tfidf = np.mean([t["minilm"] for t in runs], axis=0), runs[0]["tfidf-lr"]

    def decided(p):
        return kind_figures(np.log(np.clip(p, 1e-12, 1.0)), d.y, d.folds, K_FOLDS, d.n_labels)["qwk"]
    name = " + ".join(label(r) for r in pick)
    print(f"The fifteenth amendment's candidates on the pick's inner splits (taken: {figures['taken']}); the feature "
          f"teacher fits its 5 folds in {seconds:.0f} s, {weights} weights each")
    print()
    print("| teacher | inner-split QWK (mean of 5) | out of fold, decided |\n|---|---|---|")
    print(f"| {name} + TF-IDF | {np.mean(figures['minilm+tfidf-lr']):.4f} | {decided((neural + tfidf) / 2):.4f} |")
    print(f"| {name} + TF-IDF + feature teacher | {np.mean(figures['minilm+tfidf-lr+feature-lr']):.4f} | "
          f"{decided((neural + tfidf + oof) / 3):.4f} |")
    print(f"| feature teacher alone | – | {decided(oof):.4f} |")


if __name__ == "__main__":
    raise SystemExit(main())
