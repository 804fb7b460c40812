"""A review screen let go of without a parent is freed by the garbage collector without crashing the process.

Once a standalone ReviewView became collectable, a plain script that made one (three answers), showed it, closed it,
dropped it and called gc.collect() died of a segmentation fault inside the collector: PySide's clearing of a garbage
cycle hands a layout item's wrapper (the QWidgetItem of the Back button's row, made when the filled row was added to
the view's layout) the ownership of an item its layout still holds, and the item was deleted twice. The script runs in
a child process, so a crash fails this test and not the suite."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import gc, sys, weakref
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from grader_app.ui.review_view import ReviewView
    from ui_helpers import one_question_session

    def let_go():
        session = one_question_session([(f"S{i}", f"Student {i}", t) for i, t in enumerate(["a", "b", "c"])])
        stack = QUndoStack()
        view = ReviewView(session, stack)
        view.resize(1000, 800)
        view.show()
        for _ in range(5):
            app.processEvents()
        view.set_queue([a.key for a in session.answers])
        for _ in range(5):
            app.processEvents()
        view.close()
        return weakref.ref(view), stack

    page, stack = let_go()
    for _ in range(3):
        app.processEvents()
        gc.collect()
    print("collected" if page() is None else "alive", flush=True)
""")


def test_a_review_screen_let_go_of_is_collected_without_a_crash(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OMP_NUM_THREADS="1")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT / "tests" / "ui")], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=240)
    assert done.returncode == 0, f"the process ended with {done.returncode}:\n{done.stderr[-3000:]}"
    assert done.stdout.split()[-1:] == ["collected"], done.stdout + done.stderr[-3000:]
