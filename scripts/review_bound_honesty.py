"""Does a learned model's review threshold keep its promise when score offsets were tuned on the marks it is checked on?

A model made from a marked sheet (``grader learn``, :mod:`grader_app.learn.from_sheet`; the "sheet" recipe) may shift
its scores' logits for QWK (:func:`grader_app.learn.offsets.checked_offsets`). Those offsets are tuned on ALL the marks'
out-of-fold predictions, and the review threshold ("auto-accepted answers at least 95 % right, at 90 % confidence") is
then chosen on those same shifted predictions. This probe compares two ways of building that bound:

* ``all-tuned``: out-of-fold logits + the offsets tuned on all the marks (what ``fit_marks`` did until December 2026);
* ``honest``: each half of the marks shifted by offsets tuned on the other half
  (:func:`~grader_app.learn.offsets.crossfit_offset_logits`, whose predictions the shown agreement figures use; what
  ``fit_marks`` does now).

In both the temperature is fitted on the same logits the bound is built from and the model scores new answers with
that temperature. Where no offsets are kept, both are one and the same.

Protocol: per set and draw, a class of ``--size`` answers is drawn from the set's TRAIN split of ASAP-SAS (read in
place from ../shared/data; never the test split); the teacher marks the first m of them (the sheet's order) with
Score1, and the model is learned from those marks as ``grader learn`` learns it (same groups, folds and recipe). For
the class's unmarked answers: the share auto-accepted at each rule's threshold and the error among them, pooled over
draws; and for the rest of the train split (the ``pool``, ~1000 answers, drawn like the class), the error among the
accepted, i.e. the error the promise is about: a draw "breaks" the promise when it is above 5 % (at 90 % confidence
that should happen in at most 10 % of all draws; a draw that accepts nothing breaks nothing). "thresholds differ":
draws where the two rules give different thresholds or temperatures and at least one qualifies.

    OMP_NUM_THREADS=1 .venv/bin/python scripts/review_bound_honesty.py [--sets 1 2 5 6 10] [--marks 30 60 100]
        [--draws 6] [--size 150]

Prints figures; asserts nothing. Also says which rule the installed code's threshold matches.
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

from grader_app.core.groups import group_answers, group_ids  # noqa: E402
from grader_app.distill.asap import load_train, split_set  # noqa: E402
from grader_app.learn import marks_model  # noqa: E402
from grader_app.learn.calibration import fit_temperature, risk_coverage, soften  # noqa: E402
from grader_app.learn.from_sheet import FOLD_DISTANCE, RECIPE  # noqa: E402
from grader_app.learn.hashed import featurise  # noqa: E402
from grader_app.learn.limits import CONFIDENCE, TARGET_ERROR  # noqa: E402
from grader_app.learn.offsets import crossfit_offset_logits  # noqa: E402
from grader_app.text import normalise_many  # noqa: E402

RULES = ("all-tuned", "honest")


def fit_like_grader_learn(texts: list[str], scores: list) -> tuple:
    """The model ``grader learn`` makes from these marks, and the (out-of-fold logits, score indices) its offsets were
    checked on (None where there were too few marks to check any)."""
    seen: dict = {}
    real = marks_model.checked_offsets

    def spy(logp, y, k, seed=0, *rest, **kw):
        seen.update(logp=np.array(logp), y=np.array(y), k=k, seed=seed)
        return real(logp, y, k, seed, *rest, **kw)

    gid = group_ids(group_answers(texts, distance=FOLD_DISTANCE, near=FOLD_DISTANCE), len(texts))
    marks_model.checked_offsets = spy
    try:
        model = marks_model.fit_marks(texts, dict(enumerate(scores)), groups=gid, order=tuple(range(len(texts))),
                                      **RECIPE)
    finally:
        marks_model.checked_offsets = real
    return model, seen, np.asarray(gid)


def thresholds(model, seen: dict, gid: np.ndarray) -> dict[str, tuple[float, float]]:
    """rule -> (threshold, temperature) of the bound built from that rule's out-of-fold predictions."""
    if not seen:   # too few marks for folds: the model's own (every answer to review)
        return {r: (model.threshold if model.qualified else 1.0, model.temperature) for r in RULES}
    logp, y, k = seen["logp"], seen["y"], seen["k"]
    delta = np.asarray(model.offsets if model.offsets is not None else np.zeros(k))
    out = {}
    for rule, z in (("all-tuned", logp + delta),
                    ("honest", crossfit_offset_logits(logp, y, k, seen["seed"]) if model.offsets is not None else logp)):
        T = float(fit_temperature(z, y))
        review = risk_coverage(soften(marks_model.raw_softmax(z), T), y, target_error=TARGET_ERROR,
                               confidence=CONFIDENCE, units=gid[:len(y)])
        out[rule] = (float(review["threshold"]) if review["qualified"] else 1.0, T)
    return out


def accepted(model, X, T: float, t: float, gold: list) -> tuple[int, int]:
    """(answers accepted at threshold t with temperature T, errors among them) of features X with gold scores."""
    if t >= 1.0:
        return 0, 0
    p = soften(marks_model.raw_softmax(model.logits(X)), T)
    take = p.max(axis=1) >= t
    pred = np.array([model.labels[i] for i in p.argmax(axis=1)], dtype=object)
    wrong = np.array([pred[i] != gold[i] for i in range(len(gold))])
    return int(take.sum()), int((take & wrong).sum())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", type=int, nargs="+", default=[1, 2, 5, 6, 10])
    ap.add_argument("--marks", type=int, nargs="+", default=[30, 60, 100])
    ap.add_argument("--draws", type=int, default=6)
    ap.add_argument("--size", type=int, default=150)
    a = ap.parse_args()
    df = load_train()
    print("| set | m | draws with offsets | thresholds differ | rule | qualified | class: accepted / unmarked | "
          "class error | pool coverage | pool error (mean) | draws breaking 5 % (of all) | of those where they differ |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    matches = {r: 0 for r in RULES}
    fits = 0
    for s in a.sets:
        train = split_set(df, s).train.reset_index(drop=True)
        texts_all = train["EssayText"].astype(str).tolist()
        gold_all = [float(v) for v in train["Score1"]]
        feats: dict = {}   # the hashed features of every answer, per hash spec (it depends on the scores seen)
        for m in a.marks:
            agg = {r: dict(q=0, acc=0, n=0, err=0, pcov=[], perr=[], broke=0, dbroke=0) for r in RULES}
            kept = differ = 0
            for d in range(a.draws):
                perm = np.random.default_rng(1000 * s + d).permutation(len(train))
                cls, pool = perm[:a.size], perm[a.size:]
                marked, rest = cls[:m], cls[m:]
                model, seen, gid = fit_like_grader_learn([texts_all[i] for i in marked], [gold_all[i] for i in marked])
                key = (model.spec, model.normalisation)
                if key not in feats:
                    feats[key] = featurise(normalise_many(texts_all, model.normalisation), model.spec)
                X_all = feats[key]
                kept += model.offsets is not None
                th = thresholds(model, seen, gid)
                differs = min(th["all-tuned"][0], th["honest"][0]) < 1.0 and th["all-tuned"] != th["honest"]
                differ += differs
                fits += 1
                for r in RULES:
                    if seen and abs(th[r][0] - model.threshold) < 1e-9 and abs(th[r][1] - model.temperature) < 1e-9:
                        matches[r] += 1
                for r, (t, T) in th.items():
                    g = agg[r]
                    g["q"] += t < 1.0
                    n_acc, n_err = accepted(model, X_all[rest], T, t, [gold_all[i] for i in rest])
                    g["acc"] += n_acc
                    g["err"] += n_err
                    g["n"] += len(rest)
                    p_acc, p_err = accepted(model, X_all[pool], T, t, [gold_all[i] for i in pool])
                    g["pcov"].append(p_acc / len(pool))
                    if p_acc:
                        g["perr"].append(p_err / p_acc)
                        g["broke"] += p_err / p_acc > TARGET_ERROR
                        g["dbroke"] += differs and p_err / p_acc > TARGET_ERROR
            for r in RULES:
                g = agg[r]
                cerr = f"{100 * g['err'] / g['acc']:.1f} %" if g["acc"] else "–"
                perr = f"{100 * np.mean(g['perr']):.1f} %" if g["perr"] else "–"
                print(f"| {s} | {m} | {kept}/{a.draws} | {differ} | {r} | {g['q']}/{a.draws} | {g['acc']}/{g['n']} "
                      f"({100 * g['acc'] / g['n']:.0f} %) | {cerr} | {100 * np.mean(g['pcov']):.1f} % | {perr} | "
                      f"{g['broke']}/{a.draws} | {g['dbroke']}/{differ} |", flush=True)
    print(f"\nthe installed code's threshold and temperature match, of {fits} fits: "
          + ", ".join(f"{r} {matches[r]}" for r in RULES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
