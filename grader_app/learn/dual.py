"""The fit under :func:`grader_app.learn.marks_model.fit_marks`: an L2-regularised multinomial (or
adjacent-category ordinal) logistic regression fitted through the kernel of the marked answers.

The kernel's eigendecomposition (:func:`kernel_basis`) is the costly step for many marks (about 0.8 s
for 1,600 marks on one core) and depends on the answers only, not on C: a fold's kernel is decomposed
once and given to every C's fit (it was decomposed again for each, five times over).
"""
from __future__ import annotations

import numpy as np

from .pausing import pause_point

UNSEEN_LOGIT = -1e4          # bias of a score on the scale that no mark has yet: probability 0


def kernel_basis(K: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(λ, U) of ``K = U Λ Uᵀ``, the eigenvalues that are not numerically zero and their vectors."""
    lam, U = np.linalg.eigh(K)
    keep = lam > max(float(lam.max()), 1e-12) * 1e-10
    return lam[keep], U[:, keep]


def fit_dual(K: np.ndarray, y: np.ndarray, C: float, n_labels: int, sample_weight: np.ndarray,
             start: np.ndarray | None = None, ordinal: bool = False,
             basis: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """An L2-regularised multinomial logistic regression fitted through its kernel (K = D Dᵀ).

    The objective is scikit-learn's, ``C·Σ wᵢ·CE(zᵢ, yᵢ) + ½‖W‖²`` with an unpenalised bias. Its
    minimiser lies in the span of the marked answers' features (the representer theorem), so with
    ``K = U Λ Uᵀ`` and ``Z = U Λ^½`` (the marks' coordinates in that span) L-BFGS fits β [r, c] on
    Z — the same optimum as over the [M, K] weight table, in milliseconds — and ``W = Dᵀ A`` with
    ``A = U Λ^-½ β``. Scores absent from ``y`` get no column and a bias of UNSEEN_LOGIT
    (probability 0). ``ordinal``: the adjacent-category ordinal model, one score s(x) = x·w and
    logits ``j·s(x) + b_j`` (j the score's place on the scale), i.e. the weight table's column j is
    j·w — still a linear softmax model, with one weight vector instead of one per score.
    ``basis``: :func:`kernel_basis` of K, if worked out already (the same kernel is fitted for every C).
    Returns (A [n, K], b [K], the raw parameters for a warm start).
    """
    from scipy.optimize import minimize

    n = len(y)
    classes = np.unique(y)
    c = len(classes)
    A_full = np.zeros((n, n_labels))
    b_full = np.full(n_labels, UNSEEN_LOGIT)
    if c == 1:   # one score only: it predicts that score
        b_full[classes[0]] = 0.0
        return A_full, b_full, np.zeros(0)
    pause_point()
    lam, U = basis if basis is not None else kernel_basis(K)
    Z = U * np.sqrt(lam)
    r = Z.shape[1]
    Y = (y[:, None] == classes[None, :]).astype(np.float64)
    w = np.asarray(sample_weight, dtype=np.float64) * float(C)
    pos = classes.astype(np.float64)        # the scores' places on the scale (ordinal)
    m = 1 if ordinal else c                 # weight vectors: one (ordinal) or one per score

    def f(theta):
        pause_point()
        beta = theta[: r * m].reshape(r, m)
        z = (Z @ beta) * (pos if ordinal else 1.0) + theta[r * m:]
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        s = e.sum(axis=1, keepdims=True)
        G = w[:, None] * (e / s - Y)
        loss = -(w[:, None] * Y * (z - np.log(s))).sum() + 0.5 * (beta * beta).sum()
        gz = Z.T @ (G @ pos)[:, None] if ordinal else Z.T @ G
        return loss, np.concatenate([(gz + beta).ravel(), G.sum(axis=0)])

    x0 = start if start is not None and start.shape == (r * m + c,) else np.zeros(r * m + c)
    res = minimize(f, x0, jac=True, method="L-BFGS-B", options={"maxiter": 3000, "gtol": 1e-7})
    beta = res.x[: r * m].reshape(r, m)
    A_full[:, classes] = ((U / np.sqrt(lam)) @ beta) * (pos if ordinal else 1.0)
    b_full[classes] = res.x[r * m:]
    return A_full, b_full, res.x
