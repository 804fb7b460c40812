"""Cross-fitting: folds are stratified and stable, and a student scored on fold f never learns from a
teacher label that depended on fold f's scores (the naive out-of-fold labels do: shown as a control)."""
import numpy as np
import pandas as pd
import pytest

pytest.importorskip("scipy")

from grader_app.distill.crossfit import fold_of  # noqa: E402
from grader_app.distill.crossfit_student import honest_targets, tfidf_crossfit  # noqa: E402

WORDS = {0: "no idea blank nothing", 1: "plants need light water",
         2: "photosynthesis makes glucose from light and carbon dioxide"}


def frame(n=90, seed=0):
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 3
    texts = [f"{WORDS[c]} {' '.join(rng.choice(['the', 'a', 'so', 'leaf', 'sun', 'cell'], 3))}" for c in y]
    return pd.DataFrame({"Id": np.arange(1000, 1000 + n), "Score1": y, "EssayText": texts}), texts, y


def test_folds_are_stratified_seeded_and_cover_every_answer():
    df, _, y = frame()
    a, b = fold_of(df, 1), fold_of(df, 1)
    assert (a == b).all() and set(a) == set(range(5))
    for c in range(3):
        counts = np.bincount(a[y == c], minlength=5)
        assert counts.max() - counts.min() <= 1
    assert not (fold_of(df, 2) == a).all()  # another set, another shuffle


def test_training_targets_of_fold_f_do_not_depend_on_fold_f_scores():
    df, texts, y = frame()
    folds = fold_of(df, 1)
    f = 0
    tr = np.flatnonzero(folds != f)
    ids = [str(i) for i in df["Id"]]
    honest = honest_targets(f, tr, texts, y, df, 1, 5, 3, {"tfidf-lr": None}, [None] * 5, ids)
    y2 = y.copy()
    y2[folds == f] = (y2[folds == f] + 1) % 3     # every score of fold f changed
    honest2 = honest_targets(f, tr, texts, y2, df, 1, 5, 3, {"tfidf-lr": None}, [None] * 5, ids)
    assert np.array_equal(honest["tfidf-lr"][tr], honest2["tfidf-lr"][tr])
    # control: plain out-of-fold labels of the same training answers do move with fold f's scores
    naive, _ = tfidf_crossfit(texts, y, folds, [], 5, 3)
    naive2, _ = tfidf_crossfit(texts, y2, folds, [], 5, 3)
    assert np.abs(naive[tr] - naive2[tr]).max() > 0.05
