"""An ordinal model on hashed features: adjacent-category logits.

Scores are ordered, and a multinomial model ignores that. Here each answer gets one score
``z = w·x`` and the probability of score index k is ``softmax_k(k·z + b_k)``: the log-odds of each score
against the one below are ``z + (b_k − b_{k−1})``, so a higher z moves the answer up the scale (the
adjacent-category logit model). It stores one weight per bucket instead of K, so the same
50,000-number budget holds K times as many buckets (:func:`grader_app.learn.hashed.ordinal_buckets_for`),
and its probabilities are an ordinary softmax: the app's decision rule, confidence and review work on them
unchanged. :func:`grader_app.learn.hashed.to_onnx` exports it (``weights_`` [M, 1]).

It is the model that :mod:`grader_app.learn.marks_model` fits with ``ordinal=True`` for a teacher's ~150
marks, there through the marks' kernel (fast for a few hundred answers) and exported as a [M, K] table of
columns j·w. This module fits it in the primal, for the thousands of answers of a shipped bundle, and keeps
the one column so that the budget buys buckets.

Fitted by maximum likelihood with an L2 penalty on w (mean loss + ½·l2·|w|²), by L-BFGS from zero:
deterministic. Targets may be hard score indices or rows of probabilities (soft targets). NumPy and
scipy (which comes with scikit-learn) only.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class AdjacentCategoryModel:
    """``softmax(k·(x·w) + b)`` over score indices k = 0..K−1, on hashed features of ``spec``."""

    spec: object
    n_labels: int
    l2: float = 1e-3
    weights_: np.ndarray | None = field(default=None, repr=False)   # [M, 1]
    bias_: np.ndarray | None = field(default=None, repr=False)      # [K]

    def fit(self, X, y, sample_weight: np.ndarray | None = None, max_iter: int = 1000) -> "AdjacentCategoryModel":
        """``y``: score indices [n] or target probabilities [n, K]."""
        from scipy.optimize import minimize

        n, m = X.shape
        K = int(self.n_labels)
        y = np.asarray(y)
        T = np.eye(K)[y.astype(int)] if y.ndim == 1 else np.asarray(y, dtype=np.float64)
        w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        w = w / w.sum()
        steps = np.arange(K, dtype=np.float64)
        Xt = X.T.tocsr()
        l2 = float(self.l2)

        def loss(theta):
            v, b = theta[:m], theta[m:]
            L = (X @ v)[:, None] * steps + b
            L -= L.max(axis=1, keepdims=True)
            logp = L - np.log(np.exp(L).sum(axis=1, keepdims=True))
            f = -(w[:, None] * T * logp).sum() + 0.5 * l2 * (v @ v)
            g = w[:, None] * (np.exp(logp) * T.sum(axis=1, keepdims=True) - T)
            return f, np.concatenate([Xt @ (g @ steps) + l2 * v, g.sum(axis=0)])

        res = minimize(loss, np.zeros(m + K), jac=True, method="L-BFGS-B", options={"maxiter": int(max_iter)})
        self.weights_ = res.x[:m].reshape(m, 1)
        self.bias_ = res.x[m:]
        return self

    def logits(self, X) -> np.ndarray:
        if self.weights_ is None or self.bias_ is None:
            raise ValueError("the ordinal model is not fitted")
        z = np.asarray(X @ self.weights_).reshape(-1)
        return z[:, None] * np.arange(int(self.n_labels), dtype=np.float64) + self.bias_

    def predict_proba(self, X) -> np.ndarray:
        L = self.logits(X)
        p = np.exp(L - L.max(axis=1, keepdims=True))
        return p / p.sum(axis=1, keepdims=True)

    def predict(self, X) -> np.ndarray:
        return self.predict_proba(X).argmax(axis=1)
