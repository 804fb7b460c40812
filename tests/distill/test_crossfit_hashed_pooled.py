"""The hashed pooled pair kind (installation rule, eighth amendment): the rule's choice, the pooled pick against
the rankings on disk, and the kind's whole path on two invented essay sets (ranked, cross-validated with picks
pooled over both, bundled, installed by ``crossfit-vocab --install``, scored through the app's own reader and
Scorer). scikit-learn and onnxruntime only; no torch."""
from __future__ import annotations

import dataclasses
import json

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("sklearn")

from grader_app.distill.crossfit_vocab import (HASHED_PAIR_KIND, HASHED_POOLED_KIND, with_hashed_pair,  # noqa: E402
                                               with_hashed_pooled)
from test_crossfit_baseline import _vocab, invented_set  # noqa: E402,F401  (set 7's cached students; its invented set)
from test_crossfit_hashed_lr import _kind  # noqa: E402


def test_the_eighth_amendment_installs_the_pooled_pair_only_where_it_has_the_best_cv_qwk():
    students = with_hashed_pair(_vocab(hashed_hard=0.603, vocab_kd=0.607, vocab_hard=0.582),
                                _kind(0.640, "hashed-pair-bundle"))
    wins = with_hashed_pooled(students, _kind(0.650, "hashed-pooled-bundle", threshold=0.8))
    assert wins["pick"] == {"kind": HASHED_POOLED_KIND, "qwk": 0.650, "recipe_qwk": 0.607, "install": True}
    assert wins["pick_before_eighth_amendment"]["kind"] == HASHED_PAIR_KIND
    assert wins["bundle_file"].replace("\\", "/") == "runs/x/hashed-pooled-bundle/set-7/asap-sas-7.gradebundle"
    loses = with_hashed_pooled(students, _kind(0.639, "hashed-pooled-bundle"))
    assert loses["pick"]["kind"] == HASHED_PAIR_KIND and loses["kinds"][HASHED_POOLED_KIND]["qwk"] == 0.639
    assert with_hashed_pooled(students, _kind(0.640, "p"))["pick"]["kind"] == HASHED_PAIR_KIND  # a tie: listed first
    with pytest.raises(ValueError, match="other folds"):
        with_hashed_pooled(students, _kind(0.7, "h", n=1000))


def _rankings(scores_by_set: dict) -> dict:
    """Rankings records as stage 1 writes them, for one half ``"h"`` and one split ``"0"``."""
    return {s: {"set": s, "grids": {"h": [{"features": "a"}, {"features": "b"}, {"features": "c"}]},
                "scores": {"h": {"0": rows}}} for s, rows in scores_by_set.items()}


def test_the_pooled_pick_is_the_best_mean_over_the_sets_not_any_one_set_s_best():
    from grader_app.distill.crossfit_hashed_pooled import pooled_pick

    # set 1 prefers a, set 2 prefers c; b is second on both and best on average
    r = _rankings({1: [[0.80, 0.7], [0.78, 0.7], [0.60, 0.6]], 2: [[0.50, 0.6], [0.70, 0.6], [0.71, 0.6]]})
    assert pooled_pick(r, "h", "0") == (1, pytest.approx(0.74), pytest.approx(0.65))
    tie = _rankings({1: [[0.7, 0.5], [0.7, 0.6], [0.7, 0.6]]})
    assert pooled_pick(tie, "h", "0")[0] == 1  # equal QWK: the better accuracy, then the grid's order
    other = _rankings({1: [[0.7, 0.5]] * 3})
    other[1]["grids"]["h"] = other[1]["grids"]["h"][:2]
    with pytest.raises(ValueError, match="different grids"):
        pooled_pick({**tie, 2: other[1]}, "h", "0")


@pytest.fixture
def two_invented_sets(invented_set, monkeypatch):  # noqa: F811
    """Set 7 of ``invented_set`` and a set 8 beside it (other words, scores 0-2), in the same data folder."""
    import os
    from pathlib import Path

    data = Path(os.environ["GRADER_SHARED_DATA"]) / "asap_sas"
    rng = np.random.default_rng(8)
    words = {0: ["no", "i forget", "nothing here"], 1: ["the author likes trees", "trees are tall"],
             2: ["the author shows that trees protect the village from wind", "the trees shelter the village"]}
    rows = []
    for i in range(150):
        s = i % 3
        text = f"{rng.choice(['so', 'well', 'i guess'])} {rng.choice(words[s])}"
        if rng.uniform() < 0.15:
            s = int(rng.integers(0, 3))
        rows.append({"Id": 7000 + i, "EssaySet": 8, "Score1": s, "Score2": s, "EssayText": text})
    both = pd.concat([invented_set, pd.DataFrame(rows)], ignore_index=True)
    both.to_csv(data / "train_rel_2.tsv", sep="\t", index=False)
    unl = pd.read_csv(data / "unlabeled_private_leaderboard.tsv", sep="\t")
    extra = pd.DataFrame([{"Id": 9900 + i, "EssaySet": 8, "EssayText": f"well {words[i % 3][0]}"} for i in range(10)])
    pd.concat([unl, extra]).to_csv(data / "unlabeled_private_leaderboard.tsv", sep="\t", index=False)
    (data / "prompts" / "essay_8_description.txt").write_text("Why does the author describe the trees?")
    return invented_set


def test_pooled_kind_ranks_both_sets_picks_over_them_and_its_bundle_scores_through_the_app(two_invented_sets, tmp_path,
                                                                                            monkeypatch):
    from grader_app.core.decision import decide_many
    from grader_app.core.metrics import quadratic_weighted_kappa
    from grader_app.distill import cli, crossfit_hashed_pair, crossfit_hashed_pooled
    from grader_app.scoring import Scorer
    from shipped import install_and_check

    def short(family):  # three configurations per half: the same code path in seconds
        return dataclasses.replace(family, grid=tuple(c for c in family.grid if c.features in ("w12+c345", "w12+s5")
                                                      and c.value in (family.grid[0].value, family.grid[1].value))[:3])
    lr, ordinal = short(crossfit_hashed_pair.LR_HALF), short(crossfit_hashed_pair.ORDINAL_HALF)
    monkeypatch.setattr(crossfit_hashed_pooled, "halves", lambda key=None: (lr, ordinal))
    monkeypatch.setattr(crossfit_hashed_pooled, "POOL", (7, 8))
    out = tmp_path / "crossfit-vocab"
    with pytest.raises(FileNotFoundError, match="crossfit-hashed-pooled"):
        crossfit_hashed_pooled.load_rankings(out)  # stage 2 without stage 1: says what to run
    assert cli.main(["crossfit-hashed-pooled", "--sets", "7", "--out", str(out), "--executor", "serial"]) == 0

    ranked = {s: json.loads((out / crossfit_hashed_pooled.RANKINGS / f"set-{s}" / "rankings.json").read_text())
              for s in (7, 8)}   # stage 1 ranked set 8 too, though only set 7 was asked for
    for r in ranked.values():
        assert set(r["scores"]) == {"hashed_lr", "hashed_ordinal"}
        assert all(len(split) == 3 for half in r["scores"].values() for split in half.values())
        assert set(r["scores"]["hashed_lr"]) == {"0", "1", "2", "3", "4", "final"}
    summary = json.loads((out / crossfit_hashed_pooled.FOLDER / "set-7" / "summary.json").read_text())
    assert summary["pool"] == [7, 8]
    for choice in summary["choices"]:
        for family in (lr, ordinal):
            table = np.array([ranked[s]["scores"][family.kind][str(choice["fold"])] for s in (7, 8)]).mean(axis=0)
            best = max(range(3), key=lambda i: (table[i, 0], table[i, 1], -i))
            assert choice[family.kind]["config"] == family.grid[best].as_dict()
            assert choice[family.kind]["pooled_inner_qwk"] == pytest.approx(table[best, 0])
    fig = summary["figures"]
    assert len(fig["folds"]) == 5 and fig["qwk"] == pytest.approx(np.mean(fig["folds"])) and fig["qwk"] > 0.5

    n = len(two_invented_sets)
    b = install_and_check(out, tmp_path / "models", n, 0.6, HASHED_POOLED_KIND, fig, parity=1e-4)
    m = b.manifest
    assert m["parameters"] <= 50_000 and m["provenance"]["choice"]["weights"] == [0.5, 0.5]
    assert "sets 7, 8" in m["provenance"]["choice"]["criterion"]
    assert [s["buckets"] for s in m["provenance"]["student_specs"]] == [lr.buckets(3), ordinal.buckets(3)]
    probs = Scorer(b, threads=1).predict_proba(two_invented_sets["EssayText"].tolist())
    assert probs.shape == (n, 3) and np.allclose(probs.sum(1), 1.0, atol=1e-5)
    pred = np.array(b.labels)[decide_many(probs, b.cutpoints)]
    assert quadratic_weighted_kappa(two_invented_sets["Score1"], pred, labels=b.labels) > 0.7
