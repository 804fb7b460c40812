"""Is a shipped bundle's review bound flattered by cutpoints fitted on the answers it is checked on?

A cross-fitted kind's bundle (:func:`grader_app.distill.decoding.final_rule`) fits its decision rule's QWK cutpoints
(expected-score rule) on ALL its out-of-fold predictions, then builds the review bound (threshold, "auto-accepted
answers at least 95 % right, at 90 % confidence") from the decisions those cutpoints make on the same predictions.
This probe compares, on one set of out-of-fold logits:

* ``in-sample`` (today): temperature, rule and cutpoints chosen on all the predictions, bound on the same decisions;
* ``cutpoints cross-fitted``: the same temperature and rule, but each fold decided by cutpoints fitted on the other
  folds only (cross-fitted decisions); the bound on those;
* ``all cross-fitted``: temperature, rule and cutpoints all chosen on the other folds for each fold; the bound on those.

And a fresh draw: each of the k folds in turn is held out; the bundle's rule (choose_rule) and each recipe's threshold
are made from the other folds' predictions only, and the threshold is applied to the held-out fold, decided by that
rule, as a new class would be. The accepted answers' realised error is pooled over the held-out folds and over
``--repeats`` random re-partitions of the answers into k folds (the first partition is the kind's own folds). A
recipe's bound is honest when that pooled realised error stays at or below 5 %. "folds > 5 %" counts single held-out
folds whose accepted answers (~250-300) were more than 5 % wrong: binomial noise alone puts a share of them there
even when the true error is 4 %, so it is a spread, not a test of the bound.

Input: a kind's ``oof.npz`` (its out-of-fold ``logits``, in the set's order, as ``crossfit_kind.finish_set`` writes
it); the human scores and the kind's folds are rebuilt from ../shared/data (``crossfit.set_data``). For example:

    OMP_NUM_THREADS=1 .venv/bin/python scripts/bundle_bound_cutpoints.py --set 6 \
        --oof runs/crossfit-vocab-dec/hashed-pooled-bundle/set-6/oof.npz [--repeats 20]

Or ``--distilled RUNS --save FILE``: the hashed distilled kind's out-of-fold logits made here first, as
``crossfit_hashed_distilled.cross_validate_distilled`` makes them, but with the teacher runs the installed bundle's
manifest names (``teacher_runs.roots_named`` under ``RUNS/crossfit``) instead of the teacher rule's pick over the runs
on disk (which stops when only some runs were restored from ``teacher_outputs/``); ``RUNS/crossfit-vocab-dec`` must
hold the pooled kind's rankings, and the teacher judgement is made there if missing (a few minutes):

    .venv/bin/grader-distill teacher-outputs --sets 5 --restore --runs RUNS
    OMP_NUM_THREADS=1 .venv/bin/python scripts/bundle_bound_cutpoints.py --set 5 --distilled RUNS --save FILE

Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from grader_app.core.decision import RULE_EXPECTED, decide_many  # noqa: E402
from grader_app.distill.decoding import choose_rule, final_rule, fit_cutpoints, predict  # noqa: E402
from grader_app.learn.calibration import risk_coverage  # noqa: E402


def crossfit_cutpoints(P: np.ndarray, y: np.ndarray, folds: np.ndarray, rule: dict, K: int) -> np.ndarray:
    """Each fold decided by ``rule`` with its cutpoints (when it has any) refitted on the other folds."""
    if rule["rule"] != RULE_EXPECTED:
        return decide_many(P, None)
    d = np.zeros(len(y), dtype=np.int64)
    for g in np.unique(folds):
        tr, te = folds != g, folds == g
        d[te] = decide_many(P[te], fit_cutpoints(P[tr], y[tr], K))
    return d


def recipes(logits: np.ndarray, y: np.ndarray, folds: np.ndarray, K: int) -> dict:
    """Each recipe's (rule chosen on all, probabilities, decisions) on the given rows."""
    rule = choose_rule(logits, y, folds, K)
    P, d = predict(logits, rule)
    out = {"in-sample": (rule, P, d), "cutpoints cross-fitted": (rule, P, crossfit_cutpoints(P, y, folds, rule, K))}
    Pc, dc = np.zeros_like(P), np.zeros(len(y), dtype=np.int64)
    for g in np.unique(folds):
        tr, te = folds != g, folds == g
        Pc[te], dc[te] = predict(logits[te], choose_rule(logits[tr], y[tr], folds[tr], K))
    out["all cross-fitted"] = (rule, Pc, dc)
    return out


def fresh_draw(logits: np.ndarray, y: np.ndarray, folds: np.ndarray, K: int) -> dict[str, list[tuple[int, int, int]]]:
    """Per recipe, per held-out fold: (answers in the fold, accepted, wrong among the accepted)."""
    res: dict[str, list[tuple[int, int, int]]] = {}
    for g in np.unique(folds):
        tr, te = folds != g, folds == g
        for name, (rule, P, d) in recipes(logits[tr], y[tr], folds[tr], K).items():
            review = risk_coverage(P, y[tr], pred=d)
            Pt, dt = predict(logits[te], rule)
            acc = (Pt[np.arange(len(dt)), dt] >= review["threshold"]) if review["qualified"] else np.zeros(len(dt), bool)
            res.setdefault(name, []).append((int(te.sum()), int(acc.sum()), int((dt[acc] != y[te][acc]).sum())))
    return res


def distilled_logits(essay_set: int, runs: Path, k: int) -> np.ndarray:
    """The hashed distilled kind's out-of-fold logits, taught by the teacher the installed bundle names."""
    import json
    import zipfile

    from grader_app.distill import crossfit_hashed_distilled as hd
    from grader_app.distill.crossfit import set_data
    from grader_app.distill.crossfit_hashed_lr import featurise_all
    from grader_app.distill.crossfit_hashed_pair import halves
    from grader_app.distill.crossfit_hashed_pooled import cross_validate_pooled, load_rankings
    from grader_app.distill.teacher_runs import describe, roots_named

    bundle = Path(__file__).resolve().parents[1] / "model_bundles" / f"asap-sas-{essay_set}.gradebundle"
    manifest = json.loads(zipfile.ZipFile(bundle).read("manifest.json"))
    if manifest["provenance"].get("kind") != f"crossfit-{hd.KIND}":
        raise SystemExit(f"set {essay_set}'s installed bundle is not the {hd.KIND} kind")
    teacher = manifest["provenance"]["teacher"].split(" (cross-fitted")[0]
    vocab, d = runs / "crossfit-vocab-dec", set_data(essay_set, k)
    rankings = load_rankings(vocab)
    roots = roots_named(teacher, runs / "crossfit")
    judgement = hd.judgement_of(vocab, essay_set, d, k, roots, rankings, print)
    name, per_fold, _ = hd._teachers(essay_set, d, k, roots, True, judgement)
    print(f"teacher {describe(name, roots)} (the installed bundle's: {teacher})", flush=True)
    Xts = {f.kind: featurise_all(d.transfer, d.n_labels, f) for f in halves()}
    res = cross_validate_pooled(essay_set, rankings, k, print, fit=hd.soft_fitter(d.y, d.n_labels, Xts, per_fold),
                                kind=hd.KIND, d=d)
    print(f"CV QWK {res['figures']['qwk']:.4f} (installed {manifest['metrics']['student']['qwk']:.4f})", flush=True)
    return np.asarray(res["_data"]["logits"], dtype=np.float64)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=int, required=True)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--oof", type=Path, help="a kind's oof.npz (its out-of-fold logits)")
    src.add_argument("--distilled", type=Path, metavar="RUNS",
                     help="make the hashed distilled kind's logits from RUNS' teacher outputs first")
    ap.add_argument("--save", type=Path, help="with --distilled: where to keep the logits (an oof.npz)")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=20, help="random re-partitions for the fresh draw (first: the kind's folds)")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()

    from grader_app.distill.crossfit import set_data

    d = set_data(a.set, a.k)
    y, folds, K = d.y, np.asarray(d.folds), len(d.labels)
    if a.distilled is not None:
        logits = distilled_logits(a.set, a.distilled, a.k)
        if a.save is not None:
            np.savez_compressed(a.save, logits=logits.astype(np.float32))
    else:
        logits = np.load(a.oof)["logits"].astype(np.float64)
    if logits.shape != (len(y), K):
        raise SystemExit(f"logits {logits.shape}, but set {a.set} has {len(y)} scored answers and {K} scores")

    rule, review = final_rule(logits, y, folds, K)
    print(f"set {a.set}: {len(y)} answers, rule {rule['rule']} (temperature {rule['temperature']:.4f}, cutpoints "
          f"{rule['cutpoints']}, inner QWK arg-max {rule['inner_qwk_argmax']:.4f}, expected {rule['inner_qwk_expected']:.4f})")
    print(f"final_rule (what the bundle records): threshold {review['threshold']:.6f}, coverage "
          f"{review['coverage_at_threshold']:.4f}, error {review['error_at_threshold']:.4f}, qualified {review['qualified']}")
    print("\non all the out-of-fold predictions (the bound as a bundle would record it):")
    print(f"{'recipe':<24} {'threshold':>9} {'coverage':>8} {'accepted':>8} {'errors':>6} {'error':>6} {'upper':>6} "
          f"{'qualified':>9} {'decisions ≠ in-sample':>21}")
    base = None
    for name, (_, P, dd) in recipes(logits, y, folds, K).items():
        rv = risk_coverage(P, y, pred=dd)
        row = next(r for r in rv["table"] if r["threshold"] == rv["threshold"])
        base = dd if base is None else base
        print(f"{name:<24} {rv['threshold']:>9.6f} {rv['coverage_at_threshold']:>8.4f} {row['accepted']:>8} "
              f"{row['errors']:>6} {row['error']:>6.4f} {row['error_upper']:>6.4f} {str(rv['qualified']):>9} "
              f"{int((dd != base).sum()):>21}")

    rng = np.random.default_rng(a.seed)
    pooled: dict[str, list[tuple[int, int, int]]] = {}
    for r in range(a.repeats):
        f = folds if r == 0 else rng.permutation(np.arange(len(y)) % a.k)
        for name, rows in fresh_draw(logits, y, f, K).items():
            pooled.setdefault(name, []).extend(rows)
        if r == 0:
            print("\nfresh draw, the kind's own folds (per held-out fold: accepted / wrong):")
            for name, rows in pooled.items():
                print(f"  {name:<24} " + ", ".join(f"{acc}/{bad}" for _, acc, bad in rows))
    print(f"\nfresh draw over {a.repeats} partition(s) x {a.k} held-out folds:")
    print(f"{'recipe':<24} {'coverage':>8} {'accepted':>8} {'error':>6} {'folds > 5 %':>11}")
    for name, rows in pooled.items():
        n, acc, bad = (sum(x[i] for x in rows) for i in range(3))
        over = sum(1 for _, ac, b in rows if ac and b / ac > 0.05)
        print(f"{name:<24} {acc / n:>8.4f} {acc:>8} {bad / max(acc, 1):>6.4f} {over:>5} of {len(rows):<3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
