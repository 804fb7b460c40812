"""A main window left open with its sheet and review screen when the interpreter exits (a script, the self-test, a test
that forgot to close it) is torn down quietly. Its undo stack, deleted after the review screen and the status bar it
tells, clears itself as it goes, and its ``indexChanged`` reached them through slots that hold them weakly: their
Python objects lived on, their C++ sides were gone, and each such step printed a RuntimeError ("Internal C++ object
(MessageBar) already deleted", "(FoldingLabel) already deleted"). A weakly held slot now does nothing once its
receiver's C++ side is deleted, and still calls it while it is whole."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from shiboken6 import Shiboken

from grader_app.ui.weak_slots import weak_slot

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from grader_app.bundles.library import Library
    from grader_app.ui.main_window import MainWindow
    from ui_helpers import make_long_csv, tiny_bundles

    def wait_for(condition, seconds=120):
        end = time.monotonic() + seconds
        while not condition():
            assert time.monotonic() < end, "timed out"
            app.processEvents()
            time.sleep(0.01)

    here = Path(sys.argv[2])
    window = MainWindow(library=Library.load([tiny_bundles(here / "bundles")]))
    window.show()
    window.open_sheet(make_long_csv(here / "class.csv"))
    wait_for(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible())
    window.mapping_dialog.ok_button.click()
    wait_for(lambda: window.session is not None and not window.results.figures_pending())
    window.show_review(window.session.review_queue(), None)
    QTest.keyClick(window.review_view, Qt.Key.Key_1)
    wait_for(lambda: window.session.decisions and not window.store.unsaved)
    print("decided", len(window.session.decisions), flush=True)
    # the interpreter exits here, the window open
""")


def test_a_window_left_open_at_exit_is_torn_down_without_errors(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OMP_NUM_THREADS="1", GRADER_DATA_DIR=str(tmp_path / "data"),
               GRADER_SETTINGS_DIR=str(tmp_path / "settings"), GRADER_BUNDLES_DIR=str(tmp_path / "shipped"))
    (tmp_path / "shipped").mkdir()
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT / "tests" / "ui"), str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=240)
    assert done.returncode == 0, f"the process ended with {done.returncode}:\n{done.stderr[-3000:]}"
    assert done.stdout.split()[:1] == ["decided"], done.stdout + done.stderr[-3000:]
    assert "Error" not in done.stderr and "Traceback" not in done.stderr, done.stderr[-3000:]


class _Sender(QObject):
    said = Signal(int)


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list[int] = []

    def hear(self, value: int) -> None:
        self.objectName()   # what a slot of a widget does: reach its C++ side
        self.heard.append(value)


def test_a_weak_slot_calls_its_receiver_while_whole_and_nothing_once_its_cpp_side_is_deleted(qtbot):
    sender, receiver = _Sender(), _Receiver()
    sender.said.connect(weak_slot(receiver.hear, takes=1))
    sender.said.emit(1)
    assert receiver.heard == [1]
    Shiboken.delete(receiver)   # the C++ side gone, the Python object still held here
    assert not Shiboken.isValid(receiver)
    with qtbot.captureExceptions() as raised:
        sender.said.emit(2)   # before: RuntimeError, Internal C++ object (_Receiver) already deleted
    assert [str(e[1]) for e in raised] == [] and receiver.heard == [1]
