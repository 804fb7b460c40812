"""A model learned from the teacher's marks that takes no answer on its own, where no marks go on teaching it.

In the window such a model that keeps no marks is not proposed for its question, which goes on learning from the
teacher's marks (:func:`grader_app.learn.library_names.proposed_model`); one that keeps them is, and learns on with
them. The command line learns nothing, so it scores with the model: its scores are suggestions, and :func:`hold_back`
makes sure it accepts no answer without the teacher, whatever threshold is asked for (the window's threshold for every
question leaves such a question alone too), and says why
(:class:`HeldBack`): it learned from fewer marks than a model needs (:data:`~grader_app.learn.limits.MIN_MARKS`), or
no confidence kept its errors low enough out of fold; and, where its out-of-fold table tells, about how many more
marks could let it take some (:func:`grader_app.learn.certify.marks_to_certify`). No Qt.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Mapping

from ..bundles.archive import Bundle
from ..core.session import GradingSession
from .in_session import NOT_YET
from .library_names import takes_nothing
from .limits import CONFIDENCE, MIN_MARKS, TARGET_ERROR

FEW_MARKS = "few marks"             # learned from fewer than MIN_MARKS marks
NO_CONFIDENT_REGION = "no region"   # enough marks, but at no confidence were its out-of-fold errors low enough


@dataclass(frozen=True)
class HeldBack:
    bundle_id: str
    questions: tuple[str, ...]   # the sheet's questions it scores
    why: str                     # FEW_MARKS or NO_CONFIDENT_REGION
    marks: int | None            # the marks it learned from, if its manifest says
    target_error: float          # the error its threshold had to keep under
    more: int | None             # about how many more marks could let it take answers; None: its table cannot tell
    at_least: bool = False       # ``more`` is only the fewest a model needs (MIN_MARKS), not read off its table


def why_held_back(bundle: Bundle, questions=()) -> HeldBack:
    """Why ``bundle`` (a learned model that takes nothing, :func:`~grader_app.learn.library_names.takes_nothing`)
    takes no answer on its own, and about how many more marks could change that."""
    from .certify import marks_to_certify   # scipy comes with it: only where such a model is used

    review = bundle.manifest.get("review")
    review = review if isinstance(review, Mapping) else {}
    prov = bundle.manifest.get("provenance")
    marks = _count(prov.get("marks") if isinstance(prov, Mapping) else None)
    marks = marks if marks is not None else _count(review.get("n"))
    target = _share(review.get("target_error"), TARGET_ERROR)
    table = review.get("table")
    found = None
    if marks and isinstance(table, list):
        try:
            found = marks_to_certify(table, marks, target, _share(review.get("confidence"), CONFIDENCE),
                                     _count(review.get("units")))
        except (KeyError, TypeError, ValueError, ZeroDivisionError):   # a table written otherwise: it cannot tell
            found = None
    more = found[0] if found is not None else None
    few = marks is not None and marks < MIN_MARKS
    at_least = few and more is None
    if at_least:
        more = MIN_MARKS - int(marks or 0)
    return HeldBack(bundle.id, tuple(questions), FEW_MARKS if few else NO_CONFIDENT_REGION, marks, target,
                    more if more else None, at_least)


def hold_back(session: GradingSession, bundles: Mapping[str, Bundle | None]) -> list[HeldBack]:
    """Every learned model of ``bundles`` (question → bundle, as the session's models) that takes nothing: its
    questions' threshold is one no confidence reaches (and has no risk table), so it accepts no answer; what it
    scores is left to the teacher. Before scoring (it drops the questions' predictions). One per model, in order."""
    found: dict[str, tuple[Bundle, list[str]]] = {}
    for item, b in bundles.items():
        if b is not None and takes_nothing(b):
            found.setdefault(b.id, (b, []))[1].append(item)
            session.set_item_info(dataclasses.replace(session.items[item], default_threshold=NOT_YET, risk=()))
    return [why_held_back(b, items) for b, items in found.values()]


def _count(v) -> int | None:
    return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0 and float(v).is_integer() else None


def _share(v, default: float) -> float:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) and 0.0 < v < 1.0 else default
