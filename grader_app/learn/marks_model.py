"""A model learned from the teacher's own marks on one question, with an out-of-fold review guarantee.

:func:`fit_marks` takes the texts of one question's answers and the scores the teacher has given so
far (answer index → score, at least two distinct scores) and returns a :class:`LearnedModel`:

* the model: a multinomial (or, ``ordinal``, adjacent-category ordinal) logistic regression on the
  hashed n-gram features of :mod:`grader_app.learn.hashed` (no stored vocabulary: one small ONNX
  graph); optionally with a shipped bundle's log-probabilities as extra features (``prior``);
* its regularisation C, chosen on the marks only by cross-validated log-loss;
* the guarantee, estimated out of fold on the marks: the cross-validated probabilities of the
  chosen C are temperature-scaled and go through the same fixed-sequence Clopper–Pearson
  (Learn-then-Test) procedure as a shipped bundle's calibration data
  (:func:`grader_app.learn.calibration.risk_coverage`). Near-identical answers and answers decided together (a
  group marked with one key) stay in one fold, so near-copies never vouch for each other, and the bound counts each
  such group once (``units``): a group of 18 copies right out of fold is one right decision, not 18, so a model
  checked on a few groups of copies takes nothing however many answers they hold. The chosen C and the out-of-fold
  predictions come from the same folds, which makes the estimate slightly optimistic; the
  benchmark (``scripts/bench_effort.py``) measures the agreement actually reached;
* calibrated probabilities for every answer of the question, and which unmarked answers it could
  take (``takeable``): those whose confidence reaches the threshold, when a threshold qualified.
  Until about 45 marked answers (each unlike the others, or groups of them counted once) are predicted confidently
  out of fold, no threshold qualifies (with zero errors, 45 is the fewest that can show a 5 % error at 90 %
  confidence) and it takes none.

Semi-supervised variants (a truncated SVD of the class's answers as features, self-training, the
class's inverse document frequencies) did not help on ASAP-SAS (docs/effort.md); ``offsets`` (QWK
score offsets that must hold up out of fold, :mod:`grader_app.learn.offsets`) did, for ``grader learn``.

No Qt; scikit-learn does the fitting (scipy comes with it). A class of 150 answers fits in a few
hundred milliseconds on one core.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Mapping, Sequence

import numpy as np

from ..errors import GraderError
from ..core.metrics import accuracy, quadratic_weighted_kappa
from ..text import DEFAULT_NORMALISATION, normalise_many
from .dual import UNSEEN_LOGIT, kernel_basis  # noqa: F401  (UNSEEN_LOGIT: where it was defined before)
from .dual import fit_dual as _fit_dual
from .calibration import fit_temperature, min_accepted_for, risk_coverage, soften
from .limits import CONFIDENCE, MIN_MARKS, TARGET_ERROR  # noqa: F401  (MIN_MARKS: where it was defined before)
from .export import PRIOR_FLOOR
from .hashed import HashSpec, buckets_for, featurise
from .folds import arrival_folds, first_strata, fold_of, ghost_arrays
from .folds import group_folds as _folds
from .offsets import checked_offsets, crossfit_offset_logits
from .pausing import pause_point

DEFAULT_CS = (0.3, 1.0, 3.0, 10.0, 30.0)
ORDINAL_CS = (0.1, *DEFAULT_CS)   # the ordinal model (one weight vector) was chosen with this grid
FOLDS = 5
REVIEW_METHOD = ("fixed-sequence Clopper-Pearson (Learn-then-Test) on out-of-fold predictions "
                 "of the teacher's marks, near-identical answers and answers decided together counted once")


class NotEnoughMarks(GraderError, ValueError):
    """The marks cannot teach a model (fewer than two distinct scores), or too few of them to keep the model in the
    library (:func:`grader_app.learn.in_session.not_kept`); the message is one sentence."""


def default_spec(n_labels: int) -> HashSpec:
    """Word 1–2-grams, chunks of up to 5 letters and character 3–4-grams in the 50,000-number budget."""
    return HashSpec(buckets_for(int(n_labels)), words=(1, 2), chars=(3, 4), stems=5)


def _fmt(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def check_marks(marks: Mapping[int, Any], n_texts: int, labels: Sequence | None = None) -> tuple:
    """The score scale the marks imply (``labels`` if given), or NotEnoughMarks / ValueError (one sentence)."""
    for i, s in marks.items():
        if not 0 <= int(i) < n_texts:
            raise ValueError(f"mark for answer {i} but there are only {n_texts} answers")
        if s is None or (isinstance(s, float) and not math.isfinite(s)):
            raise ValueError(f"the mark of answer {i} is not a score")
    distinct = sorted(set(marks.values()), key=float)
    if len(distinct) < 2:
        given = f"only the score {_fmt(distinct[0])}" if distinct else "no score yet"
        raise NotEnoughMarks(f"a model needs marks with at least two different scores; the marks give {given}, "
                             "so mark an answer that deserves another score")
    if labels is None:
        return tuple(distinct)
    labels = tuple(labels)
    stray = [v for v in distinct if v not in labels]
    if stray:
        raise ValueError(f"the mark {_fmt(stray[0])} is not a score for this question; use one of "
                         f"{', '.join(_fmt(v) for v in labels)}")
    return labels


@dataclass
class LearnedModel:
    """What :func:`fit_marks` learned. ``probabilities`` are calibrated (the temperature applied)."""

    labels: tuple
    spec: HashSpec
    C: float
    temperature: float
    review: dict                 # the manifest's review dict, from the out-of-fold predictions
    marked: np.ndarray           # indices of the marked answers, ascending
    marks: np.ndarray            # their score indices (into labels)
    probabilities: np.ndarray    # [N, K] calibrated, for every answer given to fit_marks
    oof: np.ndarray              # [n_marked, K] calibrated out-of-fold probabilities of the marked answers
    metrics: dict                # out-of-fold qwk / accuracy / macro_f1 / n on the marks
    weights_: np.ndarray = field(repr=False)        # [M, K] weight table of the hashed features
    bias_: np.ndarray = field(repr=False)           # [K]
    prior_weights_: np.ndarray | None = field(default=None, repr=False)   # [K0, K] on the prior's log-probabilities
    prior_labels: tuple | None = None
    normalisation: str = DEFAULT_NORMALISATION
    class_weight: str | None = None
    seconds: float = 0.0
    offsets: tuple | None = None   # logit offsets for QWK included in bias_ (None: not tried or none kept)
    ordinal: bool = False          # the adjacent-category ordinal model (weight column j = j·w)
    folds: np.ndarray | None = field(default=None, repr=False)   # the fold that checked each marked answer (-1: none)
    variant: str | None = None     # the recipe that fitted it (fit_job.FIT_VARIANTS), where known: its manifest says it

    # ----- what the UI reads ----------------------------------------------------------------
    @property
    def n_marks(self) -> int:
        return int(len(self.marked))

    @property
    def threshold(self) -> float:
        return float(self.review["threshold"])

    @property
    def qualified(self) -> bool:
        return bool(self.review.get("qualified"))

    @cached_property
    def confidence(self) -> np.ndarray:
        return self.probabilities.max(axis=1)

    @cached_property
    def _argmax(self) -> np.ndarray:
        return self.probabilities.argmax(axis=1)

    def predicted_index(self) -> np.ndarray:
        return self._argmax

    def predicted_scores(self) -> list:
        return [self.labels[i] for i in self.predicted_index()]

    def takeable(self, exclude: Sequence[int] | np.ndarray = ()) -> np.ndarray:
        """Unmarked answers (not in ``exclude``) whose confidence reaches the out-of-fold threshold;
        none while no threshold qualified."""
        if not self.qualified:
            return np.zeros(0, dtype=np.int64)
        ok = self.confidence >= self.threshold
        ok[self.marked] = False
        ex = np.asarray(list(exclude), dtype=np.int64)
        if ex.size:
            ok[ex] = False
        return np.flatnonzero(ok)

    def expected_accuracy(self) -> float | None:
        """Lower bound (at the review's confidence) on the accuracy of what it takes, if qualified."""
        if not self.qualified:
            return None
        row = next((r for r in self.review["table"] if r["threshold"] == self.threshold), None)
        return None if row is None else 1.0 - float(row["error_upper"])

    # ----- new answers ------------------------------------------------------------------------
    def logits(self, X, prior_logp: np.ndarray | None = None) -> np.ndarray:
        z = np.asarray(X @ self.weights_) + self.bias_
        if self.prior_weights_ is not None:
            if prior_logp is None:
                raise ValueError("this model was adapted from a bundle: give the bundle's probabilities too")
            z = z + prior_logp @ self.prior_weights_
        return z

    def predict_proba(self, texts: Sequence[str], prior: np.ndarray | None = None) -> np.ndarray:
        """Calibrated probabilities for raw answer texts, as the exported bundle gives them in the app."""
        X = featurise(normalise_many(texts, self.normalisation), self.spec)
        z = self.logits(X, prior_log(prior) if prior is not None else None)
        return soften(raw_softmax(z), self.temperature)

    def as_source(self, prior_source=None) -> "LearnedSource":
        """A prediction source for ``core.grading.score_session(sources=...)``."""
        return LearnedSource(self, prior_source)

    def to_onnx(self, prior_model: bytes | None = None, prior_temperature: float = 1.0) -> bytes:
        from .export import model_to_onnx

        return model_to_onnx(self, prior_model=prior_model, prior_temperature=prior_temperature)


class LearnedSource:
    """Scores texts batch by batch with a learned model (the ``PredictionSource`` shape the grading
    session's scoring loop takes); ``prior_source`` is the bundle's Scorer for an adapted model."""

    def __init__(self, model: LearnedModel, prior_source=None) -> None:
        self.model = model
        self.prior_source = prior_source
        self.labels = list(model.labels)

    def iter_batches(self, texts: Sequence[str], batch_size: int = 64, cancel=None):
        from ..scoring.model import BatchResult, Cancelled

        total = len(texts)
        for start in range(0, total, batch_size):
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            chunk = list(texts[start:start + batch_size])
            prior = self.prior_source.predict_proba(chunk) if self.prior_source is not None else None
            probs = self.model.predict_proba(chunk, prior).astype(np.float32)
            yield BatchResult(start=start, probabilities=probs, done=min(total, start + batch_size), total=total,
                              valid=np.ones(len(chunk), dtype=bool))


def raw_softmax(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def prior_log(prior: np.ndarray) -> np.ndarray:
    """The prior features: log of the bundle's calibrated probabilities, clipped to [PRIOR_FLOOR, 1]."""
    p = np.asarray(prior, dtype=np.float64)
    return np.log(np.clip(p, PRIOR_FLOOR, 1.0))


# --- fitting -----------------------------------------------------------------------------------

def _sample_weight(y: np.ndarray, class_weight) -> np.ndarray:
    if class_weight is None:
        return np.ones(len(y))
    if class_weight == "balanced":
        counts = np.bincount(y)
        present = counts[counts > 0]
        return (len(y) / (len(present) * counts[y])).astype(np.float64)
    raise ValueError(f"class_weight must be None or 'balanced', not {class_weight!r}")


def _design(X, prior_logp: np.ndarray | None):
    if prior_logp is None:
        return X
    from scipy.sparse import csr_matrix, hstack

    return hstack([X, csr_matrix(prior_logp)], format="csr")


def fit_marks(texts: Sequence[str], marks: Mapping[int, Any], *, labels: Sequence | None = None,
              prior: np.ndarray | None = None, prior_labels: Sequence | None = None,
              groups: Sequence[int] | None = None, spec: HashSpec | None = None, features=None,
              Cs: Sequence[float] = DEFAULT_CS, class_weight: str | None = None, folds: int = FOLDS,
              target_error: float = TARGET_ERROR, confidence: float = CONFIDENCE, seed: int = 0,
              normalisation: str = DEFAULT_NORMALISATION, offsets: bool = False, ordinal: bool = False,
              calibrate: Sequence[int] | None = None, order: Sequence[int] | None = None,
              first: Mapping[int, Any] | None = None, ghosts: Sequence[tuple[int, int, Any]] = (),
              ghost_groups: Sequence[int] | None = None) -> LearnedModel:
    """Fit a model on the marks of one question and estimate its review guarantee out of fold.

    ``texts``: every answer of the question (raw; normalised here). ``marks``: answer index → score
    (at least two distinct scores, else :class:`NotEnoughMarks`). ``labels``: the question's score
    scale (default: the distinct marked scores). ``prior``: a bundle's calibrated probabilities for
    every text ([N, K0]), used as extra features (the bundle adapted to this teacher). ``groups``:
    a group id per answer (answers decided together, or near-identical, share one: one fold, and one unit of the
    review's bound; without it each answer is its own). ``features``: the
    hashed features of ``texts`` if already computed with ``spec``. ``class_weight``: None (exact
    agreement first: the assistant), ``"balanced"`` (each score weighs alike: higher QWK, lower
    exact agreement on skewed questions: ``grader learn``) or ``"auto"`` (whichever of the two has
    the better out-of-fold QWK on the marks); the model records the one used. ``offsets``:
    shift the scores' logits for QWK when that holds up on halves of the out-of-fold predictions
    (:func:`grader_app.learn.offsets.checked_offsets`; ``grader learn``). ``ordinal``: the
    adjacent-category ordinal model (one weight vector, logits j·s(x) + b_j; ``grader learn``) instead
    of one weight vector per score; it exports as the same graph. ``calibrate``: the marked answers (indices into
    ``texts``) whose out-of-fold predictions choose the review threshold, a fair draw of the answers the model may take
    (the marking assistant's: :meth:`~grader_app.learn.assistant.MarkingAssistant.threshold_marks`; its review's
    ``uncounted`` says how many marks were left out of it); the model learns from every mark all the same. None: every
    mark (marks that are a sample of the class, as a marked sheet's are). ``order``: the marked answers (indices into
    ``texts``) in the order their marks were given, the first first (any left out: after them); given, a mark keeps
    its checking fold as marks are added (:func:`~grader_app.learn.folds.arrival_folds`: the assistant, whose fits
    follow the marks one by one); None: stratified folds drawn with ``seed`` (marks that come all at once). ``first``
    (with ``order``): marked answers whose mark was changed since it was first given → the score first given, which
    chooses the fold instead (:func:`~grader_app.learn.folds.first_strata`: a corrected mark moves no mark's fold).
    ``ghosts`` (with ``order``): the marks taken back, each (the marked answer it came just before, -1: after every
    mark; its answer; the score it was first given): they keep their places in the fold draw, learned from and checked
    by no fold (:func:`~grader_app.learn.folds.ghost_arrays`: a mark cleared moves no other mark's fold);
    ``ghost_groups``: the fold group each was marked in (:func:`~grader_app.learn.folds.ghost_groups`; None: its
    answer's in ``groups``).
    """
    t0 = time.perf_counter()
    n = len(texts)
    labels = check_marks(marks, n, labels)
    k = len(labels)
    spec = spec or default_spec(k)
    X = features if features is not None else featurise(normalise_many(texts, normalisation), spec)
    if X.shape != (n, spec.buckets):
        raise ValueError(f"features of shape {X.shape} do not fit {n} answers and {spec.buckets} buckets")
    prior_logp = None
    if prior is not None:
        prior = np.asarray(prior, dtype=np.float64)
        if prior.ndim != 2 or len(prior) != n:
            raise ValueError(f"the prior must give one probability row per answer: {n} answers, shape {prior.shape}")
        prior_logp = prior_log(prior)
    D = _design(X, prior_logp)

    idx = np.array(sorted(int(i) for i in marks), dtype=np.int64)
    index = {v: j for j, v in enumerate(labels)}
    y = np.array([index[marks[int(i)]] for i in idx], dtype=np.int64)
    g = np.asarray(groups)[idx] if groups is not None else idx

    # the linear kernel of the marked answers (and of every answer against them): all fits below
    # work on these n×n numbers, never on the [M, K] table
    pause_point()
    Dm = D[idx]
    Kmm = np.asarray((Dm @ Dm.T).todense(), dtype=np.float64)
    pause_point()
    # cross-validated probabilities for every C (and class weighting): the folds choose them and give
    # the out-of-fold guarantee
    pause_point()
    if order is None:
        splits = _folds(y, g, folds, seed)
    else:
        place = {int(i): r for r, i in enumerate(order)}
        taken: dict = {}
        strata = first_strata(y, idx, first, labels, taken)
        splits = arrival_folds(strata, g, np.array([place.get(int(i), len(place) + j) for j, i in enumerate(idx)]),
                               folds, seed, ghost_arrays(ghosts, groups, place, labels, taken, ghost_groups) if ghosts else None)
    pause_point()
    Cs = sorted(float(c) for c in Cs)
    weightings = [None, "balanced"] if class_weight == "auto" else [class_weight]
    oof: dict[tuple, np.ndarray] = {}
    for cw in weightings:
        sw = _sample_weight(y, cw)
        for C in Cs:
            oof[(cw, C)] = np.zeros((len(idx), k))
        for tr, te in splits:
            start = None
            pause_point()
            Ktr = Kmm[np.ix_(tr, tr)]
            basis = kernel_basis(Ktr) if len(np.unique(y[tr])) > 1 else None   # once per fold, not per C
            for C in Cs:   # ascending C, warm-started: each fit starts from the more regularised one
                A, b, start = _fit_dual(Ktr, y[tr], C, k, sw[tr], start, ordinal, basis)
                oof[(cw, C)][te] = raw_softmax(Kmm[np.ix_(te, tr)] @ A + b)
    if splits:
        def loss(key):
            p = np.clip(oof[key][np.arange(len(y)), y], 1e-4, 1.0)
            return float(-np.log(p).mean())

        def kappa(key):
            pause_point()
            q = _nan_none(quadratic_weighted_kappa(y, oof[key].argmax(axis=1), list(range(k))))
            return -1.0 if q is None else q
        # per weighting, C by out-of-fold log-loss; between weightings ("auto"), the better out-of-fold QWK
        per = {cw: min(Cs, key=lambda C: (round(loss((cw, C)), 6), C)) for cw in weightings}
        cw_best = max(weightings, key=lambda cw: (round(kappa((cw, per[cw])), 6), cw is None))
        best_key = (cw_best, per[cw_best])
    else:
        best_key = (weightings[0], Cs[len(Cs) // 2])
    chosen_weighting, best = best_key
    pause_point()
    sw = _sample_weight(y, chosen_weighting)
    A, b, _ = _fit_dual(Kmm, y, best, k, sw, ordinal=ordinal)
    W = np.asarray(Dm.T @ A)   # [M (+ K0), K]

    logp_oof = np.log(np.clip(oof[best_key], 1e-12, 1.0))
    pause_point()
    kept = None
    honest = None   # with offsets: each half of the marks' logits shifted by offsets tuned on the other half
    if splits and offsets:   # the scores' logits shifted for QWK, if that holds up out of fold
        delta = checked_offsets(logp_oof, y, k, seed)
        kept = tuple(float(v) for v in delta) if delta.any() else None
        if kept is not None:
            honest = crossfit_offset_logits(logp_oof, y, k, seed)
        b = b + delta
        # the temperature, the review's bound and the figures are all worked out on the honest logits: offsets tuned on
        # every mark and judged on the same marks vouch for themselves, and the bound then took answers it should not
        # (scripts/review_bound_honesty.py)
        logp_oof = logp_oof + delta if honest is None else honest
        oof[best_key] = raw_softmax(logp_oof)
    fair = np.ones(len(idx), dtype=bool) if calibrate is None else np.isin(idx, np.asarray(list(calibrate), dtype=np.int64))
    if splits:
        T = float(fit_temperature(logp_oof, y))
        oof_cal = soften(oof[best_key], T)
        # near-copies and answers decided together: one trial of the bound; only the marks of a fair draw are trials
        review = (risk_coverage(oof_cal[fair], y[fair], target_error=target_error, confidence=confidence,
                                method=REVIEW_METHOD, units=g[fair]) if fair.any() else
                  _no_review(0, target_error, confidence, 0, "none of the marks is on an answer Grader suggested yet, "
                             "so every answer goes to review"))
        pred = oof_cal.argmax(axis=1)   # with offsets: tuned on the other half of the marks (on all, they flatter)
        if honest is not None and fair.any():   # said as the figures below say it (and the table counts it)
            review["agreed"] = [int((pred[fair] == y[fair]).sum()), int(fair.sum())]
        pause_point()
        metrics = {"qwk": _nan_none(quadratic_weighted_kappa(y, pred, list(range(k)))),
                   "accuracy": _nan_none(accuracy(y, pred)), "macro_f1": _macro_f1(y, pred, k), "n": int(len(y)),
                   "split": f"{len(splits)}-fold cross-validation on the teacher's marks (near-identical answers "
                            "and answers decided together kept in one fold)"}
    else:
        T = 1.0
        oof_cal = np.full((len(idx), k), 1.0 / k)
        review = _no_review(len(idx), target_error, confidence, len(np.unique(g)))
        metrics = {"qwk": None, "accuracy": None, "macro_f1": None, "n": int(len(y)), "split": "none (too few marks)"}
    if not fair.all():
        review["uncounted"] = int((~fair).sum())   # marks that taught the model but do not choose its threshold

    pause_point()
    probs = soften(raw_softmax(np.asarray(D @ W) + b), T)
    d = spec.buckets
    return LearnedModel(
        labels=tuple(labels), spec=spec, C=best, temperature=T, review=review, marked=idx, marks=y,
        probabilities=probs, oof=oof_cal, metrics=metrics,
        weights_=W[:d], bias_=b,
        prior_weights_=W[d:] if prior_logp is not None else None,
        prior_labels=tuple(prior_labels) if prior_labels is not None else None,
        normalisation=normalisation, class_weight=chosen_weighting, seconds=time.perf_counter() - t0, offsets=kept,
        ordinal=bool(ordinal), folds=fold_of(splits, len(idx)))


def _nan_none(x: float) -> float | None:
    return None if x is None or not math.isfinite(x) else float(x)


def _macro_f1(y: np.ndarray, pred: np.ndarray, k: int) -> float | None:
    from sklearn.metrics import f1_score

    present = sorted(set(y.tolist()))
    return float(f1_score(y, pred, labels=present, average="macro", zero_division=0)) if len(y) else None


def _no_review(n: int, target_error: float, confidence: float, units: int,
               note: str = "too few marks to check the model out of fold, so every answer goes to review") -> dict:
    return {"threshold": 1.0, "target_error": float(target_error), "confidence": float(confidence), "n": int(n),
            "units": int(units),
            "method": REVIEW_METHOD, "qualified": False,
            "note": note,
            "min_accepted": min_accepted_for(target_error, confidence), "coverage_at_threshold": 0.0,
            "error_at_threshold": 0.0, "table": [{"threshold": 1.0, "coverage": 0.0, "accepted": 0, "errors": 0,
                                                  "error": 0.0, "error_upper": 1.0, "answers": 0, "answer_errors": 0}]}
