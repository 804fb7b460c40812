"""The window's model library while it is read: the shipped bundles and the teacher's own are read and checked on a
worker once the window has first been painted (read on the GUI thread they held the window back by a quarter to half
a second before it showed), and until they are in, the start screen's list says "Loading models…".

What needs the library before it is in (a sheet named on the command line or dropped at once, a model added, models
made from a marked sheet, and so the columns dialog's choice of model for each question) waits for it and then goes
on as it would have: nothing is refused or lost because the models are still being read. A file that cannot be
loaded is listed with its reason as before (:meth:`.library_view.LibraryView.set_library`); the reading itself
failing leaves the library empty, with what went wrong said on the start screen."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..bundles.library import Library
from ..paths import bundled_models_dir, user_bundles_dir
from .after_paint import PAINT_CAP_MS, after_results_painted
from .problem_words import plain_after_colon
from .start_screen import BUSY, ERROR
from .weak_slots import weak_slot

translate = QCoreApplication.translate


def unread_library() -> Library:
    """The library before its folders are read: their paths, no bundle (nothing is read from the disk)."""
    return Library(folders=[bundled_models_dir(), user_bundles_dir()])


def loading_words() -> str:
    return translate("LibraryLoading", "Loading models…")


class LibraryLoading(QObject):
    """Reads ``window.library`` on the window's task manager (unless it was given ready) and holds the work that waits
    for it. ``loaded`` is emitted once it is in, after the waiting work has gone on."""

    loaded = Signal()

    def __init__(self, window, ready: bool) -> None:
        super().__init__(window)
        self.w = window
        self.ready = ready
        self.started = False
        self._waiting: list[Callable[[], object]] = []
        if ready:
            window.start.set_library(window.library)
            return
        window.start.library.show_loading(loading_words())
        # started once the window is painted (or soon after, if it never is): its first paint is not slowed
        after_results_painted(window, weak_slot(self.start), PAINT_CAP_MS)

    def start(self) -> None:
        """Read the library on a worker (once)."""
        if self.ready or self.started:
            return
        self.started = True
        self.w.tasks.run(Library.default, on_done=weak_slot(self._landed, takes=1),
                         on_error=weak_slot(self._failed, takes=1), name="read the models")

    def after(self, fn: Callable[..., object], *args, **kwargs) -> None:
        """``fn(*args, **kwargs)`` now if the library is in, else once it is (in the order asked); meanwhile the start
        screen says the models are loading."""
        if self.ready:
            fn(*args, **kwargs)
            return
        self._waiting.append(partial(fn, *args, **kwargs))
        self.w.start.show_message(loading_words(), BUSY)

    def _landed(self, library: Library) -> None:
        self.w.library = library
        self.w.start.set_library(library)   # a file not loaded is listed there with its reason
        self._go_on()

    def _failed(self, exc: BaseException) -> None:
        self.w.start.set_library(self.w.library)   # empty: "none yet"
        text = " ".join((translate("LibraryLoading", "Grader could not read its models: {problem}").format(
            problem=plain_after_colon(exc)), translate("LibraryLoading", "Close Grader and open it again; if this comes "
                                                                         "back, install a fresh copy of Grader.")))
        self.w.last_error = text
        self._go_on()
        self.w.start.show_message(text, ERROR)   # after the waiting work's own news, so it is not replaced at once

    def _go_on(self) -> None:
        self.ready = True
        waiting, self._waiting = self._waiting, []
        if waiting:
            self.w.start.clear_message()   # "Loading models…": each piece of work says its own news
        for work in waiting:
            work()
        self.loaded.emit()
