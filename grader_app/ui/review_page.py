"""The review screen's page in the main window: the :class:`~.review_view.ReviewView` is built on first use (opening a
large sheet stays quick), opened on a queue of answers (where Grader suggests starting, or the answer asked for), and
dropped with the session; left, it leaves the results table at the answer it was on. The view is the window's
``review_view``.

What the view is made of (two dozen modules) is imported on a worker once a sheet is scored (:meth:`ReviewPage.warm`),
not on the GUI thread as the teacher first asks for the review: there the imports took 0.43 s of the first opening's
0.70 s on a sheet of 10,000 answers (scripts/bench_gui_stalls.py says how long the window stalls). Python's import lock
makes a review asked for meanwhile wait for the worker's import, no longer than it took before."""
from __future__ import annotations

import importlib
import sys

from PySide6.QtWidgets import QVBoxLayout, QWidget

from .menus import RESULTS
from .weak_slots import weak_slot

NEWS_MS = 8000   # how long the status bar says what a group's score or Ctrl+G did, at most
VIEW_MODULE = __package__ + ".review_view"


def import_view() -> None:
    """On a worker: import the review view's modules (once per process; Python's import lock keeps it one import)."""
    importlib.import_module(VIEW_MODULE)


class ReviewPage(QWidget):
    """``window`` is the :class:`~.main_window.MainWindow` whose session, undo stack, project store, blind marking,
    learning and scoring the review screen works with."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def warm(self) -> None:
        """The review view's modules imported on a worker if they are not yet (called once a sheet is scored)."""
        if VIEW_MODULE not in sys.modules:
            self.window_.tasks.run(import_view, name="import the review screen")

    def make(self) -> None:
        w = self.window_
        self.drop()
        from .review_view import ReviewView

        assert w.session is not None and w.undo_stack is not None   # made with the session
        w.review_view = view = ReviewView(w.session, w.undo_stack, w.store, w.blind.names)
        view.set_learning(w.learning)
        view.closeRequested.connect(weak_slot(w.show_page, RESULTS))   # (weakly: a window let go of is freed)
        view.exportRequested.connect(w.show_export)   # the review done: its line's button
        view.told.connect(weak_slot(w.news.show, NEWS_MS, True, takes=1))   # gone with the next decision, or its time; given room
        view.decisionsMade.connect(weak_slot(w.results.schedule_refresh))   # a group's score: once
        view.end.use_differing(w.results.differing)   # identical answers scored differently: with the figures
        w.scoring.writeFailed.connect(view.show_save_error)   # the project store's background write failed
        w.scoring.savedAfterAll.connect(view.saved_after_all)   # ...and wrote what it refused after all
        self.layout_.addWidget(view)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The review out of sight (Esc, Back to the table, View ▸ Results table): the table shows the answer it was on
        (it stayed on the row chosen before the review, and the teacher looked for the student again)."""
        super().hideEvent(event)
        view = self.window_.review_view
        if not event.spontaneous() and view is not None and (key := view.current_key()) is not None:
            self.window_.results.table.arrive_at(key)

    def drop(self) -> None:
        w = self.window_
        if w.review_view is not None:
            self.layout_.removeWidget(w.review_view)
            w.review_view.hide()   # at once: deleteLater waits for the event loop
            w.review_view.deleteLater()
            w.review_view = None

    def open(self, keys: list, start_key=None):
        """Build the view if need be and give it ``keys``, opened at Grader's suggestion unless ``start_key`` is given;
        returns the view."""
        w = self.window_
        if w.review_view is None:
            self.make()
        view = w.review_view
        assert view is not None
        lc = w.learning
        focus = lc.first_suggestion(keys) if start_key is None else None
        view.set_queue(list(keys), start_key, lc.groups, lc.typical, focus=focus)
        return view
