"""The feature teacher (fifteenth amendment): spelling-tolerant key matches, nearest answers that never count
themselves, a real fit on an invented essay set, and the rule that lets it join the MiniLM + TF-IDF teacher only where
it validates higher on the MiniLM fold teachers' inner splits. scikit-learn only; no torch."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("sklearn")

from grader_app.distill import feature_teacher as ft  # noqa: E402
from test_crossfit_baseline import invented_set  # noqa: E402,F401
from test_teacher_runs import _runs  # noqa: E402


def test_misspelt_and_inflected_key_terms_match_and_unrelated_words_do_not():
    assert ft.similar("photosynthesys", "photosynthesis")
    assert ft.similar("concentrations", "concentration")
    assert ft.similar("vinager", "vinegar")   # two edits in a 7-letter word
    assert not ft.similar("cat", "car")        # short words must match exactly
    assert not ft.similar("cell", "membrane")
    assert not ft.similar("rinse", "drying")
    assert ft.edit_distance("kitten", "sitting", 5) == 3 and ft.edit_distance("kitten", "sitting", 1) == 2


def test_key_cover_counts_each_elements_terms_found():
    elements = [["vinegar", "container"], ["drying", "method"], ["rinsed", "distilled", "water"]]
    answer = ft.content(ft.words("You need to know the type of vinager in each contaner and how long to rinse it"))
    cover = ft.key_cover(answer, elements)
    assert cover[0] == 1.0            # both terms, misspelt
    assert cover[1] == 0.0
    assert cover[2] == pytest.approx(1 / 3)   # "rinse" against "rinsed"; no water, no distilled


def test_training_answers_never_count_themselves_as_nearest():
    sims = np.array([[1.0, 0.2, 0.9],
                     [0.2, 1.0, 0.1],
                     [0.9, 0.1, 1.0]])
    y = np.array([0, 1, 0])
    own = ft.neighbour_features(sims, y, K=2, same_rows=True)
    # row 0: nearest score-0 answer is row 2 (0.9), not itself (1.0); nearest score-1 answer is row 1 (0.2)
    assert own[0, 0] == pytest.approx(0.9) and own[0, 2] == pytest.approx(0.2)
    # row 1 is the only score-1 answer: without itself, its best score-1 match is the -1 sentinel
    assert own[1, 2] == pytest.approx(-1.0)
    other = ft.neighbour_features(sims, y, K=2)
    assert other[0, 0] == pytest.approx(1.0)   # rows that are not the training answers keep every match
    assert sims[0, 0] == 1.0                   # the caller's matrix is left as it was


def test_a_score_no_training_answer_has_gives_zero_columns():
    out = ft.neighbour_features(np.array([[0.5, 0.4]]), np.array([0, 0]), K=3)
    assert out.shape == (1, 6) and np.all(out[:, 2:] == 0.0)
    assert out[0, 0] == pytest.approx(0.5) and out[0, 1] == pytest.approx(0.45)


def test_the_feature_teacher_learns_an_invented_set_and_reads_its_key(invented_set):  # noqa: F811
    from grader_app.core.metrics import quadratic_weighted_kappa
    from grader_app.distill import asap
    from grader_app.distill.crossfit import set_data

    d = set_data(7)
    tr, te = np.flatnonzero(d.folds != 0), np.flatnonzero(d.folds == 0)
    teacher = ft.for_set(7, d.n_labels).fit([d.texts[i] for i in tr], d.y[tr])
    p = teacher.predict_proba([d.texts[i] for i in te])
    assert p.shape == (len(te), 3) and np.allclose(p.sum(1), 1.0)
    assert quadratic_weighted_kappa(d.y[te], p.argmax(1), labels=[0, 1, 2]) > 0.6
    assert teacher.predict_proba([]).shape == (0, 3)
    no_key = teacher.features(["osmosis moves water"]).shape[1]
    (asap.asap_dir() / "prompts" / "essay_7_key.txt").write_text("osmosis moves water\nthe membrane\n")
    keyed = ft.for_set(7, d.n_labels).fit([d.texts[i] for i in tr], d.y[tr])
    assert keyed.features(["osmosis moves water"]).shape[1] == no_key + 2 + 3   # two elements' cover, three sums
    assert keyed.features(["osmosis moves water"])[0, 6:8].tolist() == [1.0, 0.0]


def test_it_joins_the_teacher_only_where_the_three_validate_higher_on_the_inner_splits(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.crossfit import set_data

    root = tmp_path / "crossfit"
    _runs(root, {"five": lambda n: []})   # a MiniLM right on every inner answer: nothing can validate higher
    d = set_data(7)
    figures = ft.inner_figures(7, d, 5, [root / "minilm-e5"])
    two, three = figures["minilm+tfidf-lr"], figures["minilm+tfidf-lr+feature-lr"]
    assert len(two) == len(three) == 5 and all(0 <= q <= 1 for q in two + three)
    assert figures["taken"] is False and np.mean(two) >= np.mean(three)
    wrong = tmp_path / "wrong"   # a MiniLM confidently wrong on most inner answers
    _runs(wrong, {"five": lambda n: range(n - 2)}, sure=6.0)
    figures = ft.inner_figures(7, d, 5, [wrong / "minilm-e5"])
    assert figures["taken"] == (np.mean(figures["minilm+tfidf-lr+feature-lr"]) > np.mean(figures["minilm+tfidf-lr"]))
    assert figures["taken"] is True   # two sound voters outvote one confident wrong one


def test_a_minilm_inner_split_that_is_not_the_one_rebuilt_is_refused(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.crossfit import set_data

    root = tmp_path / "crossfit"
    _runs(root, {"five": lambda n: []})
    logits = root / "minilm-e5" / "minilm" / "set-7" / "fold-2" / "model" / "valid_logits.npy"
    np.save(logits, np.load(logits)[:-1])
    with pytest.raises(ValueError, match="fold 2.*inner split"):
        ft.inner_figures(7, set_data(7), 5, [root / "minilm-e5"])


def _with_probabilities(root, wrong_rate: float = 0.7, seed: int = 0):
    """Give _runs' fold teachers of set 7 the files the kinds read: each fold's held-out and unscored answers'
    probabilities (confidently wrong on a share of the rows) and its in-fold predictions."""
    from grader_app.distill.crossfit import fold_of, set_frame, transfer_frame

    rng = np.random.default_rng(seed)
    df, tdf = set_frame(7), transfer_frame(7)
    folds = fold_of(df, 7)
    y = df["Score1"].to_numpy()

    def probs(scores):
        wrong = rng.uniform(size=len(scores)) < wrong_rate
        return np.where(wrong[:, None], np.eye(3)[(scores + 1) % 3] * 0.9 + 0.05, np.eye(3)[scores] * 0.9 + 0.05)
    for f in range(5):
        d = root / "minilm" / "set-7" / f"fold-{f}"
        held = folds == f
        ids = [str(i) for i in df["Id"][held]] + [str(i) for i in tdf["Id"]]
        p = np.vstack([probs(y[held]), np.full((len(tdf), 3), 1 / 3)])
        np.savez(d / "probs.npz", ids=np.array(ids), part=np.array(["oof"] * held.sum() + ["transfer"] * len(tdf)),
                 probs=p.astype(np.float32))
        np.savez(root / "minilm-train" / "set-7" / f"fold-{f}" / "train_probs.npz",
                 ids=np.array([str(i) for i in df["Id"][~held]]), probs=probs(y[~held]).astype(np.float32))


def test_where_it_is_taken_every_fold_s_unscored_answers_learn_the_mean_of_the_three(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill import crossfit_hashed_distilled as kind
    from grader_app.distill.crossfit import set_data
    from grader_app.distill.crossfit_student import tfidf_crossfit

    root = tmp_path / "crossfit"
    _runs(root, {"five": lambda n: range(n - 2)}, sure=6.0)   # taken: see the test above
    _with_probabilities(root / "minilm-e5")
    d = set_data(7)
    name, per_fold, figures = kind._teachers(7, d, 5, [root / "minilm-e5"])
    assert name == "minilm+tfidf-lr+feature-lr" and figures["taken"] is True
    _, tfidf = tfidf_crossfit(d.texts, d.y, d.folds, d.transfer, 5, 3)
    feature = ft.fold_probabilities(7, d, 5, d.transfer)
    for f in range(5):   # MiniLM's fold teachers gave every unscored answer 1/3 each
        assert np.allclose(per_fold[f], (1 / 3 + tfidf[f] + feature[f]) / 3, atol=1e-6)
    name, before, figures = kind._teachers(7, d, 5, [root / "minilm-e5"], features=False)
    assert name == "minilm+tfidf-lr" and figures == {}
    assert all(np.allclose(b, (1 / 3 + t) / 2, atol=1e-6) for b, t in zip(before, tfidf))


def test_out_of_fold_scores_each_answer_by_the_teacher_that_did_not_see_it(invented_set):  # noqa: F811
    from grader_app.distill.crossfit import set_data

    d = set_data(7)
    oof = ft.out_of_fold(7, d, 5)
    te = np.flatnonzero(d.folds == 3)
    alone = ft.for_set(7, 3).fit([d.texts[i] for i in np.flatnonzero(d.folds != 3)], d.y[d.folds != 3])
    assert np.allclose(oof[te], alone.predict_proba([d.texts[i] for i in te]))
    assert np.allclose(oof.sum(1), 1.0)
