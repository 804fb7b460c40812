"""The Scorer, sped up, gives the same probabilities as the plain reference steps.

Bit for bit on a batch the graph sees as the reference does; since the Scorer feeds the graph each window of
answers in order of length (shorter padding), a row may be summed in another order than the reference's,
so real bundles' rows are compared to within 1e-6 (measured: at most ~4e-7), and every other property
(order, batch boundaries, dtype, usable rows) exactly.

Real onnxruntime sessions on the real bundles in model_bundles/ (and on small real graphs whose rows
are chosen, for the unusable-row path): the library's ``Scorer.iter_batches`` against
``reference_scoring.reference_batches`` (its steps as they were written before: regex normalisation,
the old row check, a zero array with the usable rows put back after temperature scaling).
"""
from __future__ import annotations

import numpy as np
import pytest
from bundle_graphs import manifest, row_model
from reference_scoring import reference_batches, reference_valid_rows

from grader_app.bundles import read_bundle, write_bundle
from grader_app.paths import bundled_models_dir
from grader_app.scoring import Scorer
from grader_app.scoring.outputs import valid_rows
from grader_app.scoring.probe import PROBE_TEXTS
from grader_app.text import normalise_many

BUNDLES = sorted(bundled_models_dir().glob("*.gradebundle"))
INVENTED = list(PROBE_TEXTS) + [
    "", "   ", "^p^p", "Plants need LIGHT^pand water.", "  The  cell\tmembrane\ncontrols what enters  ",
    "ﬁnal answer: ＤＮＡ → ＲＮＡ", "ΟΔΟΣ", "x" * 5000, "the protein is made in the ribosome " * 30,
    "Évaporation de l'eau", "日本語", "1 2 3 4", "I don't know", "same", "same", "SAME",
] * 5  # 5 × ~30 texts: several batches, one of them short


def _same_as_reference(bundle, texts, batch_size=64):
    scorer = Scorer(bundle, threads=1)
    got = list(scorer.iter_batches(texts, batch_size=batch_size))
    want = reference_batches(bundle, texts, batch_size=batch_size)
    assert len(got) == len(want)
    for i, (b, (probs, ok)) in enumerate(zip(got, want)):
        assert b.start == i * batch_size and b.total == len(texts)
        assert b.probabilities.dtype == np.float32 and b.probabilities.shape == probs.shape
        assert np.abs(b.probabilities - probs).max(initial=0.0) <= 1e-6, f"batch {i} differs"
        assert np.array_equal(b.valid, ok)
    whole = scorer.predict_proba(texts, batch_size=batch_size)
    assert whole.tobytes() == np.concatenate([b.probabilities for b in got]).tobytes()   # the same run twice
    assert np.abs(whole - np.concatenate([p for p, _ in want])).max(initial=0.0) <= 1e-6
    return whole


def test_answers_of_one_window_are_scored_in_order_of_length_and_given_back_in_input_order():
    """The graph sees each window sorted by length (one long answer no longer pads a whole batch), and
    every row comes back where it was: a long answer among short ones gets its own row's probabilities."""
    bundle = read_bundle(BUNDLES[0])
    seen: list[list[str]] = []
    scorer = Scorer(bundle, threads=1)
    real = scorer._session.run

    def spy(outputs, feeds, options=None):   # what the graph is given, batch by batch
        seen.append(list(feeds["text"]))
        return real(outputs, feeds, options)
    scorer._session.run = spy
    texts = [("word " * (i % 7 * 40)).strip() or "x" for i in range(200)]
    got = scorer.predict_proba(texts, batch_size=16)
    lengths = [len(t) for batch in seen for t in batch]
    assert lengths == sorted(lengths) and sum(len(b) for b in seen) == 200
    alone = np.concatenate([Scorer(bundle, threads=1).predict_proba([t], batch_size=1) for t in texts])
    # float32 sums over rows padded to another length round differently: up to ~1.3e-6 on set 1's earlier pair graph
    # and 4.3e-6 on its six-copy one (large ordinal weights), far below anything a decision could notice
    assert np.abs(got - alone).max() <= 1e-5


def test_the_real_bundles_are_there():
    assert len(BUNDLES) >= 5


@pytest.mark.parametrize("path", BUNDLES, ids=lambda p: p.stem)
def test_real_bundle_on_invented_answers(path):
    probs = _same_as_reference(read_bundle(path), INVENTED)
    assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)


@pytest.fixture(scope="module")
def asap_train():
    from grader_app.distill.asap import asap_dir, load_train

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    return load_train()


@pytest.mark.parametrize("path", BUNDLES, ids=lambda p: p.stem)
def test_real_bundle_on_its_sets_real_answers(path, asap_train):
    bundle = read_bundle(path)
    essay_set = int(bundle.id.rsplit("-", 1)[1])
    texts = asap_train[asap_train["EssaySet"] == essay_set]["EssayText"].tolist()
    assert len(texts) > 1000
    assert bundle.temperature != 1.0  # the calibrated path is the one measured
    _same_as_reference(bundle, texts)
    _same_as_reference(bundle, texts[:100], batch_size=7)


ROWS = {  # normalised text -> the row the graph gives
    "nan here": [float("nan"), 0.5, 0.5],
    "infinite here": [float("inf"), 0.0, 0.0],
    "minus infinity here": [float("-inf"), 1.0, 1.0],
    "negative here": [-0.4, 0.2, 1.2],
    "above one here": [0.0, 1.7, 0.0],
    "not adding up": [0.3, 0.3, 0.3],
    "a hair outside": [-5e-7, 0.5, 0.5000005],
    "certain": [0.0, 0.0, 1.0],
}


@pytest.mark.parametrize("temperature", [1.0, 0.5, 2.0])
def test_batches_with_and_without_unusable_rows(tmp_path, temperature):
    model = row_model([0.2, 0.3, 0.5], ROWS)
    bundle = read_bundle(write_bundle(tmp_path / "m.gradebundle", manifest(3, calibration={"temperature": temperature}),
                                      model))
    good = ["Plain answer number %d" % i for i in range(10)] + ["CERTAIN", "A hair  OUTSIDE"]
    texts = good + [t.upper() for t in ROWS] + good  # batches of 4: some all usable, some mixed, one all unusable
    texts += ["NAN HERE", "Infinite here", "negative  here", "above one here^p"]
    _same_as_reference(bundle, texts, batch_size=4)
    probs = Scorer(bundle).predict_proba(texts, batch_size=4)
    bad = set(ROWS) - {"certain", "a hair outside"}
    unusable = [t in bad for t in normalise_many(texts)]
    assert sum(unusable) == 10
    assert not probs[unusable].any()  # all zero: confidence 0
    assert np.allclose(probs[~np.array(unusable)].sum(axis=1), 1.0, atol=1e-5)


def test_row_check_matches_the_reference():
    rng = np.random.default_rng(9)
    specials = np.array([np.nan, np.inf, -np.inf, -1e-6, -2e-6, 1 + 1e-6, 1 + 2e-6, 0.0, 1.0, 0.5, 3e38, -3e38])
    for k in (1, 2, 3, 4, 7):
        p = rng.dirichlet(np.ones(k), size=4000)
        mask = rng.random(p.shape) < 0.1
        p[mask] = rng.choice(specials, size=mask.sum())
        p[rng.random(len(p)) < 0.05] *= 1.0009
        for arr in (p, p.astype(np.float32)):
            got = valid_rows(arr)
            assert got.dtype == bool and np.array_equal(got, reference_valid_rows(arr))
            assert 0 < got.sum() < len(p)
    for odd in (np.zeros((0, 3)), np.zeros((5, 0)), np.zeros(4), np.float32(0.5)):
        assert np.array_equal(valid_rows(odd), reference_valid_rows(odd))


@pytest.mark.parametrize("path", BUNDLES[:3], ids=lambda p: p.stem)
def test_batches_run_side_by_side_give_the_same_rows_bit_for_bit(path):
    """threads=2 runs two batches of a window at once on one session: the same batches, so the same bits."""
    bundle = read_bundle(path)
    texts = INVENTED * 8   # ~1,200 answers: two windows, the second short
    one = list(Scorer(bundle, threads=1).iter_batches(texts))
    two = list(Scorer(bundle, threads=2).iter_batches(texts))
    assert [(b.start, b.done, b.total) for b in two] == [(b.start, b.done, b.total) for b in one]
    assert np.concatenate([b.probabilities for b in two]).tobytes() == \
        np.concatenate([b.probabilities for b in one]).tobytes()
    assert all(np.array_equal(a.valid, b.valid) for a, b in zip(one, two))


def _counting(scorer, on_call):
    calls = []
    real = scorer.raw_probabilities

    def spy(texts, cancel=None):
        calls.append(len(texts))
        on_call(len(calls))
        return real(texts, cancel)
    scorer.raw_probabilities = spy
    return calls


def test_a_cancel_stops_the_batches_not_yet_started_on_every_thread():
    from grader_app.scoring import CancelToken
    from grader_app.scoring.model import Cancelled

    token = CancelToken()
    scorer = Scorer(read_bundle(BUNDLES[0]), threads=2)
    calls = _counting(scorer, lambda n: token.cancel() if n == 3 else None)
    with pytest.raises(Cancelled):
        list(scorer.iter_batches(INVENTED * 6, batch_size=16, cancel=token))   # 57 batches in its first window
    assert 3 <= len(calls) <= 4   # the third, and at most the one the other thread had already begun


def test_an_error_in_one_batch_of_several_threads_reaches_the_caller_as_it_was():
    from grader_app.bundles.errors import BundleError

    def fail(n):
        if n == 5:
            raise BundleError("the model in bundle 'x' failed while scoring (broken)")
    scorer = Scorer(read_bundle(BUNDLES[0]), threads=2)
    _counting(scorer, fail)
    with pytest.raises(BundleError, match="failed while scoring"):
        scorer.predict_proba(INVENTED * 6, batch_size=16)


def test_with_two_threads_the_longest_batches_of_a_window_start_first():
    """A window's batches come in order of length; started in that order, the longest would run last and alone
    while the other thread idles. They start longest first, and the rows still come back in the input's order."""
    scorer = Scorer(read_bundle(BUNDLES[0]), threads=2)
    started = []
    real = scorer.raw_probabilities

    def spy(texts, cancel=None):
        started.append(max(map(len, texts)))
        return real(texts, cancel)
    scorer.raw_probabilities = spy
    texts = (INVENTED * 6)[:1000]   # one window
    got = scorer.predict_proba(texts, batch_size=16)
    longest_first = sorted(started, reverse=True)
    assert len(started) == -(-len(texts) // 16) and sorted(started[:2], reverse=True) == longest_first[:2]
    assert started != sorted(started) and min(started) in started[-2:]
    assert got.tobytes() == Scorer(read_bundle(BUNDLES[0]), threads=1).predict_proba(texts, batch_size=16).tobytes()
