"""TF-IDF features and the linear model of the baseline, built so they convert to ONNX exactly.

Choices that keep scikit-learn and onnxruntime in agreement (see STACK_NOTES):

* ``token_pattern=[a-zA-Z0-9_]+``: skl2onnx's ``Tokenizer`` reproduces it token for token; with
  scikit-learn's default ``(?u)\\b\\w\\w+\\b`` a third of answers tokenised differently.
* ``lowercase=False``: the text is already lower-cased by ``grader_app.scoring.normalise``
  (``basic-v1``) before it reaches the graph, and without lower-casing the converter emits no
  ``StringNormalizer``, whose default ``en_US.UTF-8`` locale is missing on many machines.
* ``sublinear_tf=False``: skl2onnx's sublinear branch differs from scikit-learn's ``1 + log(tf)``
  (|Δp| up to 1e-2 was measured), so it is not offered.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from ..scoring.normalise import DEFAULT_NORMALISATION, normalise_many

TOKEN_PATTERN = r"[a-zA-Z0-9_]+"


def make_tfidf(ngram_range: tuple[int, int] = (1, 1), max_features: int | None = None,
               min_df: int = 1) -> TfidfVectorizer:
    """A word n-gram TF-IDF vectoriser that skl2onnx converts without drift."""
    return TfidfVectorizer(token_pattern=TOKEN_PATTERN, lowercase=False, ngram_range=tuple(ngram_range),
                           max_features=max_features, min_df=min_df, sublinear_tf=False, norm="l2",
                           dtype=np.float32)


def make_pipeline(C: float = 1.0, ngram_range: tuple[int, int] = (1, 1), max_features: int | None = None,
                  min_df: int = 1, class_weight=None) -> Pipeline:
    """TF-IDF → multinomial logistic regression, the baseline scorer."""
    return Pipeline([
        ("tfidf", make_tfidf(ngram_range, max_features, min_df)),
        ("clf", LogisticRegression(C=C, max_iter=2000, class_weight=class_weight)),
    ])


def prepare_texts(texts: Sequence[str], normalisation: str = DEFAULT_NORMALISATION) -> list[str]:
    """The app's normalisation, applied exactly as the app applies it before the graph."""
    return normalise_many(texts, normalisation)


def estimate_parameters(pipeline: Pipeline) -> int:
    """Numbers and strings the converted graph will store, from the fitted pipeline (±a few).

    Per n-gram: its word strings in the pool, its output index and its idf weight; plus the
    linear model's coefficients, intercepts and class labels, and a margin of 40 for the single
    settings of each node, so the estimate is never below the exact count that
    :func:`grader_app.distill.bundling.count_onnx_parameters` gives for the converted graph.
    """
    vocab = pipeline.named_steps["tfidf"].vocabulary_
    clf = pipeline.named_steps["clf"]
    words = sum(len(k.split(" ")) for k in vocab)
    return int(words + 2 * len(vocab) + clf.coef_.size + clf.intercept_.size + len(clf.classes_) + 40)
