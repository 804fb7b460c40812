"""The hashed n-gram student: no stored vocabulary, so the whole parameter budget goes to weights.

The features and the ONNX graph live in :mod:`grader_app.learn.hashed` (the app learns the same
kind of model from a teacher's marks); this module keeps what only the distillation side needs:
the soft-target fit, the distillation targets and the crossfit job.

The student is a linear layer W[M, K] + b on the hashed features (a multinomial logistic
regression), exported as one ONNX graph with exact parity (:func:`grader_app.learn.hashed.to_onnx`).

Training minimises the distillation loss in its convex form, the cross-entropy against targets
``(1 − α)·onehot(y) + α·p_teacher`` (``p_teacher`` alone for unscored transfer answers), plus an L2
penalty, with L-BFGS: deterministic, a fraction of a second per fit.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..learn.hashed import (  # noqa: F401  (re-exported: the distillation side's names for them)
    BUDGET, INPUT_NAME, OUTPUT_NAME, PAD, PAD_HASH, HashSpec, P, Q, buckets_for, featurise, stem_pattern, to_onnx)
from ..learn.word_hash import WORD_PATTERN  # noqa: F401


# --- training ------------------------------------------------------------------------------------

@dataclass
class HashedStudent:
    """Multinomial logistic regression on hashed features, fitted to soft targets."""

    spec: HashSpec
    l2: float = 1e-3
    weights_: np.ndarray | None = field(default=None, repr=False)
    bias_: np.ndarray | None = field(default=None, repr=False)

    def fit(self, X, targets: np.ndarray, sample_weight: np.ndarray | None = None,
            max_iter: int = 500) -> "HashedStudent":
        from scipy.optimize import minimize

        n, m = X.shape
        k = targets.shape[1]
        w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        w = w / w.sum()
        Xt = X.T.tocsr()
        T = np.asarray(targets, dtype=np.float64)

        def loss(theta):
            W = theta[: m * k].reshape(m, k)
            b = theta[m * k:]
            z = X @ W + b
            z -= z.max(axis=1, keepdims=True)
            logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
            f = -(w[:, None] * T * logp).sum() + 0.5 * self.l2 * (W * W).sum()
            g = w[:, None] * (np.exp(logp) * T.sum(axis=1, keepdims=True) - T)
            gW = Xt @ g + self.l2 * W
            return f, np.concatenate([gW.ravel(), g.sum(axis=0)])

        theta0 = np.zeros(m * k + k)
        res = minimize(loss, theta0, jac=True, method="L-BFGS-B", options={"maxiter": max_iter})
        self.weights_ = res.x[: m * k].reshape(m, k)
        self.bias_ = res.x[m * k:]
        return self

    def logits(self, X) -> np.ndarray:
        return np.asarray(X @ self.weights_ + self.bias_)


def kd_targets(y_idx: np.ndarray, has_label: np.ndarray, teacher: np.ndarray, alpha: float) -> np.ndarray:
    """``(1 − α)·onehot(y) + α·p_teacher`` for scored answers, ``p_teacher`` for the others."""
    k = teacher.shape[1]
    onehot = np.zeros_like(teacher, dtype=np.float64)
    lab = np.flatnonzero(has_label)
    onehot[lab, np.asarray(y_idx)[lab]] = 1.0
    out = np.asarray(teacher, dtype=np.float64).copy()
    out[lab] = (1 - alpha) * onehot[lab] + alpha * teacher[lab]
    return out / out.sum(axis=1, keepdims=True).clip(1e-12) if k else out


def fit_job(out, threads: int, texts: list, y: list, n_labels: int, buckets: int = 4099, l2: float = 1e-3,
            stems: int = 5) -> dict:
    """A job (see :mod:`grader_app.distill.jobs`): fit a hard-label hashed student on normalised
    ``texts`` and write ``model.onnx`` into ``out``."""
    from pathlib import Path

    spec = HashSpec(int(buckets), stems=int(stems))
    y = np.asarray(y, dtype=int)
    st = HashedStudent(spec, l2=float(l2)).fit(featurise(texts, spec), np.eye(int(n_labels))[y])
    model = to_onnx(st, int(n_labels))
    (Path(out) / "model.onnx").write_bytes(model)
    return {"bytes": len(model), "n": len(texts)}
