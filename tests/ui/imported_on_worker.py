"""The set-up the "imported on a worker" tests share: a fresh interpreter (a module is imported once per process) in
which the real window opens a long sheet, scores it with the shipped models, runs its events as long as the work that
follows scoring may wait for the results to be painted, and waits for its work to end, while an
entry of ``sys.meta_path`` notes, each time Python looks for the watched module, whether the GUI thread is the one
looking. Each test's own steps then open what it is about and say what they found."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ui_helpers import make_long_csv

ROOT = Path(__file__).resolve().parents[2]

_SCORED_WINDOW = """
import json, sys, threading, time
seen = []
WATCHED = sys.argv[2]

class Noted:   # notes the thread that imports the watched module; finds nothing itself
    def find_spec(self, name, path=None, target=None):
        if name == WATCHED:
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
# the work that follows scoring starts once the results are painted, at most PAINT_CAP_MS after it (b1a00902): as a
# teacher looks at her results, the window's events run that long before she opens anything
from grader_app.ui.after_paint import PAINT_CAP_MS
looked = time.monotonic() + 2 * PAINT_CAP_MS / 1000
pump(lambda: time.monotonic() > looked, 600)
tasks.wait(600000)
"""

_SAID = """
print(json.dumps({**found, "scored": bool(scored), "on_gui_thread": seen}))
window.close()
"""


def scored_then(tmp_path: Path, watched: str, then: str) -> dict:
    """Runs the child: the scored window, then ``then`` (Python source that sets ``found``, a dict of what it saw, and
    closes what it opened); returns ``found`` with ``scored`` (the sheet was scored) and ``on_gui_thread`` (for each
    time ``watched`` was looked for, whether by the GUI thread)."""
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OMP_NUM_THREADS="1", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", _SCORED_WINDOW + then + _SAID, str(sheet), watched],
                          capture_output=True, text=True, env=env, cwd=str(tmp_path), timeout=2700)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
