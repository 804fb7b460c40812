"""Whether a model learning from the teacher's marks will probably never take answers in this sheet, and whether its
out-of-fold agreement means anything yet (:mod:`grader_app.learn.progress` says both to the teacher).

Why: on ASAP-SAS set 3 (a reading question the model learns badly: about half of the marks right out of fold) the
learning line said "needs at least 38 more" for 49 marks in a row and then, at once, "cannot take any": the hopeful
figure (:func:`~grader_app.learn.certify.fewest_more_marks`, every further mark accepted and right) is true but tells
a teacher nothing where each mark made moves it away by one. What the teacher can use is being told early, once the
marks show it, that on this question the model will probably not take over answers, so they just keep grading.

The evidence is the threshold's own: the out-of-fold review table and the exact Clopper–Pearson bound at the same
confidence. For each of its confidences (rows) the *lower* bound of the error rate seen there is the lowest rate the
marks still allow; where even that rate, with the share of marks that row accepts now, needs more marks than the sheet
has answers before the bound can meet the target (:func:`plausible_marks`), no confidence of this model plausibly
certifies within the sheet. One fit's table is rough, so it is said only where the last :data:`CONFIRM` fits all
read so, from :data:`SURE_AFTER` marks on, with an agreement that means something (:func:`checks_independent`), and
taken back only where the last :data:`CONFIRM` fits all read otherwise (:func:`steady_unlikely`): the sentence must not
flip with each fit. On the ten ASAP-SAS sets (150 answers each, marked as they come and in Grader's order) it was
said between 20 and 35 marks in 17 of the 18 runs whose model took no answer within the sheet (the other, set 5 in
Grader's order, counted down "Mark about N more" instead), and in none of the 3 whose model did (set 6 both ways, set
5 as they come); taken back twice in one run (set 10, Grader's order). Tests: tests/learn/test_progress_unlikely.py.
"""
from __future__ import annotations

import math
from typing import Sequence

import numpy as np
from scipy import stats

from .calibration import clopper_pearson_uppers

SURE_AFTER = 20   # the fewest marks a fit learned from before its table can say "probably not": below it, one answer
#                   moves a row's accepted share by 5 points, and a learnable set (6) read as beyond the sheet at 10–15
CONFIRM = 3       # the last fits that must all read so before it is said (or taken back)
GROUPS_NEEDED = 10   # independent groups: two per fold (marks_model.FOLDS) at least; fewer, and a fold holds out a
#                      whole group, or two, whose scores the rest teach little of (checks_independent)
_CAP = 5000       # the most accepted answers looked at


def plausible_marks(table, n_marks: int, target: float, confidence: float, units: int | None = None) -> float:
    """The fewest marks in all with which a confidence of the out-of-fold review ``table`` (of a model learned from
    ``n_marks``) could plausibly be certified: at each row, the error rate at the lower end of what its errors allow
    (the one-sided Clopper–Pearson lower bound at ``confidence``) and the share of marks it accepts now; inf where no row
    plausibly gets there (its lower bound is the target or more, or the bound never meets the target below
    :data:`_CAP` accepted answers). Where the table counts ``units`` of the marks (near-copies and answers decided with
    one key once: :func:`~grader_app.learn.calibration.risk_coverage`), the share is of those units and each further
    mark counts as one more (at the marks' own rate, six marks per unit for a sheet marked group by group, it read
    "probably not" with 40 answers unlike each other left to mark)."""
    per = int(units) if units else n_marks
    if n_marks <= 0 or per <= 0:
        return math.inf
    rows = [(int(r["accepted"]), int(r["errors"])) for r in table if int(r["accepted"]) > 0]
    if not rows:
        return math.inf
    a = np.array([r[0] for r in rows], dtype=np.int64)
    e = np.array([r[1] for r in rows], dtype=np.int64)
    low = np.where(e > 0, stats.beta.ppf(1.0 - confidence, np.maximum(e, 1), a - e + 1), 0.0)
    keep = low < target
    if not keep.any():
        return math.inf
    a, low = a[keep], low[keep]
    # accepted answers tried: a geometric grid from each row's own up to _CAP (2 % steps: a rough figure), all at once
    steps = np.unique(np.round(np.geomspace(1.0, _CAP, 420)).astype(np.int64))
    needs = a[:, None] + steps[None, :] - 1
    ok = (needs < _CAP) & (clopper_pearson_uppers(np.round(low[:, None] * needs).astype(np.int64), needs, confidence)
                           <= target)
    found = ok.any(axis=1)
    if not found.any():
        return math.inf
    first = needs[np.arange(len(a)), ok.argmax(axis=1)][found]
    return float(n_marks + np.min((first - a[found]) * per / a[found]))


def steady_unlikely(fits: Sequence[tuple[int, float]], total: int) -> bool:
    """Whether the model will probably not take answers in a sheet of ``total`` answers, from what the fits so far read
    (oldest first: the marks each learned from and its :func:`plausible_marks`, 0 where its agreement meant nothing):
    said once the last :data:`CONFIRM` fits, the latest learned from :data:`SURE_AFTER` marks or more, all need more
    marks than the sheet has answers; taken back once the last :data:`CONFIRM` all need no more."""
    said = False
    for k in range(len(fits)):
        last = fits[max(0, k - CONFIRM + 1):k + 1]
        if len(last) < CONFIRM:
            continue
        if not said and fits[k][0] >= SURE_AFTER and all(p > total for _, p in last):
            said = True
        elif said and all(p <= total for _, p in last):
            said = False
    return said


def checks_independent(folds: Sequence, scores: Sequence) -> bool:
    """Whether marks (their fold groups ``folds``, :func:`grader_app.learn.folds.fold_ids`, and ``scores``) were checked
    on answers independent enough for the agreement out of fold to mean something: at least :data:`GROUPS_NEEDED` fold
    groups, and at least two scores each given in two groups or more.

    Why: the check holds out whole groups, one fold of five. With fewer groups than folds each fold holds out a whole
    group, and a score given in one group only is held out with every answer that has it, so the model checked on
    them never saw that score and is wrong on each: two groups of alike answers, one score each, read "agreed with 0
    of your 10 marks", a figure about the folds, not the model. Five groups were not enough either: a class opened
    again with 46 marks in five groups (two scores in two groups each, one in one) read "agreed with 0 of your 46
    marks" (QA): each fold held out one of the five groups, and the four left taught too little to check it on; with
    two groups or more in each fold, a fold's check is no longer one group's."""
    groups: dict = {}
    for g, s in zip(folds, scores):
        groups.setdefault(s, set()).add(g)
    distinct = set().union(*groups.values()) if groups else set()
    return len(distinct) >= GROUPS_NEEDED and sum(len(gs) >= 2 for gs in groups.values()) >= 2
