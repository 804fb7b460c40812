"""The hashed augmented pair kind (installation rule, tenth amendment) and its six-copy kinds (sixteenth, and
seventeenth with the copies sharing one answer's weight): the rule's
choice, how a fold's fit leaves out the copies its teachers did not label, how the MiniLM labels of the copies are read
back (and refused when the copies changed), what six copies share with two, and each kind's whole path on two invented
essay sets through the app's own reader and Scorer. scikit-learn and onnxruntime only; no torch."""
from __future__ import annotations

import json

import numpy as np
import pytest

pytest.importorskip("sklearn")

from grader_app.distill.crossfit_vocab import (HASHED_AUGMENTED6_KIND, HASHED_AUGMENTED6_SHARED_KIND,  # noqa: E402
                                               HASHED_AUGMENTED_KIND, HASHED_DISTILLED_KIND, with_hashed_augmented,
                                               with_hashed_augmented6, with_hashed_augmented6_shared,
                                               with_hashed_distilled)
from test_crossfit_baseline import _vocab, invented_set  # noqa: E402,F401
from test_crossfit_hashed_distilled import _half, short_pooled_kind  # noqa: E402
from test_crossfit_hashed_lr import _kind  # noqa: E402
from test_crossfit_hashed_pooled import two_invented_sets  # noqa: E402,F401


def test_the_tenth_amendment_installs_the_augmented_pair_only_where_it_has_the_best_cv_qwk():
    students = with_hashed_distilled(_vocab(hashed_hard=0.603, vocab_kd=0.607, vocab_hard=0.582),
                                     _kind(0.640, "hashed-distilled-bundle"))
    wins = with_hashed_augmented(students, _kind(0.650, "hashed-augmented-bundle", threshold=0.8))
    assert wins["pick"] == {"kind": HASHED_AUGMENTED_KIND, "qwk": 0.650, "recipe_qwk": 0.607, "install": True}
    assert wins["pick_before_tenth_amendment"]["kind"] == HASHED_DISTILLED_KIND
    assert wins["bundle_file"].replace("\\", "/") == "runs/x/hashed-augmented-bundle/set-7/asap-sas-7.gradebundle"
    assert with_hashed_augmented(students, _kind(0.640, "a"))["pick"]["kind"] == HASHED_DISTILLED_KIND  # a tie
    assert with_hashed_augmented(students, None) is students
    with pytest.raises(ValueError, match="other folds"):
        with_hashed_augmented(students, _kind(0.7, "h", n=1000))


def test_the_sixteenth_amendment_weighs_the_six_copy_kind_against_every_kind_before_it():
    students = with_hashed_augmented(with_hashed_distilled(_vocab(hashed_hard=0.603, vocab_kd=0.607, vocab_hard=0.582),
                                                           _kind(0.640, "hashed-distilled-bundle")),
                                     _kind(0.650, "hashed-augmented-bundle"))
    wins = with_hashed_augmented6(students, _kind(0.655, "hashed-augmented6-bundle"))
    assert wins["pick"]["kind"] == HASHED_AUGMENTED6_KIND and wins["pick"]["install"]
    assert wins["pick_before_sixteenth_amendment"]["kind"] == HASHED_AUGMENTED_KIND
    assert wins["bundle_file"].replace("\\", "/").endswith("hashed-augmented6-bundle/set-7/asap-sas-7.gradebundle")
    assert with_hashed_augmented6(students, _kind(0.650, "a"))["pick"]["kind"] == HASHED_AUGMENTED_KIND  # a tie
    assert with_hashed_augmented6(students, _kind(0.645, "a"))["pick"]["kind"] == HASHED_AUGMENTED_KIND
    from grader_app.distill.crossfit_vocab import KINDS, OWN_BUNDLE_KINDS   # so a full install records them as
    assert {HASHED_AUGMENTED6_KIND, HASHED_AUGMENTED6_SHARED_KIND} <= set(KINDS)   # candidates, the report weighs them
    assert {HASHED_AUGMENTED6_KIND, HASHED_AUGMENTED6_SHARED_KIND} <= set(OWN_BUNDLE_KINDS)   # and installs their bundle
    assert not {"hashed_kd", "hashed_hard", "vocab_kd", "vocab_hard"} & set(OWN_BUNDLE_KINDS)   # students are refitted
    shared = with_hashed_augmented6_shared(wins, _kind(0.660, "hashed-augmented6-shared-bundle"))
    assert shared["pick"]["kind"] == HASHED_AUGMENTED6_SHARED_KIND
    assert shared["pick_before_seventeenth_amendment"]["kind"] == HASHED_AUGMENTED6_KIND
    assert with_hashed_augmented6_shared(wins, _kind(0.655, "a"))["pick"]["kind"] == HASHED_AUGMENTED6_KIND  # a tie


def test_six_copies_begin_with_todays_two_and_keep_their_own_kind_and_folders(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.crossfit import set_data
    from grader_app.distill.crossfit_hashed_augmented import (FOLDER, KIND, label_dir, augmented_set, copy_weight,
                                                              folder_of, kind_of)

    d = set_data(7)
    two, src2 = augmented_set(d)
    six, src6 = augmented_set(d, 6)
    assert len(six.texts) > 2.5 * len(two.texts) and six.digest() != two.digest()
    for i in range(len(d.texts) + len(d.transfer)):   # each answer's copies: today's two, then four more
        mine2 = [two.texts[j] for j in np.flatnonzero(two.source == i)]
        mine6 = [six.texts[j] for j in np.flatnonzero(six.source == i)]
        assert mine6[:len(mine2)] == mine2 and len(mine6) >= len(mine2)
    assert np.array_equal(src6[six.source < len(d.texts)], d.folds[six.source[six.source < len(d.texts)]])
    assert (kind_of(), folder_of()) == (KIND, FOLDER)
    assert (kind_of(6), folder_of(6)) == ("hashed_augmented6", "hashed-augmented6-bundle") == (
        HASHED_AUGMENTED6_KIND, "hashed-augmented6-bundle")
    assert label_dir(tmp_path, 7, 0) == tmp_path / "minilm-aug" / "set-7" / "fold-0"
    assert label_dir(tmp_path, 7, 0, 6) == tmp_path / "minilm-aug6" / "set-7" / "fold-0"
    assert (kind_of(6, shared=True), folder_of(6, shared=True)) == (HASHED_AUGMENTED6_SHARED_KIND,
                                                                    "hashed-augmented6-shared-bundle")
    assert copy_weight() == copy_weight(6) == 0.5 and copy_weight(6, shared=True) * 6 == pytest.approx(1.0)
    for args in [(), (6,), (6, True), (6, True, "z")]:   # word-piece kinds (29th amendment): their kinds' folder, "-pieces"
        assert folder_of(*args, pieces=True) == folder_of(*args).replace("-bundle", "-pieces-bundle")
        assert kind_of(*args, pieces=True) == kind_of(*args) + "_pieces"
    assert folder_of(pieces=True) == "hashed-augmented-pieces-bundle"


@pytest.mark.parametrize("half", ["hashed_lr", "hashed_ordinal"])
def test_a_fold_fit_leaves_out_the_copies_its_teacher_did_not_label_and_the_final_fit_averages_the_others(half):
    from grader_app.distill.crossfit_hashed_distilled import fit_soft, soft_fitter

    family, config, spec, X, y, Xt, yt, _ = _half(half)
    n_t = Xt.shape[0]
    rng = np.random.default_rng(0)
    per_fold = [rng.dirichlet(np.ones(3), size=n_t) for _ in range(2)]
    per_fold[0][:10] = np.nan                       # fold 0's teacher never labelled the first ten
    weights = np.where(np.arange(n_t) % 2 == 0, 1.0, 0.5)
    fit = soft_fitter(y, 3, {half: {config.features: Xt}}, per_fold, weights)
    rows = np.arange(len(y))
    fold0 = fit(family, config, X, rows, "0")
    same = fit_soft(family, config, 3, X, y, Xt[10:], per_fold[0][10:], weights[10:])
    assert np.abs(fold0.predict_proba(X) - same.predict_proba(X)).max() <= 1e-6
    final = fit(family, config, X, rows, "final")
    mean = np.vstack([per_fold[1][:10], (per_fold[0][10:] + per_fold[1][10:]) / 2])
    expected = fit_soft(family, config, 3, X, y, Xt, mean, weights)
    assert np.abs(final.predict_proba(X) - expected.predict_proba(X)).max() <= 1e-6
    nobody = [p.copy() for p in per_fold]
    for p in nobody:
        p[0] = np.nan
    with pytest.raises(ValueError, match="labelled by none"):
        soft_fitter(y, 3, {half: {config.features: Xt}}, nobody)


def test_the_copies_minilm_labels_are_read_per_fold_and_refused_when_the_copies_changed(tmp_path):
    from grader_app.distill.augment import Augmented
    from grader_app.distill.augmented_copies import label_dir, minilm_labels

    aug = Augmented(["a b", "b a", "c d", "d c"], ["swap_words"] * 4, np.array([0, 0, 1, 1]))
    source_fold = np.array([0, 0, 1, 1])
    for f in range(2):
        d = label_dir(tmp_path, 4, f)
        d.mkdir(parents=True)
        rows = np.flatnonzero(source_fold != f)
        np.savez_compressed(d / "aug_probs.npz", rows=rows, probs=np.full((len(rows), 2), 0.5, np.float32),
                            digest=np.array(aug.digest()))
        (d / "done.json").write_text("{}")
    got = minilm_labels(tmp_path, 4, 2, aug, 2)
    assert np.isnan(got[0][:2]).all() and (got[0][2:] == 0.5).all()
    assert np.isnan(got[1][2:]).all() and (got[1][:2] == 0.5).all()
    other = Augmented(["a b", "b a", "c d", "d x"], ["swap_words"] * 4, np.array([0, 0, 1, 1]))
    with pytest.raises(ValueError, match="not today's copies"):
        minilm_labels(tmp_path, 4, 2, other, 2)
    with pytest.raises(FileNotFoundError, match="crossfit-hashed-augmented --sets 4"):
        minilm_labels(tmp_path, 4, 3, aug, 2)


@pytest.mark.parametrize("copies,shared", [(2, False), (6, False), (6, True)])
def test_augmented_kind_learns_the_copies_and_its_bundle_scores_through_the_app(two_invented_sets, tmp_path,  # noqa: F811
                                                                                monkeypatch, copies, shared):
    from grader_app.core.decision import decide_many
    from grader_app.core.metrics import quadratic_weighted_kappa
    from grader_app.distill import cli, crossfit_hashed_augmented
    from grader_app.distill.crossfit import set_data
    from grader_app.scoring import Scorer
    from shipped import install_and_check

    short_pooled_kind(monkeypatch, crossfit_hashed_augmented, tmp_path / "no-minilm-here")
    aug, source_fold = crossfit_hashed_augmented.augmented_set(set_data(7), copies)
    assert len(aug.texts) > 150 * copies and (source_fold == -1).sum() > 15 * copies   # copies of nearly every answer
    out = tmp_path / "crossfit-vocab"
    assert cli.main(["crossfit-hashed-augmented", "--sets", "7", "--out", str(out), "--executor", "serial",
                     "--copies", str(copies)] + (["--shared-weight"] if shared else [])) == 0
    folder = crossfit_hashed_augmented.folder_of(copies, shared)
    assert [p.name for p in out.glob("hashed-augmented*")] == [folder]    # the other kinds' jobs never ran
    summary = json.loads((out / folder / "set-7" / "summary.json").read_text())
    assert summary["teacher"] == "tfidf-lr" and summary["n_transfer"] == 20 and summary["copies"] == copies
    assert summary["copy_weight"] == pytest.approx(1 / copies if shared else 0.5)
    assert summary["n_augmented"] == len(aug.texts) and sum(summary["operations"].values()) == len(aug.texts)
    fig = summary["figures"]
    assert len(fig["folds"]) == 5 and fig["qwk"] == pytest.approx(np.mean(fig["folds"])) and fig["qwk"] > 0.5

    n = len(two_invented_sets)
    kind = {2: HASHED_AUGMENTED_KIND, 6: HASHED_AUGMENTED6_SHARED_KIND if shared else HASHED_AUGMENTED6_KIND}[copies]
    b = install_and_check(out, tmp_path / "models", n, 0.6, kind, fig, parity=1e-4)
    prov = b.manifest["provenance"]
    assert prov["teacher_model"] == "tfidf-lr" and "augmented copies" in prov["choice"]["criterion"]
    weight = "a sixth of" if shared else "half"
    assert f"({'two' if copies == 2 else 'six'} of every answer, each weighing {weight} an answer)" in \
        prov["choice"]["criterion"]
    assert b.manifest["parameters"] <= 50_000
    probs = Scorer(b, threads=1).predict_proba(two_invented_sets["EssayText"].tolist())
    pred = np.array(b.labels)[decide_many(probs, b.cutpoints)]
    assert quadratic_weighted_kappa(two_invented_sets["Score1"], pred, labels=b.labels) > 0.7


def test_the_word_piece_kind_ranks_its_own_grid_reads_one_tokenizer_and_scores_through_the_app(two_invented_sets,  # noqa: F811
                                                                                                tmp_path, monkeypatch):
    """Twenty-ninth amendment: the six-copy kind at two copies' weight with word-piece halves makes the word-piece
    rankings for every set of the pool beside today's, picks from them, keeps its own folder and kind, and its
    bundle's graph tokenizes the answer once (today's kind: once per feature group)."""
    import onnx

    from grader_app.bundles import read_bundle
    from grader_app.distill import cli, crossfit_hashed_augmented, crossfit_hashed_pooled
    from grader_app.learn.hashed import HashSpec
    from grader_app.scoring import Scorer

    short_pooled_kind(monkeypatch, crossfit_hashed_augmented, tmp_path / "no-minilm-here")
    out = tmp_path / "crossfit-vocab"
    args = ["crossfit-hashed-augmented", "--sets", "7", "--out", str(out), "--executor", "serial", "--copies", "6",
            "--shared-weight"]
    assert cli.main(args + ["--pieces"]) == 0
    assert [p.name for p in out.glob("hashed-augmented*")] == ["hashed-augmented6-shared-pieces-bundle"]
    for s in (7, 8):   # the pool's word-piece rankings, every set, beside today's (which the teacher's judge reads)
        ranked = json.loads((out / (crossfit_hashed_pooled.RANKINGS + "-pieces") / f"set-{s}" / "rankings.json")
                            .read_text())
        assert {c["features"] for grid in ranked["grids"].values() for c in grid} == {"p12"}
        assert (out / crossfit_hashed_pooled.RANKINGS / f"set-{s}" / "done.json").is_file()
    job = out / "hashed-augmented6-shared-pieces-bundle" / "set-7"
    summary = json.loads((job / "summary.json").read_text())
    assert summary["kind"] == "hashed_augmented6_shared_pieces" and summary["copies"] == 6
    assert all(c[h]["config"]["features"] == "p12" for c in summary["choices"] for h in ("hashed_lr", "hashed_ordinal"))
    fig = summary["figures"]
    assert len(fig["folds"]) == 5 and fig["qwk"] == pytest.approx(np.mean(fig["folds"])) and fig["qwk"] > 0.5

    b = read_bundle(job / summary["bundle"])
    prov = b.manifest["provenance"]
    assert prov["kind"] == "crossfit-hashed_augmented6_shared_pieces"
    assert "word pieces alone" in prov["choice"]["criterion"] and "word-piece 1-2-grams" in prov["model"]
    specs = [HashSpec.from_dict(s) for s in prov["student_specs"]]
    assert all(s.pieces == (1, 2) and not s.words and not s.chars and not s.stems for s in specs)
    assert b.manifest["parameters"] <= 50_000 and prov["parity_max_abs_dp"] <= 1e-4

    def tokenizers(model_bytes: bytes) -> int:
        return sum(n.op_type == "Tokenizer" for n in onnx.load_from_string(model_bytes).graph.node)
    assert cli.main(args) == 0   # today's kind beside it, same teacher and copies
    today = json.loads((out / "hashed-augmented6-shared-bundle" / "set-7" / "summary.json").read_text())
    today_b = read_bundle(out / "hashed-augmented6-shared-bundle" / "set-7" / today["bundle"])
    assert tokenizers(b.model_bytes) == 1 < tokenizers(today_b.model_bytes)
    probs = Scorer(b, threads=1).predict_proba(two_invented_sets["EssayText"].tolist())
    assert probs.shape == (len(two_invented_sets), 3) and np.allclose(probs.sum(1), 1.0, atol=1e-5)
