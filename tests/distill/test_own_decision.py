"""``grader-distill own`` chooses the bundle's decision rule out of fold, as the ASAP-SAS kinds do (``decoding``):
cutpoints on the expected score where, leave-one-fold-out, they beat the arg-max's QWK by more than the margin, else
the arg-max. Each fold of the cross-validation is scored by the rule chosen on the other folds; the bundle's rule,
chosen on every out-of-fold prediction, is in its manifest and the app's Scorer and session decide by it.

Real pipeline (one thread, a small sweep), real files, onnxruntime; the bundle read back as the app reads it.
"""
from __future__ import annotations

import csv
import json
import random

import numpy as np
import pytest

from grader_app.distill.cli import main

# four ordered scores, each with its own words; an answer takes 40 % of its words from its score's pool and the rest
# from a neighbouring score's: the classes overlap along the scale, so the arg-max gives up QWK that the expected
# score, cut where the folds say, recovers
POOLS = ("gravity dunno cream fish boat summer blue".split(), "cold water ice floats light frozen top".split(),
         "density lower less dense liquid expands volume".split(),
         "hydrogen bonds lattice open structure spaced hexagonal".split())


def _write(folder, seed: int, own: float, pools, scored: int = 90, unscored: int = 30):
    """Scored and unscored answers on the ``pools``' scale and a teacher that reads the words of each answer."""
    rng = random.Random(seed)
    K = len(pools)

    def answer(s):
        picks = [s if rng.random() < own else min(K - 1, max(0, s + rng.choice((-1, 1))))
                 for _ in range(rng.randint(4, 10))]
        return " ".join(rng.choice(pools[p]) for p in picks).capitalize() + "."

    def teacher(text):
        counts = np.array([sum(w.strip(".").lower() in pools[c] for w in text.split()) for c in range(K)], float)
        z = 4.8 * counts / counts.sum()
        p = np.exp(z - z.max())
        return p / p.sum()

    rows = [(f"{'S' if i < scored else 'U'}{i:03d}", i % K) for i in range(scored + unscored)]
    texts = {rid: answer(s) for rid, s in rows}
    with open(folder / "scored.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "answer", "score"])
        w.writerows((rid, texts[rid], s) for rid, s in rows[:scored])
    with open(folder / "unscored.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "answer"])
        w.writerows((rid, texts[rid]) for rid, _ in rows[scored:])
    with open(folder / "llm.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id"] + [f"p_{c}" for c in range(K)])
        w.writerows([rid] + [f"{x:.6f}" for x in teacher(texts[rid])] for rid, _ in rows)
    return [texts[rid] for rid, _ in rows[:scored]]


def _own(folder, capsys):
    import torch

    torch.set_num_threads(1)
    out = folder / "out"
    assert main(["own", "--scored", str(folder / "scored.csv"), "--unscored", str(folder / "unscored.csv"),
                 "--soft-labels", str(folder / "llm.csv"), "--folds", "3", "--quick", "--arch", "linear",
                 "--title", "Why ice floats", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    return said, json.loads((out / "own.json").read_text(encoding="utf-8")), out / "student-kd.gradebundle"


@pytest.mark.distill
def test_cutpoints_that_win_out_of_fold_are_the_bundles_rule_and_the_app_scores_by_them(tmp_path, capsys):
    from grader_app.bundles import read_bundle
    from grader_app.cli import run_cli
    from grader_app.core.decision import RULE_EXPECTED, decide_many
    from grader_app.core.prediction import Prediction
    from grader_app.scoring import Scorer

    texts = _write(tmp_path, seed=5, own=0.4, pools=POOLS)
    said, report, path = _own(tmp_path, capsys)
    cv = report["cross_validation"]["kd"]
    # every fold was scored by the rule chosen on the other two, and the figures are that rule's, not the arg-max's
    assert cv["fold_rules"] == [RULE_EXPECTED] * 3
    assert cv["qwk_mean"] > cv["argmax"]["qwk_mean"] + 0.01
    assert f"distilled QWK {cv['qwk_mean']:.3f}" in said and f"arg-max alone {cv['argmax']['qwk_mean']:.3f}" in said

    rule = report["bundle"]["bundles"]["kd"]["decision"]
    assert rule["rule"] == RULE_EXPECTED and rule["inner_qwk_expected"] > rule["inner_qwk_argmax"]
    bundle = read_bundle(path)
    cuts = bundle.cutpoints
    assert bundle.manifest["decision"] == {"rule": RULE_EXPECTED, "cutpoints": [round(c, 6) for c in rule["cutpoints"]]}
    assert bundle.manifest["metrics"]["cross_validation"]["qwk"] == round(cv["qwk_mean"], 4)
    assert bundle.manifest["metrics"]["cross_validation"]["qwk_argmax"] == round(cv["argmax"]["qwk_mean"], 4)
    assert bundle.manifest["calibration"]["temperature"] == rule["temperature"]
    assert "it scores by the expected score, cutpoints" in said

    # the app's Scorer (onnxruntime) and its predictions decide by the rule chosen out of fold
    # (answers mixing the lowest and the highest score's words too: a coin toss for the arg-max, the middle for the
    # expected score)
    mixed = [" ".join(f"{a} {b}" for a, b in zip(POOLS[0][i:], POOLS[3][j:])) for i in range(3) for j in range(3)]
    probs = Scorer(bundle, threads=1).predict_proba(texts + mixed)
    decided = decide_many(probs, rule["cutpoints"])
    app = np.array([Prediction(tuple(map(float, p)), tuple(bundle.labels), cutpoints=cuts).index for p in probs])
    assert (app == decided).all() and (decided != probs.argmax(1)).any()
    assert run_cli(["verify", str(path)]) == 0
    assert "score: by expected score, cutpoints" in capsys.readouterr().out


@pytest.mark.distill
def test_where_the_arg_max_is_as_good_it_stays(tmp_path, capsys):
    from grader_app.bundles import read_bundle
    from grader_app.core.decision import RULE_ARGMAX

    # each score's words its own (no neighbour's): the arg-max is right on nearly every answer, nothing to gain
    _write(tmp_path, seed=5, own=1.0, pools=POOLS)
    said, report, path = _own(tmp_path, capsys)
    cv = report["cross_validation"]["kd"]
    assert cv["fold_rules"] == [RULE_ARGMAX] * 3 and cv["qwk_mean"] == cv["argmax"]["qwk_mean"]
    assert report["bundle"]["bundles"]["kd"]["decision"]["rule"] == RULE_ARGMAX
    bundle = read_bundle(path)
    assert "decision" not in bundle.manifest and bundle.cutpoints is None
    assert "it scores by the likeliest score, the arg-max" in said
