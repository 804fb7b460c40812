"""Opening the export dialog for the first time imported its modules (a dozen and a half) on the GUI thread: 50 ms of
the window frozen as the dialog first opened on a quiet machine, up to 300 ms on a busy one. They are imported on a
worker once the sheet is scored. A fresh interpreter (the modules are imported once per process): the real window
opens a sheet, scores it with the shipped models, and the export dialog opens; which thread imported the dialog is
noted as Python looks for it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ui_helpers import make_long_csv

ROOT = Path(__file__).resolve().parents[2]

OPEN_AND_EXPORT = """
import json, sys, threading, time
seen = []

class Noted:   # notes the thread that imports the export dialog; finds nothing itself
    def find_spec(self, name, path=None, target=None):
        if name == "grader_app.ui.export_dialog":
            seen.append(threading.current_thread() is threading.main_thread())
        return None

sys.meta_path.insert(0, Noted())
from PySide6.QtWidgets import QApplication
app = QApplication([])
from grader_app.bundles.library import Library
from grader_app.ui.main_window import MainWindow
from grader_app.ui.tasks import TaskManager
tasks = TaskManager()
window = MainWindow(library=Library.default(), tasks=tasks)
window.show()
scored = []
window.scoringFinished.connect(lambda: scored.append(True))

def pump(until, limit):
    end = time.monotonic() + limit
    while not until() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)

window.open_sheet(sys.argv[1])
pump(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), 600)   # caps, each
window.mapping_dialog.accept()
pump(lambda: bool(scored), 600)
tasks.wait(600000)
window.show_export()
dialog = window.export_dialog
shown = dialog is not None and dialog.isVisible()
print(json.dumps({"scored": bool(scored), "export": shown, "on_gui_thread": seen}))
dialog.reject()
window.close()
"""


def test_the_export_dialog_is_imported_on_a_worker_once_the_sheet_is_scored(tmp_path, shipped_bundles):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OMP_NUM_THREADS="1", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", OPEN_AND_EXPORT, str(sheet)], capture_output=True, text=True,
                          env=env, cwd=str(tmp_path), timeout=2700)
    assert done.returncode == 0, done.stderr[-3000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["scored"] and got["export"], got
    assert got["on_gui_thread"] == [False], got      # looked for once, by a worker (was: by the GUI thread)
