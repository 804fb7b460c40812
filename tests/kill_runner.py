"""The kill-and-reopen runner of the crash tests: a child Python process does real work, says how far it got,
and is killed with SIGKILL (no close, no flush, no atexit); the test then opens the project file again.

    with killed_child(tmp_path, CHILD, sheet_path, folder) as proc:
        assert proc.stdout.readline().strip() == "DONE", proc.stderr.read()
    assert proc.returncode == -signal.SIGKILL

Inside the ``with`` the test reads what the child prints (``proc`` is its ``subprocess.Popen``, text mode). When
the block ends, the child is killed with SIGKILL at once. A child says its word only once its project store's writer
thread has written what it made (``store._writer.wait_for()``: it waits, and asks for no flush and no commit), so the
kill comes after the writer's commit however busy the machine is (a fixed 0.2 s was not enough: beside 6 CPU hogs the
writer finished a burst of 400 decisions up to 410 ms after the last), while a change the writer kept back for a flush
or a close, or one never handed to it, is lost and fails the test. If the block raises, the child is killed at once;
a watchdog kills it after 600 s whatever happens (a cap: the child opens and scores a sheet first). The child runs
``source`` as a script with ``args`` (made strings), the repository root on its ``PYTHONPATH`` and the offscreen Qt
platform.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

needs_sigkill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@contextmanager
def killed_child(tmp_path: Path, source: str, *args):
    """Run ``source`` in a child process; SIGKILL it as the ``with`` block ends (see the module)."""
    script = tmp_path / "child.py"
    script.write_text(source, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, str(script), *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    watchdog = threading.Timer(600, proc.kill)
    watchdog.start()
    try:
        yield proc
        os.kill(proc.pid, signal.SIGKILL)     # no chance to clean up: what the writer committed is all
        proc.wait(timeout=30)
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
