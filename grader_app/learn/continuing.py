"""A question scored by the teacher's own model, whose marks go on teaching it: last year's marks and this year's add up.

A model made from a marked sheet (or saved from the review) keeps the answers and marks it learned from beside it
(:mod:`grader_app.bundles.kept_marks`). When a later sheet's question is scored with it (``ItemInfo.continues``), a
:class:`ContinuingAssistant` follows that question: the model it fits learns from those earlier marks and the marks
given on this sheet together, and takes the place of the model file as soon as it is fitted, as a question without a
model takes the model its marks teach (:mod:`grader_app.learn.in_session`). Before, the teacher had to choose: the
earlier model, which learned nothing from the marks given here, or no model, which threw the earlier marks away.

How the two are weighed:

* every mark counts once, this sheet's as much as an earlier one;
* an earlier mark of an answer word for word (as the model reads it: :func:`grader_app.text.normalise_many`) one of
  this sheet is left out, marked on this sheet or not: the model never learned the words of an answer it scores here,
  so what it takes on its own is an answer it did not learn from, as the out-of-fold guarantee assumes (an answer is
  no evidence of the model's accuracy on itself), and once the teacher marks it, her mark now is the one that stands
  and is not counted twice. A sheet that is the very one the model was made from (QA s52a #11) thus teaches it
  nothing of itself: its answers are the teacher's to decide, and the window offers her marks of them as her
  decisions (:mod:`grader_app.learn.own_marks`);
* near-identical answers share a fold across the two, as within one sheet (``FOLD_DISTANCE``), so an earlier
  near-copy never vouches for an answer of this sheet out of fold, nor the other way round;
* the model goes on learning with the recipe it was fitted with (its manifest's ``provenance.fit``,
  :func:`fit_of`: one made from a marked sheet with :mod:`.from_sheet`'s, which that module checks on the folds a
  session draws for the same marks in the same order), so before a mark of this sheet the learning line says the
  agreement the window said when the model was made (it refitted the same marks with the assistant's recipe on folds
  drawn otherwise: "agreed with 177 of your 250 marks" where the model had said 174, QA: 164 against 174);
* the guarantee stays the out-of-fold one over all the marks learned from: an answer is never evidence of the
  model's accuracy on itself, and near-copies and answers marked with one key count as one unit, across the two as
  within one sheet (:func:`grader_app.learn.calibration.risk_coverage`). The earlier marks are a whole marked sheet,
  not answers Grader chose to show;
* the scale is the question's, the one of the marked sheet the model learned from (``ItemInfo.scale``,
  :mod:`grader_app.core.scale`): any mark on it teaches the model, one the earlier marks never gave too (a 7 on a
  scale out of 10 whose earlier marks were 0, 4.5 and 10). Only a model whose marks are on no such scale (``labels``
  given) keeps its labels, and an earlier mark off them is left aside.

Only the answers of this sheet are scored (the fit's rows beyond them are cut: ``FitJob.rows``); the marks it counts
(:meth:`ContinuingAssistant.counted`) are said on the learning line, and the learning line's figures count them all
(:meth:`~grader_app.learn.assistant.MarkingAssistant.learned_from`, the one the fits and the progress read). No Qt.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Sequence

import numpy as np

from ..bundles.kept_marks import KeptMarks
from ..core.groups import group_answers, group_ids
from ..text import normalise_many
from .assistant import FOLD_DISTANCE, MarkingAssistant
from .fit_job import DEFAULT_FIT, FIT_VARIANTS, FitJob
from .folds import fold_ids
from .pausing import pause_point


class ContinuingAssistant(MarkingAssistant):
    """:class:`~grader_app.learn.assistant.MarkingAssistant` for one question of the sheet, whose fits learn from the
    ``earlier`` marks too (see the module notes); ``labels``: the only scores it learns, where the model's marks are on
    no scale (None: any mark on the question's scale)."""

    def __init__(self, texts: Sequence[str], earlier: KeptMarks, *, labels: Sequence | None = None, **kw) -> None:
        super().__init__(texts, labels=tuple(labels) if labels else None, **kw)
        keep = [j for j, s in enumerate(earlier.scores) if self.labels is None or s in self.labels]   # off them: aside
        self.earlier_texts = [earlier.texts[j] for j in keep]
        self.earlier_scores = [earlier.scores[j] for j in keep]
        self.source = earlier.source
        self._all = self.texts + self.earlier_texts   # what each fit reads: this sheet's answers, then the earlier
        pause_point()
        near = group_answers(self._all, distance=FOLD_DISTANCE, near=FOLD_DISTANCE)
        self._near_all = group_ids(near, len(self._all))   # near-copies share a fold, across the two as well
        pause_point()
        here = set(normalise_many(self.texts, self.normalisation))   # its words on this sheet: never learned from
        n = len(self.texts)
        self._earlier = {n + j: s for j, (t, s) in enumerate(zip(normalise_many(self.earlier_texts, self.normalisation),
                                                                 self.earlier_scores)) if t not in here}

    @property
    def all_texts(self) -> list[str]:
        """The texts each fit reads: this sheet's answers, then the earlier ones (a model's ``marked`` index them)."""
        return self._all

    def earlier_marks(self) -> dict[int, object]:
        """The earlier marks each fit learns from, by their place in the fit (after this sheet's answers): all but
        those of answers word for word one of this sheet (see the module notes)."""
        return dict(self._earlier)

    def counted(self) -> tuple[int, int]:
        """(earlier marks, marks of this sheet) the next fit learns from."""
        return len(self.earlier_marks()), len(self.marks)

    def left_out(self) -> int:
        """How many earlier marks the fits leave out: those of answers word for word one of this sheet (see the module
        notes), which the learning line says, so that its count of earlier marks adds up to the teacher's."""
        return len(self.earlier_texts) - len(self._earlier)

    def _teaches(self, scores) -> bool:
        return len(set(scores) | set(self._earlier.values())) >= 2

    def learned_from(self) -> tuple[list[str], dict[int, Any], np.ndarray]:
        """This sheet's answers and the earlier ones, this sheet's marks and the earlier ones (:meth:`earlier_marks`), and
        a fold group for every answer of the two: this sheet's batches, and near-copies across the two."""
        return self._all, {**self.marks, **self.earlier_marks()}, fold_ids(self._near_all, self._batch)

    def arrival(self) -> tuple[int, ...]:
        """The earlier marks first, in the order learned, then this sheet's as they came: a mark given here never moves
        an earlier one to another checking fold."""
        return tuple(sorted(self._earlier)) + super().arrival()

    def ghosts(self) -> tuple[tuple[int, int, Any], ...]:
        """The marks taken back, and the earlier marks left out (of answers word for word one of this sheet): those keep
        their places in the order the checking folds are drawn in, before the next earlier mark learned from (or this
        sheet's first), so every other earlier mark is checked in the fold it was checked in when the model was made
        (:mod:`.from_sheet` draws them in the same order). Left out of the draw, one answer of last year's 250 on this
        year's sheet moved the folds of the marks after it: "agreed with 200 of your 249 marks" where the model had
        said 213 of 250 (ASAP-SAS set 6)."""
        n, mine, left = len(self.texts), super().ghosts(), self._left_out()
        if not left:
            return mine
        after = sorted(self._earlier) + list(self._sheet_arrival()) + [-1]
        placed = tuple((next(b for b in after if b > i or b < n), i, self.earlier_scores[i - n]) for i in left)
        return placed + mine

    def _left_out(self) -> list[int]:
        """The earlier answers whose marks are left out (word for word one of this sheet), as :meth:`ghosts` places them."""
        n = len(self.texts)
        return [n + j for j in range(len(self.earlier_texts)) if n + j not in self._earlier]

    def marked_in(self, folds) -> tuple[int, ...]:
        """The fold group of each of :meth:`ghosts`: an earlier mark left out, its answer's; a mark taken back, as the
        assistant's."""
        return tuple(int(folds[i]) for i in self._left_out()) + super().marked_in(folds)

    def fit_job(self, upto: int | None = None) -> FitJob:
        job = super().fit_job(upto)   # only this sheet's answers are scored
        # the earlier marks, a whole marked sheet, choose the threshold with this sheet's that do (threshold_marks)
        calibrate = None if job.calibrate is None else tuple(sorted({*job.calibrate, *self._earlier}))
        return replace(job, rows=len(self.texts), calibrate=calibrate)

    def use_model(self, model) -> None:
        super().use_model(model)
        n = len(self.texts)   # the marks it learned from of this sheet (the earlier ones follow from them)
        self._fitted_marks = {i: s for i, s in self._fitted_marks.items() if i < n}


def fit_of(manifest) -> str:
    """The recipe (:data:`~grader_app.learn.fit_job.FIT_VARIANTS`) a model's marks go on teaching it with: the one its
    manifest says it was fitted with (``provenance.fit``); a model that does not say (saved by an older Grader), the
    marking assistant's."""
    prov = manifest.get("provenance") if isinstance(manifest, dict) else None
    fit = prov.get("fit") if isinstance(prov, dict) else None
    return fit if isinstance(fit, str) and fit in FIT_VARIANTS else DEFAULT_FIT
