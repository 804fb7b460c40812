"""One fit of a question's model as plain data: what :func:`fit_marks` is given, and the function that runs it.

:meth:`grader_app.learn.assistant.MarkingAssistant.fit_job` takes a :class:`FitJob` of the marks as
they are (on the thread that owns the assistant); :func:`fit_job` fits it wherever it is called: on a
worker thread of the app or in the fitting child process (:mod:`grader_app.learn.fit_process`),
which is why a job holds only picklable values (texts, marks, arrays, the hash spec) and no
reference to the assistant. The same job gives the same model in either place.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

import numpy as np

from ..text import normalise_many
from .hashed import HashSpec, featurise
from .marks_model import ORDINAL_CS, LearnedModel, fit_marks
from .pausing import pause_point

# the model the assistant may fit (``fit_marks`` options): "plain", one weight vector per score and no class
# weights (exact agreement first); "ordinal", the adjacent-category ordinal model of ``grader learn``;
# "ordinal-balanced", the same with balanced class weights (docs/effort.md compares them)
FIT_VARIANTS: dict[str, dict[str, Any]] = {
    "plain": {},
    "ordinal": {"ordinal": True, "Cs": ORDINAL_CS},
    "ordinal-balanced": {"ordinal": True, "Cs": ORDINAL_CS, "class_weight": "balanced"},
    # ``grader learn``'s (a model made from a marked sheet, :mod:`.from_sheet`): score offsets for QWK too, where they
    # hold up out of fold; the marks of a later sheet go on teaching such a model with it (:mod:`.continuing`)
    "sheet": {"ordinal": True, "Cs": ORDINAL_CS, "class_weight": "balanced", "offsets": True},
}
DEFAULT_FIT = "plain"
SHEET_FIT = "sheet"


@dataclass(frozen=True)
class FitJob:
    """The inputs of one fit. ``key`` names the question's texts (the child process keeps their
    features under it, so a question's texts travel once); ``features`` are the hashed features of
    ``texts`` with ``spec`` if already worked out (kept on this side, never sent to the child);
    ``variant``: which model (a key of :data:`FIT_VARIANTS`); ``rows``: how many of the texts (the first) are the
    question's answers that the model scores, the others answers whose marks it learns from alone (0: all are; the
    earlier marks of :mod:`grader_app.learn.continuing`); ``calibrate``: the marked answers whose out-of-fold
    predictions choose the review threshold (``fit_marks(calibrate=...)``; None: every mark); ``order``: the marked
    answers in the order their marks came (``fit_marks(order=...)``: a mark keeps its checking fold as marks are added;
    None: folds drawn at each fit); ``first``: the marked answers whose mark was changed since, and the score each was
    first given, which chose its fold (``fit_marks(first=...)``); ``ghosts``: the marks taken back, which keep their
    places in the fold draw (``fit_marks(ghosts=...)``), and ``ghost_groups`` the fold group each was marked in."""

    texts: Sequence[str]
    marks: Mapping[int, Any]
    labels: tuple | None
    prior: np.ndarray | None
    prior_labels: tuple | None
    groups: np.ndarray
    spec: HashSpec
    target_error: float
    confidence: float
    seed: int
    normalisation: str
    key: int = 0
    features: Any = None
    variant: str = DEFAULT_FIT
    rows: int = 0
    calibrate: tuple[int, ...] | None = None
    order: tuple[int, ...] | None = None
    first: Mapping[int, Any] | None = None
    ghosts: tuple[tuple[int, int, Any], ...] = ()
    ghost_groups: tuple[int, ...] | None = None

    @property
    def n_marks(self) -> int:
        return len(self.marks)

    def without_texts(self) -> "FitJob":
        """The job as sent to a child process that holds the texts (and features) of ``key`` already."""
        return replace(self, texts=(), features=None)

    def without_features(self) -> "FitJob":
        return replace(self, features=None)


def featurise_job(job: FitJob):
    """The hashed features of the job's texts (normalised as the job says)."""
    return featurise(normalise_many(job.texts, job.normalisation), job.spec)


def fit_job(job: FitJob, features=None) -> LearnedModel:
    """Fit the job's model (on whatever thread or process calls it); ``features``: the job's features
    if worked out already (else ``job.features``, else made here)."""
    pause_point()
    feats = features if features is not None else job.features
    if feats is None:
        feats = featurise_job(job)
    model = fit_marks(job.texts, job.marks, labels=job.labels, prior=job.prior, prior_labels=job.prior_labels,
                      groups=job.groups, spec=job.spec, features=feats, target_error=job.target_error,
                      confidence=job.confidence, seed=job.seed, normalisation=job.normalisation,
                      calibrate=job.calibrate, order=job.order, first=job.first, ghosts=job.ghosts,
                      ghost_groups=job.ghost_groups,
                      **FIT_VARIANTS[job.variant])
    # only the question's answers are scored; the marks learned from (``marked``, ``oof``) stay whole
    return replace(model, variant=job.variant, **({"probabilities": model.probabilities[:job.rows]} if job.rows else {}))
