"""Opening the review for the first time imported two dozen modules on the GUI thread: on a school year's sheet (10,000
answers) the window froze for 0.6–0.8 s, 0.4–0.5 s of it the imports (scripts/bench_gui_stalls.py). They are imported
on a worker once the sheet is scored. A fresh interpreter (the modules are imported once per process): the real window
opens a sheet, scores it with the shipped models, and the review opens; which thread imported the review view is
noted as Python looks for it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ui_helpers import make_long_csv

ROOT = Path(__file__).resolve().parents[2]

OPEN_AND_REVIEW = """
import json, sys, threading, time
seen = []

class Noted:   # notes the thread that imports the review view; finds nothing itself
    def find_spec(self, name, path=None, target=None):
        if name == "grader_app.ui.review_view":
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
window.results.request_review()
pump(lambda: window.review_view is not None and window.review_view.isVisible(), 600)
print(json.dumps({"scored": bool(scored), "review": window.review_view is not None and window.review_view.isVisible(),
                  "on_gui_thread": seen}))
window.close()
"""


def test_the_review_screen_is_imported_on_a_worker_once_the_sheet_is_scored(tmp_path, shipped_bundles):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OMP_NUM_THREADS="1", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", OPEN_AND_REVIEW, str(sheet)], capture_output=True, text=True,
                          env=env, cwd=str(tmp_path), timeout=2700)
    assert done.returncode == 0, done.stderr[-3000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["scored"] and got["review"], got
    assert got["on_gui_thread"] == [False], got      # looked for once, by a worker
