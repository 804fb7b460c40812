"""The open session's groups of answers that look alike, and the models that learn from the teacher's
marks on questions without a shipped model.

Once a session is bound and :meth:`start` is called (after scoring), one worker groups every
question's answers (:mod:`.learning_grouping`) and builds a
:class:`~grader_app.workflow.QuestionLearner` per question without a model. After each decision on
such a question (the session's listener; a group decided at once arrives as one batch), the
learner's marks follow the session and, when the assistant wants a (re)fit, the fit runs on the task
manager's worker, never on the GUI thread; its model is taken into use here, on the GUI thread,
which routes that question's undecided answers by the learned threshold (``predictionsChanged``).
A refit comes at once when the marks grew by 5 %; a model behind fewer new marks learns from all of them once the
teacher has paused (:data:`CATCH_UP_MS`), so the model a question ends with is the one its marks give, as when the
project is opened again (its decisions come back at once and teach one fit). Until a question's first model is in
(the sheet opened again with its marks: the grouping and the first fit take seconds), :meth:`awaited` names it: the
window says the model is learning, not that no model scores those answers.
The fit itself runs in a child process (:class:`~grader_app.learn.fit_process.FitProcess`, one per
bound session, started when the grouping starts): the worker only sends the marks and waits for the
model, without the interpreter lock, so the fit never competes with the window for it; if the child
cannot fit, the worker fits as before. When the window gives way (below), the child is told too and
sleeps at its pause points until the event loop has handled what was queued.

Grouping and fits run on the task manager's learning lane (a pool of their own, ``LEARNING``), so nothing the teacher
asks for (an export above all) ever waits behind them: an export writes the decisions and the scores of the models in
use when it is made, never waiting for a model still learning (the export dialog names the questions that have none
yet). While a fit waits for the fitting child's first start and that start is slow (a busy machine), the learning line
says learning is still starting (:mod:`.learning_start`).

The window comes first: whenever the GUI thread has work the teacher waits for (a decision was just
made, a model or the groups arrive), the controller asks the task manager to make the workers give
way (:meth:`TaskManager.give_way`), so a fit pauses at its next pause point until the window has
handled the event (docs/effort.md, "Does learning stall the window?"). And what learning imports
(scikit-learn, scipy: seconds of work that holds the lock) is imported by the grouping worker first,
module by module, each time freezing the objects alive then (the window, the sheet, the modules) out
of the garbage collector's full passes (``gc.freeze``): on a school laptop a full pass over them
took 120–230 ms with every thread stopped, and the imports set off several. The sheet's session is frozen with them:
:mod:`.gc_guard` thaws it once the sheet is closed, so it is freed.

What the screens read of it (the questions that learn, the models awaited, the suggestions, the lines above the results
and in the review) is in :mod:`.learning_lines`, a mixin of the controller.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from .. import workflow
from ..core.review import AUTO
from ..core.session import GradingSession, Heard
from ..io.project_schema import ProjectError
from ..learn.fit_process import FitProcess
from . import gc_guard
from .learning_grouping import group_on_worker
from .learning_lines import LearningLines
from .learning_start import StartWatch
from .learning_words import question_name, with_question
from .messages import plain, plain_after_colon
from .tasks import GIVE_WAY_TAIL_MS, LEARNING, Task, TaskManager


_warmed = False   # what learning imports is imported, and frozen out of full passes (once per process)
CATCH_UP_MS = 1500   # a model behind the marks (a few made since its fit) fits again once no decision came for this long


class LearningController(QObject, LearningLines):
    groupsReady = Signal()                # the groups (and the learners) of the bound session are known
    predictionsChanged = Signal(object)   # a Change: a learned model now scores a question
    progressChanged = Signal()            # a progress sentence may read differently
    failed = Signal(str)                  # a fit failed (one sentence)
    notice = Signal(str)                  # answers the model had taken are back with the teacher (one sentence)

    def __init__(self, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.session: GradingSession | None = None
        self.groups: dict = {}
        self.typical: set[int] = set()
        self.learners: dict[str, workflow.QuestionLearner] = {}
        self.models: dict = {}                 # question -> the learned model in use
        self.saved_models: dict = {}           # question -> its learned model last saved as a library model
        self._fitting: dict[str, Task] = {}
        self._dirty: set[str] = set()
        self._reasons: dict[str, str] = {}
        self._task: Task | None = None
        self._started = False
        self._due = False   # expected, not started yet (:meth:`expect`)
        self.fitter: FitProcess | None = None   # the bound session's fitting child process
        self.store = None                       # the bound session's project store (bind), if any
        self.bundles: dict = {}                 # question -> the model the bound session scores it with (bind)
        self._unread: set[str] = set()          # questions whose own model's marks could not be read: no learning
        self.damaged: frozenset = frozenset()   # questions whose model's file did not load (bind)
        self._kept: dict = {}                   # question -> the fit history the store holds
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)           # after the command that made the decision(s) has finished
        self._timer.timeout.connect(self._sync)
        self._idle = QTimer(self)            # the fitting child goes on once the events queued now are handled
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._tail = QTimer(self)            # ... and GIVE_WAY_TAIL_MS more, as the task manager's workers do
        self._tail.setSingleShot(True)
        self._tail.setInterval(GIVE_WAY_TAIL_MS)
        self._idle.timeout.connect(self._tail.start)
        self._tail.timeout.connect(self._go_on)
        self._catch_up = QTimer(self)        # the teacher paused: a model behind the marks learns from all of them
        self._catch_up.setSingleShot(True)
        self._catch_up.setInterval(CATCH_UP_MS)
        self._catch_up.timeout.connect(self._catch_up_now)
        self.start_watch = StartWatch(self)  # the fitting child still starting, slowly, while a fit waits: said
        self.start_watch.changed.connect(self.progressChanged)

    # ----- binding ------------------------------------------------------------------------------
    def bind(self, session: GradingSession, store=None, bundles: dict | None = None, damaged=()) -> None:
        """Follow ``session``'s decisions; the grouping waits for :meth:`start`. With its project ``store``
        (:class:`~grader_app.io.project_store.ProjectStore`, restored), each question's learning line goes on from what
        its fits estimated before the project was closed (``fit_history``), and what they estimate is kept there.
        ``bundles`` (question → bundle): the models that score the questions; a question scored by the teacher's own
        model with its marks kept (``ItemInfo.continues``) learns from those marks and the ones given here. ``damaged``:
        the questions without a model because their model's file did not load (``Prepared.damaged``), so said."""
        self.unbind()
        self.damaged = frozenset(damaged)
        self.session, self.store, self.bundles = session, store, dict(bundles or {})
        self._kept = dict(getattr(store, "fit_history", None) or {})
        self.fitter = FitProcess()
        session.listeners.append(Heard(self._on_decision, self._on_decisions))

    def expect(self) -> None:
        """Scoring ended: the grouping is due, started (:meth:`start`) once the results are painted. Until then the
        model is awaited, and learning busy, as while it runs."""
        if self.session is None or self._started:
            return
        self._started = self._due = True
        self.progressChanged.emit()

    def start(self) -> None:
        """Group the bound session's answers on a worker (once)."""
        session = self.session
        if session is None or (self._started and not self._due):
            return
        self._started, self._due = True, False
        self._give_way()   # the results page's first paint after scoring goes first
        learn = {it for it in session.item_keys() if workflow.learns(session, it)}
        # the teacher's own models learning on: their marks limited to their labels only where no scale says more
        own = {it: (b, None if session.items[it].own_scale else tuple(b.labels)) for it in learn
               if session.items[it].continues and (b := self.bundles.get(it)) is not None}
        questions = (session.answers, {it: session.keys_for(it) for it in session.item_keys()}, dict(session.flags))
        global _warmed
        warm = bool(learn) and not _warmed
        if warm:   # once: what lives now (the window, the sheet) stays out of the full passes the imports set off
            _warmed = True
            gc_guard.freeze_with_session()
        self._task = self.tasks.run(group_on_worker, questions, learn, warm, self.fitter, own,
                                    on_done=lambda r, s=session: self._grouped(s, r),
                                    on_error=lambda exc, s=session: self._group_failed(s, exc), name="group answers",
                                    lane=LEARNING)
        self.progressChanged.emit()   # restored marks that can teach: the model is learning (awaited), not missing

    def unbind(self) -> None:
        self._keep_last()
        s = self.session
        if s is not None and (heard := Heard(self._on_decision, self._on_decisions)) in s.listeners:
            s.listeners.remove(heard)
        for t in [self._task, *self._fitting.values()]:
            if t is not None:
                t.cancel()
        self._catch_up.stop()
        if self.fitter is not None:   # the child ends now; a worker waiting for it is cancelled
            self.fitter.close()
            self.fitter = None
        self.start_watch.stop()
        self.session, self.store, self._task, self._started, self._due, self.bundles = None, None, None, False, False, {}
        self._unread, self.damaged = set(), frozenset()
        self.groups, self.typical, self.learners, self.models, self.saved_models = {}, set(), {}, {}, {}
        self._fitting, self._dirty, self._reasons = {}, set(), {}

    @property
    def ready(self) -> bool:
        """The bound session's groups (and learners) are known."""
        return self.session is not None and self._started and self._task is None and not self._due

    @property
    def busy(self) -> bool:
        """Grouping or a fit is running, or decisions wait to be taught (a model behind them, until the teacher pauses)."""
        return self._task is not None or self._due or bool(self._fitting) or self._timer.isActive() or self._catch_up.isActive()

    def _group_failed(self, session: GradingSession, exc: Exception) -> None:
        if session is self.session:
            self._task = None   # nothing is grouping any more: no model is awaited
            self.failed.emit(plain(exc))
            self.progressChanged.emit()

    def _grouped(self, session: GradingSession, result) -> None:
        if session is not self.session:
            return
        self._give_way()
        self._task = None
        found, self.learners, unread = result
        self._unread = set(unread)
        for item, problem in unread.items():   # its model scores it as it is: said once
            self.failed.emit(with_question(self.tr(
                "Question {question} is scored by your model as it is, but your marks here do not teach it: {problem}"),
                question_name(item, session.mapping), problem=plain_after_colon(problem)))
        if self.fitter is not None:
            for learner in self.learners.values():
                learner.assistant.fitter = self.fitter.fit
        self.groups, self.typical = found["groups"], found["typical"]
        for item, learner in self.learners.items():   # the line goes on from the fits before the project was closed
            if item in self._kept:
                learner.assistant.restore_fit_history(self._kept[item])
        self._dirty = set(self.learners)        # decisions restored from the project file teach at once
        self._sync()
        self.progressChanged.emit()   # the grouping ended: no model is awaited from it any more
        self.groupsReady.emit()

    # ----- learning -----------------------------------------------------------------------------
    def _give_way(self) -> None:
        """The GUI thread has work the teacher waits for: the workers and the fitting child pause. Once per turn of the
        event loop: a group's score is a decision per answer (2,000 signals to the child, for one key)."""
        if self.fitter is not None and self._idle.isActive():   # told already; nothing went on since
            return
        self.tasks.give_way()
        if self.fitter is not None:
            self.fitter.give_way()
            self._tail.stop()
            self._idle.start()

    def _go_on(self) -> None:
        if self.fitter is not None:
            self.fitter.go_on()

    def _on_decision(self, key: int, _decision) -> None:
        s = self.session
        if s is None:
            return
        self._give_way()   # the window's reaction to the decision goes before any fit's next step
        if s.answers[key].item in self.learners:
            self._dirty.add(s.answers[key].item)
            self._timer.start()

    def _on_decisions(self, decisions) -> None:
        """The decisions of one step (a group's score): the fits give way once, and their questions follow."""
        s = self.session
        if s is None:
            return
        self._give_way()
        items = {s.answers[k].item for k, _d in decisions} & set(self.learners)
        if items:
            self._dirty |= items
            self._timer.start()

    def threshold_moved(self, change) -> None:
        """The teacher moved a threshold: the questions that learn follow it (their sentences count at it)."""
        moved = set(getattr(change, "items", ())) & set(self.learners)
        if moved and self.session is not None:
            self._dirty |= moved
            self._timer.start()

    def _sync(self) -> None:
        s = self.session
        if s is None:
            return
        dirty, self._dirty = self._dirty, set()
        if dirty:
            self._give_way()   # the screens' sentences follow the decisions
        for item in dirty:
            learner = self._follow(s, item)
            if item not in self._fitting and learner.wants_fit():
                self._fit(item)
        for item in dirty:   # the line as the window says it now (marks taken back drop the estimates made with them)
            self.learners[item].assistant.progress()
            self._keep_history(item)
        if dirty:
            self._plan_catch_up(restart=True)   # each decision starts the pause anew
            self.progressChanged.emit()

    def _plan_catch_up(self, restart: bool = False) -> None:
        """A model behind the marks (fewer made since its fit than ask for one at once: ``wants_fit``) learns from all of
        them once the teacher has paused for :data:`CATCH_UP_MS`; so the model a question ends with is the one its marks
        give, whatever the order of the fits, and the same as when the project is opened again (its decisions then
        come back all at once and teach one fit)."""
        if any(it not in self._fitting and lrn.behind() for it, lrn in self.learners.items()):
            if restart or not self._catch_up.isActive():
                self._catch_up.start()

    def _catch_up_now(self) -> None:
        s = self.session
        if s is None:
            return
        for item in list(self.learners):
            if item not in self._fitting and self._follow(s, item).behind():
                self._fit(item)

    def _follow(self, session: GradingSession, item: str) -> workflow.QuestionLearner:
        """The learner's marks made the session's decisions; where those left can teach no model (marks taken back),
        its model and scores are dropped at once: the answers are the teacher's again (the next fit learns anew)."""
        learner = self.learners[item]
        learner.sync(session)
        taken = self._taken(session, item) if item in self.models and not learner.can_learn() else set()
        change = learner.drop(session)
        if change is not None:
            self.models.pop(item, None)
            self.predictionsChanged.emit(change)
            self._tell_back(session, item, taken)
        return learner

    def _fit(self, item: str) -> None:
        learner, s = self.learners[item], self.session
        self._fitting[item] = self.tasks.run(
            learner.fit_function(), on_done=lambda m: self._fitted(s, item, m),
            on_error=lambda exc: self._fit_failed(s, item, exc), name=f"learn {item}", lane=LEARNING)
        self.start_watch.follow(self.fitter)

    def _fitted(self, session: GradingSession, item: str, model) -> None:
        if session is not self.session:
            return
        self._give_way()
        self._fitting.pop(item, None)
        learner = self._follow(session, item)   # decisions made while it fitted: the model learned without them
        if not learner.can_learn():   # ... or from marks since taken back, all but one score
            self.progressChanged.emit()
            return
        taken = self._taken(session, item)
        change = learner.use(session, model)
        self.models[item] = model
        self._tell_back(session, item, taken)
        learner.assistant.progress()   # the fit's estimate noted (the window asks for it next anyway) ...
        self._keep_history(item)       # ... and kept in the project file
        self.predictionsChanged.emit(change)
        if learner.wants_fit():
            self._fit(item)
        else:
            self._plan_catch_up()
        self.progressChanged.emit()

    @staticmethod
    def _taken(session: GradingSession, item: str) -> set[int]:
        """The answers to ``item`` its model takes now (accepted without the teacher)."""
        return {k for k in session.keys_for(item) if session.status(k) == AUTO}

    def _tell_back(self, session: GradingSession, item: str, taken: set[int]) -> None:
        """Answers the model had taken (``taken``) that went back to the teacher, the model refitted or dropped: the
        safe way (a model that can no longer vouch for them must not keep them), but never silent, for the headline
        and the counts change under the teacher's eyes (QA: 5 answers taken went back to "needs review" unsaid)."""
        back = sum(1 for k in taken if k not in session.decisions and session.status(k) != AUTO)
        if not back:
            return
        still = bool(self._taken(session, item))
        text = (self.tr("The model for question {question} now takes fewer answers: %n answers it had taken are back "
                        "with you.", "", back) if still else
                self.tr("The model for question {question} no longer takes answers: %n answers it had taken are back "
                        "with you.", "", back))
        self.notice.emit(with_question(text, question_name(item, session.mapping)))

    def _fit_failed(self, session: GradingSession, item: str, exc: Exception) -> None:
        if session is self.session:
            self._fitting.pop(item, None)
            self.failed.emit(with_question(self.tr("The model for question {question} could not learn from your marks: "
                                                   "{problem}"), question_name(item, session.mapping),
                                           problem=plain_after_colon(exc)))
            self.progressChanged.emit()   # no model is awaited from that fit any more

    def _keep_last(self) -> None:
        """The sheet is closing: decisions its line has not followed yet (an undo just now, before :meth:`_sync` ran)
        are followed, and each question's fit history is kept as the line would say it (no fit: one running ends), so
        the line reads after the project is opened again as it would have here once the model caught up."""
        s = self.session
        if s is None or not self.ready:
            return
        for item, learner in self.learners.items():
            learner.sync(s)
            if learner.can_learn():   # (else its model is dropped, and its estimates with it)
                learner.assistant.progress()
            self._keep_history(item)

    def _keep_history(self, item: str) -> None:
        """Queue ``item``'s fit history to the project file where it changed (returns at once; never read-only)."""
        store, learner = self.store, self.learners.get(item)
        if store is None or learner is None or getattr(store, "read_only", True):
            return
        data = learner.assistant.fit_history()
        if self._kept.get(item) != data and (data["fits"] or item in self._kept):
            self._kept[item] = data
            try:
                store.save_fit_history(item, data)
            except ProjectError:   # closed meanwhile (the sheet is being closed): the line starts afresh next time
                pass
