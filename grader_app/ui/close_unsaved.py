"""Closing a sheet (or quitting) while some of the teacher's changes are not in its project file (a full disk, a
file made read-only): they are written once more first, on a worker; if they still cannot be, the teacher is asked,
without blocking: try again (after freeing space), export the graded sheet elsewhere (the sheet stays open; offered
only where the sheet keeps some of them: not for the comment bank or the blind-marking switch alone), close and lose
them, or cancel (the sheet stays open). Nothing is closed while the changes are being written or the question
is open. The question counts the decisions and names every other change held with them (a comment, the thresholds,
the comment bank, the blind-marking switch): told of the decisions only, a teacher would close believing only they were
at stake, and with only a threshold held the sheet closed without a word."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton

from ..io.project_problems import disk_full, export_keeps, held_others, parts
from ..io.project_schema import ProjectError
from .box_buttons import open_asking
from .held_close import HeldClose
from .messages import plain
from .problem_words import words

if TYPE_CHECKING:
    from ..io.project_store import ProjectStore

SAVE_AGAIN_WAIT = 15.0   # seconds the worker waits for the decisions to be written once more


def held(store: ProjectStore | None) -> bool:
    """Whether ``store``'s writer holds changes it could not write (decisions, or any other)."""
    return store is not None and bool(store.unsaved or store.held_changes)


class CloseWithUnsaved(QObject):
    """Holds back a close while decisions are unsaved; ``window`` has ``store``, ``tasks``, ``statusBar()``, ``news``
    and ``show_export()`` (a :class:`~.main_window.MainWindow`)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None   # the question, while it is open
        self.retry_button: QPushButton | None = None   # the question's buttons, while it is open
        self.export_button: QPushButton | None = None
        self.lose_button: QPushButton | None = None
        self.cancel_button: QPushButton | None = None
        self._close = HeldClose()   # the close (or open of another sheet) held back
        self._store: ProjectStore | None = None   # the store whose decisions are being written again or asked about

    @property
    def busy(self) -> bool:
        """The decisions are being written again, or the teacher is being asked."""
        return self._close.then is not None

    def holds_back(self, then: Callable[[], object]) -> bool:
        """True if the open sheet has decisions not on disk: they are written once more and, if need be, the teacher
        asked; ``then`` (the close, done again) runs once they are written or the teacher chose to lose them. A second
        close asked for meanwhile takes the place of the first."""
        if self._close.letting_go:   # the close held back is being done: nothing is held back meanwhile
            return False
        store = self.window.store
        if self.busy:
            self._close.then = then
            if self.box is not None:
                self.box.raise_()
            return True
        if not held(store):
            return False
        self._close.then, self._store = then, store
        self._save_again()
        return True

    # ----- writing them once more --------------------------------------------------------------------
    def _save_again(self) -> None:
        store = self._store
        if store is None:
            return
        self.window.statusBar().showMessage(self.tr("Saving your decisions once more before closing…")
                                            if not held_others(store.held_changes) else
                                            self.tr("Saving your changes once more before closing…"))
        self.window.tasks.run(store.flush, SAVE_AGAIN_WAIT, on_done=lambda _ok: self._tried(store),
                              on_error=lambda _exc: self._tried(store), on_cancel=lambda: self._tried(store),
                              name="save the unsaved decisions")

    def _tried(self, store: ProjectStore) -> None:
        if store is not self._store or self.window.store is not store:   # the sheet went meanwhile
            self._forget()
            return
        self.window.statusBar().clearMessage()
        if held(store):
            self._ask(len(store.unsaved), store)
        else:
            self._let_go()

    # ----- asking -------------------------------------------------------------------------------------------
    def _ask(self, n: int, store: ProjectStore) -> None:
        whats = store.held_changes   # held with the decisions, or alone: named, as the decisions are counted (a change
        others = held_others(whats) or ([] if n else whats or ["a change"])   # without a decision of its own: named)
        if others:
            what = parts(others)
            if n:   # "your 3 decisions and the thresholds"
                what = ProjectError.said("project.parts", what=self.tr("your %n decisions", "", n), more=what)
            title, text = self.tr("Changes not saved"), self.tr(
                "Changes not saved to {file}, even when tried again just now: {what}. If you close, they are lost.")
            text = text.format(file=store.path.name, what=words(what))
            lose = self.tr("Close and &lose them")   # short: cut beside the other buttons at 16 pt
        else:
            title, text = self.tr("Decisions not saved"), self.tr(
                "%n of your decisions could not be saved to {file}, even when tried again just now; if you close, they "
                "are lost.", "", n).format(file=store.path.name)
            lose = self.tr("Close and &lose %n decisions", "", n)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)   # names of files, models and questions, as written
        problem = store.last_error
        exporting = export_keeps(n, whats)   # offered only where a graded sheet exported now keeps some of them
        if disk_full(problem, store.path.parent):   # in so many words (the writer's sentence says less)
            box.setInformativeText(self.tr("The disk is full: free some space on it and try again, or export the graded "
                                           "sheet to another drive to keep your decisions there.") if n else
                                   self.tr("The disk is full: free some space on it and try again, or export the graded "
                                           "sheet to another drive to keep your comments and scores there.")
                                   if exporting else self.tr("The disk is full: free some space on it and try again."))
        else:
            why = plain(problem) + " " if problem is not None else ""
            box.setInformativeText(why + (self.tr("Try again once the file can be written, or export the graded sheet to "
                                                  "another drive to keep your decisions there.") if n else
                                          self.tr("Try again once the file can be written, or export the graded sheet to "
                                                  "another drive to keep your comments and scores there.")
                                          if exporting else self.tr("Try again once the file can be written.")))
        self.retry_button = box.addButton(self.tr("&Try again"), QMessageBox.ButtonRole.AcceptRole)
        self.export_button = box.addButton(self.tr("&Export the graded sheet elsewhere…"),
                                           QMessageBox.ButtonRole.ActionRole) if exporting else None
        self.lose_button = box.addButton(lose, QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
        self.box = box
        open_asking(box, self.window, self.retry_button, self.cancel_button, self._answered)

    def _answered(self, clicked: QAbstractButton | None) -> None:
        self.box = None
        if self.window.store is not self._store:
            self._forget()
        elif clicked is not None and clicked is self.retry_button:
            self._save_again()
        elif clicked is not None and clicked is self.lose_button:
            self._let_go()
        else:   # Export… or Cancel (or Esc): the sheet stays open with every decision
            self._forget()
            if clicked is not None and clicked is self.export_button:
                self.window.show_export()
            else:
                self.window.news.warn(self.tr("The sheet stays open; your changes are kept in this window."), 8000)

    # ----- done -------------------------------------------------------------------------------------------
    def _let_go(self) -> None:
        self._store = None
        self._close.let_go()

    def _forget(self) -> None:
        self._close.then = self._store = None
