"""Would a review threshold per predicted score take more answers off the teacher's desk at the same guarantee?
(issue 11's coverage target; docs/distillation.md, the seventeenth session's round).

Today a bundle has one threshold: an answer is accepted when the probability of the score it is given is at least t,
t chosen by the fixed-sequence Clopper-Pearson test (error <= 5 % at 90 % confidence) on out-of-fold predictions.
Errors are not spread evenly over the scores: an answer given 0 (blank, off-topic) is often surely right while a 2 is
not, so one threshold for all is set by the hardest score. The alternative here: one fixed-sequence test per
predicted score, each at level (1 - 0.90) / K (Bonferroni over the K scores, so that all K hold at once with 90 %
confidence, and then the error among all accepted answers is <= 5 % too).

Protocol, nothing chosen on a fold that is scored: for each of the 5 outer folds, the decision rule, the temperature and
both kinds of thresholds are fitted on the other four folds' out-of-fold predictions and applied to the fold (as
`grader_app.distill.decoding.decoded_figures` does for the single threshold). The predictions are the teacher-free
hashed LR kind's (`grader-distill crossfit-hashed-lr`, run first; about 5 minutes a set on one core), so the figures
compare the two rules on one model, not the installed students.

  OMP_NUM_THREADS=1 .venv/bin/grader-distill crossfit-hashed-lr --sets 1,2,5,6,10 --out runs/probe-classthr --workers 1
  OMP_NUM_THREADS=1 .venv/bin/python scripts/class_threshold_probe.py --runs runs/probe-classthr
Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.distill.crossfit import set_data  # noqa: E402
from grader_app.distill.crossfit_hashed_lr import FOLDER  # noqa: E402
from grader_app.distill.decoding import choose_rule, predict  # noqa: E402
from grader_app.learn.calibration import risk_coverage  # noqa: E402

TARGET, CONFIDENCE = 0.05, 0.90


def _accepts(P: np.ndarray, d: np.ndarray, threshold: float) -> np.ndarray:
    return P[np.arange(len(d)), d] >= threshold


def per_score_thresholds(P: np.ndarray, d: np.ndarray, y: np.ndarray, K: int) -> dict[int, float]:
    """One fixed-sequence threshold per predicted score, each at level (1 - CONFIDENCE) / K; scores whose test
    qualifies nothing are left out (their answers go to review)."""
    level = 1.0 - (1.0 - CONFIDENCE) / K
    out = {}
    for c in range(K):
        m = d == c
        if m.sum() == 0:
            continue
        rev = risk_coverage(P[m], y[m], target_error=TARGET, confidence=level, pred=d[m])
        if rev["qualified"]:
            out[c] = float(rev["threshold"])
    return out


def probe_set(s: int, runs: Path, k: int = 5) -> dict:
    data = set_data(s, k)
    y, folds, K = data.y, data.folds, data.n_labels
    logits = np.load(runs / FOLDER / f"set-{s}" / "oof.npz")["logits"].astype(np.float64)
    one = np.zeros(len(y), bool)
    each = np.zeros(len(y), bool)
    pred = np.zeros(len(y), np.int64)
    for f in range(k):
        tr, te = folds != f, folds == f
        rule = choose_rule(logits[tr], y[tr], folds[tr], K)
        P_tr, d_tr = predict(logits[tr], rule)
        P_te, d_te = predict(logits[te], rule)
        pred[te] = d_te
        rev = risk_coverage(P_tr, y[tr], target_error=TARGET, confidence=CONFIDENCE, pred=d_tr)
        if rev["qualified"]:
            one[te] = _accepts(P_te, d_te, rev["threshold"])
        ts = per_score_thresholds(P_tr, d_tr, y[tr], K)
        got = np.zeros(len(d_te), bool)
        for c, t in ts.items():
            got |= (d_te == c) & _accepts(P_te, d_te, t)
        each[te] = got
    right = pred == y
    return {"n": len(y), "one": one, "each": each, "right": right, "pred": pred, "K": K}


def _fig(acc: np.ndarray, right: np.ndarray) -> str:
    n = int(acc.sum())
    return f"{acc.mean():6.1%} ({n:4d}, {right[acc].mean():6.1%} right)" if n else f"{0:6.1%} (   0,    –   right)"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=Path, default=ROOT / "runs" / "probe-classthr")
    ap.add_argument("--sets", default="1,2,5,6,10")
    a = ap.parse_args(argv)
    sets = [int(x) for x in a.sets.split(",")]
    print("set | answers | one threshold: accepted (n, right) | a threshold per score: accepted (n, right) | by score")
    pooled = {"one": [], "each": [], "right": []}
    for s in sets:
        r = probe_set(s, a.runs)
        by = ", ".join(f"{c}: {int((r['each'] & (r['pred'] == c)).sum())}/{int((r['pred'] == c).sum())}"
                       for c in range(r["K"]))
        print(f"{s:3d} | {r['n']:5d} | {_fig(r['one'], r['right'])} | {_fig(r['each'], r['right'])} | {by}", flush=True)
        for key in pooled:
            pooled[key].append(r[key])
    one, each, right = (np.concatenate(pooled[key]) for key in ("one", "each", "right"))
    print(f"all | {len(right):5d} | {_fig(one, right)} | {_fig(each, right)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
