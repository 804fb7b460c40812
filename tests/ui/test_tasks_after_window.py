"""Work that finishes after its window is gone ends silently: the worker's reports have no one to reach (the
program ended while it ran) or reach a window that was deleted; neither prints a traceback nor touches a widget."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from ui_helpers import make_long_csv

ROOT = Path(__file__).resolve().parents[2]

# The real window (its own task manager, as the app makes it) scoring a sheet slowly, and a one-shot task and a
# generator bound to it; the program then ends while they run, as when the window is closed in the middle of work
# and the app goes (or a script driving the window stops).
_SCRIPT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from grader_app.bundles.library import Library
    import grader_app.ui.scoring_controller as sc
    from grader_app.ui.main_window import MainWindow
    real = sc.score
    def slow(session, bundles, **kw):
        kw["batch_size"] = 2
        for batch in real(session, bundles, **kw):
            yield batch
            time.sleep(0.3)          # deaf to Cancel: the work outlives the window
    sc.score = slow
    w = MainWindow(library=Library.default())
    w.show()
    def gen():
        for i in range(4):
            time.sleep(0.2)
            yield i
    w.tasks.run(time.sleep, 0.8, on_done=lambda _r: w.results.sentence.setText("late"))
    w.tasks.run_generator(gen, on_yield=lambda i: w.results.counts.setText(str(i)))
    w.open_sheet(Path(sys.argv[1]))
    end = time.monotonic() + 600   # caps for a window that never gets there: a loaded machine is many times slower
    while time.monotonic() < end and not (w.mapping_dialog is not None and w.mapping_dialog.isVisible()):
        app.processEvents(); time.sleep(0.01)
    w.mapping_dialog.ok_button.click()
    end = time.monotonic() + 600
    while time.monotonic() < end and not w.scoring.busy:
        app.processEvents(); time.sleep(0.01)
    print("scoring" if w.scoring.busy else "not scoring", flush=True)
""")


def test_program_ending_while_work_runs_prints_nothing(tmp_path, shipped_bundles):
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=30)
    script = tmp_path / "end_mid_work.py"
    script.write_text(_SCRIPT, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", OMP_NUM_THREADS="1")
    done = subprocess.run([sys.executable, str(script), str(sheet)], capture_output=True, text=True, env=env,
                          cwd=str(tmp_path), timeout=1500)
    assert done.stdout.strip() == "scoring"              # the program ended with the scoring worker still running
    err = "\n".join(line for line in done.stderr.splitlines() if "propagateSizeHints" not in line)
    assert "Traceback" not in err and "RuntimeError" not in err, err
    assert done.returncode == 0


def test_a_deleted_window_hears_nothing_from_work_it_started(qtbot, shipped_bundles):
    """The window, and the task manager it owns, deleted while a task runs: the task's callbacks (which would
    reach the window's widgets) are not called when it ends, and nothing is raised."""
    import shiboken6

    from grader_app.bundles.library import Library
    from grader_app.ui.main_window import MainWindow

    w = MainWindow(library=Library.default())
    w.show()
    qtbot.waitExposed(w)
    gate, called = threading.Event(), []
    results = w.results

    def late(value) -> None:
        called.append(value)
        results.sentence.setText("late")   # a widget of the deleted window

    task = w.tasks.run(lambda: gate.wait(10) and 1, on_done=late, on_error=late)
    threading.Timer(0.3, gate.set).start()
    shiboken6.delete(w)   # the task manager's pool waits for the worker as it goes with the window
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    qtbot.wait(50)
    assert called == []
