"""The open sheet deleted, moved or renamed while Grader has it open (:class:`SheetWatch`).

Grader reads a sheet and lets go of the file; the decisions go into the project file beside it, which keeps only each
answer's hash, not its text. So a sheet that is gone when the teacher closes leaves decisions that nothing can show
again until the sheet is back. Before, nothing said so: she closed, and the answers were not there to reopen.

Whether the sheet is still where it was opened from is looked at on a worker (a network share may not answer; the GUI
thread never waits for it): each time Grader's window becomes active again (a file is moved or deleted in another
window, a file manager's, so she comes back to Grader afterwards) and every :data:`LOOK_EVERY_MS` while the sheet is
open (a sync client or a colleague's script moves it while she keeps working). Once gone, the teacher is told in the
notes above the results what happened and what to do: put the sheet back, or, if she moved or renamed it, open it from
where it is now (Grader offers it these decisions), or export the graded sheet now. Once back, that is said too.

Closing the sheet (or quitting, or opening another) while it is gone asks first, after looking once more on a worker:
export the graded sheet now (the sheet stays open: the least surprising, since what she sees is then kept in a file
she can use without Grader), close anyway (the decisions stay in the project file for when the sheet is back), or
cancel. Grader does not write a copy of the sheet on its own: it no longer holds the teacher's file, only what it read
from it, so a "copy" would be Grader's table passed off as her workbook; the export is that table, said as such.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton

from .box_buttons import open_asking
from .held_close import HeldClose

if TYPE_CHECKING:
    from .main_window import MainWindow

LOOK_EVERY_MS = 30000   # how often the sheet is looked for while Grader is used (and on each return to its window)
translate = QCoreApplication.translate


def sheet_there(path: Path) -> bool:
    """Whether ``path`` still names something (on a worker: a share may be slow to answer). An error other than "not
    there" (a share that does not answer, a folder not readable) counts as there: the teacher is not told her sheet is
    gone on a guess."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):   # (its folder deleted, or a file put in the folder's place)
        return False
    except OSError:
        return True
    return True


def gone_text(sheet: Path, project: str) -> str:
    return translate("MainWindow", "{name} is no longer in {folder}: it was deleted, moved or renamed while open. Your "
                                   "decisions are safe in {project}, but Grader needs the sheet to show them again: put "
                                   "it back under its name, or, if you moved or renamed it, open it from its new place "
                                   "(Grader offers it these decisions); or export the graded sheet now (Ctrl+E)."
                     ).format(name=sheet.name, folder=sheet.parent, project=project)


def gone_brief(sheet: Path) -> str:
    return translate("MainWindow", "{name} is gone: see the note above.").format(name=sheet.name)


def back_text(sheet: Path) -> str:
    return translate("MainWindow", "{name} is back: nothing is lost.").format(name=sheet.name)


class SheetWatch(QObject):
    """Looks for the window's open sheet; ``window`` has ``store``, ``tasks``, ``news``, ``notices`` and
    ``show_export()`` (a :class:`~.main_window.MainWindow`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.path: Path | None = None   # the sheet watched (None while no sheet is open)
        self.gone = False               # it was not there when last looked for
        self._said = ""                 # the warning given, taken back once the sheet is back
        self._looking = False
        self._close = HeldClose()       # the close held back while the sheet is gone
        self.box: QMessageBox | None = None
        self.export_button: QPushButton | None = None
        self.close_button: QPushButton | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.look)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    # ----- watching -----------------------------------------------------------------------------------
    def watch(self, path: Path) -> None:
        self.path, self.gone, self._said = Path(path), False, ""
        self.timer.start()

    def stop(self) -> None:
        self.path, self.gone, self._said = None, False, ""
        self.timer.stop()

    def _state_changed(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.look()

    def look(self, then: Callable[[bool], object] | None = None) -> None:
        """Look for the sheet on a worker; ``then(gone)`` after, if given."""
        path = self.path
        if path is None or (self._looking and then is None):
            return
        self._looking = True
        self.window.tasks.run(sheet_there, path, on_done=lambda there: self._looked(path, there, then),
                              on_error=lambda _exc: self._looked(path, True, then), name="look for the open sheet")

    def _looked(self, path: Path, there: bool, then: Callable[[bool], object] | None) -> None:
        self._looking = False
        if path != self.path:   # another sheet since
            return
        w = self.window
        if not there and not self.gone:
            self.gone = True
            self._said = gone_text(path, w.store.path.name if w.store is not None else "")
            # on the bar in a few words (the path alone would fill it at 16 pt), whole in its tooltip and in the notes
            w.news.warn(gone_brief(path), 15000, detail=self._said)
            w.notices.add_problem(self._said)
        elif there and self.gone:
            self.gone = False
            w.news.notify(back_text(path), 8000, resolves=self._said)
            self._said = ""
        if then is not None:
            then(self.gone)

    # ----- closing -----------------------------------------------------------------------------------
    def holds_back(self, then: Callable[[], object]) -> bool:
        """True if the sheet was gone when last looked for: looked for once more and, if still gone, the teacher asked;
        ``then`` (the close) runs if it is back or she closes anyway."""
        if self._close.letting_go or self.path is None or not self.gone:
            return False
        busy = self._close.then is not None
        self._close.then = then
        if self.box is not None:
            self.box.raise_()
        elif not busy:
            self.look(lambda gone: self._ask() if gone else self._close.let_go())
        return True

    def _ask(self) -> None:
        w, path = self.window, self.path
        if path is None or self._close.then is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "The sheet is gone"), translate(
            "MainWindow", "{name} is no longer in {folder}. If you close now, your decisions stay in {project}, but "
                          "Grader can show them again only once the sheet is back.").format(
            name=path.name, folder=path.parent, project=w.store.path.name if w.store is not None else ""),
            QMessageBox.StandardButton.NoButton, w)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(translate("MainWindow", "Export the graded sheet now to keep the scores and comments in a "
                                                       "file of their own, or put the sheet back first."))
        self.export_button = box.addButton(translate("MainWindow", "&Export the graded sheet…"),
                                           QMessageBox.ButtonRole.AcceptRole)
        self.close_button = box.addButton(translate("MainWindow", "&Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        self.box = box
        open_asking(box, w, self.export_button, cancel, self._answered)

    def _answered(self, clicked: QAbstractButton | None) -> None:
        self.box = None
        if clicked is not None and clicked is self.close_button:
            self._close.let_go()
            return
        self._close.then = None   # Export… or Cancel: the sheet stays open
        if clicked is not None and clicked is self.export_button:
            self.window.show_export()
