"""Choosing a marked sheet for "Make models from a marked sheet…" shows its dialog without importing scipy or
scikit-learn on the GUI thread. The score column the dialog proposes was guessed through the module that learns the
models, whose import pulls in scipy: a second or more (1.5 s measured on a shared two-core machine) in which the
window froze between choosing the file and seeing the dialog. The guess is now made on the worker that reads the
sheet, from the module that reads score columns only (grader_app/learn/score_column.py)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from test_learning_needs_marks_said import _write
from test_learning_window import marked

ROOT = Path(__file__).resolve().parents[2]

# a fresh interpreter (the test process has scipy loaded already): the real window, the marked sheet chosen from its
# library's button, until the dialog is shown; every scipy or scikit-learn module imported on the GUI thread is noted
CHOOSE_THE_SHEET = """
import json, sys, threading, time
gui_imports = []

class Note:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("scipy", "sklearn") and threading.current_thread() is threading.main_thread():
            gui_imports.append(name)
        return None

sys.meta_path.insert(0, Note())
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from grader_app.bundles.library import Library
from grader_app.ui import model_actions
from grader_app.ui.main_window import MainWindow
from grader_app.ui.tasks import TaskManager
tasks = TaskManager()
window = MainWindow(library=Library.default(), tasks=tasks)
window.show()
model_actions.QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (sys.argv[1], ""))
QTest.mouseClick(window.start.library.learn_button, Qt.MouseButton.LeftButton)
end = time.monotonic() + 600   # a cap for a dialog that never shows: a loaded machine may take a minute or more
while not (window.models.learn_dialog is not None and window.models.learn_dialog.isVisible()):
    assert time.monotonic() < end, "the dialog never showed"
    app.processEvents()
    time.sleep(0.01)
dlg = window.models.learn_dialog
print(json.dumps({"gui_imports": sorted({n.split(".")[0] for n in gui_imports}), "score_column": dlg.score_column()}))
dlg.reject()
tasks.wait(20000)
window.close()
"""


def test_the_marked_sheet_dialog_shows_without_importing_scipy_on_the_gui_thread(tmp_path):
    sheet = _write(tmp_path / "last-year.csv", [(f"S{i}", "own-question", text, mark)
                                                 for i, (text, mark) in enumerate(marked(60, 5))])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GRADER_DATA_DIR=str(tmp_path / "data"),
               GRADER_SETTINGS_DIR=str(tmp_path / "settings"), GRADER_BUNDLES_DIR=str(tmp_path / "shipped_bundles"))
    out = subprocess.run([sys.executable, "-c", CHOOSE_THE_SHEET, str(sheet)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=900)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["score_column"] == "Mark"           # the guess still made, the dialog proposing the marks' column
    assert got["gui_imports"] == []
