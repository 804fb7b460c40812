"""The hashed n-gram student: Python features and the ONNX graph agree exactly, the budget holds,
and the soft-target fit does what the distillation loss asks. Needs scipy (distill extra), not torch."""
import numpy as np
import pytest

pytest.importorskip("scipy")

from grader_app.distill import hashed  # noqa: E402
from grader_app.distill.bundling import count_onnx_parameters  # noqa: E402
from grader_app.distill.onnx_utils import onnx_probabilities  # noqa: E402
from grader_app.text import normalise_many  # noqa: E402

TEXTS = normalise_many([
    "Plants need sunlight to make food by photosynthesis.",
    "the cell membrane controls what enters and leaves the cell",
    "I don't know",
    "", "#", "# hash # tags #", "a", "ünïcödé wörds and 数字 123",
    "vinegar type, amount of vinegar, size of container " * 20,
    "water water water", "=SUM(A1:A3)", "mitochondria is the powerhouse",
])
Y = np.array([2, 1, 0, 0, 0, 0, 0, 1, 3, 1, 0, 2])


@pytest.mark.parametrize("spec", [hashed.HashSpec(997), hashed.HashSpec(997, stems=5),
                                  hashed.HashSpec(311, words=(1,), chars=(3, 4)),
                                  hashed.HashSpec(509, words=(1, 2), chars=(2, 3, 5), stems=5),
                                  hashed.HashSpec(127, words=(), chars=(1, 4)),
                                  hashed.HashSpec(401, words=(), pieces=(1, 2, 3))])
def test_graph_matches_python_features_exactly(spec):
    st = hashed.HashedStudent(spec, l2=1e-3).fit(hashed.featurise(TEXTS, spec), np.eye(4)[Y])
    model = hashed.to_onnx(st, 4)
    got = onnx_probabilities(model, TEXTS, batch_size=5)  # ragged batches: padding inside the graph
    z = st.logits(hashed.featurise(TEXTS, spec))
    want = np.exp(z - z.max(1, keepdims=True))
    want /= want.sum(1, keepdims=True)
    assert got.shape == (len(TEXTS), 4)
    assert np.abs(got - want).max() < 1e-5
    assert np.allclose(got.sum(1), 1, atol=1e-5)


def test_word_pieces_are_each_word_s_first_four_letters_and_the_rest_and_their_bigram_is_the_word():
    """One tokenizer's pieces: unigrams hold the first letters (a misspelt word keeps them), and the bigram of a
    word's two pieces hashes as any bigram of two tokens; a spec keeps its pieces through its manifest form, and a spec
    without them reads as specs always did."""
    from sklearn.utils import murmurhash3_32

    spec = hashed.HashSpec(10_007, words=(), pieces=(1, 2))
    right, wrong = (hashed.featurise([t], spec) for t in ("photosynthesis", "photosinthesis"))
    h = {t: int(murmurhash3_32(t, seed=0, positive=True)) for t in ("phot", "osynthesis")}
    assert set(right.indices) == {h["phot"] % 10_007, h["osynthesis"] % 10_007,
                                  ((h["phot"] * hashed.P + h["osynthesis"]) % hashed.Q) % 10_007}
    assert set(right.indices) & set(wrong.indices) == {h["phot"] % 10_007}
    assert hashed.HashSpec.from_dict(spec.to_dict()) == spec and spec.to_dict()["pieces"] == [1, 2]
    plain = hashed.HashSpec(997, stems=5)
    assert "pieces" not in plain.to_dict() and hashed.HashSpec.from_dict(plain.to_dict()) == plain


def test_an_empty_batch_of_strings_scores_to_the_bias():
    spec = hashed.HashSpec(101, stems=5)
    st = hashed.HashedStudent(spec).fit(hashed.featurise(TEXTS, spec), np.eye(4)[Y])
    p = onnx_probabilities(hashed.to_onnx(st, 4), ["", ""])
    b = np.exp(st.bias_ - st.bias_.max())
    assert np.allclose(p, b / b.sum(), atol=1e-6)


@pytest.mark.parametrize("k", [2, 3, 4, 6])
def test_the_largest_table_stays_inside_the_parameter_budget(k):
    spec = hashed.HashSpec(hashed.buckets_for(k), stems=5)
    st = hashed.HashedStudent(spec).fit(hashed.featurise(TEXTS, spec), np.eye(k)[Y % k], max_iter=5)
    n = count_onnx_parameters(hashed.to_onnx(st, k))
    assert spec.buckets * k <= n <= hashed.BUDGET


def test_buckets_are_murmurhash3_of_the_tokens_as_scikit_learn_computes_it():
    from sklearn.utils import murmurhash3_32

    X = hashed.featurise(["water cell water"], hashed.HashSpec(1000, words=(1,)))
    cols = {c: v for c, v in zip(X.indices, X.data)}
    w, c = murmurhash3_32("water", 0, True) % 1000, murmurhash3_32("cell", 0, True) % 1000
    assert cols[w] == pytest.approx(2 / np.sqrt(3)) and cols[c] == pytest.approx(1 / np.sqrt(3))


def test_kd_targets_mix_the_score_and_the_teacher():
    teacher = np.array([[0.2, 0.8], [0.6, 0.4]])
    t = hashed.kd_targets(np.array([0, 0]), np.array([True, False]), teacher, alpha=0.25)
    assert np.allclose(t[0], [0.75 * 1 + 0.25 * 0.2, 0.25 * 0.8])
    assert np.allclose(t[1], teacher[1])  # unscored: the teacher alone


def test_fit_on_pure_soft_targets_reproduces_them_when_it_can():
    """With no penalty to speak of, one distinct answer per row and the teacher as target, the fitted
    probabilities approach the teacher's (the KD cross-entropy is minimised at p = p_teacher)."""
    texts = ["alpha", "beta", "gamma"]
    spec = hashed.HashSpec(4099, words=(1,))
    teacher = np.array([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]])
    st = hashed.HashedStudent(spec, l2=1e-8).fit(hashed.featurise(texts, spec), teacher, max_iter=2000)
    z = st.logits(hashed.featurise(texts, spec))
    p = np.exp(z - z.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    assert np.abs(p - teacher).max() < 1e-3


def test_no_character_but_the_padding_hashes_to_the_padding_hash():
    """The graph finds the character tokenizer's padding by its hash (numbers compare faster than strings):
    exact only because no other code point hashes to it, which this checks over all of them."""
    from sklearn.utils import murmurhash3_32

    assert hashed.PAD_HASH == murmurhash3_32(hashed.PAD, seed=0, positive=True)
    same = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and chr(c) != hashed.PAD
            and murmurhash3_32(chr(c), seed=0, positive=True) == hashed.PAD_HASH]
    assert same == []


def test_a_token_hashing_like_the_padding_is_a_gap_as_in_the_graph():
    """The graph masks every position whose hash is the padding's; the Python features leave out each n-gram
    holding such a token and do not join its neighbours (a real word with that hash is, at worst, ignored)."""
    from grader_app.learn.hashed import _grams

    a, b, c = 11, 22, 33
    pad = hashed.PAD_HASH
    assert _grams([a, pad, b], 1, True) == [a, b]
    assert _grams([a, pad, b, c], 2, True) == [b * hashed.P + c]        # no (a, b) bigram across the gap
    assert _grams([a, b, pad, c], 3, False) == []                        # every 3-gram holds the gap
    assert _grams([a, b, c], 2, False) == [(a * hashed.P + b) % hashed.Q, (b * hashed.P + c) % hashed.Q]
