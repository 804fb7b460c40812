"""Calibration: temperature scaling and the review (risk–coverage) data, for every model the app uses.

One implementation for both sides: the distillation side calibrates a student on its validation
split, the app calibrates a model learned from a teacher's marks on its out-of-fold predictions
(:mod:`grader_app.learn.marks_model`). Everything works on numpy arrays; scipy (which comes with
scikit-learn, an app dependency) does the numerics. ``grader_app.distill.calibration`` re-exports
these names; this is also the distillation side's one softmax.

* :func:`fit_temperature` finds the temperature T that minimises the negative log-likelihood of
  ``softmax(logits / T)`` on held-out answers (Guo et al., 2017, "On calibration of modern neural
  networks"). For a model that outputs probabilities, pass ``np.log(probs)`` as the logits: the app
  applies exactly ``softmax(log p / T)`` (:func:`grader_app.scoring.apply_temperature`).
* :func:`risk_coverage` builds the manifest's ``review`` dict: a table of candidate confidence
  thresholds with the share of answers auto-accepted, the observed error among them and an exact
  one-sided Clopper–Pearson upper bound on that error (:func:`clopper_pearson_upper`), plus the
  default threshold chosen so the error of auto-accepted answers stays under a target with
  stated confidence. The app only reads that table; it never computes the bound itself.
"""
from __future__ import annotations

import math

import numpy as np
from scipy import optimize, special, stats

from .limits import min_accepted_for  # noqa: F401  (defined there, with nothing heavy imported)
from .pausing import pause_point

T_MIN = 0.05
T_MAX = 20.0
MAX_TABLE_ROWS = 60
REVIEW_METHOD = "fixed-sequence Clopper-Pearson (Learn-then-Test) on the validation split"


def softmax(logits: np.ndarray, T: float = 1.0) -> np.ndarray:
    """Row-wise softmax of ``logits / T`` (numerically stable), float64."""
    z = np.asarray(logits, dtype=np.float64) / float(T)
    if z.ndim != 2:
        raise ValueError(f"logits should be a 2-D array [answers, scores], got shape {z.shape}")
    return special.softmax(z, axis=1)


def soften(probs: np.ndarray, T: float = 1.0) -> np.ndarray:
    """``softmax(log p / T)`` of probability rows (p clipped to [1e-12, 1] first), float64."""
    return softmax(np.log(np.clip(np.asarray(probs, dtype=np.float64), 1e-12, 1.0)), T)


def nll(logits: np.ndarray, y_idx: np.ndarray, T: float = 1.0) -> float:
    """Mean negative log-likelihood of the true classes under ``softmax(logits / T)``."""
    logp = special.log_softmax(np.asarray(logits, dtype=np.float64) / float(T), axis=1)
    y = np.asarray(y_idx, dtype=np.int64)
    return float(-logp[np.arange(len(y)), y].mean())


def clopper_pearson_upper(errors: int, n: int, confidence: float = 0.9) -> float:
    """Exact one-sided upper bound on an error rate seen as ``errors`` of ``n``, at ``confidence``.

    The bound p solves P(X ≤ errors | n, p) = 1 − confidence, i.e. it is the ``confidence``
    quantile of Beta(errors + 1, n − errors); with no answers, or all of them wrong, it is 1.
    """
    if n <= 0 or errors >= n:
        return 1.0
    return float(stats.beta.ppf(confidence, errors + 1, n - errors))


def clopper_pearson_uppers(errors: np.ndarray, n: np.ndarray, confidence: float = 0.9) -> np.ndarray:
    """:func:`clopper_pearson_upper` of many (errors, n) pairs in one call (the same numbers)."""
    e = np.asarray(errors, dtype=np.int64)
    n = np.asarray(n, dtype=np.int64)
    ok = (n > 0) & (e < n)
    out = np.ones(np.broadcast(e, n).shape)
    if ok.any():
        eb, nb = np.broadcast_arrays(e, n)
        out[ok] = stats.beta.ppf(confidence, eb[ok] + 1, nb[ok] - eb[ok])
    return out


def _per_answer(table, y_idx, who: str, what: str) -> tuple[np.ndarray, np.ndarray]:
    """``table`` as a float array [answers, scores] and ``y_idx`` as an array with one entry per answer; else a
    ValueError saying that ``who`` needs them so (``what``: the table's values, "logits" or "probabilities")."""
    table = np.asarray(table, dtype=np.float64)
    y = np.asarray(y_idx)
    if table.ndim != 2 or len(table) == 0:
        raise ValueError(f"{who} needs a non-empty 2-D array of {what} [answers, scores]")
    if y.shape != (len(table),):
        raise ValueError(f"{who} needs one true score index per answer: {len(table)} answers, {y.shape} labels")
    return table, y


def _check(logits: np.ndarray, y_idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    logits, y = _per_answer(logits, y_idx, "calibration", "logits")
    if not np.issubdtype(y.dtype, np.integer) or y.min() < 0 or y.max() >= logits.shape[1]:
        raise ValueError("true score indices must be integers between 0 and the number of scores minus one")
    if not np.all(np.isfinite(logits)):
        raise ValueError("logits contain NaN or infinite values; clip probabilities before taking their log")
    return logits, y.astype(np.int64)


def fit_temperature(logits: np.ndarray, y_idx: np.ndarray, bounds: tuple[float, float] = (T_MIN, T_MAX)) -> float:
    """The temperature in ``bounds`` that minimises validation NLL of ``softmax(logits / T)``.

    The NLL is a convex function of 1/T, hence unimodal in log T: a bounded Brent search over
    log T (``scipy.optimize.minimize_scalar``) finds the minimum to ~1e-6 in log T; the bounds
    themselves are returned when they are better than any interior point.
    """
    logits, y = _check(logits, y_idx)
    lo, hi = math.log(bounds[0]), math.log(bounds[1])

    def f(log_t: float) -> float:
        pause_point()
        return nll(logits, y, math.exp(log_t))

    res = optimize.minimize_scalar(f, bounds=(lo, hi), method="bounded", options={"xatol": 1e-6})
    cands = [(f(x), x) for x in (float(res.x), lo, hi)]
    return float(math.exp(min(cands)[1]))


def _floor6(x: float) -> float:
    # thresholds are stored rounded down so an answer whose confidence equals a calibration value
    # (possibly as float32 in the app) is still accepted at that row
    return math.floor(float(x) * 1e6) / 1e6


def risk_coverage(probs: np.ndarray, y_idx: np.ndarray, target_error: float = 0.05,
                  confidence: float = 0.90, max_rows: int = MAX_TABLE_ROWS, method: str = REVIEW_METHOD,
                  pred: np.ndarray | None = None, units: np.ndarray | None = None) -> dict:
    """The manifest's ``review`` dict from calibrated probabilities on held-out answers.

    An answer is auto-accepted at threshold t when its confidence (the largest calibrated
    probability) is ≥ t; it is an error when the arg-max score differs from the human score.
    Rows are at up to ``max_rows`` − 1 distinct confidence quantiles (ascending) plus t = 1.0; each
    has ``coverage`` (share accepted), ``accepted``, ``errors``, ``error`` (errors / accepted, 0 if
    none accepted) and ``error_upper``, the exact one-sided Clopper–Pearson upper bound on the error
    rate at ``confidence``.

    ``pred`` (optional): the score index each answer was given, when a bundle's decision rule
    (:mod:`grader_app.core.decision`) chose it instead of the arg-max; the confidence is then the
    probability of that score and an error is that score differing from the human one.

    ``units`` (optional): a unit id per answer, answers that are not independent evidence sharing one (a learned
    model's near-copies and answers the teacher decided with one key: the groups its folds keep whole,
    :func:`grader_app.learn.folds.fold_ids`). The test then counts units, not answers: a unit is accepted at t when
    any of its answers is, and wrong when any of its accepted answers is; ``accepted``, ``errors``, ``error`` and
    ``error_upper`` count units, and each row also gives ``answers`` and ``answer_errors`` (``coverage`` stays the
    share of answers). Why: Clopper–Pearson assumes independent trials; a group of 18 near-copies marked with one key
    and right out of fold is one piece of evidence that the model reads that wording right, not 18, and counting it
    18 times let 8 decisions "show" 49 right answers and certify a threshold whose 5 answers were all wrong (QA). The
    rule is conservative within a unit (one wrong answer makes the whole unit wrong, however many are right), and the
    bound then holds for the chance that a unit the model takes holds an error: for its answers too where a unit's
    size does not go with its chance of being wrong (near-copies taken together are right or wrong together anyway).
    Without ``units`` every answer is its own unit and the table is as before (a shipped bundle's calibration).

    The default threshold is chosen by a fixed-sequence test in the Learn-then-Test framework
    (Angelopoulos et al., 2021): the null hypothesis at each threshold is "error > target"; the
    thresholds are tested in a fixed order, from the most confident downward, each at the full
    level 1 − ``confidence``, and the walk stops at the first one that is not rejected. Because the
    order is fixed before any test is run, the family-wise error is controlled with no multiplicity
    correction. The walk starts at the most confident row that accepts at least
    :func:`min_accepted_for` answers (units, with ``units``: fewer could never pass even with zero errors); that start
    depends on the confidences only, never on the human scores, so the order stays fixed with
    respect to what is tested. The chosen threshold is the last (smallest) one rejected; if even
    the first fails, the threshold is 1.0 — every answer goes to review — and ``"qualified"`` says
    so. The guarantee is for answers drawn like the calibration answers; when the same split also
    chose the model's hyper-parameters it is slightly optimistic. ``method`` is recorded as given
    (where the calibration answers came from).
    """
    probs, y = _per_answer(probs, y_idx, "risk_coverage", "probabilities")
    if not 0.0 < target_error < 1.0 or not 0.0 < confidence < 1.0:
        raise ValueError("target_error and confidence must both lie strictly between 0 and 1")
    n = len(probs)
    if pred is None:
        pred = probs.argmax(axis=1)
    pred = np.asarray(pred, dtype=np.int64)
    if pred.shape != (n,):
        raise ValueError(f"risk_coverage needs one chosen score index per answer: {n} answers, {pred.shape} given")
    conf = probs[np.arange(n), pred]
    wrong = pred != y.astype(np.int64)
    unit_first = unit_wrong = None   # per unit: the confidence at which it is first accepted, first wrong
    if units is not None:
        units = np.asarray(units)
        if units.shape != (n,):
            raise ValueError(f"risk_coverage needs one unit per answer: {n} answers, {units.shape} given")
        _, uid = np.unique(units, return_inverse=True)
        unit_first = np.full(int(uid.max()) + 1, -np.inf)
        np.maximum.at(unit_first, uid, conf)
        unit_wrong = np.full(len(unit_first), -np.inf)
        np.maximum.at(unit_wrong, uid[wrong], conf[wrong])
        unit_first, unit_wrong = np.sort(-unit_first), np.sort(-unit_wrong)   # descending, as counts of >= t

    uniq = np.unique(conf)
    if len(uniq) > max_rows - 1:
        levels = np.linspace(0.0, 1.0, max_rows - 1, endpoint=False)
        uniq = np.unique(np.quantile(conf, levels, method="lower"))
    thresholds = sorted({_floor6(t) for t in uniq if _floor6(t) < 1.0} | {1.0})

    order = np.argsort(-conf, kind="stable")
    conf_sorted = conf[order]
    cum_err = np.concatenate([[0], np.cumsum(wrong[order])])
    table = []
    for t in thresholds:
        pause_point()
        answers = int(np.searchsorted(-conf_sorted, -t, side="right"))  # count of conf >= t
        answer_errors = int(cum_err[answers])
        accepted, errors = answers, answer_errors
        if unit_first is not None and unit_wrong is not None:
            accepted = int(np.searchsorted(unit_first, -t, side="right"))
            errors = int(np.searchsorted(unit_wrong, -t, side="right"))
        row = {
            "threshold": float(t),
            "coverage": answers / n,
            "accepted": accepted,
            "errors": errors,
            "error": errors / accepted if accepted else 0.0,
            "error_upper": float(clopper_pearson_upper(errors, accepted, confidence)),
        }
        if unit_first is not None:
            row.update(answers=answers, answer_errors=answer_errors)
        table.append(row)

    need = min_accepted_for(target_error, confidence)
    chosen = None
    for row in reversed(table):
        if row["accepted"] < need:
            continue  # cannot pass: not part of the tested sequence
        if row["error_upper"] <= target_error:
            chosen = row
        else:
            break
    threshold = chosen["threshold"] if chosen else 1.0
    at = chosen or next(r for r in table if r["threshold"] == 1.0)
    counted = {} if unit_first is None else {"units": int(len(unit_first))}
    return {
        "threshold": float(threshold),
        "target_error": float(target_error),
        "confidence": float(confidence),
        "n": int(n),
        "method": str(method),
        "qualified": chosen is not None,
        "note": ("auto-accepted answers at this threshold are expected to be wrong at most "
                 f"{target_error:.0%} of the time, at {confidence:.0%} confidence" if chosen else
                 f"no threshold kept the error under {target_error:.0%} at {confidence:.0%} confidence "
                 "on the calibration answers, so every answer goes to review by default"),
        "min_accepted": need,
        "coverage_at_threshold": float(at["coverage"]),
        "error_at_threshold": float(at["error"]),
        "table": table,
        **counted,
    }
