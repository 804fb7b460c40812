"""The main window: builds the pages (a QStackedWidget: start screen → results → review screen) and
wires their signals; the decisions live in core, io and :mod:`grader_app.workflow`. The window owns the
task manager, one undo stack per session (:mod:`.undo_steps`, kept in the project file) and the open session with
its project store. Opening a sheet is :class:`.sheet_opener.SheetOpener`'s job, scoring and the project file's background writes
:class:`.scoring_controller.ScoringController`'s, the groups of answers and the models that learn from
the teacher's marks :class:`.learning_controller.LearningController`'s, the library's actions
:class:`.model_actions.ModelActions`', blind marking :class:`.blind.BlindMarking`'s, the review screen's page
:class:`.review_page.ReviewPage`'s, closing during an export :class:`.export_close.CloseAfterExport`'s, closing with
decisions the project file could not take :class:`.close_unsaved.CloseWithUnsaved`'s; what becomes of the session
between the pages (a sheet opened after the last one is closed, its session bound to every page, closed, quitting):
:class:`.sheet_life.SheetLife`; the model library, read on a worker once the window is painted, and the work that waits
for it: :class:`.library_loading.LibraryLoading`; menus: :mod:`.menus`; the title and status words: :mod:`.window_words`.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QStackedWidget

from .. import workflow
from ..bundles.library import Library
from ..core.session import GradingSession
from . import export_fit, focus_in_view, menus
from .about import AboutDialog
from .after_paint import PAINT_CAP_MS, after_results_painted
from .bar_counts import BarCounts
from .blind import BlindMarking
from .close_unsaved import CloseWithUnsaved
from .columns_again import ColumnsAgain
from .drop_zone import BUNDLE, PROJECT, classify, dropped_paths
from .export_close import CloseAfterExport
from .learning_controller import LearningController
from .library_loading import LibraryLoading, unread_library
from .own_marks_offer import OwnMarksOffer
from .menus import RESULTS, REVIEW, START
from .messages import plain
from .model_actions import BUNDLE_FILTER, SHEET_FILTER, ModelActions, sheet_filter
from .results_room import ResultsPage
from .results_view import ResultsView
from .review_page import ReviewPage
from .scoring_controller import FAILED, ScoringController
from .scoring_strip import ScoringStrip
from .settings import Settings
from .sheet_life import SheetLife
from .sheet_notices import SheetNotices
from .sheet_opener import SheetOpener
from .start_screen import BUSY, ERROR, StartScreen
from .message_bar import MessageBar
from .status_news import StatusNews
from .sheet_watch import SheetWatch
from .tasks import TaskManager
from .undo_steps import UndoSteps
from .weak_slots import weak_slot
from .window_words import saved_sentence, scoring_note, settings_refused_sentence, status_counts, window_title

if TYPE_CHECKING:   # both are built on first use
    from ..io.project_store import ProjectStore
    from .export_dialog import ExportDialog
    from .review_view import ReviewView

__all__ = ["BUNDLE_FILTER", "MainWindow", "RESULTS", "REVIEW", "SHEET_FILTER", "START", "plain"]


class MainWindow(QMainWindow):
    sessionReady = Signal()      # a session is set up (restored or new) and shown
    scoringFinished = Signal()   # scoring ended (finished, cancelled or failed)
    sheetClosed = Signal()       # a closed sheet's project file is saved and closed (its lock released)

    def __init__(self, library: Library | None = None, settings: Settings | None = None,
                 tasks: TaskManager | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Grader"))
        self.library = library if library is not None else unread_library()   # read on a worker (library_loading)
        self.settings = settings or Settings()
        self.tasks = tasks or TaskManager(self)
        self.session: GradingSession | None = None
        self.sheet_path: Path | None = None
        self.store: ProjectStore | None = None
        self.undo_stack: UndoSteps | None = None
        self.review_view: ReviewView | None = None
        self.export_dialog: ExportDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.last_error = ""
        self.sheet_life = SheetLife(self)   # opening, binding and closing the sheet
        self.scoring = ScoringController(self.tasks, self)
        self.opener = SheetOpener(self.tasks, self)
        self.learning = LearningController(self.tasks, self)
        self.own_marks = OwnMarksOffer(self)   # a sheet her own model was made from: her marks offered as decisions
        self.models = ModelActions(self)
        self.close_guard = CloseAfterExport(self)   # closing while an export is being saved waits for it
        self.unsaved_close = CloseWithUnsaved(self)  # closing with unsaved decisions saves them again, or asks
        self.sheet_watch = SheetWatch(self)   # the open sheet deleted or moved: said, and closing then asks first
        focus_in_view.install()   # a control Tab or Alt+letter lands on is scrolled into view, in every window

        # --- pages --------------------------------------------------------------------------------
        self.start = StartScreen()
        self.results = ResultsView()
        self.results.set_tasks(self.tasks)
        self.strip = ScoringStrip()
        self.notices = SheetNotices()   # the warnings about the opened sheet, whole, until the teacher closes them
        results_page = ResultsPage(self.strip, self.notices, self.results)   # their lines fold on a short page
        self.review_page = ReviewPage(self)   # the review screen, built on first use
        self.pages = QStackedWidget()
        for page in (self.start, results_page, self.review_page):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.setStatusBar(MessageBar(self))   # a message too long for it is cut with "…", whole in its tooltip
        self.status_label = BarCounts("")   # they give way to news said in a few words (message_bar)
        self.statusBar().addPermanentWidget(self.status_label)
        # "Opened …", "Scored …": gone at the next decision; a failure is also kept whole above the results
        self.news = StatusNews(self.statusBar(), keep=self.notices.add_problem, inform=self.notices.add_info)

        # --- wiring ---------------------------------------------------------------------------------
        self.start.openRequested.connect(self.open_path)
        self.start.openDialogRequested.connect(self.choose_sheet)
        self.start.installRequested.connect(self.models.install)
        self.start.addModelDialogRequested.connect(self.models.choose_bundle)
        self.start.learnRequested.connect(self.models.choose_marked_sheet)
        self.start.library.removeRequested.connect(self.models.ask_remove)
        self.start.library.removeFileRequested.connect(self.models.ask_remove_file)
        self.results.reviewRequested.connect(self.show_review)
        self.notices.closed.connect(self.results.focus_table)
        self.results.exportRequested.connect(self.show_export)
        self.results.threshold.thresholdMoving.connect(self.scoring.thresholds_changed)   # on disk once it rests
        self.results.threshold.thresholdChosen.connect(self.scoring.threshold_chosen)    # on disk now
        self.results.figuresShown.connect(self.scoring.figures_shown)
        self.results.figuresShown.connect(self._update_title)
        self.strip.cancelRequested.connect(self.scoring.cancel)
        sc = self.scoring
        sc.started.connect(self.strip.show_started)
        sc.started.connect(weak_slot(self._scoring_started))
        sc.stopping.connect(self.strip.show_stopping)
        sc.progressed.connect(self.strip.show_progress)
        sc.predictionsChanged.connect(self.results.predictions_changed)
        sc.finished.connect(self._scoring_ended)
        sc.saveFailed.connect(self.news.fail)
        sc.writeFailed.connect(weak_slot(self._update_title))   # "· 6 not saved"
        sc.writtenAfterAll.connect(self._update_title)                   # "· saved"
        sc.savedAfterAll.connect(self.news.notify)   # what the disk refused saved after all, a gone file written again
        for brief in (sc.savedInBrief, sc.warnedInBrief):   # in a few words on the bar, the whole its tooltip (and notes)
            brief.connect(self.news.warn)
        sc.modelChanged.connect(self.news.fail)   # kept whole above the results, as a warning is
        sc.released.connect(self.sheet_life.released)
        lc = self.learning
        lc.predictionsChanged.connect(self.results.model_learned)
        lc.progressChanged.connect(self._learning_changed)
        self.results.thresholdChanged.connect(lc.threshold_moved)   # the learning sentences count at the new threshold
        lc.failed.connect(weak_slot(self.news.fail, 15000, takes=1))
        lc.notice.connect(weak_slot(self.news.notify, 15000, takes=1))   # answers the model had taken are back
        self.scoringFinished.connect(lc.expect)   # the model awaited at once; its grouping started with the two below:
        # it would only compete with scoring for the processor, and all three with the results' first paint
        self.scoringFinished.connect(weak_slot(self._after_scoring))
        op = self.opener
        op.sheetOpened.connect(self._sheet_opened)
        op.asking.connect(self._asking)
        op.status.connect(self.statusBar().showMessage)
        op.prepared.connect(self.sheet_life.session_prepared)
        op.failed.connect(self._open_failed)
        self.sheetClosed.connect(op.let_go)   # the columns dialog the closed sheet was opened with, and the sheet in it
        self.columns_again = ColumnsAgain(self)   # File ▸ Choose columns…
        # weakly: the pages, removed as a window let go of is freed, would call it there ("Slot not found" errors)
        self.pages.currentChanged.connect(weak_slot(self._page_changed, takes=1))

        self.setAcceptDrops(True)
        self.blind = BlindMarking(self)   # names shown or hidden on every page; its switch is in the View menu
        menus.build_menus(self)
        self.library_loading = LibraryLoading(self, ready=library is not None)   # what needs it waits for it
        self.start.set_tasks(self.tasks)   # the recent sheets are looked for on a worker (a share may not answer)
        self.start.refused.connect(self._drop_refused)
        self.start.set_recent(self.settings.recent_sheets())
        if self.settings.refused:   # a settings file not read (too large, no answer): the usual settings, said
            self.start.show_message(settings_refused_sentence(self.settings), ERROR)
        elif self.settings.unkept:   # Grader works, but what the teacher sets now is gone when it closes: said once
            self.start.show_message(self.tr("Grader cannot save its settings in {folder}, so the recent sheets, the "
                                            "language and the window size are forgotten when it closes.").format(
                                                folder=self.settings.unkept), ERROR)
        fm = self.fontMetrics()
        self.resize(fm.horizontalAdvance("M") * 95, fm.height() * 45)
        geo = self.settings.window_geometry()
        if geo is not None:
            self.restoreGeometry(geo)
        self._page_changed(START)

    @property
    def mapping_dialog(self):
        """The columns dialog of the sheet being opened (None when the project knew the columns)."""
        return self.opener.mapping_dialog

    # ----- drops anywhere on the window ---------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        event.acceptProposedAction() if dropped_paths(event.mimeData()) else event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = dropped_paths(event.mimeData())
        if not paths:
            return event.ignore()
        event.acceptProposedAction()
        self.start.handle_paths(paths)   # a refusal arrives through start.refused (folders are told on a worker)

    def _drop_refused(self, text: str) -> None:
        """A refused drop is said by the start screen; on another page, in the status bar and above the results."""
        if self.pages.currentIndex() != START:
            self.news.fail(text, 10000)

    # ----- pages ------------------------------------------------------------------------------------
    def _page_changed(self, index: int) -> None:
        menus.enable(self, self.session is not None, index)

    def show_page(self, index: int) -> None:
        if index != START and self.session is None:
            return
        self.pages.setCurrentIndex(index)
        if index == RESULTS:
            self.results.decisions_changed()
            self.results.focus_table()
        elif index == START:
            self.start.set_recent(self.settings.recent_sheets())

    # ----- opening a sheet ----------------------------------------------------------------------------
    def choose_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a sheet of answers"), "", sheet_filter())
        if path:
            self.open_sheet(Path(path))

    def open_path(self, path) -> None:
        """Open what the teacher double-clicked, dropped or named: a sheet, a project or a model."""
        path = Path(path)
        kind = classify(path)
        if kind == BUNDLE:
            self.models.install(path)
        elif kind == PROJECT:
            self.start.show_message(self.tr("Opening “{name}”…").format(name=path.name), BUSY)
            self.tasks.run(workflow.project_sheet, path, on_done=lambda found: self.open_sheet(found.sheet, found),
                           on_error=lambda exc: self._open_failed(path, plain(exc)), name="open project")
        else:
            self.open_sheet(path)

    def open_sheet(self, path, project: workflow.ProjectSheet | None = None, ask: bool = False,
                   worksheet: str | None = None) -> None:
        """Read the sheet off the GUI thread, then restore its project (``project``: the project file the teacher
        opened, which is the one written) or ask about its columns (always, with ``ask``); ``worksheet``: that one of
        a workbook's, with its own project if the workbook's is another worksheet's (else the project's, or the
        guess's)."""
        # once the models are read (library_loading), after the last sheet is closed (sheet_life)
        self.library_loading.after(self.sheet_life.open_sheet, path, project, ask, worksheet)

    def choose_columns(self) -> None:
        """File ▸ Choose columns…: the open sheet opened again, its columns asked with the project's choices (a column
        of student ids added since, say); its decisions go with the columns chosen (:mod:`.columns_again`)."""
        self.columns_again.ask()   # Cancel there keeps the columns as they were: the sheet comes back as it was

    def _sheet_opened(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.start.set_recent(self.settings.recent_sheets())

    def _asking(self) -> None:
        self.start.clear_message()
        self.statusBar().clearMessage()

    def _open_failed(self, path: Path, sentence: str) -> None:
        self.last_error = sentence
        self.start.show_message(sentence, ERROR)
        self.news.warn(self.tr("Could not open {name}").format(name=path.name), 5000)
        self.show_page(START)

    # ----- scoring ---------------------------------------------------------------------------------
    def _scoring_started(self) -> None:
        self.results.set_scoring(True, self.scoring.questions)

    def _after_scoring(self) -> None:
        results = self.results

        def shown() -> bool:   # the figures (worked out on a worker) painted too
            return not results.figures_pending()
        after_results_painted(results, weak_slot(self._start_after_scoring, self.session), PAINT_CAP_MS, shown)

    def _start_after_scoring(self, session: GradingSession | None) -> None:
        if session is None or session is not self.session:   # closed (or another sheet opened) before the paint
            return
        self.learning.start()   # the learning grouping
        export_fit.ahead(self.tasks, self.session)   # the export's LMS counts
        self.review_page.warm()   # its modules imported on a worker, not as it first opens

    def _scoring_ended(self, how: str, sentence: str) -> None:
        self.results.set_scoring(False)
        self.strip.show_ended()
        if self.session is not None and sentence:
            if how == FAILED:
                self.last_error = sentence
            show = self.news.fail if how == FAILED else self.news.show   # a failure is no news
            show(*scoring_note(how, sentence))
        self.scoringFinished.emit()

    # ----- decisions and review ---------------------------------------------------------------------
    def _on_decision(self, _key: int, _decision) -> None:
        self.news.decided()
        self.results.schedule_refresh()
        self._update_title()

    def _learning_changed(self) -> None:
        self.results.set_learning(self.learning.sentences(), self.learning.left_out_tips())
        self.results.set_awaited(self.learning.awaited())
        if self.export_dialog is not None and self.export_dialog.isVisible():
            self.export_dialog.refresh_summary()   # the scores a learning model was about to give are in (or not)
        menus.enable(self, self.session is not None, self.pages.currentIndex())

    def show_review(self, keys: list, start_key=None) -> None:
        if self.session is None or not keys:
            return
        view = self.review_page.open(keys, start_key)
        self.pages.setCurrentIndex(REVIEW)
        self._page_changed(REVIEW)
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo(self) -> None:
        self._step(True)

    def redo(self) -> None:
        self._step(False)

    def _step(self, undo: bool) -> None:
        """Edit ▸ Undo or Redo: on the review screen its own (which says what it did), else the stack's, whose news is
        said in the status bar (what it undid, or that there was nothing to undo: a teacher at the table, or who hears
        the screen, is not left to guess what Ctrl+Z changed); a step refused (stale since it was made:
        :mod:`.undo_steps`) is said there as a warning. At the table the row the step changed is chosen and scrolled
        into view; the filter and search stay as the teacher set them (a jump to "All answers" would lose their place
        in the list they chose), and where they hide the row the news says so."""
        said, refused = "", False
        keys: list[int] = []   # the answers the stack's step changed
        if self.pages.currentIndex() == REVIEW and self.review_view is not None:
            self.review_view.undo() if undo else self.review_view.redo()
        elif self.undo_stack is not None:
            said, refused, keys = self.undo_stack.step_said(undo)
        self.results.decisions_changed()   # the filter's rows follow the step before the table looks for its row
        if keys and self.pages.currentIndex() == RESULTS and not self.results.table.choose_key(keys):
            said = " ".join((said, self.tr("The filter or search hides what it changed.")))
        if said:
            self.news.warn(said, 10000) if refused else self.news.show(said, 8000)

    def find(self) -> None:  # type: ignore[override]  # Edit ▸ Find; QWidget.find(window id) is never used
        if self.session is not None:
            self.show_page(RESULTS)
            self.results.focus_search()

    def save(self) -> None:
        if self.store is not None:
            n = len(self.session.decisions) if self.session else 0
            self.statusBar().showMessage(saved_sentence(n, self.store.path.name), 8000)

    def _update_title(self) -> None:
        if self.session is None or self.sheet_path is None:
            self.setWindowTitle(window_title(None))
            self.status_label.setText("")
            return
        self.setWindowTitle(window_title(self.sheet_path.name))
        unsaved = len(self.store.unsaved) if self.store is not None else 0
        others = self.store is not None and bool(self.store.held_changes)   # a threshold, a comment: not "saved"
        decided = self.results.decided   # counted with ``need``: the two from one moment, not "7 decided · 120 need you"
        decided = len(self.session.decisions) if decided is None else decided
        self.status_label.setText(status_counts(decided, self.results.need, unsaved, others))

    # ----- export and help -------------------------------------------------------------------------------
    def show_export(self) -> None:
        if self.session is None:
            return
        try:
            from .export_dialog import ExportDialog
        except ImportError:
            self.news.warn(self.tr("Export is not available in this build of Grader."), 8000)
            return
        self.export_dialog = dialog = ExportDialog(self.session, self.sheet_path, self.tasks, parent=self,
                                                   awaited=self.learning.awaited, store=self.store)
        dialog.open()

    def show_about(self) -> None:
        self.library_loading.after(self._show_about)   # it lists the models: once they are read

    def _show_about(self) -> None:
        self.about_dialog = AboutDialog(self.library, self.session, parent=self)
        self.about_dialog.open()

    # ----- closing ------------------------------------------------------------------------------------
    def close_sheet(self) -> None:
        """Back to the start screen at once; scoring is cancelled, and the project file is saved and
        closed on a worker once the scoring worker has stopped (``sheetClosed`` follows). Decisions the project
        file could not take are written once more first, and if they still cannot be, the teacher is asked."""
        self.sheet_life.close_sheet()

    def closeEvent(self, event) -> None:
        """Quitting: the workers are told to stop and, as the app is about to end, waited for (a batch
        at most), so that the scores and decisions are on disk and no thread outlives the window. An export
        still being saved (a PDF is laid out on this thread) is let finish first: the window closes itself
        once the file is written, and stays open with the reason if it could not be. Decisions the project file
        could not take are written once more first, and if they still cannot be, the teacher is asked. A score being
        typed on the review screen is given first."""
        self.sheet_life.give_typed()
        if (self.close_guard.keeps_open() or self.unsaved_close.holds_back(self.close)
                or self.sheet_watch.holds_back(self.close)):
            event.ignore()
            return
        self.settings.set_window_geometry(self.saveGeometry())   # written by the settings' writer thread
        self.sheet_life.quit()
        self.settings.close()   # every change on disk (waited for), the writer thread stopped
        super().closeEvent(event)

    def __del__(self) -> None:
        """A window let go of with its sheet open (never closed: a test's, the self-test's) is closed as quitting closes
        it, its workers stopped and its project file saved and closed, then deleted with its widgets before the garbage
        collector clears any of their wrappers: freed as it was, its undo stack told a review screen already half gone
        of its clearing, and a worker still grouping the sheet's answers ended in a segmentation fault."""
        if shiboken6.isValid(self) and shiboken6.ownedByPython(self):
            if self.session is not None:
                self.sheet_life.quit()
            shiboken6.delete(self)
