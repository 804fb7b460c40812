"""The first-paint probe that scripts/bench_build.py reads: real widgets, a real app process."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow

from grader_app.ui.startup_probe import FirstPaintWatcher, install

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_watcher_reports_the_first_paint_once(qtbot):
    win = QMainWindow()
    win.setCentralWidget(QLabel("hello"))
    qtbot.addWidget(win)
    stamps: list[float] = []
    before = time.monotonic()
    FirstPaintWatcher(win, stamps.append)
    win.show()
    qtbot.waitUntil(lambda: len(stamps) == 1, timeout=5000)
    win.update()
    win.repaint()
    qtbot.wait(50)
    assert len(stamps) == 1
    assert before <= stamps[0] <= time.monotonic()


def test_install_does_nothing_without_the_variable(qtbot, monkeypatch):
    monkeypatch.delenv("GRADER_STARTUP_PROBE", raising=False)
    win = QMainWindow()
    qtbot.addWidget(win)
    assert install(win) is None


def test_the_app_writes_its_first_paint_time_and_quits(tmp_path):
    """`python -m grader_app` with the probe armed: the real run_app paints, records and exits 0."""
    probe = tmp_path / "first-paint"
    env = dict(os.environ, GRADER_STARTUP_PROBE=str(probe), QT_QPA_PLATFORM="offscreen",
               GRADER_DATA_DIR=str(tmp_path / "data"), GRADER_SETTINGS_DIR=str(tmp_path / "settings"),
               GRADER_BUNDLES_DIR=str(tmp_path / "none"))
    t0 = time.monotonic()
    # it ends itself once painted: the cap is for an app that never would (a start took 10-12 s beside 6 CPU hogs)
    res = subprocess.run([sys.executable, "-m", "grader_app"], env=env, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    stamp = float(probe.read_text())
    assert t0 < stamp < time.monotonic()
