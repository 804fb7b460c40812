"""Opening the export dialog for the first time imported its modules (a dozen and a half) on the GUI thread: 50 ms of
the window frozen as the dialog first opened on a quiet machine, up to 300 ms on a busy one. They are imported on a
worker once the sheet is scored. A fresh interpreter (the modules are imported once per process): the real window
opens a sheet, scores it with the shipped models, and the export dialog opens; which thread imported the dialog is
noted as Python looks for it (imported_on_worker.py)."""
from __future__ import annotations

from imported_on_worker import scored_then

OPEN_EXPORT = """
window.show_export()
dialog = window.export_dialog
found = {"export": dialog is not None and dialog.isVisible()}
dialog.reject()
"""


def test_the_export_dialog_is_imported_on_a_worker_once_the_sheet_is_scored(tmp_path, shipped_bundles):
    got = scored_then(tmp_path, "grader_app.ui.export_dialog", OPEN_EXPORT)
    assert got["scored"] and got["export"], got
    assert got["on_gui_thread"] == [False], got      # looked for once, by a worker (was: by the GUI thread)
