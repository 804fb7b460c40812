"""Which of the teacher's marks choose the learned model's threshold (see :mod:`grader_app.learn.assistant`).

The model learns from every mark; its out-of-fold threshold (error of the answers taken at most 5 % at 90 %
confidence) is a fair estimate only on marks drawn like the answers it takes. Two kinds of marks are such a draw, or
err on the safe side, and only they choose it (docs/effort.md, "Is the guarantee kept when the assistant chooses the
marks?"):

* marks on answers Grader suggested when they were marked (their origin, :mod:`grader_app.core.origins`): the group
  drawn with chance in proportion to its undecided answers is a draw from the very answers the model may take; the
  group it is least sure of is mostly below any threshold, so it adds trials where the model is unsure, which can only
  make the bound harder to meet; the blank answers and the biggest groups are the first decision or two, before any
  model (a group is one trial of the bound however many answers it holds). Marks of unknown origin (a project saved
  before Grader kept it) count as they did then;
* the sheet's first answers, in the sheet's own order, up to the first one not marked yet (answers a flag sends to
  review, which the model never takes, are passed over): a teacher who works down the list from the top. A class
  list's order (by name, as handed in, as the LMS exports it) is fixed before any mark and not chosen by reading the
  answers; a sheet sorted by its answers, or by a grade, would not be such an order, and nothing here can tell.

Marks the teacher chose herself otherwise (the plainest first, say) are no such draw: on an invented class where she
marked the 70 plainest answers first, the model, checked on them, took 130 answers, 40 of them wrong.
"""
from __future__ import annotations

from typing import Any, Mapping

import numpy as np

from ..core.origins import counts_for_threshold


def sheet_prefix(marked: np.ndarray, flagged: np.ndarray) -> np.ndarray:
    """The answers (positions, ascending) of the sheet's order up to the first one neither marked nor flagged."""
    open_ = ~marked & ~flagged
    stop = int(np.argmax(open_)) if open_.any() else len(marked)
    return np.flatnonzero(marked[:stop])


def threshold_marks(marks: Mapping[int, Any], origins: Mapping[int, str], n: int,
                    flagged: np.ndarray) -> tuple[int, ...] | None:
    """The marked answers (positions among the ``n`` answers) whose out-of-fold checks choose the threshold, ascending;
    None when every mark does (the fit is then the one every mark gave before origins were kept)."""
    counted = {i for i in marks if counts_for_threshold(origins.get(i, ""))}
    if len(counted) == len(marks):
        return None
    marked = np.zeros(n, dtype=bool)
    marked[list(marks)] = True
    counted.update(int(i) for i in sheet_prefix(marked, np.asarray(flagged, dtype=bool)))
    return None if len(counted) == len(marks) else tuple(sorted(counted))
