"""TF-IDF features and the linear model of the baseline, built so they convert to ONNX exactly.

Choices that keep scikit-learn and onnxruntime in agreement (see STACK_NOTES):

* ``token_pattern=[a-zA-Z0-9_]+``: skl2onnx's ``Tokenizer`` reproduces it token for token; with
  scikit-learn's default ``(?u)\\b\\w\\w+\\b`` a third of answers tokenised differently.
* ``lowercase=False``: the text is already lower-cased by ``grader_app.text``
  (``basic-v1``) before it reaches the graph, and without lower-casing the converter emits no
  ``StringNormalizer``, whose default ``en_US.UTF-8`` locale is missing on many machines.
* ``analyzer="char"`` converts too and matches once whitespace runs are collapsed, which
  ``basic-v1`` does; ``char_wb`` does not convert and is not offered.
* a vocabulary "closed downward": onnxruntime's ``TfIdfVectorizer`` finds an n-gram only through
  its shorter n-grams, so when ``max_features`` keeps "water is" but drops "is", the graph misses
  "water is" (|Δp| up to 0.06 was measured). :func:`fit_pipeline` removes such n-grams and refits
  on the remaining, closed vocabulary; ``min_df`` alone always gives a closed vocabulary. The ``max_features``
  cut itself breaks ties between equally frequent terms alphabetically (:func:`top_terms`), not by numpy's sort.
* ``sublinear_tf=False``: skl2onnx's sublinear branch differs from scikit-learn's ``1 + log(tf)``
  (|Δp| up to 1e-2 was measured), so it is not offered.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from ..text import DEFAULT_NORMALISATION, normalise_many

TOKEN_PATTERN = r"[a-zA-Z0-9_]+"


ANALYZERS = ("word", "char")


def make_tfidf(ngram_range: tuple[int, int] = (1, 1), max_features: int | None = None,
               min_df: int = 1, analyzer: str = "word") -> TfidfVectorizer:
    """A word (or character) n-gram TF-IDF vectoriser that skl2onnx converts without drift."""
    if analyzer not in ANALYZERS:
        raise ValueError(f"analyzer must be one of {ANALYZERS}, not {analyzer!r}")
    # token_pattern is kept for characters too: skl2onnx reads it whatever the analyzer
    return TfidfVectorizer(analyzer=analyzer, token_pattern=TOKEN_PATTERN, lowercase=False,
                           ngram_range=tuple(ngram_range), max_features=max_features, min_df=min_df,
                           sublinear_tf=False, norm="l2", dtype=np.float32)


def make_pipeline(C: float = 1.0, ngram_range: tuple[int, int] = (1, 1), max_features: int | None = None,
                  min_df: int = 1, class_weight=None, analyzer: str = "word") -> Pipeline:
    """TF-IDF → multinomial logistic regression, the baseline scorer."""
    return Pipeline([
        ("tfidf", make_tfidf(ngram_range, max_features, min_df, analyzer)),
        ("clf", LogisticRegression(C=C, max_iter=3000, class_weight=class_weight)),
    ])


def _sub_ngrams(gram: str, analyzer: str, min_n: int):
    """Every contiguous shorter n-gram (of order ≥ min_n) inside ``gram``."""
    units = gram.split(" ") if analyzer == "word" else list(gram)
    join = " ".join if analyzer == "word" else "".join
    n = len(units)
    for size in range(min_n, n):
        for i in range(n - size + 1):
            yield join(units[i:i + size])


def closed_vocabulary(vocabulary, analyzer: str, min_n: int) -> list[str]:
    """The n-grams all of whose shorter sub-n-grams (order ≥ ``min_n``) are in the vocabulary too.

    Dropping an n-gram never breaks closure for a longer one, since the longer one contains it; a
    single pass from short to long n-grams therefore suffices.
    """
    vocab = set(vocabulary)
    order = (lambda g: len(g.split(" "))) if analyzer == "word" else len
    kept: set[str] = set()
    for g in sorted(vocab, key=lambda g: (order(g), g)):
        if all(sub in kept for sub in _sub_ngrams(g, analyzer, min_n)):
            kept.add(g)
    return sorted(kept)


def fit_tfidf(vectorizer: TfidfVectorizer, texts: Sequence[str]):
    """Fit (and transform) ``texts``; refit on a closed vocabulary if ``max_features`` broke closure.

    Returns ``(vectorizer, matrix)``; the vectoriser may be a new one with a fixed vocabulary.
    """
    import warnings

    from sklearn.base import clone

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="The parameter 'token_pattern' will not be used")
        return _fit_closed(vectorizer, texts, clone)


def top_terms(vectorizer: TfidfVectorizer, texts: Sequence[str]) -> list[str]:
    """The ``max_features`` terms scikit-learn would keep (the most frequent over ``texts``, after ``min_df``),
    ties broken alphabetically. scikit-learn breaks them with numpy's unstable sort, whose order depends on the
    numpy version and the CPU's vector instructions: thousands of bigrams seen twice can tie at the cut, so the
    same recipe kept different features on different machines."""
    from sklearn.feature_extraction.text import CountVectorizer

    names = set(CountVectorizer().get_params())
    params = {k: v for k, v in vectorizer.get_params().items() if k in names}
    counter = CountVectorizer(**{**params, "max_features": None})
    counts = counter.fit_transform(texts)
    terms = counter.get_feature_names_out()          # alphabetical, so a stable sort breaks ties alphabetically
    totals = np.asarray(counts.sum(axis=0)).ravel()
    return sorted(terms[np.argsort(-totals, kind="stable")[:vectorizer.max_features]].tolist())


def _fit_closed(vectorizer, texts, clone):
    if vectorizer.max_features is not None and vectorizer.vocabulary is None:
        vectorizer = clone(vectorizer).set_params(vocabulary=top_terms(vectorizer, texts), max_features=None, min_df=1)
    X = vectorizer.fit_transform(texts)
    vocab = vectorizer.vocabulary_
    closed = closed_vocabulary(vocab, vectorizer.analyzer, vectorizer.ngram_range[0])
    if len(closed) == len(vocab):
        return vectorizer, X
    fixed = clone(vectorizer).set_params(vocabulary=closed, max_features=None, min_df=1)
    return fixed, fixed.fit_transform(texts)


def fit_pipeline(pipeline: Pipeline, texts: Sequence[str], y) -> Pipeline:
    """Fit a :func:`make_pipeline` pipeline with a closed vocabulary (see the module notes)."""
    vec, X = fit_tfidf(pipeline.steps[0][1], list(texts))
    clf = pipeline.steps[-1][1].fit(X, y)
    return Pipeline([(pipeline.steps[0][0], vec), (pipeline.steps[-1][0], clf)])


def prepare_texts(texts: Sequence[str], normalisation: str = DEFAULT_NORMALISATION) -> list[str]:
    """The app's normalisation, applied exactly as the app applies it before the graph."""
    return normalise_many(texts, normalisation)


def estimate_parameters(pipeline: Pipeline) -> int:
    """Numbers and strings the converted graph will store, from the fitted pipeline (±a few).

    Per n-gram: its word (or character) strings in the pool, its output index and its idf weight; plus the
    linear model's coefficients, intercepts and class labels, and a margin of 40 for the single
    settings of each node, so the estimate is never below the exact count that
    :func:`grader_app.distill.bundling.count_onnx_parameters` gives for the converted graph.
    """
    tfidf = pipeline.named_steps["tfidf"]
    vocab = tfidf.vocabulary_
    clf = pipeline.named_steps["clf"]
    if tfidf.analyzer == "char":
        words = sum(len(k) for k in vocab)
    else:
        words = sum(len(k.split(" ")) for k in vocab)
    return int(words + 2 * len(vocab) + clf.coef_.size + clf.intercept_.size + len(clf.classes_) + 40)
