"""The frozen Linux app in dist/grader (made by build/build.py; CI builds it before the tests).

* it carries Qt's xcb helper libraries and opens a real window on a real X server (Xvfb, the xcb
  platform, not offscreen) where the system lacks them, as a stock desktop may;
* it opens no socket, looks up no host and writes nothing outside its run's folder (strace, the
  same detector as tests/test_no_network.py).

Skipped, with the reason, when there is no build in dist/.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
from syslibs import STRICT, XCB_UTILS, namespace_problem, without_libs  # noqa: E402
from test_no_network import (SAMPLE, _bundles_env, _clean_env, assert_no_runtime_log,  # noqa: E402
                             traced_run, xvfb_display)

APP = ROOT / "dist" / "grader" / "grader"
CAP_S = 600.0   # a generous cap on a wait for the frozen app: it ends only a wait that would never end (the app's own
                # end ends it at once); a loaded machine may take minutes where a quiet one takes seconds
pytestmark = [pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build"),
              pytest.mark.skipif(not APP.is_file(), reason="no frozen build in dist/grader "
                                 "(python3 build/build.py, or bash scripts/ci-build-smoke.sh, makes it)")]


def _need(problem: str | None) -> None:
    if problem:
        if STRICT:
            pytest.fail(f"GRADER_REQUIRE_SYSCALL_TESTS=1 but {problem}")
        pytest.skip(problem)


def test_the_build_carries_the_xcb_helper_libraries():
    internal = APP.parent / "_internal"
    missing = [s for s in XCB_UTILS if not (internal / s).is_file()]
    assert missing == [], f"dist/grader lacks {missing}: build on a machine that has them (.ci/run installs them)"


def _window_names(display: str) -> str:
    return subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                          env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "DISPLAY": display}).stdout


def test_the_frozen_app_opens_a_real_window_where_the_system_lacks_the_xcb_helpers(tmp_path):
    _need(namespace_problem())
    _need(None if shutil.which("xwininfo") else "xwininfo is not installed (Debian: apt-get install x11-utils)")
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    with xvfb_display() as display:
        env = _clean_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(work),
                         GRADER_SETTINGS_DIR=str(work / "settings"), GRADER_DATA_DIR=str(work / "data"),
                         **_bundles_env(tmp_path))
        # the whole self-test (window shown and painted, sample scored, export read back) on the X server
        st = subprocess.run(without_libs(tmp_path / "ns0", XCB_UTILS, [APP, "--self-test"]), capture_output=True,
                            text=True, env=env, cwd=work, timeout=CAP_S)
        assert st.returncode == 0, st.stdout[-2000:] + st.stderr[-2000:]
        assert "Self-test passed" in st.stdout

        # and the app as a teacher starts it: its main window must appear among the X server's windows
        assert "Grader" not in _window_names(display)
        seen = _wait_for_window(without_libs(tmp_path / "ns1", XCB_UTILS, [APP]), display, env, work)
        assert seen.shown and seen.exit_code is None, f"no window named Grader on the X server: {seen}"


@dataclass
class Seen:
    """What the wait for the app's window saw: whether the window came, after how long, and the app's state then."""

    shown: bool
    after_s: float
    exit_code: int | None   # None: the app was still running when the wait ended
    stderr: str
    names: str

    def __str__(self) -> str:
        state = "was still running" if self.exit_code is None else f"had ended with exit code {self.exit_code}"
        return (f"after {self.after_s:.1f} s the app had {'shown' if self.shown else 'not shown'} its window and "
                f"{state}; its stderr ended:\n{self.stderr[-2000:]}\nthe X server's windows ended:\n{self.names[-2000:]}")


def _wait_for_window(cmd: list[str], display: str, env: dict[str, str], work: Path) -> Seen:
    """Start the app and wait for its window named "Grader" on the X server for as long as the app runs, up to
    ``CAP_S`` (a fixed 60 s failed a CI run at load ~10); then end it. Its output goes to files (a pipe nobody
    reads while it starts could fill and stop it)."""
    out, err = work / "app.stdout", work / "app.stderr"
    with open(out, "wb") as o, open(err, "wb") as e:
        app = subprocess.Popen(cmd, stdout=o, stderr=e, env=env, cwd=work)
    t0, names, shown = time.monotonic(), "", False
    try:
        while time.monotonic() - t0 < CAP_S and app.poll() is None:
            names = _window_names(display)
            if '"Grader"' in names:
                shown = True
                break
            time.sleep(0.3)
        after, code = time.monotonic() - t0, app.poll()
    finally:
        app.terminate()
        try:
            app.wait(60)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
    return Seen(shown, after, code, err.read_text(errors="replace"), names)


def test_frozen_grader_score_is_offline_and_writes_only_its_output(tmp_path):
    out_file = tmp_path / "work" / "graded.xlsx"
    run = traced_run([APP, "score", SAMPLE, "--out", out_file], tmp_path, _bundles_env(tmp_path))
    assert run.proc.returncode == 0, run.proc.stderr
    assert out_file.stat().st_size > 0
    assert_no_runtime_log(run.proc.stderr)
    run.assert_clean()


def test_frozen_self_test_is_offline(tmp_path):
    run = traced_run([APP, "--self-test"], tmp_path, {"QT_QPA_PLATFORM": "offscreen", **_bundles_env(tmp_path)})
    assert run.proc.returncode == 0, run.proc.stdout[-2000:] + run.proc.stderr[-2000:]
    assert "Self-test passed" in run.proc.stdout
    run.assert_clean()
