"""The main window: builds the pages and wires their signals; the decisions live in core and io.

Pages (a QStackedWidget): the start screen → the results → the review screen. The window owns the
task manager, one QUndoStack per session, the open project store and the menus.
"""
from __future__ import annotations

import gc
import time
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMainWindow, QProgressBar, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from ..bundles.errors import BundleError
from ..bundles.library import Library
from ..core.grading import Progress, match_bundles, score_session
from ..core.session import GradingSession, ItemInfo
from ..scoring.model import CancelToken
from . import style
from .about import AboutDialog
from .drop_zone import BUNDLE, PROJECT, classify
from .mapping_dialog import MappingDialog
from .results_view import ResultsView
from .settings import Settings
from .start_screen import ERROR, INFO, StartScreen
from .tasks import Task, TaskManager

SHEET_FILTER = "Sheets of answers (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)"
BUNDLE_FILTER = "Grader models (*.gradebundle)"
START, RESULTS, REVIEW = 0, 1, 2


def sheet_of_project(path: Path) -> Path:
    """The sheet a project file belongs to (runs on a worker: it reads the file)."""
    from ..io.project_store import ProjectStore

    if not path.is_file():
        raise ValueError(f"there is no project file “{path.name}”; open the sheet of answers instead")
    store = ProjectStore.open(path, read_only=True)   # a look only: no lock (this window may hold it)
    try:
        setup = store.load_setup() or {}
    finally:
        store.close()
    sheet = setup.get("sheet_path")
    if sheet is None:
        raise ValueError(f"“{path.name}” holds no graded sheet yet; open the sheet of answers itself")
    if not Path(sheet).exists():
        raise ValueError(f"the sheet “{Path(sheet).name}” that “{path.name}” belongs to is missing; put it back beside "
                         "the project file and open it again")
    return Path(sheet)


def plain(msg: object) -> str:
    """One sentence for the teacher: capital first letter, full stop at the end."""
    s = " ".join(str(msg).split()) or "Something went wrong."
    first = s.split(" ", 1)[0]
    if "." not in first.rstrip(".") and "/" not in first:   # leave a file name as it is spelled
        s = s[0].upper() + s[1:]
    return s if s.endswith((".", "!", "?")) else s + "."


def read_and_guess(path: Path, library: Library):
    """Background work: read the sheet and guess its columns -> (sheet, mapping or None, guess error)."""
    from ..core.grading import fill_default_item
    from ..io.columns import guess_columns
    from ..io.errors import SheetError
    from ..io.readers import read_sheet

    with _no_cyclic_gc():
        sheet = read_sheet(path)
        try:
            guess = guess_columns(sheet)
        except (SheetError, ValueError) as exc:
            return sheet, None, exc
        fill_default_item(guess, library)
        return sheet, guess, None


@dataclass
class Prepared:
    path: Path
    session: GradingSession
    bundles: dict
    store: object
    restored: dict
    missing: list
    to_score: int


def prepare_session(path: Path, sheet, mapping, chosen: dict, library: Library, store=None,
                    thresholds: dict | None = None) -> Prepared:
    """Background work (no widgets): the session, its models, and its project file restored and attached."""
    from ..io.project_store import ProjectStore, project_path_for

    with _no_cyclic_gc():
        prepared = _prepare(path, sheet, mapping, chosen, library, store, thresholds, ProjectStore, project_path_for)
        gc.freeze()   # the session lives while the sheet is open: later full collections skip it
        return prepared


@contextmanager
def _no_cyclic_gc():
    """Building a session makes ~100,000 small objects; a full collection in between would hold the GIL
    (and so the window) for 100+ ms. Nothing here makes reference cycles worth collecting."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _prepare(path, sheet, mapping, chosen, library, store, thresholds, ProjectStore, project_path_for) -> "Prepared":
    # the chosen models' prompts go in at once, so the flags (which read the prompt) are worked out once
    known = {item: ItemInfo.from_bundle(item, library.get(bid)) for item, bid in chosen.items()
             if bid and library.get(bid) is not None}
    session = GradingSession(sheet, mapping, known)
    bundles = match_bundles(session, library, chosen=chosen)
    missing = sorted({bid for bid in chosen.values() if bid and library.get(bid) is None})
    store = store or ProjectStore.open(project_path_for(path))
    try:
        store.check(session)
        for item, th in (thresholds or {}).items():
            if item in session.items:
                session.thresholds[item] = th
        item_bundles = {item: (b.id if b else None) for item, b in bundles.items()}
        store.save_setup(path, mapping, item_bundles, dict(session.thresholds), sheet_name=sheet.sheet_name)
        restored = store.restore(session)
        store.attach(session)
    except BaseException:
        store.close()
        raise
    to_score = sum(1 for it, b in bundles.items() if b is not None
                   for a in session.answers_for(it) if a.key not in session.predictions)
    return Prepared(path, session, bundles, store, restored, missing, to_score)


class ScoringStrip(QWidget):
    """Progress of the scoring worker with a Cancel button (shown only while scoring)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel("Scoring…")
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.bar.setFormat("%v of %m answers")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop scoring; the answers scored so far keep their scores")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.cancel_button)


class MainWindow(QMainWindow):
    sessionReady = Signal()      # a session is set up (restored or new) and shown
    scoringFinished = Signal()   # scoring ended (finished, cancelled or failed)

    def __init__(self, library: Library | None = None, settings: Settings | None = None,
                 tasks: TaskManager | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Grader")
        self.library = library if library is not None else Library.default()
        self.settings = settings or Settings()
        self.tasks = tasks or TaskManager(self)
        self.session: GradingSession | None = None
        self.sheet_path: Path | None = None
        self.store = None
        self.undo_stack: QUndoStack | None = None
        self.review_view = None
        self.mapping_dialog: MappingDialog | None = None
        self.export_dialog = None
        self.about_dialog: AboutDialog | None = None
        self._bundles: dict = {}
        self._scoring: Task | None = None
        self._preparing: Task | None = None
        self._closing = False
        self._last_progress: Progress | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(100)
        self._progress_timer.timeout.connect(self._show_progress)
        self._threshold_timer = QTimer(self)
        self._threshold_timer.setSingleShot(True)
        self._threshold_timer.setInterval(300)
        self._threshold_timer.timeout.connect(self._save_thresholds)
        self._score_started = 0.0
        self._save_pending = False   # scores waiting to be saved until the final figures are shown
        self.last_error = ""

        # --- pages --------------------------------------------------------------------------------
        self.start = StartScreen()
        self.results = ResultsView()
        self.results.set_tasks(self.tasks)
        self.results.figuresShown.connect(self._figures_shown)
        self.strip = ScoringStrip()
        self.strip.setVisible(False)
        results_page = QWidget()
        rl = QVBoxLayout(results_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.strip)
        rl.addWidget(self.results, 1)
        self.review_page = QWidget()
        self.review_layout = QVBoxLayout(self.review_page)
        self.review_layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start)
        self.pages.addWidget(results_page)
        self.pages.addWidget(self.review_page)
        self.setCentralWidget(self.pages)
        self.status_label = QLabel("")
        self.statusBar().addPermanentWidget(self.status_label)

        # --- wiring ---------------------------------------------------------------------------------
        self.start.openRequested.connect(self.open_path)
        self.start.openDialogRequested.connect(self.choose_sheet)
        self.start.installRequested.connect(self.install_bundle)
        self.start.addModelDialogRequested.connect(self.choose_bundle)
        self.results.reviewRequested.connect(self.show_review)
        self.results.exportRequested.connect(self.show_export)
        self.results.thresholdChanged.connect(self._threshold_changed)
        self.strip.cancel_button.clicked.connect(self.cancel_scoring)
        self.pages.currentChanged.connect(self._page_changed)

        self.setAcceptDrops(True)
        self._build_menus()
        self.start.set_library(self.library)
        self.start.set_recent(self.settings.recent_sheets())
        fm = self.fontMetrics()
        self.resize(fm.horizontalAdvance("M") * 95, fm.height() * 45)
        geo = self.settings.window_geometry()
        if geo is not None:
            self.restoreGeometry(geo)
        self._page_changed(START)

    # ----- drops anywhere on the window ---------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.start.handle_paths(paths)
        if self.start.message_kind == ERROR:
            self.statusBar().showMessage(self.start.message.text().lstrip("⚠ "), 10000)

    # ----- menus ------------------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
        a.triggered.connect(lambda _checked=False: slot())
        menu.addAction(a)
        return a

    def _build_menus(self) -> None:
        mb = self.menuBar()
        f = mb.addMenu("&File")
        self.open_action = self._action(f, "&Open sheet…", self.choose_sheet, QKeySequence.StandardKey.Open,
                                        "Open an Excel or CSV sheet of students' answers")
        self.recent_menu = f.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = self._action(f, "&Save", self.save, QKeySequence.StandardKey.Save,
                                        "Every decision is saved as you make it; this confirms it")
        self.export_action = self._action(f, "&Export…", self.show_export, QKeySequence("Ctrl+E"),
                                          "Write the graded sheet, a Canvas gradebook or a printable report")
        f.addSeparator()
        self.add_model_action = self._action(f, "&Add a model…", self.choose_bundle, None,
                                             "Add a .gradebundle model to the library")
        self.close_action = self._action(f, "&Close sheet", self.close_sheet, QKeySequence.StandardKey.Close)
        f.addSeparator()
        self.quit_action = self._action(f, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        e = mb.addMenu("&Edit")
        self.undo_action = self._action(e, "&Undo", self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(e, "&Redo", self.redo, QKeySequence("Ctrl+Shift+Z"))
        e.addSeparator()
        self.find_action = self._action(e, "&Find…", self.find, QKeySequence.StandardKey.Find,
                                        "Search students, answers and comments")

        v = mb.addMenu("&View")
        self.results_action = self._action(v, "&Results table", lambda: self.show_page(RESULTS), QKeySequence("Ctrl+1"))
        self.review_action = self._action(v, "Re&view answers that need you", self.results.request_review,
                                          QKeySequence("Ctrl+2"))
        self.start_action = self._action(v, "&Start screen", lambda: self.show_page(START), QKeySequence("Ctrl+0"))

        h = mb.addMenu("&Help")
        self.about_action = self._action(h, "&About Grader and keyboard keys", self.show_about,
                                         QKeySequence.StandardKey.HelpContents)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.settings.recent_sheets()
        for p in paths:
            a = self.recent_menu.addAction(p.name)
            a.setToolTip(str(p))
            a.triggered.connect(lambda _c=False, p=p: self.open_sheet(p))
        if not paths:
            a = self.recent_menu.addAction("No recent sheets")
            a.setEnabled(False)

    def _page_changed(self, index: int) -> None:
        has = self.session is not None
        self.export_action.setEnabled(has)
        self.close_action.setEnabled(has)
        self.save_action.setEnabled(has)
        self.results_action.setEnabled(has)
        self.review_action.setEnabled(has)
        self.find_action.setEnabled(has and index == RESULTS)
        self.undo_action.setEnabled(has)
        self.redo_action.setEnabled(has)

    def show_page(self, index: int) -> None:
        if index != START and self.session is None:
            return
        self.pages.setCurrentIndex(index)
        if index == RESULTS:
            self.results.decisions_changed()
            self.results.table.setFocus()
        elif index == START:
            self.start.set_recent(self.settings.recent_sheets())

    # ----- opening a sheet ----------------------------------------------------------------------------
    def choose_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a sheet of answers", "", SHEET_FILTER)
        if path:
            self.open_sheet(Path(path))

    def open_path(self, path) -> None:
        """Open what the teacher double-clicked, dropped or named: a sheet, a project or a model."""
        path = Path(path)
        kind = classify(path)
        if kind == BUNDLE:
            self.install_bundle(path)
        elif kind == PROJECT:
            self.start.show_message(f"Opening “{path.name}”…", INFO)
            self.tasks.run(sheet_of_project, path, on_done=self.open_sheet,
                           on_error=lambda exc: self._open_failed(path, exc), name="open project")
        else:
            self.open_sheet(path)

    def open_sheet(self, path) -> None:
        """Read the sheet off the GUI thread, then restore its project or ask about its columns."""
        path = Path(path)
        if self._scoring is not None or self._preparing is not None:
            busy = "Grader is still scoring the open sheet; cancel it or wait, then open another."
            self.start.show_message(busy, ERROR)
            self.statusBar().showMessage(busy, 8000)
            return
        self.close_sheet()
        self.start.show_message(f"Reading “{path.name}”…", INFO)
        self.statusBar().showMessage(f"Reading {path.name}…")
        self.tasks.run(read_and_guess, path, self.library, on_done=lambda r: self._sheet_read(path, *r),
                       on_error=lambda exc: self._open_failed(path, exc), name="read sheet")

    def _open_failed(self, path: Path, exc: Exception) -> None:
        self.last_error = plain(exc)
        self.start.show_message(self.last_error, ERROR)
        self.statusBar().showMessage(f"Could not open {path.name}", 5000)
        self.show_page(START)

    def _sheet_read(self, path: Path, sheet, guess=None, guess_error: Exception | None = None) -> None:
        from ..io.project_store import ProjectError, ProjectStore, project_path_for

        self.settings.add_recent(path)
        self.start.set_recent(self.settings.recent_sheets())
        project = project_path_for(path)
        if ProjectStore.exists(project):
            try:
                store = ProjectStore.open(project)
                setup = store.load_setup()
            except ProjectError as exc:
                self._open_failed(path, exc)
                return
            if setup is not None:
                try:
                    self._begin(path, sheet, setup["mapping"], setup["item_bundles"], store=store,
                                thresholds=setup.get("thresholds") or {})
                except (ProjectError, ValueError) as exc:
                    store.close()
                    self._open_failed(path, exc)
                return
            store.close()
        self.start.clear_message()
        self.statusBar().clearMessage()
        self.mapping_dialog = MappingDialog(sheet, self.library, guess, parent=self)
        if guess is None:   # let the teacher choose the columns, and say why they must
            self.mapping_dialog.show_problem(plain(guess_error or "the columns of this sheet could not be guessed")
                                             + " Choose the columns below, or Cancel.")
        self.mapping_dialog.accepted.connect(lambda: self._mapping_accepted(path, sheet))
        self.mapping_dialog.rejected.connect(lambda: self.statusBar().showMessage("Opening cancelled", 4000))
        self.mapping_dialog.open()

    def _mapping_accepted(self, path: Path, sheet) -> None:
        from ..io.project_store import ProjectError

        dlg = self.mapping_dialog
        try:
            self._begin(path, sheet, dlg.mapping(), dlg.chosen())
        except (ProjectError, ValueError) as exc:
            self._open_failed(path, exc)

    def _begin(self, path: Path, sheet, mapping, chosen: dict, store=None, thresholds: dict | None = None) -> None:
        """Build the session and bind its project file off the GUI thread, then show and score it."""
        self.statusBar().showMessage(f"Preparing {len(sheet)} rows of {path.name}…")
        self._preparing = self.tasks.run(
            prepare_session, path, sheet, mapping, dict(chosen), self.library, store, thresholds or {},
            on_done=self._session_prepared, on_error=lambda exc: self._prepare_failed(path, exc), name="prepare")

    def _prepare_failed(self, path: Path, exc: Exception) -> None:
        self._preparing = None
        self._open_failed(path, exc)

    def _session_prepared(self, prepared: "Prepared") -> None:
        self._preparing = None
        if self._closing:   # the window closed while the session was being prepared
            prepared.store.close()
            return
        session, path, store = prepared.session, prepared.path, prepared.store
        self.session, self.sheet_path, self.store, self._bundles = session, path, store, prepared.bundles
        self.undo_stack = QUndoStack(self)
        session.listeners.append(self._on_decision)
        self.results.set_session(session)
        self._update_title()
        self.start.clear_message()
        self.show_page(RESULTS)
        self._page_changed(RESULTS)
        note = ""
        if prepared.restored.get("decisions"):
            note = f"Restored {prepared.restored['decisions']} decisions from {store.path.name}. "
        if prepared.missing:
            note += (f"Model{'s' if len(prepared.missing) > 1 else ''} {', '.join(prepared.missing)} not installed; "
                     "those questions are yours to score. ")
        self.statusBar().showMessage(note.strip() or f"Opened {path.name}", 8000)
        self.sessionReady.emit()
        if prepared.to_score:
            # the table's first paint goes first, without a scoring worker competing for the GIL
            QTimer.singleShot(30, lambda s=session: self.session is s and self.start_scoring())
        else:
            self.scoringFinished.emit()

    def _make_review_view(self) -> None:
        if self.review_view is not None:
            self.review_layout.removeWidget(self.review_view)
            self.review_view.deleteLater()
            self.review_view = None
        from .review_view import ReviewView

        self.review_view = ReviewView(self.session, self.undo_stack)
        self.review_view.closeRequested.connect(lambda: self.show_page(RESULTS))
        self.review_view.decisionMade.connect(lambda _k: self.results.schedule_refresh())
        self.review_layout.addWidget(self.review_view)

    # ----- scoring ---------------------------------------------------------------------------------
    def start_scoring(self) -> None:
        s = self.session
        if s is None or self._scoring is not None:
            return
        token = CancelToken()
        self.strip.setVisible(True)
        self.strip.label.setText("Scoring the answers…")
        self.strip.bar.setRange(0, 0)
        self.strip.cancel_button.setEnabled(True)
        self._score_started = time.perf_counter()
        self.results.set_scoring(True)
        self._scoring = self.tasks.run_generator(
            partial(score_session, cancel=token), s, self._bundles, cancel=token, on_yield=self._scored_batch,
            on_done=lambda _r: self._scoring_ended("done"), on_cancel=lambda: self._scoring_ended("cancelled"),
            on_error=lambda exc: self._scoring_ended("failed", exc), name="score")

    def _scored_batch(self, p: Progress) -> None:
        """A batch landed: show it within 100 ms (coalesced, so the event loop never queues up paints)."""
        self._last_progress = p
        if not self._progress_timer.isActive():
            self._progress_timer.start()

    def _show_progress(self) -> None:
        p = self._last_progress
        if p is None or self._scoring is None:
            return
        if p.total:
            if self.strip.bar.maximum() != p.total:
                self.strip.bar.setRange(0, p.total)
            self.strip.bar.setValue(p.done)
        self.results.predictions_changed()

    def cancel_scoring(self) -> None:
        if self._scoring is not None:
            self.strip.cancel_button.setEnabled(False)
            self.strip.label.setText("Stopping…")
            self._scoring.cancel()

    def _scoring_ended(self, how: str, exc: Exception | None = None) -> None:
        self._scoring = None
        self._progress_timer.stop()
        self._last_progress = None
        self.results.set_scoring(False)
        self.strip.setVisible(False)
        s = self.session
        if s is None:
            self.scoringFinished.emit()
            return
        self.results.predictions_changed()
        self.results.threshold.set_session(s)
        secs = time.perf_counter() - self._score_started
        n = len(s.predictions)
        if how == "done":
            self.statusBar().showMessage(f"Scored {n} answers in {secs:.1f} s", 8000)
        elif how == "cancelled":
            self.statusBar().showMessage(f"Scoring stopped: {n} of {len(s.answers)} answers have a score; "
                                         "the rest are yours to score.", 10000)
        else:
            self.last_error = plain(exc)
            self.statusBar().showMessage("Scoring failed: " + self.last_error, 15000)
        # The scores go to the project file once the final figures are on screen: saving is Python work
        # on a worker that would otherwise compete for the GIL with the table's last repaint.
        self._save_pending = self.store is not None and bool(s.predictions)
        self.scoringFinished.emit()

    def _figures_shown(self) -> None:
        if self._save_pending and self._scoring is None:
            QTimer.singleShot(250, self._save_predictions)  # after the repaint that shows the figures

    def _save_predictions(self) -> None:
        if self._save_pending and self._scoring is None and self.store is not None and self.session is not None:
            self._save_pending = False
            store, s = self.store, self.session
            self.tasks.run(store.save_predictions, s, on_error=lambda e: self.statusBar().showMessage(
                "The scores could not be saved in the project file: " + plain(e), 15000), name="save predictions")

    # ----- decisions, review and threshold ------------------------------------------------------------
    def _on_decision(self, _key: int, _decision) -> None:
        self.results.schedule_refresh()
        self._update_title()

    def _threshold_changed(self) -> None:
        """Save the threshold once the slider rests (each save is a synced write)."""
        self._threshold_timer.start()

    def _save_thresholds(self) -> None:
        if self.store is not None and self.session is not None:
            try:
                self.store.save_thresholds(self.session.thresholds)
            except Exception as exc:  # a locked or vanished project file must not lose the session
                self.statusBar().showMessage("The threshold could not be saved: " + plain(exc), 10000)

    def show_review(self, keys: list, start_key=None) -> None:
        if self.session is None or not keys:
            return
        if self.review_view is None:
            self._make_review_view()   # built on first use: opening a large sheet stays quick
        self.review_view.set_queue(list(keys), start_key)
        self.pages.setCurrentIndex(REVIEW)
        self._page_changed(REVIEW)
        self.review_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo(self) -> None:
        if self.pages.currentIndex() == REVIEW and self.review_view is not None:
            self.review_view.undo()
        elif self.undo_stack is not None:
            self.undo_stack.undo()
        self.results.decisions_changed()

    def redo(self) -> None:
        if self.pages.currentIndex() == REVIEW and self.review_view is not None:
            self.review_view.redo()
        elif self.undo_stack is not None:
            self.undo_stack.redo()
        self.results.decisions_changed()

    def find(self) -> None:
        if self.session is not None:
            self.show_page(RESULTS)
            self.results.focus_search()

    def save(self) -> None:
        if self.store is not None:
            n = len(self.session.decisions) if self.session else 0
            self.statusBar().showMessage(
                f"All {n} decisions are saved in {self.store.path.name}, beside your sheet; Grader saves each one "
                "the moment you make it.", 8000)

    def _update_title(self) -> None:
        if self.session is None or self.sheet_path is None:
            self.setWindowTitle("Grader")
            self.status_label.setText("")
            return
        self.setWindowTitle(f"{self.sheet_path.name} — Grader")
        self.status_label.setText(f"{len(self.session.decisions)} decided by you · saved")

    # ----- export -----------------------------------------------------------------------------------
    def show_export(self) -> None:
        if self.session is None:
            return
        try:
            from .export_dialog import ExportDialog
        except ImportError:
            self.statusBar().showMessage("Export is not available in this build of Grader.", 8000)
            return
        self.export_dialog = ExportDialog(self.session, self.sheet_path, self.tasks, parent=self)
        self.export_dialog.open()

    # ----- library -------------------------------------------------------------------------------------
    def choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Add a model", "", BUNDLE_FILTER)
        if path:
            self.install_bundle(Path(path))

    def install_bundle(self, path) -> None:
        path = Path(path)
        self.start.show_message(f"Checking “{path.name}”…", INFO)
        self.tasks.run(self.library.install, path, on_done=self._installed,
                       on_error=lambda exc: self._install_failed(path, exc), name="install bundle")

    def _installed(self, bundle) -> None:
        self.start.set_library(self.library)
        self.start.show_message(f"Added the model “{bundle.title}” ({bundle.id}) to the library.", INFO)

    def _install_failed(self, path: Path, exc: Exception) -> None:
        if isinstance(exc, BundleError):
            msg = plain(exc)
        elif isinstance(exc, OSError):
            msg = f"“{path.name}” could not be copied into the library ({exc.strerror or exc}); check the disk and try again."
        else:
            msg = plain(exc)
        self.last_error = msg
        self.start.show_message(msg, ERROR)

    # ----- help -------------------------------------------------------------------------------------
    def show_about(self) -> None:
        self.about_dialog = AboutDialog(self.library, self.session, parent=self)
        self.about_dialog.open()

    # ----- closing ------------------------------------------------------------------------------------
    def close_sheet(self) -> None:
        if self._threshold_timer.isActive():
            self._threshold_timer.stop()
            self._save_thresholds()
        if self._scoring is not None:
            self._scoring.cancel()
            self.tasks.wait(30000)
            self._scoring = None
        if self.session is not None:
            if self._on_decision in self.session.listeners:
                self.session.listeners.remove(self._on_decision)
            self.results.set_session(None)
        if self.review_view is not None:
            self.review_layout.removeWidget(self.review_view)
            self.review_view.deleteLater()
            self.review_view = None
        if self.store is not None:
            self.tasks.wait(30000)  # a background save of the scores must finish before closing
            if self._save_pending and self.session is not None:
                self._save_pending = False
                from ..io.project_store import ProjectError

                try:
                    self.store.save_predictions(self.session)
                except ProjectError as exc:   # nothing is lost: the sheet is rescored when it is reopened
                    self.last_error = plain(exc)
            self.store.close()
            self.store = None
        self.session = None
        self.sheet_path = None
        self.undo_stack = None
        gc.unfreeze()
        self._update_title()
        self.pages.setCurrentIndex(START)
        self._page_changed(START)

    def closeEvent(self, event) -> None:
        self._closing = True
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.sync()
        self.tasks.cancel_all()
        self.tasks.wait(30000)
        self.close_sheet()
        super().closeEvent(event)
