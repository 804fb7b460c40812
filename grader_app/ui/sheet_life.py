"""A sheet's life in the main window: opened (after the last one's project file is saved and closed), its session
bound to every page once prepared, scored, and closed again (:class:`SheetLife`).

Opening is refused while the open sheet is being scored or another is being opened, and waits for the teacher's answer
when decisions could not be saved (:class:`.close_unsaved.CloseWithUnsaved`). Closing takes the session off every page
at once and goes back to the start screen; its project file is saved and closed on a worker once the scoring worker has
stopped, and a sheet asked for meanwhile is read after that (``sheetClosed`` first). The window builds the pages and
wires them; what happens to the session between them is decided here.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from .. import workflow
from ..core.session import GradingSession, Heard
from . import gc_guard
from .menus import RESULTS, START
from .messages import plain, plain_after_colon
from .opening_notes import opened_is_news
from .sheet_notices import OpenedWarnings, opened_status
from .start_screen import BUSY, ERROR
from .undo_steps import UndoSteps
from .weak_slots import weak_slot

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate


class SheetLife:
    """Opens, binds and closes the window's sheet (``window.session``, ``sheet_path``, ``store``, ``undo_stack``)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.closing = False   # a closed sheet's project is still being saved and closed
        self.open_next: tuple | None = None   # the sheet to read once that is done, and the project file opened
        self.heard: Heard | None = None   # the window's listener in the open session's (told of each decision)

    def open_sheet(self, path, project: workflow.ProjectSheet | None = None, ask: bool = False,
                   worksheet: str | None = None) -> None:
        """As :meth:`.main_window.MainWindow.open_sheet`."""
        w = self.window
        path = Path(path)
        if w.scoring.busy or w.opener.busy:
            busy = translate("MainWindow", "Grader is still scoring the open sheet; cancel it or wait, then open another.")
            w.start.show_message(busy, ERROR)
            w.news.warn(busy, 8000)
            return
        again = lambda: self.open_sheet(path, project, ask, worksheet)  # noqa: E731
        if w.unsaved_close.holds_back(again) or w.sheet_watch.holds_back(again):   # unsaved, or the sheet gone: asked
            return
        w.close_sheet()
        w.start.show_message(translate("MainWindow", "Reading “{name}”…").format(name=path.name), BUSY)
        w.statusBar().showMessage(translate("MainWindow", "Reading {name}…").format(name=path.name))
        if self.closing:   # the last sheet's project file is still being saved and closed
            self.open_next = (path, project, ask, worksheet)
        else:
            w.opener.read(path, w.library, worksheet, project=project, ask=ask)

    def session_prepared(self, prepared: workflow.Prepared) -> None:
        """The opened sheet's session, bound to the scoring, the learning, the undo steps and the pages; shown."""
        w = self.window
        session, path, store = prepared.session, prepared.path, prepared.store
        w.session, w.sheet_path, w.store = session, path, store
        w.scoring.bind(session, prepared.bundles, store)
        w.learning.bind(session, store, prepared.bundles, prepared.damaged)
        w.undo_stack = UndoSteps(session, store, w.blind.names, w)   # kept in the project file
        w.undo_stack.load(store.undo_steps)   # where the teacher left it, Ctrl+Z goes on
        # any step done, undone or redone makes the news before it old, a pull-out or a comment (no decision) too:
        # "undo with Ctrl+Z …" must not stand while Ctrl+Z would undo another step
        # (held weakly: a lambda holding the window, which Qt holds out of the collector's sight, kept a window let go
        # of alive while its sheet was open)
        w.undo_stack.indexChanged.connect(weak_slot(w.news.decided))
        # the window told weakly: the session is held by what the window's C++ side owns (the results' model), which
        # Python's collector cannot see, so a listener holding the window kept it alive while its sheet was open
        self.heard = Heard(weak_slot(w._on_decision, takes=2), weak_slot(w._on_decision, -1, None))
        session.listeners.append(self.heard)
        # "Scoring…" from the start: no figure counts what is not scored yet, no row says no model scores it
        w.results.set_scoring(bool(prepared.to_score), w.scoring.questions)
        # the scoring strip in place before the page's first paint: shown as the worker started, it took the table's
        # room from the page just painted, and the whole page was laid out and painted again as the scoring began
        if prepared.to_score:
            w.strip.show_started()
        w.results.set_session(session)
        w._update_title()
        w.start.clear_message()
        w.show_page(RESULTS)
        w._page_changed(RESULTS)
        show = w.news.show if opened_is_news(prepared) else w.news.warn   # a warning is no news
        warnings = OpenedWarnings(prepared, store.path.name)   # each worked out once, however often said
        blind = w.blind.names.blind
        said = opened_status(prepared, store.path.name, blind, warnings(blind))   # the notes whole: w.notices
        show(said or translate("MainWindow", "Opened {name}").format(name=path.name), 8000)
        w.notices.show_notes(lambda: warnings(w.blind.names.blind))
        w.sheet_watch.watch(path)   # deleted or moved while open: said, and closing asks first
        w.sessionReady.emit()   # -> own_marks: a sheet her own model was made from, her marks offered
        if prepared.to_score:
            # the table's first paint goes first, without a scoring worker competing for the GIL
            QTimer.singleShot(30, lambda s=session: self._start_scoring(s))
        else:
            w.scoringFinished.emit()

    def _start_scoring(self, session: GradingSession) -> None:
        w = self.window
        if w.session is not session:
            return
        w.scoring.start()
        if not w.scoring.busy:   # nothing started after all: the figures, not "Scoring…"
            w.results.set_scoring(False)
            w.strip.show_ended()

    def give_typed(self) -> None:
        """A score being typed on the review screen is given before the sheet or the window closes (not lost with it)."""
        if self.window.review_view is not None:
            self.window.review_view.give_typed(advance=False)

    def close_sheet(self) -> None:
        """As :meth:`.main_window.MainWindow.close_sheet`."""
        w = self.window
        self.give_typed()
        if w.unsaved_close.holds_back(w.close_sheet) or w.sheet_watch.holds_back(w.close_sheet):
            return
        if w.session is not None:
            self.detach()
            w.news.sheet_closed()   # "Restored 28 decisions from …" is not news of the start screen
            self.closing = True
            w.scoring.release()     # -> released, on the GUI thread, never waited for here
        w.pages.setCurrentIndex(START)
        w._page_changed(START)

    def detach(self) -> None:
        """Take the session off every page and out of the window (its project is closed elsewhere)."""
        w = self.window
        if w.session is not None:   # (its Heard: the decisions of a step together, told once)
            w.session.listeners[:] = [fn for fn in w.session.listeners if fn is not self.heard]
        self.heard = None
        w.sheet_watch.stop()
        gc_guard.session_closed(w.session)   # freed once released, or thawed (gc_guard.thaw_soon)
        w.learning.unbind()
        w.results.set_session(None)
        w.notices.show_notes(None)
        w.results.set_scoring(False)
        w.strip.show_ended()
        w.review_page.drop()
        if w.undo_stack is not None:   # a child of the window: it would keep the closed session (and its steps) alive
            w.undo_stack.let_go()
            w.undo_stack.deleteLater()
        w.session = w.store = w.sheet_path = w.undo_stack = None
        w._update_title()

    def released(self, problem: object) -> None:
        """The closed sheet's project file is saved and closed (``problem``: why not completely); a sheet asked for
        meanwhile is read now."""
        w = self.window
        self.closing = False
        gc_guard.thaw_soon()   # the closed session, frozen with what lived while it was open, is freed
        if problem:   # a problem, said in the teacher's language (the scores: the sheet is scored again when reopened)
            w.last_error = plain(problem)
            w.news.fail(translate("MainWindow", "The project file could not be saved completely: {problem}").format(
                problem=plain_after_colon(problem)), 10000)
        w.sheetClosed.emit()
        if self.open_next is not None:
            (path, project, ask, worksheet), self.open_next = self.open_next, None
            w.opener.read(path, w.library, worksheet, project=project, ask=ask)

    def quit(self) -> None:
        """The window is closing: the workers are told to stop and waited for (a batch at most), the session taken off
        the pages and its project file saved and closed now, on this thread."""
        w = self.window
        w.opener.discarding = True
        self.open_next = None
        w.tasks.cancel_all()
        w.learning.unbind()   # a fit running ends now (its child process with it), not waited for: it is not wanted
        w.tasks.wait(30000)
        self.detach()
        problem = w.scoring.release_now()
        if problem:
            w.last_error = plain(problem)
        w.pages.setCurrentIndex(START)
        w._page_changed(START)
