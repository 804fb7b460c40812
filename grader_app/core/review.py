"""Review policy (DESIGN §5): which answers a teacher must see, and what the rest are expected to be.

Confidence is the calibrated probability of the score the question's decision rule picks
(``core.decision``). Flagged answers always need review; the rest are auto-accepted when their
confidence reaches the threshold. The bundle's
risk–coverage table (from calibration data) tells how often auto-accepted answers were wrong at
each threshold, with an exact upper bound; that is what the plain sentence quotes.
"""
from __future__ import annotations

from dataclasses import dataclass

AUTO = "auto"
NEEDS_REVIEW = "needs review"
REVIEWED = "reviewed"       # the teacher's score is the model's: confirmed
OVERRIDDEN = "overridden"   # the teacher changed the model's score
DECIDED = "decided"         # the teacher scored an answer no model had scored before them (see status_for)
UNSCORED = "unscored"
STATUSES = (NEEDS_REVIEW, AUTO, REVIEWED, OVERRIDDEN, DECIDED, UNSCORED)
TEACHERS = (REVIEWED, OVERRIDDEN, DECIDED)   # the statuses of an answer the teacher gave its score


@dataclass(frozen=True)
class RiskPoint:
    threshold: float
    coverage: float      # share of calibration answers auto-accepted at this threshold
    error: float         # observed error among them
    error_upper: float   # exact upper bound at the table's confidence level


def risk_table(review: dict) -> list[RiskPoint]:
    rows = review.get("table") or []
    pts = []
    for r in rows:
        try:
            pts.append(RiskPoint(float(r["threshold"]), float(r["coverage"]), float(r["error"]), float(r["error_upper"])))
        except (KeyError, TypeError, ValueError):
            continue
    return sorted(pts, key=lambda p: p.threshold)


def shown_check(table) -> tuple[RiskPoint, ...]:
    """The table of a model's check that cannot vouch for any answer, as the threshold panel shows it (``ItemInfo.check``):
    the table, where the check took some answers at any confidence; () where it took none (nothing to draw)."""
    table = tuple(table)
    return table if any(p.coverage > 0 for p in table) else ()


def point_at(table: list[RiskPoint], threshold: float) -> RiskPoint | None:
    """The table row that holds for auto-accepting at ``threshold`` (the largest row threshold ≤ it)."""
    best = None
    for p in table:
        if p.threshold <= threshold + 1e-12:
            best = p
    return best


def expected_accuracy(table: list[RiskPoint], threshold: float) -> float | None:
    """A lower bound on the accuracy of auto-accepted answers at ``threshold``, or None if unknown."""
    p = point_at(table, threshold)
    return None if p is None else max(0.0, 1.0 - p.error_upper)


TAKES_NOTHING = 1.0   # a threshold at or above it auto-accepts no answer, whatever its confidence


def status_for(scored: bool, confidence: float | None, flags: list[str], threshold: float,
               decided_score=None, model_score=None, valid: bool = True) -> str:
    """``valid`` False: the model's row was not a probability distribution, so it needs review
    whatever the threshold; a NaN confidence never reaches the threshold either, and no confidence reaches one of
    100 % or more (:data:`TAKES_NOTHING`).

    A decision is REVIEWED or OVERRIDDEN against ``model_score``, the score a model gave before the teacher; with
    none (no model, no usable row, or a model learning from the teacher's own marks:
    :meth:`~grader_app.core.session.GradingSession.model_score`) there was nothing to confirm or change: DECIDED."""
    if decided_score is not None:
        if model_score is None:
            return DECIDED
        return REVIEWED if decided_score == model_score else OVERRIDDEN
    if not scored:
        return UNSCORED
    # a threshold of 100 % (a bundle that qualified none, or the teacher's own choice) takes nothing: a confidence of
    # exactly 1.0 is float32 rounding, which an answer stuffed with a top answer's words reaches (tests/hostile)
    if flags or not valid or confidence is None or threshold >= TAKES_NOTHING or not confidence >= threshold:
        return NEEDS_REVIEW
    return AUTO


def plain_sentence(need: int, auto: int, expected: float | None, unscored: int = 0, decided: int = 0) -> str:
    """The sentence the app shows: '38 answers need you; the other 212 are expected to be at least 95 % right.'
    ``decided``: the answers the teacher has given a score, said first ('You decided 60 answers and 24 need you;
    the other 6 ...'), so that the sentence accounts for every answer; when they are all there are, it says so."""
    def n(k: int, word: str = "answer") -> str:
        return f"{k} {word}{'' if k == 1 else 's'}"

    if need == 0 and auto == 0 and not unscored:
        if decided:
            return "Every answer has its score: you decided " + ("it." if decided == 1 else f"all {decided}.")
        return "No answers to grade yet."
    # the teacher's decisions come first, so "the other ..." counts every answer there is; the answers no model
    # scores are among those that need the teacher, so the numbers said add up to the sheet's
    if need:
        mine = need + unscored
        head = f"{n(mine) if not decided else mine} {'needs' if mine == 1 else 'need'} you"
        if unscored:
            head += f" ({unscored} with no model to score {'it' if unscored == 1 else 'them'})"
    elif unscored:   # every answer left is one no model scores: they are the ones that need the teacher
        head = f"{n(unscored) if not decided else unscored} {'needs' if unscored == 1 else 'need'} you: " \
               f"no model scores {'it' if unscored == 1 else 'them'}"
    else:
        head = "" if decided else "No answer needs you"
    if decided:
        head = f"You decided {n(decided)}" + (f" and {head}" if head else "")
    if auto == 0:
        tail = ""
    elif expected is None:
        tail = f"; the other {auto} {'is' if auto == 1 else 'are'} accepted with no accuracy estimate for this model"
    else:
        pct = int(expected * 100 + 1e-9)
        tail = f"; the other {auto} {'is' if auto == 1 else 'are'} expected to be at least {pct} % right"
    return head + tail + "."
