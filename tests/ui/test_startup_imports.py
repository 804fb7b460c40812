"""Opening the window imports none of what learning and model building need (scipy, scikit-learn, the onnx package),
nor pandas, which holds a sheet once it is read: seconds of work on the GUI thread before the window shows. They come
later, on a worker or in the fitting process (test_learning_window.py shows the fits run off the GUI thread; a sheet
is read on a worker too)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("scipy", "sklearn", "onnx", "pandas")

# a fresh interpreter: the window as the tests build it, on the shipped bundles, shown and its start-up events handled
OPEN_THE_WINDOW = f"""
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
import grader_app.ui.main_window
from grader_app.bundles.library import Library
from grader_app.ui.main_window import MainWindow
from grader_app.ui.tasks import TaskManager
tasks = TaskManager()
window = MainWindow(library=Library.default(), tasks=tasks)
window.show()
end = time.monotonic() + 1.0
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.01)
tasks.wait(20000)
print(json.dumps({{"bundles": len(window.library.bundles), "problems": window.library.problems,
                  "shown": window.isVisible(), "heavy": [m for m in {HEAVY!r} if m in sys.modules]}}))
window.close()
"""


def test_opening_the_window_imports_neither_scipy_nor_scikit_learn_nor_onnx_nor_pandas(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GRADER_DATA_DIR=str(tmp_path / "data"),
               GRADER_SETTINGS_DIR=str(tmp_path / "settings"))
    env.pop("GRADER_BUNDLES_DIR", None)   # the shipped bundles: each one's model is checked as the window reads it
    out = subprocess.run([sys.executable, "-c", OPEN_THE_WINDOW], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    shipped = len(list((ROOT / "model_bundles").glob("*.gradebundle")))
    assert shipped and got["bundles"] == shipped and got["problems"] == {} and got["shown"]
    assert got["heavy"] == []
