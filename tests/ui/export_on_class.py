"""The export dialog on a small class's sheet written to disk and scored by real bundles, as the tests of a dialog
closed (or deleted) while a worker asks the disk open it: the sheet in a folder whose name has a space."""
from __future__ import annotations

from pathlib import Path

from grader_app.core.session import GradingSession
from grader_app.ui.export_dialog import XLSX, ExportDialog
from ui_helpers import make_long_csv, scored_csv_session, tiny_bundles


def class_sheet(tmp_path: Path) -> Path:
    """Four students' answers to one question, in ``Science 9B/class.csv`` below ``tmp_path``."""
    return make_long_csv(tmp_path / "Science 9B" / "class.csv", n_students=4)


def class_session(sheet_path: Path, tmp_path: Path) -> GradingSession:
    """``sheet_path`` read and scored by the real tiny bundle of its question (written below ``tmp_path``)."""
    return scored_csv_session(sheet_path, tiny_bundles(tmp_path / "bundles", items=("asap-sas-1",)))


def opened_xlsx(qtbot, sheet_path: Path, tmp_path: Path, task_manager) -> ExportDialog:
    """The export dialog of ``sheet_path``'s scored session, opened, the folder to suggest found by its worker, the
    graded sheet (.xlsx) chosen. Not given to ``qtbot`` (a test may delete it)."""
    dlg = ExportDialog(class_session(sheet_path, tmp_path), sheet_path, task_manager)
    dlg.open()
    qtbot.waitUntil(lambda: task_manager.tasks() == [], timeout=10000)   # the folder to suggest is in
    dlg.set_format(XLSX)
    return dlg
