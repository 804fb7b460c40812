"""Closing the window while an export is still being saved (a PDF is laid out on the GUI thread): the window waits,
closes itself once the file is written, and stays open if it could not be (the export dialog shows why), or if its list
of the students left out could not be (the dialog shows who they are)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

translate = QCoreApplication.translate


class CloseAfterExport(QObject):
    """Decides whether the window may close now; ``window`` has ``export_dialog``, ``news``, ``statusBar()`` and
    ``close()`` (a :class:`~.main_window.MainWindow`)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.waiting = False   # the window was asked to close while an export was being saved

    def keeps_open(self) -> bool:
        """True if an export is being saved: the window stays open until it is written (then closes itself)."""
        dialog = self.window.export_dialog
        if dialog is None or not dialog.busy:
            return False
        if not self.waiting:
            self.waiting = True
            dialog.exported.connect(self._saved_then_close)
            dialog.failed.connect(self._save_failed_stay)
        waiting = translate("MainWindow", "Still saving the export; Grader closes as soon as it is written.")
        self.window.statusBar().showMessage(waiting)
        dialog.done_label.setText(waiting)   # in front, where the teacher looks; a later status message may replace it
        return True

    def _saved_then_close(self, path: str) -> None:
        self._stop_waiting()
        if self.window.export_dialog.list_problem is not None:
            # the file is saved, its list of the students left out is not (open in Excel): the export window says who
            # they are and why; closing would lose both, and leave the old list on disk looking like theirs
            self.window.news.warn(translate("MainWindow", "{name} was saved, but its list of students left out was not, "
                                                          "so Grader stayed open; the export window says why.").format(
                name=Path(path).name), 10000)
            return
        self.window.close()

    def _save_failed_stay(self, _problem: str) -> None:
        self._stop_waiting()    # the export dialog shows why; the teacher decides what next
        self.window.news.warn(translate("MainWindow", "The export could not be saved, so Grader stayed open."), 10000)

    def _stop_waiting(self) -> None:
        self.waiting = False
        dialog = self.window.export_dialog
        if dialog is not None:
            dialog.exported.disconnect(self._saved_then_close)
            dialog.failed.disconnect(self._save_failed_stay)
