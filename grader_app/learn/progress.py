"""How far the learning of one question has come, in one plain sentence for the teacher (see
:mod:`grader_app.learn.assistant`, whose :meth:`~grader_app.learn.assistant.MarkingAssistant.progress` fills a
:class:`Progress`): what the model takes now, or how many more marks it needs to take how many of the answers left,
never more than are left; where it would need as many marks as there are answers left, it says it cannot help in this
sheet. The window says the same sentences in the interface's language (:mod:`grader_app.ui.learning_words`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .calibration import clopper_pearson_uppers
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
    beyond_sheet: bool = False   # it would need as many more marks as there are answers left: no help in this sheet

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
        return f"The model can take the other {n(p.auto)}; accept {'it' if p.auto == 1 else 'them'} or keep marking."
    if p.qualified and p.auto:
        pct = f" (expected at least {int(p.expected_accuracy * 100 + 1e-9)} % right)" if p.expected_accuracy else ""
        return (f"The model can take {p.auto} of the {n(p.auto + p.need_you)} left{pct}; "
                f"{p.need_you} {'needs' if p.need_you == 1 else 'need'} you.")
    if p.beyond_sheet:
        left = p.need_you + p.auto
        them = "the 1 answer left; mark it yourself." if left == 1 else f"any of the {left} answers left; mark them yourself."
        return f"The model would need more marks than there are answers left, so it cannot take {them}"
    if p.marks_needed is not None and p.could_take:
        more = n(p.marks_needed)
        return (f"Mark about {p.marks_needed} more {more.split(' ', 1)[1]} and the model can take about "
                f"{p.could_take} of the rest.")
    if p.decided == 0:
        return "Mark a few answers with different scores and the model starts learning from them."
    if p.auto:
        return f"{n(p.auto)} can be taken by the shipped model; keep marking and the model learns from you."
    return "Keep marking: the model cannot yet take any answer with a guarantee."


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

    The lowest threshold where the marked answers it accepts out of fold are wrong at most half the
    target (at least 5 of them) is the one more marks can be expected to certify; with the same
    error rate, the Clopper–Pearson bound needs A accepted answers, i.e. (A − accepted) / share
    more marks drawn like these.
    """
    rows = [r for r in table if r["accepted"] >= 5 and r["error"] <= target / 2]
    if not rows or n_marks <= 0:
        return None
    row = min(rows, key=lambda r: r["threshold"])
    a, e = int(row["accepted"]), int(row["errors"])
    rate = e / a
    # the fewest accepted answers (from a, below 5000) whose bound at this error rate meets the target:
    # every candidate at once (one vectorised call instead of thousands on the GUI thread)
    needs = np.arange(a, 5000)
    if not len(needs):
        return None
    ok = np.flatnonzero(clopper_pearson_uppers(np.round(rate * needs).astype(np.int64), needs, confidence) <= target)
    if not len(ok):
        return None
    need = int(needs[ok[0]])
    share = a / n_marks
    return max(0, int(math.ceil((need - a) / max(share, 1e-9)))), float(row["threshold"])
