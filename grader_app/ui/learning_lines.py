"""What the screens read of the open session's learning (a mixin of :class:`.learning_controller.LearningController`,
which holds the state): which questions learn or will, the models awaited while the grouping or a fit runs, the
suggestions of what to mark next and why, and the lines that say where each question's model stands (the top of the
results page, the review). Its texts keep the controller's translation context ("LearningController")."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from .. import workflow
from ..core.session import GradingSession
from ..io.question_headings import heading_name
from .i18n import after_colon
from .learning_words import learning_now_words, progress_words, question_name, reason_words, with_question

translate = QCoreApplication.translate


class LearningLines:
    """The reading side of :class:`.learning_controller.LearningController` (its attributes: ``session``,
    ``learners``, ``models``, ``damaged``, ``_unread``, ``_reasons``, ``_dirty``, ``_task``, ``_fitting``, ``_started``,
    ``_due``, ``start_watch``; its method ``_follow``)."""

    session: GradingSession | None
    learners: dict[str, workflow.QuestionLearner]
    models: dict[str, Any]
    damaged: frozenset
    _unread: set
    _reasons: dict
    _dirty: set
    _task: Any
    _fitting: dict
    _started: bool
    _due: bool
    start_watch: Any
    _follow: Callable[..., Any]

    def awaited(self) -> list[str]:
        """The questions that learn whose decisions can teach a model (two different scores) that is not there yet, while
        the grouping or the fit that makes it runs: a sheet opened again with its marks, or the second score just given.
        Their answers are not without a model: the window says the model is learning (as it says "Scoring…")."""
        s = self.session
        if s is None or not self._started:
            return []
        out = []
        for item in s.item_keys():
            running = (self._task is not None or self._due or item in self._fitting   # grouping (or due), or fitting
                       or (item in self._dirty and self.learners[item].wants_fit()))   # a fit the timer's sync starts
            if item in self.models or not running or not workflow.learns(s, item):
                continue
            if s.items[item].continues or len({d.score for k in s.keys_for(item)
                                               if (d := s.decisions.get(k)) is not None}) >= 2:
                out.append(item)   # (the teacher's own model's marks teach it from the start)
        return out

    def learns(self, item: str) -> bool:
        return item in self.learners

    def will_learn(self, item: str) -> bool:
        """A model learns from the teacher's marks on ``item``, or will once the grouping is done (a question with no
        shipped model): known from the start, where :meth:`learns` waits for the grouping."""
        s = self.session
        return self.learns(item) or (s is not None and item in s.items and workflow.learns(s, item)
                                     and item not in self._unread)

    def suggest(self, item: str) -> list[int] | None:
        learner = self.learners.get(item)
        if learner is None or self.session is None:
            return None
        self._follow(self.session, item)   # the decision just made counts (the fit follows on the timer)
        got = learner.suggest(self.session)   # offered: a decision on these answers is made at Grader's suggestion
        if got is None:
            return None
        keys, self._reasons[item] = got
        return keys

    def follow_marks(self) -> None:
        """The questions whose marks changed since the last turn of the event loop follow them now (the learner's marks,
        a model that can no longer learn dropped), so a screen painted right after a decision or an undo counts it (it
        said "mark a few answers with different scores" after two had been given) before the sync on the timer; that
        sync still fits, notes the line and tells the screens. The same work the timer's sync does on this thread,
        done earlier, and once: a question followed is followed again there at no cost beyond a pass over its keys."""
        s = self.session
        for item in list(self._dirty) if s is not None else ():
            if item in self.learners:
                self._follow(s, item)

    def reason(self, item: str) -> str:
        """Why the last suggestion for ``item`` was made, in the interface's language."""
        return reason_words(self._reasons.get(item, ""))

    def sentence(self, item: str, awaited: list[str] | None = None) -> str:
        """Where the teacher stands with ``item``'s learned model, in the interface's language (that it is learning
        while its first model is :meth:`awaited`: given, that list)."""
        if item in (self.awaited() if awaited is None else awaited):
            s = self.session   # a question going on from the teacher's model: that model scores its answers meanwhile
            return learning_now_words(s is not None and any(k in s.predictions for k in s.keys_for(item)),
                                      starting=self.start_watch.slow)
        learner = self.learners.get(item)
        return progress_words(learner.assistant.progress()) if learner is not None else ""

    def sentences(self) -> str:
        """One line per question that learns from the teacher, for the top of the results page (a question whose
        model is awaited already while its answers are grouped)."""
        awaited = self.awaited()
        mapping = self.session.mapping if self.session else None
        return "\n".join(with_question(self._heading(it), heading_name(question_name(it, mapping)),
                                       progress=after_colon(self.sentence(it, awaited)),
                                       now=(self.marks_counted(it) or (0, 0))[1],
                                       counted=(self.marks_counted(it) or (0, 0))[0])
                         for it in (self.learners or dict.fromkeys(awaited)))

    def left_out_tips(self) -> str:
        """Why the results page's line counts fewer earlier marks than the teacher gave, per question that leaves some
        out ("": none does)."""
        mapping = self.session.mapping if self.session else None
        return "\n".join(with_question(translate("LearningController", "Question {question}: {why}"),
                                       heading_name(question_name(it, mapping)), why=self.left_out_tip(it))
                         for it in self.learners if self.marks_left_out(it))

    def _heading(self, item: str) -> str:
        counted = self.marks_counted(item)
        if counted is None and item in self.damaged:   # a model there whose file did not load: not "no shipped model"
            return translate("LearningController", "Question {question} (its model file could not be loaded): "
                             "{progress}")
        if counted is None:
            return translate("LearningController", "Question {question} (no shipped model): {progress}")
        left_out = self.marks_left_out(item)
        if left_out:   # the teacher's count of her earlier marks, the ones learned from among them
            return translate("LearningController", "Question {question} (your model, learning from {counted} of your %n "
                             "earlier marks and {now} of this sheet): {progress}", "", counted[0] + left_out)
        return translate("LearningController", "Question {question} (your model, learning from your %n earlier marks and "
                         "{now} of this sheet): {progress}", "", counted[0])

    def kept_marks(self, item: str, model, source: str = ""):
        """The answers and marks ``item``'s learned ``model`` learned from, to keep beside it when saved (None: the
        question does not learn here)."""
        learner = self.learners.get(item)
        return learner.kept_marks(model, source) if learner is not None else None

    def marks_counted(self, item: str) -> tuple[int, int] | None:
        """(earlier marks, marks of this sheet) ``item``'s model learns from, where it goes on teaching the teacher's own
        model (``ItemInfo.continues``); None for any other question."""
        learner = self.learners.get(item)
        return learner.marks_counted() if learner is not None else None

    def marks_left_out(self, item: str) -> int:
        """The earlier marks ``item``'s model leaves out, as answers word for word one of this sheet (``continuing``)."""
        learner = self.learners.get(item)
        return learner.marks_left_out() if learner is not None else 0

    def left_out_tip(self, item: str) -> str:
        """Why ``item``'s line counts fewer earlier marks than the teacher gave ("": it counts them all)."""
        left_out = self.marks_left_out(item)
        return translate("LearningController", "%n earlier marks are of answers worded word for word as answers of this "
                         "sheet: the model does not learn from them, so it never takes on its own an answer it learned; "
                         "the mark you give such an answer here is the one that counts.", "", left_out) if left_out else ""

    def first_suggestion(self, keys) -> list[int] | None:
        """Where a review of ``keys`` opens: what Grader suggests marking next for the first question among them with
        an answer left to decide, if that question learns (a review goes question by question: another question's
        suggestion would open it in the middle of the list); None opens it at that question's first open answer."""
        s = self.session
        if s is None:
            return None
        item = next((s.answers[k].item for k in keys if k not in s.decisions), None)
        return self.suggest(item) if item in self.learners else None

    def learned_items(self) -> list[str]:
        return [it for it in self.learners if it in self.models]
