"""How far the learning of one question has come, in one plain sentence for the teacher (see
:mod:`grader_app.learn.assistant`, whose :meth:`~grader_app.learn.assistant.MarkingAssistant.progress` fills a
:class:`Progress`): what the model takes now, or about how many more marks it needs to take how many of the answers
left, never more than are left. Only where even the most hopeful case (every answer left marked, each accepted and
right: :func:`fewest_more_marks`) could not let it take one does it say it cannot help in this sheet; where merely the
estimate goes beyond the answers left (an extrapolation from a few dozen marks), it says it cannot tell yet. The window
says the same sentences in the interface's language (:mod:`grader_app.ui.learning_words`).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .calibration import clopper_pearson_uppers
from .limits import min_accepted_for
from .marks_model import LearnedModel


@dataclass(frozen=True)
class Progress:
    total: int            # answers to this question
    decided: int          # by the teacher
    auto: int             # the model may take them now
    need_you: int         # undecided and not takeable
    qualified: bool       # the learned model's out-of-fold guarantee holds at some threshold
    marks_needed: int | None   # estimated further marked answers until it can take `could_take`
    could_take: int | None     # estimated answers of the rest it could then take
    expected_accuracy: float | None = None   # lower bound for what it takes now (learned model)
    beyond_sheet: bool = False   # even every answer left marked (and right) could not let it take one: no help here
    cannot_tell: bool = False    # its estimate goes beyond the answers left, but not surely: it cannot tell yet

    @property
    def sentence(self) -> str:
        return progress_sentence(self)


def progress_sentence(p: Progress) -> str:
    """One plain sentence for the teacher about the learned model (see the module notes), a count of one said in the
    singular as the window's English catalogue says it (:func:`grader_app.ui.learning_words.progress_words`)."""
    def n(k: int, word: str = "answer") -> str:
        return f"{k} {word}{'' if k == 1 else 's'}"

    if p.total == 0:
        return "No answers to this question."
    if p.need_you == 0 and p.auto == 0:
        return "Every answer is decided."
    if p.need_you == 0:
        return (f"The model has taken the other {n(p.auto)} on its own; check {'it' if p.auto == 1 else 'them'} in the "
                f"table, or keep marking.")
    if p.qualified and p.auto:
        pct = f" (expected at least {int(p.expected_accuracy * 100 + 1e-9)} % right)" if p.expected_accuracy else ""
        return (f"The model can take {p.auto} of the {n(p.auto + p.need_you)} left{pct}; "
                f"{p.need_you} {'needs' if p.need_you == 1 else 'need'} you.")
    if p.beyond_sheet:
        left = p.need_you + p.auto
        them = "the 1 answer left; mark it yourself." if left == 1 else f"any of the {left} answers left; mark them yourself."
        return f"The model would need more marks than there are answers left, so it cannot take {them}"
    if p.cannot_tell:
        return "Keep marking: the model cannot yet tell how many more marks it needs."
    if p.marks_needed is not None and p.could_take:
        more = n(p.marks_needed)
        return (f"Mark about {p.marks_needed} more {more.split(' ', 1)[1]} and the model can take about "
                f"{p.could_take} of the rest.")
    if p.decided == 0:
        return "Mark a few answers with different scores and the model starts learning from them."
    if p.auto:
        return f"{n(p.auto)} can be taken by the shipped model; keep marking and the model learns from you."
    return "Keep marking: the model cannot yet take any answer with a guarantee."


SAID_AT_LEAST = 5   # the fewest further marks the sentence asks for (fewer reads as a promise the fit cannot make)
STEADY_OVER = 3     # the estimates of the last fits an increase must be confirmed by


def steady_target(targets: Sequence[int]) -> int:
    """The marks in all (made and still to make) the sentence counts towards, from what the last fits estimated
    (oldest first: each fit's marks plus the further marks it asked for).

    Each fit reads its estimate off an out-of-fold table of a few dozen marks, where one error more or less moves it a
    lot: QA saw "Mark about 26 more answers", one mark later 61, one more 28. A fall is taken at once (the latest fit
    found a confidence that holds up with fewer marks, and asking for more than it needs would keep the teacher marking
    for nothing); a rise only once most of the last :data:`STEADY_OVER` fits agree (the lower median of them), so one
    fit's stray estimate never moves the sentence, and a need that really grew shows after two fits in a row."""
    last = list(targets[-STEADY_OVER:])
    if not last:
        raise ValueError("no estimate to steady")
    return min(last[-1], sorted(last)[(len(last) - 1) // 2])


def said_marks(needed: int, left: int) -> int:
    """The further marks the sentence asks for: ``needed`` rounded up to a step of 5 (of 10 above 50) and at least
    :data:`SAID_AT_LEAST`, as the rough figure it is ("about 1 more answer" promised what a fit of a few dozen marks
    cannot tell, and a figure to the mark changed with every mark); ``needed`` as it is where that would reach the
    ``left`` answers left (the sentence never asks for as many marks as there are answers left), or when it is 0."""
    if needed <= 0:
        return needed
    step = 5 if needed <= 50 else 10
    said = max(SAID_AT_LEAST, -(-needed // step) * step)
    return said if said < left else needed


def estimate_more(m: LearnedModel, open_mask: np.ndarray, target: float, confidence: float) -> tuple[int | None, int | None]:
    """(further marked answers, answers it could then take), read off the out-of-fold table (:func:`marks_to_certify`);
    it could then take the open answers at that table row's confidence or above."""
    found = marks_to_certify(m.review.get("table", []), m.n_marks, target, confidence)
    if found is None:
        return None, None
    more, threshold = found
    return more, int(np.sum(open_mask & (m.confidence >= threshold)))


def marks_to_certify(table, n_marks: int, target: float, confidence: float) -> tuple[int, float] | None:
    """(further marked answers, the confidence they would certify) read off an out-of-fold review table (a learned
    model's, or a learned bundle's manifest ``review``), or None when the table shows no such confidence.

    Each confidence (table row) where the marked answers it accepts out of fold are wrong at most half the target
    (at least 5 of them) is one more marks can be expected to certify: with the same error rate, the
    Clopper–Pearson bound needs A accepted answers, i.e. (A − accepted) / share more marks drawn like these. The
    estimate is the row that needs the fewest (of equals, the lowest confidence): the procedure that certifies a
    threshold walks down from the most confident answers, so the first confidence to hold up is the one it can take
    answers at. (Reading only the lowest such row, one early error there, 1 of 40 and so exactly half the target,
    taken as the rate of every answer to come, asked for more marks than the sheet had left, where a confidence just
    above it, with no error, needed a dozen.)
    """
    rows = [r for r in table if r["accepted"] >= 5 and r["error"] <= target / 2]
    if not rows or n_marks <= 0:
        return None
    # the fewest marks each row could need (as if no further error came): rows tried from the most hopeful on,
    # until none left could beat the best found
    hopes = []
    for r in rows:
        a, e = int(r["accepted"]), int(r["errors"])
        fewest = _fewest_accepted(e, target, confidence)
        if fewest is not None:
            hopes.append((_marks_for(max(a, fewest) - a, a, n_marks), float(r["threshold"]), a, e))
    best: tuple[int, float] | None = None
    for low, threshold, a, e in sorted(hopes):
        if best is not None and low > best[0]:
            break
        upto = _CAP if best is None else min(_CAP, a + int(best[0] * a / n_marks) + 2)
        need = _fewest_at_rate(a, e, target, confidence, upto)
        if need is not None:
            found = (_marks_for(need - a, a, n_marks), threshold)
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
