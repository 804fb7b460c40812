"""The hashed ordinal kind (``grader-distill crossfit-hashed-ordinal``; installation rule, fifth amendment in
docs/distillation.md): the hashed LR kind's recipe (:mod:`crossfit_hashed_lr`) with an ordinal model,
:class:`grader_app.learn.ordinal.AdjacentCategoryModel` (logits k·z + b_k, one weight per bucket, so about
49,700 buckets fit the 50,000-number budget). Grid: the four feature sets × L2 ∈ {1e-2, 1e-3, 1e-4, 1e-5}."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from .crossfit import K_FOLDS
from .crossfit_hashed_lr import FEATURES, Config, Family, family_jobs, run_set
from .crossfit_kind import add_kind_parser
from .jobs import Job


def _fit(X, y, config: Config, K: int, spec):
    from ..learn.ordinal import AdjacentCategoryModel

    if len(np.unique(y)) < 2:
        raise ValueError("an ordinal fit needs at least two different scores")
    return AdjacentCategoryModel(spec, K, l2=config.value).fit(X, y)


def _weights(m, K: int) -> tuple[np.ndarray, np.ndarray]:
    return np.asarray(m.weights_, dtype=np.float64), np.asarray(m.bias_, dtype=np.float64)


def _buckets(n_labels: int) -> int:
    from ..learn.hashed import ordinal_buckets_for

    return ordinal_buckets_for(n_labels)


ORDINAL = Family(kind="hashed_ordinal", folder="hashed-ordinal-bundle", module="crossfit_hashed_ordinal",
                 grid=tuple(Config(f, "l2", v) for f in FEATURES for v in (1e-2, 1e-3, 1e-4, 1e-5)),
                 buckets=_buckets, fit=_fit, weights=_weights, columns=lambda n_labels: 1,
                 model_words="adjacent-category ordinal logits k·z + b_k, L2 {param} (maximum likelihood, L-BFGS)")
KIND, FOLDER, GRID = ORDINAL.kind, ORDINAL.folder, ORDINAL.grid


def set_job(out: Path, threads: int, essay_set: int, k: int = K_FOLDS) -> dict:
    """One set (minutes): cross-validation and the bundle fitted on every scored answer."""
    return run_set(ORDINAL, out, essay_set, k)


def ordinal_jobs(sets, vocab_out: Path, k: int = K_FOLDS) -> list[Job]:
    return family_jobs(ORDINAL, sets, vocab_out, k)


def add_parser(subparsers) -> None:
    add_kind_parser(
        subparsers, "crossfit-hashed-ordinal", FOLDER, ordinal_jobs, lambda r: f"{r['parameters']} stored numbers",
        help="the hashed ordinal kind (hashed n-grams, adjacent-category logits, ≤ 50k) cross-validated",
        description="k-fold CV (choices on the other folds only) of the hashed ordinal kind on the folds of "
                    "crossfit-vocab, and its bundle fitted on every scored answer (threshold from its out-of-fold "
                    "predictions). `crossfit-vocab --install` and `crossfit-report` read it beside the other kinds. "
                    "Resumable: a finished set is never redone.")
