"""A question of the open session that learns from the teacher's marks as they are made, and whether the model it
learned may be kept in the model library ("Save as model…").

:func:`learns` says which questions learn (those without a shipped model, and those scored by the teacher's own model
that keeps its marks, which the session's marks add to: :mod:`grader_app.learn.continuing`); :class:`QuestionLearner`
follows one question's decisions with a :class:`~grader_app.learn.assistant.MarkingAssistant`; :func:`group_questions` groups
every question's answers (on a worker); :func:`use_learned_model` routes a question by its learned model. In the
session a model serves from the first two different scores on, and only while the marks hold two (marks taken back
until they do not drop it and its scores: :meth:`QuestionLearner.drop`): it scores every answer, and its doubt
chooses what to mark next; it takes answers on its own only once its out-of-fold threshold qualifies, which needs at least
:data:`~grader_app.learn.limits.MIN_MARKS` marks. A model learned from fewer is therefore not saved as a library
model (:func:`not_kept`): it would take nothing off the teacher's desk there either, and installed it would take
its question's place in later sheets, where a model learning from those marks serves better. No Qt; the window
reaches these through :mod:`grader_app.workflow`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.review import shown_check
from ..core.session import LEARNED, Change, GradingSession, ItemInfo
from ..core.session_records import NOT_YET
from ..core.model_flags import text_flags
from ..core.prediction import Prediction, prediction_row
from .limits import MIN_MARKS
from .pausing import pause_point
from .suggestion import ORIGINS

if TYPE_CHECKING:
    from .marks_model import NotEnoughMarks


def learns(session: GradingSession, item: str) -> bool:
    """A question with no shipped model (no bundle, no labels), or scored by the teacher's own model whose marks are
    kept (``ItemInfo.continues``): a model learns from the teacher's marks on it (with that model's marks, for the
    second: ``ItemInfo.learns_from_marks``)."""
    return session.items[item].learns_from_marks


class QuestionLearner:
    """One question without a model, and its :class:`~grader_app.learn.assistant.MarkingAssistant`
    (answers by position in ``keys``). Built on a worker (grouping is slow); then owned by the thread
    that owns the session: :meth:`sync` copies the teacher's decisions into the assistant's marks (a
    group decided at once is one batch, which keeps it in one fold), :meth:`fit_function` is the
    worker's job, :meth:`use` takes its model and routes the answers (:func:`use_learned_model`)."""

    def __init__(self, item: str, keys, texts, earlier=None, labels=None, fit: str | None = None) -> None:
        from .assistant import MarkingAssistant
        from .continuing import ContinuingAssistant

        self.item = item
        self.keys = [int(k) for k in keys]
        # ``earlier``: the marks the teacher's own model of the question learned from (KeptMarks), which these add to
        self.assistant = (MarkingAssistant(list(texts)) if earlier is None else
                          ContinuingAssistant(list(texts), earlier, labels=labels, **({"fit_variant": fit} if fit else {})))
        self._batches: dict[int, tuple] = {}   # answer (position) -> the batch its mark is in: (score, time stamp)
        self._origins: dict[int, str] = {}     # answer (position) -> why it was marked (core.origins)
        self._denials: tuple[str, dict[int, tuple[str, bool]]] | None = None   # :meth:`denials`, and their language
        self._rows: tuple | None = None   # the last model fitted and its rows (:meth:`fit_function`, :meth:`use`)
        # whether each answer is a bare list of terms, as the assistant read it here (a worker in the app), in
        # GradingSession.term_lists_of' form: the session takes it with the model's rows and reads none itself
        self.term_lists = {k: bool(x) for k, x in zip(self.keys, self.assistant.term_lists())}
        self.groups = [tuple(self.keys[i] for i in g.members) for g in self.assistant.groups]
        self.typical = [self.keys[g.medoid] for g in self.assistant.groups]

    def sync(self, session: GradingSession) -> bool:
        """The assistant's marks made equal to the session's decisions, its flags to the session's (which read the
        question's prompt: the model takes only what the session takes); True if the marks changed.

        Answers given one score at one time stamp (a group decided at once) become one batch, which keeps them in one
        fold; any others, one batch each. Never one batch per score: decisions restored from the project file (or
        made while the answers were grouped) arrive here all at once, and a fold holding every answer of a score
        left the model checked on it without a single example of that score (every check wrong: it took nothing).
        The batch is named by the time stamp and the score it was first given with (``Decision.first``), whenever a
        decision comes in: a decision made again keeps both (``Decision.again``), so a mark given another score stays in
        its group's batch, and the fold of every mark is chosen by that first score (``MarkingAssistant.decide``'s
        ``first``): a mark corrected moves no mark to another fold, itself included (it moved every mark given after it
        when the folds were stratified by the scores as they are now). A score given to a group at once makes a new
        batch of it. The batches live are those the same decisions make restored at once (the project file keeps each
        stamp's first score in its decision log), so they teach the same model."""
        a = self.assistant
        a.follow_flags([text_flags(session.flags.get(k, ())) for k in self.keys], session.lists_ok.get(self.item, False),
                       session.languages.get(self.item))
        self.follow_threshold(session)
        now = {i: session.decisions[k] for i, k in enumerate(self.keys) if k in session.decisions}
        gone = [i for i in a.marks if i not in now]
        if gone:
            a.undo(gone)
        for i in gone:
            self._batches.pop(i, None)
            self._origins.pop(i, None)
        new: dict = {}
        for i, d in now.items():
            batch = (d.first, d.at or i)   # no time stamp: decided on its own
            if (i not in a.marks or a.marks[i] != d.score or self._batches.get(i) != batch
                    or self._origins.get(i) != d.origin):
                new.setdefault((batch, d.score, d.origin), []).append(i)
                self._batches[i], self._origins[i] = batch, d.origin
        for (batch, score, origin), idx in new.items():   # why each was marked: whether it chooses the threshold
            a.decide(idx, score, batch=batch, origin=origin, at=now[idx[0]].at,   # when: its place in the order
                     first=batch[0])                                              # and the score that placed it
        # the marks taken back keep their places in the order the folds are chosen in (core.marks_given)
        a.follow_ghosts({(i, at): first for i, k in enumerate(self.keys)
                         for at, first in session.given.ghosts(k, session.decisions.get(k))})
        return bool(gone or new)

    def follow_threshold(self, session: GradingSession) -> None:
        """The assistant takes answers at the threshold the session uses for the learned model (the teacher's, if
        set), so its counts are the session's; before the session routes by a learned model, at the model's own."""
        info = session.items[self.item]
        self.assistant.follow_threshold(session.threshold(self.item) if info.learned else None)

    def wants_fit(self) -> bool:
        """A fit now: the marks grew enough since the last one, or changed what it learned (``needs_refit``)."""
        return self.assistant.needs_refit()

    def behind(self) -> bool:
        """The model in use did not learn from the marks as they are (a few made since, below the growth that asks for
        a fit at once): the app fits again once the teacher pauses, so the model it ends with is the one these marks
        give, the same as when the project is opened again and every decision is restored at once."""
        return self.assistant.behind()

    def fit_function(self):
        """What a worker runs: fit on the marks as they are now, or first on the marks at a point the learning line
        follows that a late fit left to do (:mod:`grader_app.learn.checkpoints`); touches neither the session nor Qt.
        The model's rows (a :class:`~grader_app.core.prediction.Prediction` per answer) are made there too, for
        :meth:`use` to hand to the session as they are: on the thread that owns the session (the GUI thread in the
        app) they took ~80 ms for a 10,000-answer question each time a model came in."""
        fit = self.assistant.fit_snapshot(follow=True)

        def fit_and_rows():
            model = fit()
            labels = tuple(model.labels)   # a learned model's: its labels, the arg-max (use_learned_model's ItemInfo)
            rows = []
            for i, p in enumerate(model.probabilities):
                if i % 2000 == 1999:
                    pause_point()   # the window goes first if it has work
                rows.append(prediction_row(p, labels))
            self._rows = (model, rows)   # the last model fitted, and its rows
            return model
        return fit_and_rows

    def use(self, session: GradingSession, model) -> Change:
        self.assistant.use_model(model)
        made = self._rows
        rows = made[1] if made is not None and made[0] is model else None   # (else: made by the session)
        change = use_learned_model(session, self.item, model, self.denials(), self.term_lists, rows)
        self.follow_threshold(session)
        return change

    def denials(self) -> dict[int, tuple[str, bool]]:
        """Whether each answer denies, as the assistant read it (on the worker that made it) and in the language it read
        it in (:meth:`GradingSession.denials_of`' form): the session takes them as the model's rows are stored, and
        reads none itself on the thread that owns it, where its language is that one (the GUI thread in the app, where
        it took 0.7 s on a 10,000-answer question the first time a learned model scored it). Made once per language."""
        language, found = self.assistant.denials()
        if self._denials is None or self._denials[0] != language:
            self._denials = (language, {k: (language, bool(d)) for k, d in zip(self.keys, found)})
        return self._denials[1]

    def can_learn(self) -> bool:
        """The marks (as last synced) can teach a model: at least two different scores."""
        return self.assistant.can_fit()

    def drop(self, session: GradingSession) -> Change | None:
        """Unless the marks can teach a model: the learned model and its scores dropped (:func:`drop_learned_model`), so
        the question is the teacher's to score again, with no model score to accept or copy. Returns what changed, or
        None (the marks can teach one, or no model was in use)."""
        if self.can_learn():
            return None
        self.assistant.drop_model()
        return drop_learned_model(session, self.item)

    def suggest(self, session: GradingSession | None = None) -> tuple[list[int], str] | None:
        """The answers to mark next (a group, or one) and why, as session keys; with ``session``, offered there as
        what Grader suggests now (``GradingSession.offered``: the origin of the decisions made on them,
        :mod:`grader_app.core.origins`), or, with nothing to suggest, nothing offered for the question."""
        s = self.assistant.suggest_next()
        if s is None:
            if session is not None:
                session.offered.withdraw(self.item)
            return None
        medoid = self.keys[s.medoid]
        keys = [medoid] + [self.keys[i] for i in s.members if self.keys[i] != medoid]
        if session is not None:
            session.offered.offer(self.item, keys, ORIGINS[s.reason])
        return keys, s.reason

    def sentence(self) -> str:
        return self.assistant.progress_sentence()

    def kept_marks(self, model, source: str = ""):
        """The answers ``model`` (fitted here) learned from and their marks, to keep beside it when it is saved as a
        library model (:class:`~grader_app.bundles.kept_marks.KeptMarks`; ``source``: this sheet's file name), so the
        next sheet's marks go on teaching it."""
        from ..bundles.kept_marks import KeptMarks

        a = self.assistant
        texts = getattr(a, "all_texts", a.texts)   # a question going on with the teacher's own model: earlier ones too
        sources = tuple(dict.fromkeys((*getattr(a, "source", ()), *([source] if source else []))))
        return KeptMarks(tuple(texts[int(i)] for i in model.marked), tuple(model.labels[int(j)] for j in model.marks),
                         sources)

    def marks_counted(self) -> tuple[int, int] | None:
        """(earlier marks, marks of this sheet) the next fit learns from, for a question that goes on teaching the
        teacher's own model; None for any other."""
        counted = getattr(self.assistant, "counted", None)
        return counted() if counted is not None else None

    def marks_left_out(self) -> int:
        """The earlier marks the fits leave out (of answers word for word one of this sheet: ``continuing``); 0 for a
        question that does not go on teaching the teacher's own model."""
        left_out = getattr(self.assistant, "left_out", None)
        return left_out() if left_out is not None else 0


def group_questions(questions: dict[str, tuple], learn=(), earlier: dict | None = None) -> tuple[dict, dict]:
    """On a worker: for each question (item → (keys, texts) or (keys, texts, the keys scored alone)) its groups of
    answers that look alike as (key → group id, the typical keys); an answer scored alone (its flags:
    :func:`~grader_app.core.flags.scored_alone`) is in none. For the questions in ``learn`` a :class:`QuestionLearner`
    (whose groups are used, those answers left out of them); ``earlier`` (item → (KeptMarks, the labels those marks are
    limited to, or None: any mark on the question's scale)): the marks its learner adds the session's to. Returns
    (groups, learners)."""
    earlier = earlier or {}
    from ..core.groups import group_answers

    groups: dict = {}
    typical: set[int] = set()
    learners: dict[str, QuestionLearner] = {}
    for item, (keys, texts, *rest) in questions.items():
        alone = {int(k) for k in rest[0]} if rest else set()
        if item in learn:
            kept, labels, *fit = earlier.get(item, (None, None))   # (and the recipe its model was fitted with)
            learners[item] = lrn = QuestionLearner(item, keys, texts, kept, labels, *fit)
            found, medoids = lrn.groups, lrn.typical
        else:
            gs = group_answers(list(texts), alone=[i for i, k in enumerate(keys) if int(k) in alone])
            found, medoids = [tuple(keys[i] for i in g.members) for g in gs], [keys[g.medoid] for g in gs]
        for gi, g in enumerate(found):
            g = tuple(k for k in g if k not in alone)
            if len(g) > 1:
                groups.update({k: (item, gi) for k in g})
                typical.add(medoids[gi] if medoids[gi] in g else g[0])
    return {"groups": groups, "typical": typical}, learners


def use_learned_model(session: GradingSession, item: str, model, denials: dict[int, tuple[str, bool]] | None = None,
                      term_lists: dict[int, bool] | None = None, rows: list[Prediction] | None = None) -> Change:
    """Score a question with a model learned from the teacher's marks: its labels, its out-of-fold
    threshold and risk table (until a threshold qualifies: none, and it takes nothing; that check's table is then kept
    as ``ItemInfo.check``, for the threshold panel to show), and a row for
    every answer. A threshold the teacher set for the question was set for the model it replaces: it is
    forgotten, and the new model's own applies (one that does not qualify takes nothing, whatever the old one was). A
    question going on with the teacher's own model keeps that model's scale (``ItemInfo.scale``) and that it goes on.
    ``denials``, ``term_lists``: whether its answers deny and are bare lists of terms, read elsewhere
    (:meth:`QuestionLearner.denials`, :attr:`QuestionLearner.term_lists`), for :meth:`GradingSession.set_predictions`;
    ``rows``: the model's rows, made by the worker that fitted it (:meth:`QuestionLearner.fit_function`)."""
    from ..core.review import risk_table

    old = session.items[item]
    session.forget_threshold(item)
    table = tuple(risk_table(model.review))
    info = ItemInfo(item=item, bundle_id=LEARNED + item, title=old.title, prompt=old.prompt, rubric=old.rubric,
                    labels=tuple(model.labels), default_threshold=model.threshold if model.qualified else NOT_YET,
                    risk=table if model.qualified else (), check=() if model.qualified else shown_check(table),
                    scale=old.scale, continues=old.continues)
    change = session.set_item_info(info)
    return change | session.set_predictions(session.keys_for(item), model.probabilities, denials, term_lists, rows)


def drop_learned_model(session: GradingSession, item: str) -> Change | None:
    """A question a learned model scored goes back to no model: no labels, threshold or rows (the answers are unscored,
    each the teacher's), its title, prompt and rubric kept (and, going on with the teacher's own model, its scale and
    that it goes on: ``ItemInfo.continues``). None if no learned model scores it."""
    old = session.items[item]
    if not (old.bundle_id or "").startswith(LEARNED):
        return None
    return session.set_item_info(ItemInfo(item=item, title=old.title, prompt=old.prompt, rubric=old.rubric,
                                          labels=old.labels if old.continues else (), scale=old.scale,
                                          continues=old.continues))


def not_kept(model, question: str, answers: int | None = None) -> NotEnoughMarks | None:
    """Why the model learned for ``question`` (which has ``answers`` answers in the session, if known) is not saved as
    a library model, or None: learned from fewer than :data:`~grader_app.learn.limits.MIN_MARKS` marks, it says
    how many more answers to mark, or, when the question has fewer answers than that, to make the model from a marked
    sheet of more answers (a problem with a kind: the window says it in the teacher's language)."""
    from .marks_model import NotEnoughMarks   # scipy and scikit-learn come with it: not at start-up

    marks = int(model.n_marks)
    if marks >= MIN_MARKS:
        return None
    if answers is not None and answers < MIN_MARKS:
        return NotEnoughMarks.said("learn.too_few_answers_to_save", question=question, need=MIN_MARKS, count=answers)
    return NotEnoughMarks.said("learn.too_few_to_save", question=question, marks=marks, need=MIN_MARKS,
                               count=MIN_MARKS - marks)


def unsaved_because(session: GradingSession, item: str, model) -> NotEnoughMarks | None:
    """:func:`not_kept` for the model learned for ``item`` in ``session``."""
    return not_kept(model, item, len(session.keys_for(item)))
