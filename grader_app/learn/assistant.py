"""Marking one question with a model that learns from the teacher: the policy the app follows.

A :class:`MarkingAssistant` holds one question's answers, their groups (:func:`grader_app.core.groups.group_answers`),
the teacher's decisions so far, and the model learned from them (:func:`grader_app.learn.marks_model.fit_marks`,
refitted as decisions come in: at once when they grew by :data:`REFIT_GROWTH`, :meth:`MarkingAssistant.needs_refit`,
and whenever it lags behind them, :meth:`MarkingAssistant.behind`, once the teacher pauses; so the model a question
ends with depends on the marks alone, and opening the project again, whose decisions come back all at once, gives the
same one). It says

* what to mark next (:meth:`MarkingAssistant.suggest_next`, :mod:`.suggestion`): blank answers first (one decision),
  then, in turn, the group the model is least sure of (uncertainty sampling: those answers need the teacher anyway,
  and teach the model most) and a group drawn at random with chance in proportion to its undecided answers (so the
  marks stay a fair sample of the class, which the out-of-fold guarantee needs: it can only vouch for confident
  answers once enough marked answers were confident and right); before any model, the biggest groups;
* which marks choose the model's threshold (:meth:`MarkingAssistant.threshold_marks`): every mark teaches the model,
  but the out-of-fold threshold holds only for answers drawn like the marks it is checked on, so only marks on answers
  Grader suggested (each mark's origin, given to :meth:`MarkingAssistant.decide`: :mod:`grader_app.core.origins`),
  marks of unknown origin (a project saved before Grader kept origins: as they counted then) and the sheet's first
  answers marked from the top choose it; marks on answers the teacher chose herself (the plainest first, say) do not
  (:mod:`.threshold_marks`; docs/effort.md, "Is the guarantee kept when the assistant chooses the marks?"). Under the
  assistant's own order every mark is suggested and the fits are those of every mark. Each mark stays in the fold that
  checks it as marks come in (:meth:`MarkingAssistant.arrival`, :func:`~grader_app.learn.folds.arrival_fold_ids`);
* which undecided answers the model may take now (:meth:`MarkingAssistant.auto_scores`): never a flagged one (blank,
  too short, copied, identical to another, not prose, hidden characters, repeats itself, much longer than the others:
  DESIGN §5, :mod:`grader_app.core.flags`), nor a bare list of terms given credit where the question does not ask for
  a list, nor an answer that denies or negates given credit (read in its class's language: English, German, Spanish;
  the flags the session sets with the model's row, :func:`grader_app.core.model_flags.with_model_flags`: they go to
  review); those whose learned-model confidence reaches its out-of-fold threshold; and, with a shipped bundle, those
  the bundle's own threshold accepts and the learned model (once there is one) gives the same score;
* how far along it is (:meth:`MarkingAssistant.progress`, :func:`progress_sentence`): "Mark at least 6 more answers to
  this question; if the model agrees with you on them, it can take about 40 of the rest." (what it counts, and when it
  says it cannot help or probably will not: :mod:`grader_app.learn.progress`; the fits' estimates go to the project
  file and back, :meth:`MarkingAssistant.fit_history`: :mod:`.assistant_progress`).

A group decision gives every undecided member one score; she can then change a member that deserves another. Not
thread-bound: the app runs :meth:`MarkingAssistant.fit_snapshot`'s function on a worker and hands the result to
:meth:`MarkingAssistant.use_model` on the GUI thread (:meth:`refit`: both). A fit needs plain data (:meth:`fit_job`, a
:class:`~grader_app.learn.fit_job.FitJob`): a ``fitter`` (:mod:`.fit_process`) may run it in another process."""
from __future__ import annotations

import itertools
from types import MappingProxyType
from typing import Any, Callable, Hashable, Mapping, Sequence

import numpy as np

from ..core.denial import denies
from ..core.groups import DISTANCE, NEAR, Group, group_answers, group_answers_at, group_ids
from ..text import DEFAULT_NORMALISATION
from .fit_job import DEFAULT_FIT, FIT_VARIANTS, FitJob, featurise_job, fit_job
from .assistant_points import REFIT_GROWTH, AssistantPoints  # noqa: F401  (REFIT_GROWTH: imported from here too)
from .checkpoints import first_only
from .folds import fold_ids, ghost_groups
from .marks_model import CONFIDENCE, TARGET_ERROR, LearnedModel, NotEnoughMarks, default_spec
from .pausing import pause_point
from .assistant_progress import AssistantProgress
from .progress import FitEstimate, Progress, lesson_digest, progress_sentence  # noqa: F401  (imported from here too)
from .lesson import digests, ghosts_in_order, ghosts_placed, lesson
from .threshold_marks import threshold_marks
from .suggestion import AssistantSuggestions

FOLD_DISTANCE = 0.2     # answers this close (near-identical) share a fold when the model is checked

_KEYS = itertools.count(1)   # one per assistant: names its texts to a fitting child process

# what fits a job elsewhere: fitter(job, fallback) returns the model, or runs fallback() (the fit on this thread)
Fitter = Callable[[FitJob, Callable[[], LearnedModel]], LearnedModel]


class MarkingAssistant(AssistantPoints, AssistantProgress, AssistantSuggestions):
    """One question's answers, their groups, the teacher's marks and the model learned from them."""

    def __init__(self, texts: Sequence[str], *, labels: Sequence | None = None, prompt: str = "",
                 prior: np.ndarray | None = None, prior_threshold: float | None = None,
                 prior_labels: Sequence | None = None, groups: Sequence[Group] | None = None,
                 flags: Sequence[Sequence[str]] | None = None, target_error: float = TARGET_ERROR,
                 confidence: float = CONFIDENCE, seed: int = 0,
                 normalisation: str = DEFAULT_NORMALISATION, fit_variant: str = DEFAULT_FIT) -> None:
        from ..core.class_language import class_language
        from ..core.flags import group_flags, writes_english
        from ..core.term_list import is_term_list, lists_answer

        if fit_variant not in FIT_VARIANTS:
            raise ValueError(f"{fit_variant!r} is not a model the assistant fits ({', '.join(FIT_VARIANTS)})")
        self.fit_variant = fit_variant    # which model is learned from the marks (fit_job.FIT_VARIANTS)

        self.texts = list(texts)
        n = len(self.texts)
        self.labels = tuple(labels) if labels is not None else (tuple(prior_labels) if prior_labels is not None else None)
        self.prompt = prompt
        self.normalisation = normalisation
        pause_point()
        if groups is None:   # the groups and the fold groups from one distance matrix
            found, near = group_answers_at(self.texts, [(DISTANCE, NEAR), (FOLD_DISTANCE, FOLD_DISTANCE)])
        else:
            found, near = list(groups), group_answers(self.texts, distance=FOLD_DISTANCE, near=FOLD_DISTANCE)
        pause_point()
        self.groups: list[Group] = found
        given, english = group_flags(self.texts, prompt) if flags is None else (flags, writes_english(self.texts))
        self.flags, self._flagged = [list(f) for f in given], np.array([bool(f) for f in given], dtype=bool)
        self._is_list = np.array([is_term_list(t) for t in self.texts], dtype=bool)
        self._lists_ok, self._language = lists_answer(prompt, self.texts), class_language(self.texts, english=english)
        self._denies = np.array([denies(t, self._language) for t in self.texts], dtype=bool)
        self._held = (self._is_list & (not self._lists_ok)) | self._denies
        self.prior = None if prior is None else np.asarray(prior, dtype=np.float64)
        if self.prior is not None and self.prior.shape[0] != n:
            raise ValueError(f"the prior gives {self.prior.shape[0]} rows for {n} answers")
        self.prior_labels = tuple(prior_labels) if prior_labels is not None else self.labels
        self.prior_threshold = prior_threshold
        self.target_error = float(target_error)
        self.confidence_level = float(confidence)
        self.seed = int(seed)
        self._rng = np.random.default_rng(seed)
        self._marks: dict[int, Any] = {}
        self._batch: dict[int, Hashable] = {}   # answer -> the decide() call (or named batch) that gave its mark
        self._origin: dict[int, str] = {}       # answer -> why it was marked (core.origins)
        self._arrival: dict[int, tuple[str, int]] = {}   # answer -> (time stamp, decide() call) of its mark: arrival()
        self._first: dict[int, Any] = {}        # answer -> the score it was first given, where its mark is another
        self._ghosts: dict[tuple[int, str], Any] = {}   # (answer, time stamp) of a mark taken back -> its first score
        self._batches = 0
        # answers that must share a fold: near-identical texts (they would vouch for each other)
        self._near = group_ids(near, n)
        self.marks: Mapping[int, Any] = MappingProxyType(self._marks)
        self.model: LearnedModel | None = None
        self._fitted_marks: dict[int, Any] = {}   # the marks the model in use learned from
        self._fitted_lesson: tuple | None = None   # ... and how they were decided (_lesson), if it was fitted here
        self._lessons: dict[int, tuple] = {}        # id(model) -> its lesson, from the fit to use_model
        self._features = None
        self._spec = None
        self._fitted_features: dict[int, tuple] = {}
        self._steps = 0
        self._gid: np.ndarray | None = None              # answer -> its group's position
        self._progress: tuple[tuple, Progress] | None = None
        self.key = next(_KEYS)
        self.fitter: Fitter | None = None   # None: fit on the thread that runs fit_snapshot()'s function
        self._take_at: float | None = None  # the session's threshold for the learned model (follow_threshold)
        self._estimates: list[FitEstimate] = []      # what the last fits estimated (progress.note_fit)
        self._fits = 0                               # models taken into use (use_model)
        self._resume: tuple[int, str] | None = None  # the last fit restored (restore_fit_history): its number, lesson
        self._undone: dict[str, tuple] = {}          # marks before an undo (digest) -> the estimates then (_put_aside)
        self._init_points()

    # ----- the teacher's decisions ------------------------------------------------------------
    def decide(self, indices: Sequence[int] | int, score, batch: Hashable | None = None, origin: str = "",
               at: str = "", first: Any = None) -> None:
        """Record the teacher's score for one answer or several decided together (one batch: one fold); ``batch``
        names the batch, so marks given at different calls with one name share it (else each call is one); ``origin``:
        why they were marked (:mod:`grader_app.core.origins`: a suggestion's, ``"own"``; "": not known), which says
        whether they choose the threshold (:meth:`threshold_marks`); ``at``: when they were given (the decision's ISO
        time stamp), which places them in :meth:`arrival` (the same stamp, or none: in the order of the calls);
        ``first``: the score they were first given (``Decision.first``; None: ``score``): it chooses their fold."""
        if isinstance(indices, (int, np.integer)):
            indices = [int(indices)]
        if self.labels is not None and score not in self.labels:
            raise ValueError(f"{score!r} is not a score for this question")
        for i in indices:
            if not 0 <= int(i) < len(self.texts):
                raise IndexError(f"there is no answer {i}")
        self._batches += 1
        tag = self._batches if batch is None else ("named", batch)
        for i in indices:
            self._marks[int(i)] = score
            self._batch[int(i)] = tag
            self._origin[int(i)] = origin
            self._arrival[int(i)] = (str(at), self._batches)
            self._first.pop(int(i), None)
            if first is not None and first != score:
                self._first[int(i)] = first
        self._take_back_up()   # marks as before an undo (a redo): the line's memory of the fits then

    def undo(self, indices: Sequence[int] | int) -> None:
        if isinstance(indices, (int, np.integer)):
            indices = [int(indices)]
        self._put_aside()   # marks taken back: the estimates made with them are no guide (kept for a redo)
        for i in indices:
            self._marks.pop(int(i), None)
            self._batch.pop(int(i), None)
            self._origin.pop(int(i), None)
            self._arrival.pop(int(i), None)
            self._first.pop(int(i), None)

    def follow_ghosts(self, ghosts: Mapping[tuple[int, str], Any]) -> None:
        """The marks taken back ((answer, time stamp) → first score: ``core.marks_given``), which keep their places in
        the order the checking folds are chosen in (:meth:`ghosts`): a mark cleared moves no other mark's fold."""
        self._ghosts = {(int(i), str(at)): first for (i, at), first in ghosts.items() if at}

    def ghosts(self) -> tuple[tuple[int, int, Any], ...]:
        return ghosts_placed({i: self._arrival[i][0] for i in self._marks}, self._ghosts)   # (lesson.ghosts_placed)

    def marked_in(self, folds) -> tuple[int, ...]:
        """The fold group (of ``folds``, :func:`fold_ids`') each of :meth:`ghosts` was marked in, in its order."""
        return ghost_groups(folds, {i: self._arrival[i][0] for i in self._marks}, ghosts_in_order(self._ghosts))

    # ----- the model ---------------------------------------------------------------------------
    def can_fit(self) -> bool:
        return self._teaches(self._marks.values())

    def needs_refit(self) -> bool:
        """True when the marks can teach a model and, since the last fit, grew enough, or a mark was taken
        back or changed, or the scores given are not the ones it learned (a new score on the scale, or
        one no longer given): the model must not go on giving scores the teacher took back."""
        if not self.can_fit():
            return False
        if self.model is None or self._changed_since_fit():
            return True
        if self._point_due() is not None:   # the marks grew enough (at the same points, however the fits land)
            return True
        return set(self._marks.values()) != set(self._fitted_marks.values())

    def learned_from(self) -> tuple[list[str], dict[int, Any], np.ndarray]:
        """What each fit learns from, as it is now: the texts it reads (this question's answers first), the marks (by
        place among those texts) and a fold group for every text. Here the teacher's marks on this sheet's answers;
        :class:`~grader_app.learn.continuing.ContinuingAssistant` adds the marks its model learned from before."""
        return self.texts, dict(self._marks), self.fold_groups()

    def arrival(self) -> tuple[int, ...]:
        """The marked answers in the order their marks were given (by time stamp, then place; unstamped, by call), which
        keeps each mark in its checking fold (``fit_marks(order=...)``); decisions synced live or restored at once give
        the same order (a group member undone back to the group's decision comes where it came, by place)."""
        return self._sheet_arrival()

    def _sheet_arrival(self) -> tuple[int, ...]:
        """:meth:`arrival` of this sheet's marks alone (:mod:`.continuing` puts earlier ones first)."""
        def key(i: int) -> tuple:
            at, call = self._arrival[i]
            return at, 0 if at else call, i
        return tuple(sorted(self._marks, key=key))

    def first_scores(self) -> dict[int, Any]:
        """Marked answers whose mark changed since it was first given → that score, which chooses their fold."""
        return dict(self._first)

    def threshold_marks(self) -> tuple[int, ...] | None:
        """The marks that choose the model's threshold (:func:`~grader_app.learn.threshold_marks.threshold_marks`: those
        on answers Grader suggested, of unknown origin, or of the sheet's first answers), by place; None: every mark."""
        return threshold_marks(self._marks, self._origin, len(self.texts), self._flagged)

    def fit_job(self, upto: int | None = None) -> FitJob:
        """The marks as they are now and everything else a fit needs, as plain data (picklable); ``upto``: only the
        first this many marks of this sheet, in the order given (a point the learning line follows: :mod:`.checkpoints`)."""
        texts, marks, folds = self.learned_from()
        k = len(self.labels) if self.labels is not None else max(2, len(set(marks.values())))
        spec = default_spec(k)
        keep = self._first_marks(upto)
        calibrate, order, first, ghosts = self.threshold_marks(), self.arrival(), self.first_scores(), self.ghosts()
        in_groups = self.marked_in(folds)   # each ghost's fold group (aligned with ``ghosts``)
        if keep is not None:   # the marks given after them are not there yet (nor learned from, nor checked)
            in_groups = tuple(g for g, ghost in zip(in_groups, ghosts) if ghost[0] in keep)   # (as first_only keeps)
            marks, order, first, calibrate, ghosts = first_only(keep, set(self._marks), marks, order, first, calibrate,
                                                                ghosts)
        return FitJob(texts=texts, marks=marks, labels=self.labels, prior=self.prior,
                      prior_labels=self.prior_labels, groups=folds, spec=spec,
                      target_error=self.target_error, confidence=self.confidence_level, seed=self.seed,
                      normalisation=self.normalisation, key=self.key,
                      features=self._features if self._spec == spec else None, variant=self.fit_variant,
                      calibrate=calibrate, order=order, first=first, ghosts=ghosts, ghost_groups=in_groups)

    def fit_snapshot(self, follow: bool = False) -> Callable[[], LearnedModel]:
        """A function (for a worker thread) that fits on the marks as they are now; ``follow``: the window's next fit,
        of the first marks at the next point the learning line follows that no fit learned from yet, if one is due
        (:mod:`.checkpoints`: a late fit leaves them to do; the line then reads the same at any pace).

        It touches nothing of the assistant: with a ``fitter`` the job is fitted there (another
        process); otherwise, or when the fitter cannot, on the calling thread, where the hashed
        features, if not worked out yet, are made and kept when its model is handed to :meth:`use_model`."""
        upto, point = self._fit_point(follow)
        job, lesson = self.fit_job(upto), self._lesson(self._first_marks(upto))
        fitter = self.fitter

        def here() -> LearnedModel:
            pause_point()
            feats = job.features if job.features is not None else featurise_job(job)
            model = fit_job(job, feats)
            self._fitted_features[id(model)] = (job.spec, feats)
            return model

        def fit() -> LearnedModel:
            model = here() if fitter is None else fitter(job, here)
            self._lessons[id(model)] = lesson
            self._points[id(model)] = point
            return model
        return fit

    def fold_groups(self) -> np.ndarray:
        """A fold group per answer: answers decided in one go, or near-identical, stay in one fold."""
        return fold_ids(self._near, self._batch)

    def _lesson(self, keep: set[int] | None = None) -> tuple:
        """All a fit learns from that changes (:func:`~grader_app.learn.lesson.lesson`), compared by :meth:`behind`;
        ``keep``: of those marks alone (the first ones: :meth:`fit_job`'s ``upto``)."""
        counted = self.threshold_marks()
        out = set() if counted is None else set(self._marks) - set(counted)
        if keep is None:
            return lesson(self._marks, self._batch, self.arrival(), self._first, out, self.ghosts())
        marks = {i: s for i, s in self._marks.items() if i in keep}
        return lesson(marks, self._batch, [i for i in self.arrival() if i in keep], self._first, out & keep,
                      tuple(g for g in self.ghosts() if g[0] in keep or g[0] >= len(self.texts)))

    def behind(self) -> bool:
        """True when the marks can teach a model and the one in use did not learn from them as they are now (marks made,
        changed or taken back since its fit, below :meth:`needs_refit`'s growth too): a fit then makes the model the
        marks alone give, the one the same decisions give when the project is opened again."""
        if not self.can_fit():
            return False
        if self.model is None:
            return True
        if self._fitted_lesson is None:   # a model not fitted here: its marks are all that is known
            return self._fitted_marks != self._marks
        return self._fitted_lesson != self._lesson()

    def use_model(self, model: LearnedModel) -> None:
        """Take a fitted model into use (on the thread that owns the assistant)."""
        kept = self._fitted_features.pop(id(model), None)
        self._fitted_features.clear()
        if kept is not None and self._spec != kept[0]:
            self._spec, self._features = kept
        self.model = model
        self._fitted_lesson = self._lessons.pop(id(model), None)
        self._lessons.clear()
        point = self._points.pop(id(model), None)
        self._points.clear()
        self._drop_passing()
        self._fits += 1
        resumed, self._resume = self._resume, None
        if resumed is not None and self._fitted_lesson is not None and resumed[1] in digests(self._fitted_lesson):
            self._fits = resumed[0]   # the model the last fit before the project was closed made: its entry goes on
        self._took_point(point)
        self._fitted_marks = {int(i): model.labels[int(j)] for i, j in zip(model.marked, model.marks)}
        self._take_back_up(fitted_now=True)   # fitted to the marks as before an undo: the fits' estimates then

    def drop_model(self) -> None:
        """Forget the model in use (the marks left can no longer teach one: :meth:`can_fit`); the next fit starts
        afresh, and until then nothing speaks for it (no learned score, confidence or answer taken)."""
        self.model = None
        self._fitted_marks, self._fitted_lesson = {}, None
        self._estimates.clear()
        self._model_point = self._passing = None

    def refit(self) -> LearnedModel | None:
        """Fit now (on this thread) on every mark if the marks allow it; returns the model in use."""
        try:
            self.use_model(self.fit_snapshot()())
        except NotEnoughMarks:
            pass
        return self.model

    def follow_flags(self, flags: Sequence[Sequence[str]], lists_ok: bool, language: str | None = None) -> None:
        """The flags the session gives the answers' texts (its question's prompt read: those of
        :func:`~grader_app.core.model_flags.text_flags`), whether a bare list of terms answers the question
        (``GradingSession.lists_ok``) and the language denials are read in (``GradingSession.languages``; None: its own
        reading), taken as they are, so the answers the model takes are those the session takes."""
        if len(flags) != len(self.texts):
            raise ValueError(f"{len(flags)} answers' flags for {len(self.texts)} answers")
        flags, language = [list(f) for f in flags], self._language if language is None else language
        if flags == self.flags and bool(lists_ok) == self._lists_ok and language == self._language:
            return
        self.flags, self._lists_ok = flags, bool(lists_ok)
        self._flagged = np.array([bool(f) for f in flags], dtype=bool)
        if language != self._language:
            self._language, self._denies = language, np.array([denies(t, language) for t in self.texts], dtype=bool)
        self._held = (self._is_list & (not self._lists_ok)) | self._denies
        self._progress = None   # worked out with the flags it had

    def denials(self) -> tuple[str, np.ndarray]:
        """The language the answers are read in for a denial and whether each denies (:func:`~grader_app.core.denial.denies`),
        read where the assistant was made (on a worker in the app) or where :meth:`follow_flags` changed the language."""
        return self._language, self._denies

    def term_lists(self) -> np.ndarray:
        """Whether each answer is a bare list of terms (:func:`~grader_app.core.term_list.is_term_list`), read where the
        assistant was made (on a worker in the app): of the texts alone, so never read again."""
        return self._is_list

    def follow_threshold(self, threshold: float | None) -> None:
        """The threshold the session auto-accepts the learned model's answers at (``GradingSession.threshold``: the
        teacher's, if set), so the answers the model takes and the counts are the session's; None: the model's own."""
        if threshold != self._take_at:
            self._take_at = threshold
            self._progress = None

    # ----- what the model may take ---------------------------------------------------------------
    def _undecided(self, marked: set[int] | None = None) -> np.ndarray:
        """Answers without a mark (``marked``: those of these marks alone; None: every mark)."""
        und = np.ones(len(self.texts), dtype=bool)
        und[list(self._marks if marked is None else marked)] = False
        return und

    def _scale(self) -> tuple | None:
        if self.model is not None:
            return self.model.labels
        return self.prior_labels

    def _listed(self, idx: np.ndarray, labels: Sequence) -> np.ndarray:
        """The answers a model giving them the scores ``labels[idx]`` (a score above the lowest: credit) sends to review
        as bare lists of terms where the question does not ask for a list, or as denials, if it would take them."""
        return self._held & (np.asarray(idx) != int(np.argmin(np.asarray(labels, dtype=np.float64))))

    def _open_to_take(self, m: LearnedModel, marked: set[int] | None = None) -> np.ndarray:
        """Undecided answers the learned model could take: none that a flag (its row's flags too) sends to review
        (``marked``: undecided but for these marks alone)."""
        return self._undecided(marked) & ~self._flagged & ~self._listed(m.predicted_index(), m.labels)

    def auto_scores(self) -> dict[int, Any]:
        """Undecided answers the model may take now → the score it gives them: none a flag sends to review (a flag of
        the text, or one set with the model's row: a bare list of terms or a denial given credit)."""
        und = self._undecided() & ~self._flagged
        out: dict[int, Any] = {}
        m = self.model
        learned_idx = m.predicted_index() if m is not None else None
        at = self._take_at if self._take_at is not None else (m.threshold if m is not None and m.qualified else None)
        if m is not None and at is not None and at <= 1.0:
            ok = self._open_to_take(m) & (m.confidence >= at)
            for i in np.flatnonzero(ok):
                out[int(i)] = m.labels[learned_idx[i]]
        if self.prior is not None and self.prior_threshold is not None and self.prior_threshold < 1.0:
            pidx = self.prior.argmax(axis=1)
            ok = und & (self.prior.max(axis=1) >= self.prior_threshold) & ~self._listed(pidx, self.prior_labels)
            for i in np.flatnonzero(ok):
                i = int(i)
                if i in out:
                    continue
                score = self.prior_labels[pidx[i]]
                if m is not None and m.labels[learned_idx[i]] != score:
                    continue   # the teacher's marks taught the model otherwise: the teacher decides
                out[i] = score
        return out

    def current_confidence(self) -> np.ndarray | None:
        """The confidence of whichever model speaks now (learned, else the bundle), or None."""
        if self.model is not None:
            return self.model.confidence
        if self.prior is not None:
            return self.prior.max(axis=1)
        return None

    def model_score(self, i: int):
        if self.model is not None:
            return self.model.labels[int(self.model.predicted_index()[i])]
        if self.prior is not None and self.prior_labels is not None:
            return self.prior_labels[int(self.prior[i].argmax())]
        return None
