"""The grading session: answers, the model's predictions, flags and the teacher's decisions.

Pure Python, no Qt. The app's table model, the review screen, the project store and the writers
are all views over one :class:`GradingSession`. Every change of a decision is announced to the
session's listeners (the project store writes it to disk at once).

One owner, one direction: the session's state (``predictions``, ``decisions``, ``thresholds``,
``flags``) is read-only from outside (mappings that refuse assignment) and changes only through its
mutators, which return a :class:`Change` naming the answers and questions they touched, so a view
can repaint exactly those rows. Each answer's review status is worked out once and kept until a
change touches it.

A comment written on an answer with no score yet waits for it (``waiting_comments``, announced to
``comment_listeners``: the project store keeps it on disk) and the next decision takes it. It is no decision:
the graded sheet, the feedback and the LMS files are made from ``decisions`` only, as they always were, since a
comment beside no score would read as a graded answer (an LMS import would post it without a grade).

What a question is, a decision and a change (:class:`ItemInfo`, :class:`Decision`, :class:`Change`) are the
records of :mod:`.session_records`, imported from here as ever; the figures it gives (counts, the top sentence,
agreement) are :mod:`.session_figures`'; deciding, undoing and the waiting comments are
:mod:`.session_decisions`'. What the teacher set a question to be out of (``scales``, :mod:`.scale`) is kept here,
for the question on a scale of the teacher's (the exports and the review work the scale out:
``grader_app.io.lms_points.question_scale``).
"""
from __future__ import annotations

import threading
from collections import defaultdict
from types import MappingProxyType
from typing import Iterable, Mapping, Sequence

import numpy as np

from . import review
from .change_journal import ChangeJournal
from .class_language import class_language
from .flags import BLANK, UNSAVED, copy_key, group_reading
from .namesakes import tell_apart
from .marks_given import MarksGiven
from .origins import Offered
from .prediction import Prediction, prediction_row
from .session_records import LEARNED as LEARNED  # re-exported: the session's records are imported from here
from .session_records import NO_CHANGE as NO_CHANGE
from .session_records import Heard as Heard
from .scale import Scale
from .session_decisions import SessionDecisions
from .session_figures import SessionFigures
from .session_readings import SessionReadings
from .session_records import Change, CommentListener, Decision, ItemInfo, Listener
from .model_flags import with_model_flags
from .sheet import Answer, ColumnMapping, Reading, Sheet, answers_from_sheet
from .unsaved_formulas import refuse_unsaved
from .term_list import lists_answer

def unsaved_answers(sheet: Sheet, answers: Sequence[Answer]) -> frozenset[int]:
    """The keys of the answers whose cell holds a formula the workbook never saved a value of (a program that does not
    compute formulas wrote it): Grader reads them as empty. The sheet's note names their cells and what to do (save the
    file in Excel and open it again: the values are there then); each is flagged (``flags.UNSAVED``), the others graded."""
    unsaved = {at for at, f in sheet.formulas.items() if not f.saved}
    return frozenset(a.key for a in answers if (a.row, a.column) in unsaved)


class GradingSession(SessionFigures, SessionDecisions, SessionReadings):
    def __init__(self, sheet: Sheet, mapping: ColumnMapping, items: dict[str, ItemInfo] | None = None,
                 reading: Reading | None = None, flagged: bool = True) -> None:
        self.sheet, self.mapping, self.reading = sheet, mapping, reading   # reading: how a known export's cells read
        # never graded from students' or questions' cells whose formulas show nothing yet; such an answer cell is one
        # answer flagged, the others scored (``flags.UNSAVED``)
        refuse_unsaved(sheet, mapping.seen_columns())
        # students who share a name in a sheet without ids are kept apart (core.namesakes), the names said at open
        self.answers: list[Answer]
        self.answers, self.namesakes = tell_apart(answers_from_sheet(sheet, mapping, reading), sheet, mapping)
        self.items: dict[str, ItemInfo] = {}
        for a in self.answers:
            self.items.setdefault(a.item, (items or {}).get(a.item) or ItemInfo(item=a.item))
        mapping.questions = tuple(self.items)   # a long sheet's questions, which its mapping does not name
        self._predictions: dict[int, Prediction] = {}
        self._decisions: dict[int, Decision] = {}
        self._thresholds: dict[str, float] = {}
        self._flags: dict[int, list[str]] = {}
        self._lists_ok: dict[str, bool] = {}   # per question: a bare list of terms is an answer (core.term_list)
        self._english: dict[str, bool] = {}    # per question: its answers read as English (core.flags.writes_english)
        self._languages: dict[str, str] = {}   # per question: the language read for denials (core.class_language)
        # per answer: it denies or negates, in its class's language; worked out only for an answer with a model's row,
        # the one thing it is read for (:meth:`_denial`), and forgotten when its question's flags are worked out anew
        self._denies: dict[int, bool] = {}
        self._term_lists: dict[int, bool] = {}   # per answer: a bare list of terms, as a worker read it (never changes)
        self.unsaved = unsaved_answers(sheet, self.answers)   # answers whose formula shows nothing yet: never change
        # read-only views: every change goes through a mutator (which keeps the status cache right)
        self.predictions: Mapping[int, Prediction] = MappingProxyType(self._predictions)
        self.decisions: Mapping[int, Decision] = MappingProxyType(self._decisions)
        self.thresholds: Mapping[str, float] = MappingProxyType(self._thresholds)
        self.flags: Mapping[int, list[str]] = MappingProxyType(self._flags)
        self.lists_ok: Mapping[str, bool] = MappingProxyType(self._lists_ok)
        self.english: Mapping[str, bool] = MappingProxyType(self._english)
        self.languages: Mapping[str, str] = MappingProxyType(self._languages)
        self._scales: dict[str, Scale] = {}    # per question: what the teacher set it to be out of (core.scale)
        self.scales: Mapping[str, Scale] = MappingProxyType(self._scales)
        self._waiting: dict[int, str] = {}
        self.waiting_comments: Mapping[int, str] = MappingProxyType(self._waiting)
        self.given = MarksGiven()  # every mark given, taken back since or not: its place in the folds (core.marks_given)
        self.offered = Offered()   # what Grader suggests marking now, per question: a decision's origin (core.origins)
        self.listeners: list[Listener] = []
        self.comment_listeners: list[CommentListener] = []
        self._by_item: dict[str, list[int]] = defaultdict(list)
        for a in self.answers:
            self._by_item[a.item].append(a.key)
        # status per answer, None until asked for; a change sets its answers back to None. The epoch
        # lets a reader on another thread (the figures worker) skip storing a status that a change
        # made stale while it was being worked out.
        self._status: list[str | None] = [None] * len(self.answers)
        self._epoch = 0
        self._cache_lock = threading.Lock()
        self._journal = ChangeJournal()   # what changed lately: a view works out again only that (changes_since)
        self._copies: dict[str, dict[str, list[int]]] = {}   # per question: copy key -> its answers (identical_to)
        # not ``flagged``: the caller gives the questions their prompts first, then calls compute_flags once
        # (workflow.start_session), so no question's flags are worked out twice; set_item_info leaves them till then
        self._flags_due = not flagged
        if flagged:
            self.compute_flags()

    def snapshot(self) -> "GradingSession":
        """The session as it is now, for work on another thread (an export) while this one goes on changing on the GUI
        thread (a model arriving, a threshold, a decision): its own copies of every mapping a mutator changes, sharing
        only what never changes (the sheet, the mapping, the answers, and the frozen records the mappings hold), so a
        copy of 20,000 answers is a few milliseconds. Take it on the thread that owns the session. Nothing is announced
        from it (no listeners); it is meant to be read, not changed."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)   # the sheet, the mapping, the reading, the answers, the namesakes
        copy.items = dict(self.items)
        for name in ("_predictions", "_decisions", "_thresholds", "_flags", "_lists_ok", "_english", "_languages",
                     "_denies", "_term_lists", "_scales", "_waiting"):
            setattr(copy, name, dict(getattr(self, name)))
        copy.predictions = MappingProxyType(copy._predictions)
        copy.decisions = MappingProxyType(copy._decisions)
        copy.thresholds = MappingProxyType(copy._thresholds)
        copy.flags = MappingProxyType(copy._flags)
        copy.lists_ok = MappingProxyType(copy._lists_ok)
        copy.english = MappingProxyType(copy._english)
        copy.languages = MappingProxyType(copy._languages)
        copy.scales = MappingProxyType(copy._scales)
        copy.waiting_comments = MappingProxyType(copy._waiting)
        copy.offered = self.offered.copy()
        copy.given = self.given.copy()
        copy.listeners, copy.comment_listeners = [], []
        copy._by_item = defaultdict(list, {item: list(keys) for item, keys in self._by_item.items()})
        copy._status = list(self._status)
        copy._cache_lock = threading.Lock()
        copy._journal = ChangeJournal()
        copy._copies = dict(self._copies)
        return copy

    def take_statuses(self, copy: "GradingSession") -> None:
        """Keep the statuses ``copy`` (a :meth:`snapshot` of this session) worked out, if nothing changed here since it
        was taken (the figures worker's, so that the GUI thread does not work them out again). On the owning thread."""
        with self._cache_lock:
            if copy._epoch == self._epoch and len(copy._status) == len(self._status):
                self._status[:] = [mine if mine is not None else theirs
                                   for mine, theirs in zip(self._status, copy._status)]

    # ----- questions and models -------------------------------------------------------------
    def item_keys(self) -> list[str]:
        return list(self._by_item)

    def answers_for(self, item: str) -> list[Answer]:
        return [self.answers[k] for k in self._by_item.get(item, [])]

    def keys_for(self, item: str) -> list[int]:
        return list(self._by_item.get(item, []))

    def affected_keys(self, change: Change) -> set[int]:
        """Every answer a change may have touched (its keys and all answers of its questions)."""
        keys = set(change.keys)
        for item in change.items:
            keys.update(self._by_item.get(item, ()))
        return keys

    def set_item_info(self, info: ItemInfo) -> Change:
        """The model (or none) that scores a question; its answers lose their predictions, so every
        row they get from now on is scored, and decided, by the new model and its decision rule."""
        old = self.items.get(info.item)
        self.items[info.item] = info
        for k in self._by_item.get(info.item, []):
            if self._predictions.pop(k, None) is not None:   # an answer without a row has no flag of a row's to lose
                self._mark_output(k)
        if not self._flags_due and (old is None or old.prompt != info.prompt):  # they read only texts and prompt
            self.compute_flags([info.item])
        return self._changed(items=[info.item])

    def set_scale(self, item: str, scale: Scale | None) -> Change:
        """What the teacher set ``item`` to be out of (None: not set, so the sheet or its model says, or Grader's guess);
        a question with a shipped model keeps its model's labels. Its answers are shown anew (their "out of")."""
        if scale is None or not self.items[item].own_scale:
            self._scales.pop(item, None)
        else:
            self._scales[item] = scale
        return self._changed(items=[item])

    def compute_flags(self, items: Iterable[str] | None = None) -> Change:
        self._flags_due = self._flags_due and items is not None
        items = list(items if items is not None else self._by_item)
        for item in items:
            keys = self._by_item[item]
            texts = [self.answers[k].text for k in keys]
            self._lists_ok[item] = lists_answer(self.items[item].prompt, texts)
            found, english, all_words = group_reading(texts, self.items[item].prompt)
            self._english[item] = english
            self._languages[item] = class_language(texts, all_words, english=english)
            for k, f in zip(keys, found):
                self._flags[k] = [UNSAVED, *(x for x in f if x != BLANK)] if k in self.unsaved else f
                self._denies.pop(k, None)   # the language may have changed: read again when a row needs it
                if k in self._predictions:
                    self._mark_output(k)
        return self._changed(items=items)

    def set_predictions(self, keys: Sequence[int], probabilities: Sequence[Sequence[float]] | np.ndarray,
                        denials: dict[int, tuple[str, bool]] | None = None,
                        term_lists: dict[int, bool] | None = None, rows: Sequence[Prediction] | None = None) -> Change:
        """Store the model's rows, each decided by its question's rule (``ItemInfo.cutpoints``); a row
        that is not a probability distribution gets INVALID_OUTPUT. ``denials`` and ``term_lists`` (:meth:`denials_of`,
        :meth:`term_lists_of`, read by the worker that made the rows): taken (a denial where the question's language
        is still the one it was read in), so what the rows' flags need of the texts is not read here.

        Call it from the thread that owns the session (the GUI thread in the app): a scoring worker
        hands its rows over instead of writing them here itself. ``rows``: the same rows already made
        (:func:`~.prediction.prediction_row` of ``probabilities``, by the worker that made them), each taken where
        it was made under its question's labels and rule, so they are not built again here."""
        keys = [int(k) for k in keys]
        self._take_readings(denials, term_lists)
        for i, (k, p) in enumerate(zip(keys, probabilities)):
            info = self.items[self.answers[k].item]   # its labels and its decision rule
            row = rows[i] if rows is not None and i < len(rows) else None
            if row is None or row.labels != info.labels or row.cutpoints != info.cutpoints:
                row = prediction_row(p, info.labels, info.cutpoints)
            self._predictions[k] = row
            self._mark_output(k)
        return self._changed(keys=keys)

    def clear_predictions(self, items: Iterable[str] | None = None) -> Change:
        """Forget the model's rows (of some questions, or all): those answers are unscored again."""
        items = list(items if items is not None else self._by_item)
        for item in items:
            for k in self._by_item.get(item, ()):
                if self._predictions.pop(k, None) is not None:
                    self._mark_output(k)
        return self._changed(items=items)

    def _mark_output(self, key: int) -> None:
        """The flags that come with the model's row (INVALID_OUTPUT, TERM_LIST, DENIES: ``core.model_flags``), set
        anew; DENIES also weighs the row against the question's threshold (:meth:`_weigh_again` when that changes)."""
        a = self.answers[key]
        pred = self._predictions.get(key)
        self._flags[key] = with_model_flags(self._flags.get(key, []), a.text, self._lists_ok.get(a.item, False),
                                            pred, denies=pred is not None and self._denial(key),
                                            threshold=self.threshold(a.item), term_list=self._term_lists.get(key))

    def _weigh_again(self, items: Iterable[str]) -> None:
        """After a threshold changed: DENIES set anew on the questions' answers that deny and have a row."""
        for item in items:
            for k in self._by_item.get(item, ()):
                if k in self._predictions and self._denial(k):
                    self._mark_output(k)

    def _changed(self, keys: Iterable[int] = (), items: Iterable[str] = (), decision: bool = False) -> Change:
        """Forget the statuses a change made stale (after the state changed) and describe it (``decision``: of
        decisions or waiting comments only)."""
        change = Change(frozenset(keys), frozenset(items))
        if change:
            with self._cache_lock:
                self._epoch += 1
                self._journal.add(self._epoch, change, decision)
                cache = self._status
                for k in change.keys:
                    cache[k] = None
                for item in change.items:
                    for k in self._by_item.get(item, ()):
                        cache[k] = None
        return change

    @property
    def revision(self) -> int:
        """Goes up by one with every change of the session's state (see :meth:`changes_since`)."""
        return self._epoch

    def changes_since(self, revision: int, decisions: bool = True) -> Change | None:
        """What changed after ``revision`` (an earlier :attr:`revision`), or None when that is no longer known (work it
        all out anew): :meth:`.change_journal.ChangeJournal.since`."""
        return self._journal.since(revision, self._epoch, decisions)

    # ----- thresholds and status ----------------------------------------------------------
    def threshold(self, item: str) -> float:
        info = self.items[item]
        if info.takes_no_threshold:   # a learned model without a guarantee, an unsealed bundle: no threshold takes
            return info.default_threshold
        return self._thresholds.get(item, info.default_threshold)

    def set_threshold(self, value: float, item: str | None = None) -> Change:
        """One threshold (clamped to 0–1) for one question, or with no question for all of them."""
        return self.set_thresholds({it: value for it in ([item] if item else self.item_keys())})

    def set_thresholds(self, values: Mapping[str, float]) -> Change:
        """Several questions' thresholds at once, each clamped to 0–1; unknown questions are ignored, and so is a question
        whose model, learned from the teacher's marks, has no guarantee yet (``ItemInfo.takes_nothing_yet``), or whose
        bundle is not sealed (``ItemInfo.unsealed``): at any threshold it would take answers no check vouches for, so it
        takes none (until a refit qualifies, or a sealed copy of the bundle is installed)."""
        changed = []
        for it, value in values.items():
            if it not in self.items or self.items[it].takes_no_threshold:
                continue
            value = min(1.0, max(0.0, float(value)))
            if self._thresholds.get(it) != value:
                self._thresholds[it] = value
                changed.append(it)
        self._weigh_again(changed)
        return self._changed(items=changed)

    def forget_threshold(self, item: str) -> Change:
        """The teacher's threshold for ``item`` forgotten: its model's own applies again (a new model of its own)."""
        items = [item] if self._thresholds.pop(item, None) is not None else []
        self._weigh_again(items)
        return self._changed(items=items)

    def status(self, key: int) -> str:
        st = self._status[key]
        if st is not None:
            return st
        epoch = self._epoch
        st = self._work_out_status(key)
        with self._cache_lock:
            if self._epoch == epoch:   # no change came in meanwhile (from another thread)
                self._status[key] = st
        return st

    def _work_out_status(self, key: int) -> str:
        a = self.answers[key]
        pred = self.predictions.get(key)
        dec = self.decisions.get(key)
        return review.status_for(
            scored=pred is not None, confidence=pred.confidence if pred else None, flags=self.flags.get(key, []),
            threshold=self.threshold(a.item), decided_score=dec.score if dec else None,
            model_score=self.model_score(key), valid=pred.valid if pred else True)

    def takes_alone(self, key: int) -> bool:
        """Does the model take the answer on its own (its status is AUTO, or would be but for the teacher's decision)?
        Worked out as the review policy does, on the decision rule's score and its probability: what the threshold and
        the bundle's risk table are measured on."""
        pred = self.predictions.get(key)
        return pred is not None and review.status_for(
            scored=True, confidence=pred.confidence, flags=self.flags.get(key, []),
            threshold=self.threshold(self.answers[key].item), valid=pred.valid) == review.AUTO

    def model_says(self, key: int) -> Prediction | None:
        """The model's row as the score it gives this answer, or None with no row. For an answer the model takes on its
        own (:meth:`takes_alone`), the decision rule's score, the one that stands; for every other, the score the
        teacher decides, the likeliest one (:attr:`Prediction.likeliest`): the tallest bar, the one Enter accepts. The
        two differ only where a bundle's rule (``docs/bundle-format.md``) picks another score than the likeliest. A
        row that is not ``valid`` is given as it is. Every view of "the model's score" reads it from here."""
        pred = self.predictions.get(key)
        if pred is None or pred.rule_is_likeliest or self.takes_alone(key):
            return pred
        return pred.likeliest

    def model_row(self, key: int) -> Prediction | None:
        """The model's row as a score it gave (:meth:`model_says`), or None: no row, or one that is not a score (not
        ``valid``: its all-zero probabilities pick a first label nobody gave). What an export writes as the model's
        score and confidence, unless the model learned from the teacher's mark on it (:meth:`shown_model_row`)."""
        pred = self.model_says(key)
        return pred if pred is not None and pred.valid else None

    def learned_from_mark(self, key: int) -> bool:
        """The answer is one the teacher decided on a question whose model learns from their marks (learned in the
        session, or their own model those marks go on teaching: ``ItemInfo.learned``/``continues``, as
        :meth:`model_score` reads them): the model's score for it is fitted to that very mark, so it agrees with it and
        checks nothing (out of fold the same model may agree far less often). Neither the results table nor an export
        shows that score or its confidence (:meth:`shown_model_row`)."""
        if key not in self.decisions or self.model_row(key) is None:
            return False
        info = self.items[self.answers[key].item]
        return info.learned or bool(info.continues)

    def shown_model_row(self, key: int) -> Prediction | None:
        """The model's row as the results and an export show its score and confidence: :meth:`model_row`, but none for
        an answer whose model learned from the teacher's mark on it (:meth:`learned_from_mark`)."""
        return None if self.learned_from_mark(key) else self.model_row(key)

    def model_score(self, key: int):
        """The model's score that the teacher's decision confirms or changes (:meth:`model_says`: the one the review
        showed, which Enter accepts), or None: no row, a row that is not a
        score (not ``valid``), or one of a model learned from the teacher's marks on the question, which follows the
        marks (a guide to the next ones, not a score of its own; it changes as they come, and after the project is
        opened again it is gone until the model learns anew), as is the teacher's own model whose marks the question
        goes on teaching (``ItemInfo.continues``: a model learned in the session takes its place). A decision without
        one is ``review.DECIDED``."""
        pred = self.model_row(key)
        info = self.items[self.answers[key].item]
        if pred is None or info.learned or info.continues:
            return None
        return pred.score

    def final_score(self, key: int):
        dec = self.decisions.get(key)
        if dec is not None:
            return dec.score
        pred = self.predictions.get(key)
        if pred is not None and self.status(key) == review.AUTO:
            return pred.score
        return None

    def needs_teacher(self, key: int) -> bool:
        return self.status(key) in (review.NEEDS_REVIEW, review.UNSCORED)

    def review_queue(self) -> list[int]:
        """Answers the teacher must see, question by question (the questions in the order the sheet first gives
        them), each question's in sheet order: a teacher marks one question at a time, with its rubric and scale in
        mind, not student by student."""
        return [k for item in self.item_keys() for k in self.keys_for(item) if self.needs_teacher(k)]

    def by_question(self, keys: Iterable[int]) -> list[int]:
        """``keys`` with each question's answers together: the questions in the order their first answer comes in
        ``keys``, each question's answers in the order given (a table's rows sorted by the teacher keep that order)."""
        by_item: dict[str, list[int]] = {}
        for k in keys:
            by_item.setdefault(self.answers[k].item, []).append(k)
        return [k for group in by_item.values() for k in group]

    def identical_to(self, key: int) -> list[int]:
        """Other answers to the same question that the "identical to another answer" flag takes for copies of this
        one (:func:`.flags.copy_key`: punctuation, spacing, hidden characters and look-alike letters aside)."""
        a = self.answers[key]
        if a.item not in self._copies:   # the texts never change: worked out once per question
            copies = self._copies[a.item] = {}
            for k in self._by_item[a.item]:
                copies.setdefault(copy_key(self.answers[k].text), []).append(k)
        target = copy_key(a.text)
        return [k for k in self._copies[a.item].get(target, ()) if k != key] if target else []
