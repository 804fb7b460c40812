"""How many further marks a learned model needs before it can take answers, read off its out-of-fold review table (a
part of :mod:`grader_app.learn.progress`, which words them for the teacher; a learned bundle's manifest table too,
:mod:`grader_app.learn.held_back`): the estimate at the marks' own rate (:func:`marks_to_certify`, :func:`estimate_more`)
and the most hopeful case (:func:`fewest_more_marks`). No Qt.
"""
from __future__ import annotations

import functools
import math

import numpy as np

from .calibration import clopper_pearson_uppers
from .limits import min_accepted_for
from .marks_model import LearnedModel


def estimate_more(m: LearnedModel, open_mask: np.ndarray, target: float, confidence: float) -> tuple[int | None, int | None]:
    """(further marked answers, answers it could then take), read off the out-of-fold table (:func:`marks_to_certify`);
    it could then take the open answers at that table row's confidence or above."""
    found = marks_to_certify(m.review.get("table", []), m.n_marks, target, confidence, m.review.get("units"))
    if found is None:
        return None, None
    more, threshold = found
    return more, int(np.sum(open_mask & (m.confidence >= threshold)))


def marks_to_certify(table, n_marks: int, target: float, confidence: float,
                     units: int | None = None) -> tuple[int, float] | None:
    """(further marked answers, the confidence they would certify) read off an out-of-fold review table (a learned
    model's, or a learned bundle's manifest ``review``), or None when the table shows no such confidence.

    Each confidence (table row) where the marked answers it accepts out of fold are wrong at most half the target
    (at least 5 of them) is one more marks can be expected to certify: with the same error rate, the
    Clopper–Pearson bound needs A accepted answers, i.e. (A − accepted) / share more marks drawn like these. Where the
    table counts ``units`` of the marks (near-copies and answers decided with one key once), the share is of those
    units and each further mark counts as one more: at the marks' own rate, a sheet marked group by group asked for
    six marks per unit with 40 answers unlike each other left to mark. The
    estimate is the row that needs the fewest (of equals, the lowest confidence): the procedure that certifies a
    threshold walks down from the most confident answers, so the first confidence to hold up is the one it can take
    answers at. (Reading only the lowest such row, one early error there, 1 of 40 and so exactly half the target,
    taken as the rate of every answer to come, asked for more marks than the sheet had left, where a confidence just
    above it, with no error, needed a dozen.)
    """
    rows = [r for r in table if r["accepted"] >= 5 and r["error"] <= target / 2]
    per = int(units) if units else n_marks
    if not rows or per <= 0:
        return None
    # the fewest marks each row could need (as if no further error came): rows tried from the most hopeful on,
    # until none left could beat the best found
    hopes = []
    for r in rows:
        a, e = int(r["accepted"]), int(r["errors"])
        fewest = _fewest_accepted(e, target, confidence)
        if fewest is not None:
            hopes.append((_marks_for(max(a, fewest) - a, a, per), float(r["threshold"]), a, e))
    best: tuple[int, float] | None = None
    for low, threshold, a, e in sorted(hopes):
        if best is not None and low > best[0]:
            break
        upto = _CAP if best is None else min(_CAP, a + int(best[0] * a / per) + 2)
        need = _fewest_at_rate(a, e, target, confidence, upto)
        if need is not None:
            found = (_marks_for(need - a, a, per), threshold)
            best = found if best is None else min(best, found)
    return best


def fewest_more_marks(table, target: float, confidence: float) -> int:
    """The fewest further marks with which any confidence of an out-of-fold review table could be certified, in the
    most hopeful case: every one of them accepted there and right (the errors it has stay; a confidence above every
    answer starts from none, :func:`~grader_app.learn.limits.min_accepted_for`). Fewer marks than this cannot let the
    model take an answer, however they come out."""
    best = min_accepted_for(target, confidence)
    for r in table:
        a, e = int(r["accepted"]), int(r["errors"])
        if e / target - a >= best:    # its bound is above e / n: no n up to a + best can meet the target
            continue
        fewest = _fewest_accepted(e, target, confidence)
        if fewest is not None:
            best = min(best, max(0, fewest - a))
    return best


_CAP = 5000     # the most accepted answers an estimate looks at


def _marks_for(accepted: int, a: int, n_marks: int) -> int:
    """Further marks that bring ``accepted`` more accepted answers, when a share a / n_marks of marks are accepted."""
    return max(0, int(math.ceil(accepted / max(a / n_marks, 1e-9))))


@functools.lru_cache(maxsize=256)
def _fewest_accepted(errors: int, target: float, confidence: float) -> int | None:
    """The fewest accepted answers, ``errors`` of them wrong, whose Clopper–Pearson bound meets the target."""
    if errors == 0:
        return min_accepted_for(target, confidence)
    n = np.arange(errors + 1, _CAP)
    ok = np.flatnonzero(clopper_pearson_uppers(np.full(len(n), errors), n, confidence) <= target)
    return int(n[ok[0]]) if len(ok) else None


def _fewest_at_rate(a: int, e: int, target: float, confidence: float, upto: int) -> int | None:
    """The fewest accepted answers (from a, below ``upto``) whose bound, wrong at the rate e / a, meets the target:
    every candidate at once (one vectorised call instead of thousands on the GUI thread)."""
    if e == 0:
        return max(a, min_accepted_for(target, confidence))
    needs = np.arange(a, max(a, upto))
    if not len(needs):
        return None
    ok = np.flatnonzero(clopper_pearson_uppers(np.round(e / a * needs).astype(np.int64), needs, confidence) <= target)
    return int(needs[ok[0]]) if len(ok) else None
