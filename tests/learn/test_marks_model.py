"""The model learned from a teacher's marks: real fits, the out-of-fold guarantee, and the exported
bundle scored through onnxruntime."""
from __future__ import annotations

import random
from datetime import datetime, timezone

import numpy as np
import pytest

from grader_app.bundles import read_bundle
from grader_app.core.groups import group_answers, group_ids
from grader_app.learn import calibration
from grader_app.learn.export import write_learned_bundle
from grader_app.learn.hashed import featurise
from grader_app.learn.marks_model import NotEnoughMarks, default_spec, fit_marks, raw_softmax
from grader_app.scoring.model import Scorer
from grader_app.text import normalise_many


def _marks(scores, every):
    return {i: s for i, s in enumerate(scores) if i % every == 0}


def test_fits_from_a_few_marks(ice_class):
    texts, scores = ice_class
    marks = {}
    for i, s in enumerate(scores):   # the first four answers of each score
        if sum(1 for v in marks.values() if v == s) < 4:
            marks[i] = s
    m = fit_marks(texts, marks)
    assert m.labels == (0, 1, 2) and m.n_marks == 12
    assert m.probabilities.shape == (len(texts), 3)
    np.testing.assert_allclose(m.probabilities.sum(axis=1), 1.0, atol=1e-9)
    rest = [i for i in range(len(texts)) if i not in marks]
    pred = np.array(m.predicted_scores())[rest]
    assert np.mean(pred == np.array(scores)[rest]) >= 0.6   # chance is about 0.4
    assert m.C in (0.3, 1.0, 3.0, 10.0, 30.0) and 0.05 <= m.temperature <= 20
    assert not m.qualified and len(m.takeable()) == 0        # 12 marks can never vouch for 5 % error


def test_score_scale_wider_than_the_marks(ice_class):
    texts, scores = ice_class
    marks = {i: s for i, s in _marks(scores, 4).items() if s in (0, 1)}
    m = fit_marks(texts, marks, labels=[0, 1, 2, 3])
    assert m.labels == (0, 1, 2, 3)
    assert m.probabilities[:, 2:].max() < 1e-6     # no mark of 2 or 3 yet: never predicted
    with pytest.raises(ValueError, match="not a score for this question"):
        fit_marks(texts, {0: 0, 1: 5}, labels=[0, 1, 2])


@pytest.mark.parametrize("marks", [{}, {0: 2}, {0: 1, 3: 1, 9: 1}])
def test_one_distinct_score_is_refused_with_one_sentence(ice_class, marks):
    texts, _ = ice_class
    with pytest.raises(NotEnoughMarks) as exc:
        fit_marks(texts, marks)
    msg = str(exc.value)
    assert "two different scores" in msg and "\n" not in msg and msg.count(". ") == 0


def test_kernel_fit_is_the_logistic_regression_optimum(ice_class):
    """The fit through the marks' kernel reaches scikit-learn's optimum of the same objective."""
    from sklearn.linear_model import LogisticRegression

    texts, scores = ice_class
    marks = _marks(scores, 3)
    m = fit_marks(texts, marks, Cs=(3.0,))
    X = featurise(normalise_many(texts), m.spec)
    idx = sorted(marks)
    lr = LogisticRegression(C=3.0, tol=1e-10, max_iter=10000).fit(X[idx], [marks[i] for i in idx])
    np.testing.assert_allclose(raw_softmax(m.logits(X)), lr.predict_proba(X), atol=2e-4)


def _word_salad(n, seed, dup=1):
    rng = random.Random(seed)
    vocab = [f"w{i}x" for i in range(400)]
    texts, labels = [], []
    for _ in range(n):
        t = " ".join(rng.choice(vocab) for _ in range(8))
        y = rng.randint(0, 1)
        texts += [t] * dup
        labels += [y] * dup
    return texts, labels


def test_guarantee_is_out_of_fold_not_in_sample():
    """Random scores on unrelated answers: the fitted model knows its marks by heart, yet the
    out-of-fold check finds no threshold, so it takes nothing."""
    texts, labels = _word_salad(200, seed=1)
    marks = {i: labels[i] for i in range(140)}
    m = fit_marks(texts, marks, Cs=(100.0, 1000.0))
    in_sample = np.mean(np.array(m.predicted_scores())[:140] == np.array(labels[:140]))
    assert in_sample > 0.95
    assert not m.qualified and m.threshold == 1.0 and len(m.takeable()) == 0
    assert m.metrics["accuracy"] < 0.7


def test_answers_decided_together_never_vouch_for_each_other():
    """Pairs of identical answers with random scores: folds that split a pair would make the copies
    look predictable; with the groups kept whole, no guarantee is claimed."""
    texts, labels = _word_salad(80, seed=2, dup=2)
    marks = dict(enumerate(labels))
    gid = group_ids(group_answers(texts), len(texts))
    leaky = fit_marks(texts, marks, Cs=(100.0,), groups=np.arange(len(texts)))
    kept = fit_marks(texts, marks, Cs=(100.0,), groups=gid)
    assert leaky.metrics["accuracy"] > 0.8          # the twin in the training folds gives it away
    assert kept.metrics["accuracy"] < 0.7 and not kept.qualified


def test_a_qualified_guarantee_is_backed_by_the_marks(ice_class):
    texts, scores = ice_class
    marks = {i: scores[i] for i in range(110)}
    m = fit_marks(texts, marks)
    assert m.qualified, m.review["note"]
    row = next(r for r in m.review["table"] if r["threshold"] == m.threshold)
    need = calibration.min_accepted_for(m.review["target_error"], m.review["confidence"])
    assert row["accepted"] >= need and row["error_upper"] <= m.review["target_error"]
    assert row["accepted"] <= m.n_marks
    taken = m.takeable()
    assert len(taken) > 0 and not set(taken.tolist()) & set(marks)
    right = np.mean([m.labels[m.predicted_index()[i]] == scores[i] for i in taken])
    assert right >= 0.95
    assert m.expected_accuracy() == pytest.approx(1 - row["error_upper"])


def test_one_calibration_home():
    from grader_app.distill import calibration as distill_calibration
    from grader_app.distill import hashed as distill_hashed
    from grader_app.learn import hashed

    assert distill_calibration.risk_coverage is calibration.risk_coverage
    assert distill_calibration.fit_temperature is calibration.fit_temperature
    assert distill_hashed.featurise is hashed.featurise and distill_hashed.to_onnx is hashed.to_onnx


def test_exported_bundle_scores_like_the_model(tmp_path, ice_class):
    texts, scores = ice_class
    m = fit_marks(texts, _marks(scores, 2))
    when = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)
    path = write_learned_bundle(tmp_path / "ice", m, bundle_id="ice-learned", title="Why ice floats (learned)",
                                prompt="Why does ice float?", source="marks.csv", when=when)
    assert path.name == "ice.gradebundle"
    b = read_bundle(path)
    prov = b.manifest["provenance"]
    assert prov["learned_from"] == "a teacher's own marks" and prov["marks"] == m.n_marks
    assert prov["date"] == "2026-03-01T09:30:00Z" and "marks.csv" in prov["data"]
    assert b.manifest["review"] == m.review and b.temperature == pytest.approx(m.temperature)
    assert b.manifest["metrics"]["student"]["n"] == m.n_marks
    got = Scorer(b).predict_proba(texts)
    np.testing.assert_allclose(got, m.probabilities, atol=1e-5)
    new = ["Ice floats since it is less dense than water", "", "####", "ICE   IS COLD", "ünïcödé lattice 42"]
    np.testing.assert_allclose(Scorer(b).predict_proba(new), m.predict_proba(new), atol=1e-5)


def test_model_adapted_from_a_bundle_exports_with_the_bundle_inside(tmp_path, tiny_bundle, ice_class):
    texts, scores = ice_class
    prior_bundle = read_bundle(tiny_bundle)
    prior = Scorer(prior_bundle).predict_proba(texts)
    m = fit_marks(texts, _marks(scores, 4), prior=prior, prior_labels=prior_bundle.labels)
    assert m.prior_weights_.shape == (3, 3)
    with pytest.raises(ValueError, match="adapted from a bundle"):
        m.predict_proba(texts[:3])
    path = write_learned_bundle(tmp_path / "adapted.gradebundle", m, bundle_id="ice-adapted", title="adapted",
                                prior_bundle=prior_bundle)
    b = read_bundle(path)
    assert b.manifest["provenance"]["adapted_from"] == "tiny-ice"
    np.testing.assert_allclose(Scorer(b).predict_proba(texts), m.probabilities, atol=1e-5)
    new = ["Ice is lighter than water for its size.", "", "I do not know"]
    np.testing.assert_allclose(Scorer(b).predict_proba(new), m.predict_proba(new, Scorer(prior_bundle).predict_proba(new)),
                               atol=1e-5)


def test_learned_source_feeds_the_scoring_loop(ice_class):
    texts, scores = ice_class
    m = fit_marks(texts, _marks(scores, 3))
    batches = list(m.as_source().iter_batches(texts[:10], batch_size=4))
    assert [b.start for b in batches] == [0, 4, 8]
    np.testing.assert_allclose(np.concatenate([b.probabilities for b in batches]), m.probabilities[:10], atol=1e-6)


def test_default_spec_fits_the_budget():
    for k in (2, 3, 4, 6):
        s = default_spec(k)
        assert s.buckets * k + k <= 50_000 and s.chars == (3, 4) and s.stems == 5


def test_class_weighting_is_chosen_or_refused(ice_class):
    texts, scores = ice_class
    marks = _marks(scores, 2)
    auto = fit_marks(texts, marks, class_weight="auto")
    assert auto.class_weight in (None, "balanced")
    same = fit_marks(texts, marks, class_weight=auto.class_weight)
    np.testing.assert_allclose(auto.probabilities, same.probabilities, atol=1e-9)
    assert auto.review == same.review
    with pytest.raises(ValueError, match="class_weight"):
        fit_marks(texts, marks, class_weight="heavy")


def test_model_adapted_from_a_shipped_pair_bundle_exports_with_both_halves_inside(tmp_path):
    """A hashed pair's graph (two models averaged, shared work read once) inside a learned model's graph: the app's
    real installed bundle of set 5, its real answers, marks as a teacher who differs a little."""
    from grader_app.distill.asap import asap_dir, load_train
    from grader_app.paths import bundled_models_dir

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    import onnx

    from grader_app.learn.hashed import PAIR_GRAPH

    prior_bundle = read_bundle(bundled_models_dir() / "asap-sas-5.gradebundle")
    # the pair, pooled pair and distilled pair kinds all ship this graph
    assert onnx.load_from_string(prior_bundle.model_bytes).graph.name == PAIR_GRAPH, "set 5 no longer ships a pair graph"
    df = load_train()
    df = df[df["EssaySet"] == 5].head(60)
    texts, scores = df["EssayText"].tolist(), df["Score1"].astype(int).tolist()
    prior = Scorer(prior_bundle).predict_proba(texts)
    m = fit_marks(texts, _marks(scores, 4), prior=prior, prior_labels=prior_bundle.labels)
    path = write_learned_bundle(tmp_path / "adapted.gradebundle", m, bundle_id="set5-adapted", title="adapted",
                                prior_bundle=prior_bundle)
    b = read_bundle(path)
    assert b.manifest["provenance"]["adapted_from"] == "asap-sas-5"
    np.testing.assert_allclose(Scorer(b).predict_proba(texts), m.probabilities, atol=1e-5)
    new = ["mRNA leaves the nucleus, tRNA brings amino acids to the ribosome", "", "no idea"]
    np.testing.assert_allclose(Scorer(b).predict_proba(new), m.predict_proba(new, Scorer(prior_bundle).predict_proba(new)),
                               atol=1e-5)
