"""The hashed distilled pair kind (installation rule, ninth amendment): the rule's choice, the soft-target fits of
both halves against what they must equal, and the kind's whole path on two invented essay sets (the pooled
rankings, the TF-IDF teacher's labels of the unscored answers, bundled, installed, scored through the app's own
reader and Scorer). scikit-learn and onnxruntime only; no torch."""
from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

pytest.importorskip("sklearn")

from grader_app.distill.crossfit_vocab import (HASHED_DISTILLED_KIND, HASHED_POOLED_KIND,  # noqa: E402
                                               with_hashed_distilled, with_hashed_pooled)
from test_crossfit_baseline import _vocab, invented_set  # noqa: E402,F401  (set 7's cached students; its invented set)
from test_crossfit_hashed_lr import _kind  # noqa: E402
from test_crossfit_hashed_pooled import two_invented_sets  # noqa: E402,F401


def test_the_ninth_amendment_installs_the_distilled_pair_only_where_it_has_the_best_cv_qwk():
    students = with_hashed_pooled(_vocab(hashed_hard=0.603, vocab_kd=0.607, vocab_hard=0.582),
                                  _kind(0.640, "hashed-pooled-bundle"))
    wins = with_hashed_distilled(students, _kind(0.650, "hashed-distilled-bundle", threshold=0.8))
    assert wins["pick"] == {"kind": HASHED_DISTILLED_KIND, "qwk": 0.650, "recipe_qwk": 0.607, "install": True}
    assert wins["pick_before_ninth_amendment"]["kind"] == HASHED_POOLED_KIND
    loses = with_hashed_distilled(students, _kind(0.639, "hashed-distilled-bundle"))
    assert loses["pick"]["kind"] == HASHED_POOLED_KIND and loses["kinds"][HASHED_DISTILLED_KIND]["qwk"] == 0.639
    assert with_hashed_distilled(students, _kind(0.640, "d"))["pick"]["kind"] == HASHED_POOLED_KIND  # a tie
    with pytest.raises(ValueError, match="other folds"):
        with_hashed_distilled(students, _kind(0.7, "h", n=1000))


def test_the_teacher_is_fixed_by_what_exists_never_chosen():
    from grader_app.distill.crossfit_hashed_distilled import teacher_name

    assert teacher_name({"tfidf-lr": 0, "minilm": 0, "minilm+tfidf-lr": 0}) == "minilm+tfidf-lr"
    assert teacher_name({"tfidf-lr": 0}) == "tfidf-lr"


def _data(n: int = 120, seed: int = 3):
    rng = np.random.default_rng(seed)
    words = [["no", "blank", "dunno"], ["cells", "water moves"], ["osmosis moves water across the membrane"]]
    y = np.arange(n) % 3
    texts = [f"{rng.choice(words[s])} {rng.choice(['so', 'well'])}" for s in y]
    transfer = [f"{rng.choice(words[s])} maybe" for s in np.arange(30) % 3]
    return texts, y, transfer, np.arange(30) % 3


def _half(half: str):
    """One half's family and configuration, with invented scored and unscored answers featurised for it:
    ``(family, config, spec, X, y, Xt, yt, transfer)``."""
    from grader_app.distill.crossfit_hashed_pair import halves
    from grader_app.learn.hashed import featurise

    family = {f.kind: f for f in halves()}[half]
    config = family.grid[1]
    texts, y, transfer, yt = _data()
    spec = family.spec(config, 3)
    return family, config, spec, featurise(texts, spec), y, featurise(transfer, spec), yt, transfer


def short_pooled_kind(monkeypatch, kind_module, teachers) -> None:
    """A pooled kind's module cut to three configurations per half (the same code path in seconds), pooled over
    the two invented sets, its teachers read from ``teachers`` (where no MiniLM fold exists)."""
    from grader_app.distill import crossfit_hashed_pair, crossfit_hashed_pooled

    def short(family):
        return dataclasses.replace(family, grid=tuple(c for c in family.grid if c.features in ("w12+c345", "w12+s5")
                                                      and c.value in (family.grid[0].value, family.grid[1].value))[:3])
    lr, ordinal = short(crossfit_hashed_pair.LR_HALF), short(crossfit_hashed_pair.ORDINAL_HALF)

    def halves(key=None):   # as crossfit_hashed_pair.halves: with a key, both halves read its features
        return (lr, ordinal) if key is None else tuple(dataclasses.replace(f, key=key) for f in (lr, ordinal))

    def piece_halves(key=None):   # as crossfit_hashed_pair.piece_halves, from the short halves
        return tuple(crossfit_hashed_pair._pieces_only(f) for f in halves(key))
    monkeypatch.setattr(crossfit_hashed_pooled, "halves", halves)
    monkeypatch.setattr(crossfit_hashed_pooled, "piece_halves", piece_halves)
    if hasattr(kind_module, "halves"):   # a kind that picks its halves itself (the augmented kinds ask the pooled one)
        monkeypatch.setattr(kind_module, "halves", halves)
    monkeypatch.setattr(crossfit_hashed_pooled, "POOL", (7, 8))
    monkeypatch.setattr(kind_module, "TEACHERS", str(teachers))


@pytest.mark.parametrize("half", ["hashed_lr", "hashed_ordinal"])
def test_a_soft_fit_with_one_hot_targets_is_the_hard_fit_on_both_sets_of_answers(half):
    from scipy.sparse import vstack

    from grader_app.distill.crossfit_hashed_distilled import fit_soft

    family, config, spec, X, y, Xt, yt, _ = _half(half)
    soft = fit_soft(family, config, 3, X, y, Xt, np.eye(3)[yt])
    hard = family.fit(vstack([X, Xt]).tocsr(), np.concatenate([y, yt]), config, 3, spec)
    assert np.abs(soft.predict_proba(X) - hard.predict_proba(X)).max() <= 2e-3


@pytest.mark.parametrize("half", ["hashed_lr", "hashed_ordinal"])
def test_the_teacher_s_soft_labels_move_the_student(half):
    """Unscored answers whose teacher puts most of its belief on score 2 pull the student's probability of 2 up on
    answers like them, more than the same answers with a teacher that is sure of their own score."""
    from grader_app.distill.crossfit_hashed_distilled import fit_soft
    from grader_app.learn.hashed import featurise

    family, config, spec, X, y, Xt, yt, transfer = _half(half)
    sure = fit_soft(family, config, 3, X, y, Xt, np.eye(3)[yt])
    leaning = np.tile([0.1, 0.1, 0.8], (len(yt), 1))
    moved = fit_soft(family, config, 3, X, y, Xt, leaning)
    zero = featurise([t for t, s in zip(transfer, yt) if s == 0], spec)
    assert moved.predict_proba(zero)[:, 2].mean() > sure.predict_proba(zero)[:, 2].mean() + 0.05


def test_distilled_kind_learns_the_unscored_answers_and_its_bundle_scores_through_the_app(two_invented_sets, tmp_path,  # noqa: F811
                                                                                          monkeypatch):
    from grader_app.core.decision import decide_many
    from grader_app.core.metrics import quadratic_weighted_kappa
    from grader_app.distill import cli, crossfit_hashed_distilled, crossfit_hashed_pooled
    from grader_app.scoring import Scorer
    from shipped import install_and_check

    short_pooled_kind(monkeypatch, crossfit_hashed_distilled, tmp_path / "no-minilm-here")
    out = tmp_path / "crossfit-vocab"
    assert cli.main(["crossfit-hashed-distilled", "--sets", "7", "--out", str(out), "--executor", "serial"]) == 0
    assert (out / crossfit_hashed_pooled.RANKINGS / "set-8" / "rankings.json").is_file()  # its first stage ran
    summary = json.loads((out / crossfit_hashed_distilled.FOLDER / "set-7" / "summary.json").read_text())
    assert summary["teacher"] == "tfidf-lr" and summary["n_transfer"] == 20  # the invented set's unscored answers
    assert all(set(c) == {"fold", "hashed_lr", "hashed_ordinal"} for c in summary["choices"])
    fig = summary["figures"]
    assert len(fig["folds"]) == 5 and fig["qwk"] == pytest.approx(np.mean(fig["folds"])) and fig["qwk"] > 0.5

    n = len(two_invented_sets)
    b = install_and_check(out, tmp_path / "models", n, 0.6, HASHED_DISTILLED_KIND, fig, parity=1e-4)
    prov = b.manifest["provenance"]
    assert prov["teacher_model"] == "tfidf-lr" and "and 20 unscored ones" in prov["model"]
    assert "soft targets" in prov["choice"]["criterion"] and b.manifest["parameters"] <= 50_000
    probs = Scorer(b, threads=1).predict_proba(two_invented_sets["EssayText"].tolist())
    assert probs.shape == (n, 3) and np.allclose(probs.sum(1), 1.0, atol=1e-5)
    pred = np.array(b.labels)[decide_many(probs, b.cutpoints)]
    assert quadratic_weighted_kappa(two_invented_sets["Score1"], pred, labels=b.labels) > 0.7


def test_the_five_epoch_teachers_are_used_only_where_all_their_folds_are_done_and_validate_better(tmp_path):
    from grader_app.distill.teacher_runs import teacher_root

    def folds(root, qwks, train=True):
        for f, q in enumerate(qwks):
            d = root / "minilm" / "set-2" / f"fold-{f}"
            d.mkdir(parents=True, exist_ok=True)
            (d / "done.json").write_text(json.dumps({"inner_valid": {"valid_qwk": q}}))
            if train:
                t = root / "minilm-train" / "set-2" / f"fold-{f}"
                t.mkdir(parents=True, exist_ok=True)
                (t / "done.json").write_text("{}")

    root = tmp_path / "crossfit"
    folds(root, [0.60] * 5)
    assert teacher_root(2, root) == root                       # no five-epoch folds
    folds(root / "minilm-e5", [0.70] * 4)
    assert teacher_root(2, root) == root                       # four of five: not yet
    folds(root / "minilm-e5", [0.70] * 5, train=False)
    assert teacher_root(2, root) == root                       # five trained, their in-fold predictions missing
    folds(root / "minilm-e5", [0.70] * 5)
    assert teacher_root(2, root) == root / "minilm-e5"         # all five, better on their inner splits


def test_longer_teachers_that_validate_worse_are_not_used(tmp_path):
    from grader_app.distill.teacher_runs import teacher_root

    root = tmp_path / "crossfit"
    for base, q in ((root, 0.70), (root / "minilm-e5", 0.65)):
        for f in range(5):
            for part in ("minilm", "minilm-train"):
                d = base / part / "set-5" / f"fold-{f}"
                d.mkdir(parents=True)
                (d / "done.json").write_text(json.dumps({"inner_valid": {"valid_qwk": q}}))
    assert teacher_root(5, root) == root
