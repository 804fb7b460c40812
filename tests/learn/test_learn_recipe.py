"""What `grader learn` fits: the adjacent-category ordinal model (logits j·s(x) + b_j, one weight
vector), fitted through the marks' kernel to the optimum of its objective, exported as the same
hashed graph, so the bundle gives, through onnxruntime, the probabilities the model had."""
from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import minimize

from grader_app.bundles import read_bundle
from grader_app.core.metrics import quadratic_weighted_kappa
from grader_app.learn.export import write_learned_bundle
from grader_app.learn.from_sheet import RECIPE
from grader_app.learn.marks_model import ORDINAL_CS, _fit_dual, fit_marks, raw_softmax
from grader_app.scoring.model import Scorer


def _ordinal_primal(X, y, C, k):
    """The same objective over (w, b) directly: C·Σ CE(j·x·w + b_j, y) + ½‖w‖²."""
    n, d = X.shape
    pos = np.arange(k, dtype=float)
    Y = np.eye(k)[y]

    def f(th):
        w, b = th[:d], th[d:]
        z = (X @ w)[:, None] * pos + b
        z = z - z.max(axis=1, keepdims=True)
        lse = np.log(np.exp(z).sum(axis=1, keepdims=True))
        G = C * (np.exp(z - lse) - Y)
        return -C * (Y * (z - lse)).sum() + 0.5 * w @ w, np.concatenate([X.T @ (G @ pos) + w, G.sum(axis=0)])
    res = minimize(f, np.zeros(d + k), jac=True, method="L-BFGS-B", options={"maxiter": 10000, "gtol": 1e-10})
    return res.x[:d], res.x[d:]


def test_ordinal_kernel_fit_is_the_optimum_of_its_objective():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(70, 12))
    y = np.clip(np.round(X[:, 0] + 0.5 * X[:, 1] + 1.5 + rng.normal(0, 0.5, 70)), 0, 3).astype(int)
    A, b, _ = _fit_dual(X @ X.T, y, 2.0, 4, np.ones(70), ordinal=True)
    W = X.T @ A
    w, b0 = _ordinal_primal(X, y, 2.0, 4)
    np.testing.assert_allclose(W, np.outer(w, np.arange(4)), atol=1e-4)    # column j is j·w
    np.testing.assert_allclose(raw_softmax(X @ W + b), raw_softmax((X @ w)[:, None] * np.arange(4) + b0), atol=1e-5)


def test_ordinal_model_has_one_weight_vector_and_skips_unmarked_scores(ice_class):
    texts, scores = ice_class
    marks = {i: s for i, s in enumerate(scores) if i % 2 == 0}
    m = fit_marks(texts, marks, ordinal=True)
    assert m.ordinal and not fit_marks(texts, marks).ordinal
    W = m.weights_
    np.testing.assert_allclose(W[:, 0], 0.0, atol=1e-12)
    np.testing.assert_allclose(W[:, 2], 2 * W[:, 1], atol=1e-9)
    # a scale wider than the marks: a score nobody gave is never predicted, the others keep their places
    wide = fit_marks(texts, {i: s for i, s in marks.items() if s != 1}, labels=[0, 1, 2, 3], ordinal=True)
    assert wide.probabilities[:, [1, 3]].max() < 1e-6
    np.testing.assert_allclose(wide.weights_[:, [1, 3]], 0.0)


def test_ordinal_model_beats_one_vector_per_score_on_an_ordinal_question():
    """Few marks of a score that grows with one hidden quantity: the ordinal model's held-out QWK is higher."""
    rng = np.random.default_rng(3)
    words = [f"w{i}" for i in range(40)]
    texts, ys = [], []
    for _ in range(600):
        level = rng.integers(0, 4)
        good = rng.choice(words[:12], size=int(level) * 2 + 1)            # more key words, higher score
        noise = rng.choice(words[12:], size=6)
        texts.append(" ".join(rng.permutation(np.concatenate([good, noise]))))
        ys.append(int(np.clip(level + rng.choice([-1, 0, 0, 0, 1]), 0, 3)))
    marks = {i: ys[i] for i in range(60)}
    y_rest = np.array(ys[60:])
    q = {}
    for ordinal in (False, True):
        m = fit_marks(texts, marks, labels=[0, 1, 2, 3], ordinal=ordinal)
        q[ordinal] = quadratic_weighted_kappa(y_rest, m.predicted_index()[60:], [0, 1, 2, 3])
    assert q[True] > q[False] + 0.02, q


def test_grader_learn_recipe_exports_a_bundle_that_scores_like_the_model(tmp_path, ice_class):
    texts, scores = ice_class
    assert RECIPE["ordinal"] and RECIPE["Cs"] == ORDINAL_CS and RECIPE["class_weight"] == "balanced" and RECIPE["offsets"]
    m = fit_marks(texts, {i: s for i, s in enumerate(scores) if i % 2 == 0}, **RECIPE)
    assert m.C in ORDINAL_CS and m.class_weight == "balanced"
    path = write_learned_bundle(tmp_path / "ice", m, bundle_id="ice-ordinal", title="Ice")
    b = read_bundle(path)
    assert b.manifest["provenance"]["model"].startswith("adjacent-category ordinal logistic regression")
    np.testing.assert_allclose(Scorer(b).predict_proba(texts), m.probabilities, atol=1e-5)   # onnxruntime
    new = ["Ice floats since it is less dense than water", "", "the lattice is open", "ünïcödé 42"]
    np.testing.assert_allclose(Scorer(b).predict_proba(new), m.predict_proba(new), atol=1e-5)
    assert (Scorer(b).predict_proba(texts).argmax(axis=1) == m.predicted_index()).all()


def test_learning_from_a_sheet_fits_the_recipe(monkeypatch, tmp_path):
    from grader_app.learn import from_sheet, marks_model

    seen = []
    real = marks_model.fit_marks

    def spy(*a, **kw):
        seen.append(kw)
        return real(*a, **kw)
    monkeypatch.setattr(marks_model, "fit_marks", spy)
    sheet = tmp_path / "marks.csv"
    sheet.write_text("Answer,Score\n" + "".join(f"answer {'good ' * (i % 3)}{i},{i % 3}\n" for i in range(50)),
                     encoding="utf-8")
    res = from_sheet.learn_from_sheet(sheet, "Score", tmp_path / "out")
    assert len(res.items) == 1 and res.items[0].model.ordinal
    assert seen and all({k: kw[k] for k in RECIPE} == RECIPE for kw in seen)


@pytest.mark.parametrize("ordinal", [False, True])
def test_warm_start_of_the_other_kind_is_ignored(ordinal):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(30, 5))
    y = rng.integers(0, 3, 30)
    _, _, other = _fit_dual(X @ X.T, y, 1.0, 3, np.ones(30), ordinal=not ordinal)
    A1, b1, _ = _fit_dual(X @ X.T, y, 1.0, 3, np.ones(30), start=other, ordinal=ordinal)
    A2, b2, _ = _fit_dual(X @ X.T, y, 1.0, 3, np.ones(30), ordinal=ordinal)
    np.testing.assert_allclose(A1, A2, atol=1e-4)
    np.testing.assert_allclose(b1, b2, atol=1e-4)
