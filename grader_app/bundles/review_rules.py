"""A manifest's review threshold read against its own risk table: whether they agree, and what the bundle takes.

Scoring accepts an answer without the teacher when its confidence reaches the manifest's ``review.threshold``; the
risk table (``review.table``) tells how many answers that takes and how often they were wrong. A manifest that says
its threshold was tested (``qualified`` given) must keep to its table, or it is refused when it is read
(:func:`contradiction`):

* ``qualified`` false (no threshold passed the test) with a threshold below 1.0;
* ``qualified`` true with a threshold below every row of the table, where the table says nothing about it;
* ``qualified`` true with a threshold below the table's qualifying point: the lowest threshold the fixed-sequence
  test (``learn.calibration.risk_coverage``) reaches from the top, each row's upper error bound within the
  manifest's ``target_error``.

Why refused rather than clamped to what the table supports (the decision, after QA edited one number of a shipped
bundle and it auto-accepted twice the answers): the bundle's hash covers only its model, so a contradiction means the
manifest was edited or built wrongly, and nothing tells which of its numbers is the right one. Clamping would keep
the app trusting a manifest known to be wrong and would still change what it does without the teacher deciding;
refusing costs a bundle that worked before, but the teacher is told which file and what to do, a shipped model of
the same id is used again, and no answer is ever accepted on a threshold its own evidence does not support.

A manifest that gives no ``qualified`` (an older or a hand-made one) is not judged: its threshold is used as it is,
and where its table says nothing about it the results say its answers are accepted with no accuracy estimate.

:func:`takes_alone` is what a bundle takes on its own at its threshold, the one figure the command line's listing and
the window's model library both show, read as scoring reads the threshold.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

TOLERANCE = 1e-9


@dataclass(frozen=True)
class Row:
    threshold: float
    coverage: float
    error_upper: float
    accepted: int | None


@dataclass(frozen=True)
class Takes:
    """What a bundle accepts on its own at its threshold: ``share`` of answers, at most ``wrong`` of them wrong;
    both None when it takes some but its table does not say how many (no row at its threshold)."""

    share: float | None
    wrong: float | None


def rows(review: Mapping[str, Any]) -> list[Row]:
    """The table's rows by threshold, lowest first (the manifest was validated: every field is a number 0-1)."""
    out = []
    for r in review.get("table") or []:
        acc = r.get("accepted")
        out.append(Row(float(r["threshold"]), float(r["coverage"]), float(r["error_upper"]),
                       acc if isinstance(acc, int) and not isinstance(acc, bool) else None))
    return sorted(out, key=lambda r: r.threshold)


def row_at(table: list[Row], threshold: float) -> Row | None:
    """The row that holds for accepting at ``threshold``: the largest row threshold at or below it."""
    found = None
    for r in table:
        if r.threshold <= threshold + TOLERANCE:
            found = r
    return found


def qualifying_point(review: Mapping[str, Any], table: list[Row]) -> float | None:
    """The lowest threshold the fixed-sequence test reaches from the top of ``table`` at the manifest's target error
    (rows accepting fewer than ``min_accepted`` answers are not tested, where the manifest gives both counts);
    None if no row passes, or the manifest gives no target error."""
    target = review.get("target_error")
    if not isinstance(target, (int, float)) or isinstance(target, bool):
        return None
    need = review.get("min_accepted")
    need = need if isinstance(need, int) and not isinstance(need, bool) else None
    point = None
    for r in reversed(table):
        if need is not None and r.accepted is not None and r.accepted < need:
            continue
        if r.accepted == 0 or (r.accepted is None and r.coverage <= 0.0):
            continue   # a row that accepts nothing tests nothing
        if r.error_upper > float(target) + TOLERANCE:
            break
        point = r.threshold
    return point


def contradiction(review: Mapping[str, Any]) -> tuple[str, dict[str, str]] | None:
    """How the review threshold contradicts the manifest's own table or ``qualified`` flag, as the problem kind that
    says so (``bundle.review_*`` of :mod:`grader_app.problem_texts_bundles`) and its values (the figures as written,
    ``0.5``), or None if it does not (or the manifest claims no test)."""
    qualified = review.get("qualified")
    threshold = float(review["threshold"])
    if qualified is None or threshold >= 1.0:
        return None
    said = {"threshold": f"{threshold:g}"}
    if qualified is False:
        return "bundle.review_unqualified", said
    table = rows(review)
    if not table:
        return None
    if row_at(table, threshold) is None:
        return "bundle.review_below_table", said
    if "target_error" not in review:
        return None
    said["target"] = f"{float(review['target_error']):g}"
    point = qualifying_point(review, table)
    if point is None:
        return "bundle.review_no_row_passes", said
    if threshold < point - TOLERANCE:
        return "bundle.review_below_point", {**said, "point": f"{point:g}"}
    return None


def takes_alone(review: Mapping[str, Any]) -> Takes | None:
    """What a bundle accepts without the teacher at its own threshold, as scoring does (an answer whose confidence
    reaches the threshold); None when it takes nothing (not qualified, a threshold of 1, or its row takes none)."""
    threshold = float(review.get("threshold", 1.0))
    if review.get("qualified") is False or threshold >= 1.0:
        return None
    r = row_at(rows(review), threshold)
    if r is None:
        return Takes(None, None)
    return Takes(r.coverage, r.error_upper) if r.coverage > 0.0 else None
