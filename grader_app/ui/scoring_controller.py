"""Scoring and saving one open session: start, cancel, progress, and the project file's background writes.

The scoring worker runs :func:`grader_app.workflow.score`, which only reads the session and yields
each batch's (answer keys, probabilities); the batches arrive here on the GUI thread, are applied
with :func:`grader_app.workflow.apply_batch`, and what changed goes out as one coalesced
``predictionsChanged`` (a :class:`~grader_app.core.session.Change`) with ``progressed`` at most
every 100 ms. Once the final figures are on screen the scores are saved in the project file on a
worker, from a snapshot of the session taken as the save is handed over (the GUI thread goes on changing the session
meanwhile: a learned model arriving); a threshold the teacher chose is queued to the store's writer at once (the
slider let go, a key, a typed value committed), one still being dragged or typed once it rests for 300 ms, and at close,
queued on the GUI thread behind every change made before them. A save of the scores the project file refused (a full disk)
is said once (``saveFailed``) and tried again, one save at a time, once the store's writer writes again after it (room
came back: ``on_saved``), a retry refused again only after ever more decisions (:data:`BACKOFF_MOST`), in time while
anything is refused (:mod:`.held_retry`), and always when the project is closed; once they are in after all,
``savedAfterAll`` says so (and which failure it resolves). The project store writes decisions, comments and thresholds
on its own writer thread; what its writer says (a write that failed, what it held written after all, a file that had
gone written again) reaches this controller through the store's ``on_error`` and ``on_saved`` and queued signals, and
:mod:`.writer_news` tells it once on the GUI thread, through ``writeFailed`` (the review screen), ``saveFailed`` (the
status bar and the notes), ``writtenAfterAll``, ``savedAfterAll`` (whole, in the place of the failures it resolves)
and ``savedInBrief`` (the status bar's few words for the scores or for what one commit wrote, whose whole sentences are
cut on the bar at 16 pt).

:meth:`release` lets go of the session without blocking: scoring is cancelled, and when the worker
has reported, what is unsaved is saved and the project file closed on a worker; ``released``
follows. :meth:`release_now` is for quitting, once the task manager's workers have stopped.
"""
from __future__ import annotations

import threading
import time
import weakref
from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from .. import workflow
from ..core.flags import BLANK
from ..core.session import Change, GradingSession
from ..core.session_records import Heard
from ..io.project_store import ProjectError, ProjectStore
from ..scoring.model import CancelToken
from .held_retry import HeldRetry
from .i18n import number
from .messages import plain, plain_after_colon
from .project_job import ProjectJob
from .project_readback_words import model_changed_notes
from .saved_after_all_words import scores_saved, scores_saved_in_brief
from .tasks import Task, TaskManager
from .writer_news import WriterNews

score = workflow.score   # looked up at each start, so tests may slow it down

DONE, CANCELLED, FAILED = "done", "cancelled", "failed"
# After a retry of the scores is refused again, the next waits for the writer to write again AND for 2, 4, 8, ... (at
# most BACKOFF_MOST) decisions made since. On a nearly full disk a decision's small write fits where the scores (every
# row in one transaction) do not, so the writer's news came after each decision and each set off a whole save, refused
# again, with the decisions queued behind it waiting. A teacher who stops deciding still gets a retry: the HeldRetry
# timer tries again after a wait that grows (held_retry). Not free space (shutil.disk_usage): what the scores need is
# not known ahead (SQLite's journal), a quota or another program's writes make the figure say nothing, and on a
# network folder the call may keep the GUI thread waiting. Closing and quitting try again regardless.
BACKOFF_MOST = 32
class ScoringController(QObject):
    started = Signal()
    stopping = Signal()                   # Cancel was asked for; the worker stops at its next batch
    progressed = Signal(int, int)         # answers scored, of how many (at most every 100 ms)
    predictionsChanged = Signal(object)   # a Change: answers that got their model's row
    finished = Signal(str, str)           # DONE / CANCELLED / FAILED, and what to tell (for FAILED: why)
    saveFailed = Signal(str, int, object)   # a sentence (the project file refused the scores or held changes), ms to
                                          # show it, and the failures said before that it takes the place of (a tuple)
    savedInBrief = Signal(str, int, str)  # the status bar's few words for news said whole by savedAfterAll (the held
                                          # changes one commit wrote, the scores, a file written again), ms, and the
                                          # whole news for the bar's tooltip
    warnedInBrief = Signal(str, int, str)  # the status bar's few words for a warning (held changes while the file is
                                          # gone), ms, and the whole warnings for the bar's tooltip
    modelChanged = Signal(str, int)       # once scored again: a question's model changed since the project's rows, ms
    released = Signal(object)             # after release(): the project is closed; "" or why it was not all saved (a problem)
    writeFailed = Signal(object)          # the store's writer could not write a change (a ProjectError; GUI thread)
    writtenAfterAll = Signal()            # what a failed write left unsaved is written now (GUI thread)
    savedAfterAll = Signal(str, int, object)   # the scores or held changes the project file had refused are in it after
                                          # all, or the file that had gone is written again: a sentence, ms, and the
                                          # failures said before (no longer true: a tuple)
    _heard = Signal(object)               # (store, error), emitted on the store's writer thread
    _saved = Signal(object)               # the store, emitted on its writer thread once what it held is written

    def __init__(self, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.session: GradingSession | None = None
        self.store: ProjectStore | None = None
        self.bundles: dict = {}
        self.task: Task | None = None
        self.save_pending = False            # scores not yet in the project file
        self._refused = False                # their save failed: tried again once the store writes again, and at close
        self._told = ""                      # what the teacher was told when it failed (told once they are saved)
        self.writer_news = WriterNews(self)   # what the store's writer says, told once (held, written after all, gone)
        self._again = False                  # the store wrote again while a save was in flight
        self._room = False                   # the store wrote again since the last refusal
        self._wait = 0                       # decisions to wait for after the last refusal (see BACKOFF_MOST)
        self._decided = 0                    # decisions made since the last refusal
        self._heard_decisions = Heard(self._decision, lambda _decisions: self._decision(-1, None))
        self._jobs: list[ProjectJob] = []          # handed to a worker, not reported yet
        self._saving: ProjectJob | None = None     # the scores' save in flight
        self._release_wanted = False
        self._last = None
        self._pending = Change()
        self._started_at = 0.0
        self._thresholds_moved = False       # a threshold waits to be saved
        self._progress_timer = self._timer(100, self._show_progress)
        self._save_timer = self._timer(250, self._save)   # after the repaint that shows the figures
        self._threshold_timer = self._timer(300, self.save_thresholds)
        self.retrying = HeldRetry(self._holding, self._try_held, self)   # in time too, not only as decisions come
        self._trying: threading.Event | None = None   # the writer's last try (try_again): set once it is done
        self._heard.connect(self._write_failed, Qt.ConnectionType.QueuedConnection)   # to the GUI thread
        self._saved.connect(self._written_after_all, Qt.ConnectionType.QueuedConnection)

    def _timer(self, ms: int, slot) -> QTimer:
        t = QTimer(self)
        t.setSingleShot(True)
        t.setInterval(ms)
        t.timeout.connect(slot)
        return t

    # ----- binding ------------------------------------------------------------------------------
    def bind(self, session: GradingSession, bundles: dict, store: ProjectStore | None) -> None:
        self._let_go_of(self.session)   # one bound at a time
        self.session, self.bundles, self.store = session, dict(bundles), store
        self.save_pending = self._thresholds_moved = False
        session.listeners.append(self._heard_decisions)   # a group's decisions count once, as they are one write
        if store is not None:   # called on the store's writer thread; only queues a signal, never waits
            # the store by a weak reference: its writer outlives it (the store's finalizer holds it), and with the store
            # it would keep a closed sheet's project (its undo steps, its decisions) until the app ends
            ref = weakref.ref(store)
            store.on_error = lambda error: self._heard.emit((ref, error))
            store.on_saved = lambda: self._saved.emit(ref)

    def _written_after_all(self, ref: weakref.ref[ProjectStore]) -> None:
        """The store's writer wrote again after a failed write (GUI thread): the changes it held are in, said so for
        each kind whose failure was said (not if it was heard only once they were written); the scores it refused may
        go in now."""
        store = ref()
        if store is not None and store is self.store:
            self.writtenAfterAll.emit()
            self.writer_news.written_after_all(store)
            if self._saving is not None:   # its failure may not have reached here yet: tried again once it has
                self._again = True
            else:
                self._room = True
                self._retry()
            self.retrying.update()

    def _holding(self) -> bool:
        """The project file refused something not written yet: the scores, or changes its writer holds."""
        return self._refused or (self.store is not None and self.store.holding)

    def _try_held(self) -> None:
        """It is time to try again (:class:`.held_retry.HeldRetry`, GUI thread): the writer tries what it holds on its
        thread (not while its last try waits there), and the refused scores go to a worker (one save at a time)."""
        store = self.store
        if store is not None and store.holding and not self._release_wanted and (self._trying is None
                                                                                 or self._trying.is_set()):
            self._trying = store.try_again()
        if self._refused:
            self._save()

    def _decision(self, _key: int, _decision) -> None:
        """A decision was made (the session's listener, GUI thread): one more towards the next retry."""
        if self._refused:
            self._decided += 1
            self._retry()

    def _retry(self) -> None:
        """Try the refused scores again if the store wrote since and enough decisions were made (BACKOFF_MOST)."""
        if self._refused and self._room and self._decided >= self._wait:
            self._save()

    def _forget_refusal(self) -> None:
        self._refused = self._again = self._room = False
        self._told, self._wait, self._decided = "", 0, 0

    def _write_failed(self, heard) -> None:
        """A background write of the project file failed, or the file that had gone was written again (GUI thread):
        :mod:`.writer_news` says so."""
        ref, error = heard
        self.writer_news.write_failed(ref(), error)

    @property
    def questions(self) -> frozenset[str]:
        """The questions a model scores (their answers without a score are being scored while :attr:`busy`)."""
        return frozenset(item for item, bundle in self.bundles.items() if bundle is not None)

    @property
    def busy(self) -> bool:
        """A scoring worker is running."""
        return self.task is not None

    # ----- scoring ------------------------------------------------------------------------------
    def start(self) -> None:
        s = self.session
        if s is None or self.task is not None or self._release_wanted:
            return
        token = CancelToken()
        self._started_at = time.perf_counter()
        self.task = self.tasks.run_generator(
            partial(score, cancel=token), s, self.bundles, cancel=token, on_yield=self._batch,
            on_done=lambda _r: self._ended(DONE), on_cancel=lambda: self._ended(CANCELLED),
            on_error=lambda exc: self._ended(FAILED, exc), name="score")
        self.started.emit()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.stopping.emit()

    def _batch(self, batch) -> None:
        """A batch landed (GUI thread): apply it now, show it within 100 ms (coalesced)."""
        if self.session is None or self.task is None:
            return
        self._pending = self._pending | workflow.apply_batch(self.session, batch)
        self._last = batch
        if not self._progress_timer.isActive():
            self._progress_timer.start()

    def _show_progress(self) -> None:
        b = self._last
        if b is None or self.task is None:
            return
        self.progressed.emit(b.done, b.total)
        self._emit_changes()

    def _emit_changes(self) -> None:
        change, self._pending = self._pending, Change()
        if change:
            self.predictionsChanged.emit(change)

    def _ended(self, how: str, exc: Exception | None = None) -> None:
        self.task = None
        self._progress_timer.stop()
        self._last = None
        s = self.session
        if s is None:
            self.finished.emit(how, "")
            return
        self._emit_changes()
        secs = time.perf_counter() - self._started_at
        n = len(s.predictions)
        if how == DONE:
            # as the columns dialog's button counts them ("Score 87 answers"): a blank answer is flagged for the
            # teacher, not scored; the status said "Scored 90 answers" for that button's 87 (3 blank)
            blank = sum(BLANK in s.flags.get(k, ()) for k in s.predictions)
            text = self.tr("Scored %n answers in {seconds} s", "", n - blank).format(seconds=number(secs, 1))
            if blank:
                text += self.tr("; %n blank answers are left for you to decide", "", blank)
        elif how == CANCELLED:
            text = self.tr("Scoring stopped: {scored} of %n answers have a score; the rest are yours to score.", "",
                           len(s.answers)).format(scored=n)
        else:
            text = plain(exc)
        # The scores go to the project file once the final figures are on screen (figures_shown): saving
        # is Python work on a worker that would otherwise compete for the GIL with the last repaint.
        self.save_pending = self.store is not None and bool(s.predictions)
        changed = self._models_changed(s) if how == DONE else []
        if self._release_wanted:
            self._close()
        self.finished.emit(how, text)
        for note in changed:
            self.modelChanged.emit(note, 20000)

    def _models_changed(self, session: GradingSession) -> list[str]:
        """Once the answers are scored again, what to say (once) of the questions whose stored rows another model made
        than the one scoring them (the project's ``model_changes``: :mod:`grader_app.io.project_predictions`)."""
        store = self.store
        if store is None or not store.model_changes:
            return []
        changes, store.model_changes = store.model_changes, []
        return model_changed_notes(session, changes)

    # ----- saving -------------------------------------------------------------------------------
    def figures_shown(self) -> None:
        """The final figures are on screen: now the scores may be saved."""
        if self.save_pending and self.task is None and not self._release_wanted:
            self._save_timer.start()

    def _save(self) -> None:
        if not ((self.save_pending or self._refused) and self.task is None and self.store is not None
                and self.session is not None):
            return
        if self._release_wanted or self._saving is not None:
            return
        self.save_pending = False
        # the scores as they are now (a few ms): the worker writes one state while the GUI thread goes on changing the
        # session (a learned model arriving took a question's rows while the live session was read)
        self._saving = ProjectJob(self.store, self.session.snapshot(), save=True, close=False)
        self._hand_over(self._saving, "save predictions")

    def _scores_saved(self, name: str, told: str) -> None:
        """The scores refused, said by ``told``, are in the project file ``name`` after all: whole in the notes, and in a
        few words on the bar (the whole is cut there at 16 pt), the whole its tooltip."""
        self.savedAfterAll.emit(scores_saved(name), 20000, (told,))
        self.savedInBrief.emit(scores_saved_in_brief(), 20000, scores_saved(name))

    def _hand_over(self, job: ProjectJob, name: str) -> None:
        self._jobs.append(job)
        self.tasks.run(job, on_done=lambda problem, j=job: self._job_done(j, problem),
                       on_error=lambda exc, j=job: self._job_done(j, exc),
                       on_cancel=lambda j=job: self._job_done(j, None), name=name)

    def _job_done(self, job: ProjectJob, problem: BaseException | None) -> None:
        if job not in self._jobs:   # release_now did it already
            return
        self._jobs.remove(job)
        if problem is None and not job.done:   # its task was cancelled before it ran
            problem = job()
        if job.close:
            if job.saved and job.told:
                self._scores_saved(job.store.path.name, job.told)
            self.released.emit(problem or "")
            return
        if job is self._saving:
            self._saving = None
        again, self._again = self._again and bool(problem), False
        if problem:
            if self._refused:   # a retry refused again: the next waits for more decisions
                self._wait = min(max(2, 2 * self._wait), BACKOFF_MOST)
            self._refused, self._room, self._decided = True, again, 0   # written since: the disk may take it now
            if not self._told:   # said once: tried again, it is not said again
                self._told = self.tr("The scores could not be saved in the project file: {problem}").format(
                    problem=plain_after_colon(problem))
                self.saveFailed.emit(self._told, 15000, ())
        elif job.saved:
            told = self._told
            self._forget_refusal()
            if told:
                self._scores_saved(job.store.path.name, told)
        self.retrying.update()
        if self._release_wanted and self.task is None:
            self._close()
        else:
            self._retry()

    def thresholds_changed(self, _change: Change | None = None) -> None:
        """A threshold set by a gesture still going on (the slider dragged, a value typed): saved once it rests, so
        the writer does not commit every pixel of a drag (each save is a synced write); at close if it is sooner."""
        self._thresholds_moved = True
        self._threshold_timer.start()

    def threshold_chosen(self) -> None:
        """The teacher chose a threshold (the gesture ended): queued to the store's writer now, so it is on disk a few
        milliseconds later, not lost to a crash or a kill in the wait for the slider to rest."""
        self._thresholds_moved = True
        self.save_thresholds()

    def save_thresholds(self) -> None:
        self._threshold_timer.stop()
        moved, self._thresholds_moved = self._thresholds_moved, False
        if self.store is None or self.session is None or not moved:
            return
        try:   # queued to the store's writer thread: the GUI thread never waits for the disk
            if self.session.thresholds:
                self.store.save_thresholds(dict(self.session.thresholds), wait=False)
        except Exception as exc:  # a locked or vanished project file must not lose the session
            self.saveFailed.emit(self.tr("The threshold could not be saved: {problem}").format(
                problem=plain_after_colon(exc)), 10000, ())

    # ----- letting go ------------------------------------------------------------------------------
    def release(self) -> None:
        """Let go of the session without blocking; ``released`` follows once its project is closed."""
        if self.session is None and self.store is None:
            self.released.emit("")
            return
        self._threshold_timer.stop()   # a threshold not saved yet is queued with the close (_close)
        self._save_timer.stop()
        self._release_wanted = True
        if self.task is not None:
            self.task.cancel()      # continues in _ended, on the GUI thread
        elif self._saving is None:
            self._close()           # else once the save in flight reports

    def _close(self) -> None:
        # a threshold not saved yet is queued here, on the GUI thread, behind every change queued before it: written by
        # the close's worker as a write it waits for, it went in before earlier changes the disk had refused and
        # held, which were then written after it, at the close (the file kept an earlier threshold)
        self.save_thresholds()
        store, session, told = self.store, self.session, self._told
        save = self.save_pending or self._refused   # a save the disk refused is tried once more
        self._let_go_of(session)
        self.bundles = {}
        self.save_pending = self._thresholds_moved = self._release_wanted = False
        if store is None:
            self.released.emit("")
        else:
            saved = session.snapshot() if save and session is not None else session   # as for a save (_save)
            self._hand_over(ProjectJob(store, saved, save=save, close=True, told=told), "close project")

    def _let_go_of(self, session: GradingSession | None) -> None:
        """No session, no store, no refusal kept (what was refused goes with the close, which tries it again)."""
        if session is not None and self._heard_decisions in session.listeners:
            session.listeners.remove(self._heard_decisions)
        self.session = self.store = None
        self._forget_refusal()
        self.writer_news.forget()
        self.retrying.update()   # nothing held any more: no try (the close tries what is left)

    def release_now(self) -> ProjectError | None:
        """At quit, once the task manager's workers have stopped: whatever is left, done here; None or what
        could not be saved (a problem: :func:`~grader_app.ui.messages.plain` says it)."""
        self._progress_timer.stop()
        self._save_timer.stop()
        self.save_thresholds()
        self.task = None
        if self.store is not None:
            self._jobs.append(ProjectJob(self.store, self.session, save=self.save_pending or self._refused, close=True))
        self._let_go_of(self.session)
        self.save_pending = self._release_wanted = False
        problem = None
        for job in self._jobs:
            problem = job() or problem
        self._jobs = []
        self._saving = None
        return problem
