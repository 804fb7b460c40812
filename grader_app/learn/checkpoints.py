"""The marks at which a question's fits are noted for the learning line, the same whatever the pace of the fits.

Why: the learning line follows the last few fits (:mod:`.progress`: the steadied figure, "probably not", "brought it
little or no closer"), and which marks those fits had learned from depended on when each background fit landed: a fit
starts when the marks grew by :data:`~grader_app.learn.assistant_points.REFIT_GROWTH`, and the teacher marks on while it runs,
so the next one learned from 5 marks more on a busy computer, from 1 more on an idle one. Marked at two paces, the same
marks of ASAP-SAS set 10 read "needs at least 44 more marks" and "at least 43 more" after a pause at the 4th mark, and
"needs at least 41" against "cannot promise when" at the 8th (QA saw "needs at least 1 more mark" against "will
probably not take answers"). Now the fits the line follows learn from the marks as they stood at fixed points of the
order they were given in: :func:`checkpoints`, the marks at which a fit at once after every decision would have
started. A fit that lands late is followed by the next such point, in order, until the fits have caught up; a fit of
all the marks at a pause (or after a mark taken back or changed) serves the window until the next point's fit, and its
estimate goes from the line's memory then (:meth:`~grader_app.learn.assistant.MarkingAssistant.use_model`). No Qt.
"""
from __future__ import annotations

import math
from typing import Any, Callable, Hashable, Iterable, Mapping, Sequence


def checkpoints(order: Sequence[int], event: Mapping[int, Hashable], marks: Mapping[int, Any],
                can_fit: Callable[[Iterable[Any]], bool], growth: float) -> list[int]:
    """The counts of marks (the first of ``order``, the marked answers as their marks came) at which a fit is noted:
    the first decision (``event``: answer -> the decision that gave its mark; its answers come together in ``order``)
    after which the marks can teach a model (``can_fit`` of the scores given), then each decision after which they grew
    by ``growth`` of the last point's count (at least one). A decision is never cut: its marks are in one fit or none."""
    out: list[int] = []
    seen: list[Any] = []
    last = 0
    for p, i in enumerate(order):
        seen.append(marks[i])
        if p + 1 < len(order) and event[order[p + 1]] == event[i]:
            continue   # the decision goes on
        n = p + 1
        if not out:
            if can_fit(seen):
                out.append(n)
                last = n
        elif n - last >= max(1, math.ceil(growth * last)):
            out.append(n)
            last = n
    return out


def due(points: Sequence[int], noted: int, marked: int) -> int | None:
    """The first point after ``noted`` (the last point whose fit was taken into use) within the ``marked`` marks made:
    the next fit the line follows; None where the fits have caught up with the points."""
    return next((c for c in points if noted < c <= marked), None)


def first_only(keep: set[int], sheet: set[int], marks: Mapping[int, Any], order: Sequence[int],
               first: Mapping[int, Any], calibrate: Sequence[int] | None, ghosts: Sequence[tuple[int, int, Any]]):
    """A fit's marks, their order, first scores, marks that choose the threshold and marks taken back (as
    :class:`~grader_app.learn.fit_job.FitJob` holds them), of the marks ``keep`` of this sheet's (``sheet``) alone: the
    first ones, at a point; marks not of this sheet (earlier ones, :mod:`.continuing`) stay. A mark taken back stays
    where it came before one of them or an earlier one (its place chose their folds)."""
    def kept(i: int) -> bool:
        return i in keep or i not in sheet
    return ({i: s for i, s in marks.items() if kept(i)}, tuple(i for i in order if kept(i)),
            {i: s for i, s in first.items() if i in keep},
            None if calibrate is None else tuple(i for i in calibrate if kept(i)),
            tuple(g for g in ghosts if g[0] in keep or (g[0] >= 0 and g[0] not in sheet)))
