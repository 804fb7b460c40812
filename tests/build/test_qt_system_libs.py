"""Qt's system libraries on Linux: scripts/run.sh names what is missing and the command that installs it.

The "stock desktop" is made for real: the xcb helper libraries are hidden in a private mount
namespace (tests/build/syslibs.py), and the real Qt plugin in .venv is checked with the real ldd.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from syslibs import STRICT, XCB_UTILS, namespace_problem, system_lib, without_libs  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = sorted(ROOT.glob(".venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so"))


def _need_namespace() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    problem = namespace_problem()
    missing = [s for s in XCB_UTILS if system_lib(s) is None]
    if missing:
        problem = f"this machine itself lacks {', '.join(missing)} (apt-get install {' '.join(XCB_UTILS[m] for m in missing)})"
    if not PLUGIN:
        problem = "no PySide6 xcb plugin in .venv"
    if problem:
        if STRICT:
            pytest.fail(f"GRADER_REQUIRE_SYSCALL_TESTS=1 but {problem}")
        pytest.skip(problem)


def _run_sh_check(cmd_prefix=None, env_extra=None) -> subprocess.CompletedProcess:
    cmd = ["bash", str(ROOT / "scripts" / "run.sh"), "--check-qt"]
    env = {"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "HOME": "/nonexistent", **(env_extra or {})}
    return subprocess.run(cmd_prefix(cmd) if cmd_prefix else cmd, capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def test_the_check_passes_where_the_libraries_are_there():
    _need_namespace()
    out = _run_sh_check()
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Qt's system libraries are all there."


def test_run_sh_names_the_missing_libraries_and_the_one_install_command(tmp_path):
    _need_namespace()
    # control: inside the namespace the loader really cannot find them
    probe = subprocess.run(without_libs(tmp_path / "ns0", XCB_UTILS, [
        sys.executable, "-c", "import ctypes, sys\nfor n in sys.argv[1:]:\n    try:\n        ctypes.CDLL(n); print('found', n)\n"
        "    except OSError:\n        print('missing', n)", *XCB_UTILS]), capture_output=True, text=True, timeout=60)
    assert probe.stdout.split() == [w for s in XCB_UTILS for w in ("missing", s)], probe.stdout + probe.stderr

    out = _run_sh_check(lambda cmd: without_libs(tmp_path / "ns1", XCB_UTILS, cmd))
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert lines[0].startswith("grader: Qt cannot open a window: this system lacks ")
    assert all(s in lines[0] for s in XCB_UTILS)
    # Debian here: exactly one install line, with exactly the three packages
    install = [ln for ln in lines if "install" in ln]
    assert len(install) == 1
    assert install[0].split("Install them with:")[1].split() == ["sudo", "apt-get", "install", "-y",
                                                                  *sorted(XCB_UTILS.values())]


def test_offscreen_needs_no_window_libraries(tmp_path):
    _need_namespace()
    out = _run_sh_check(lambda cmd: without_libs(tmp_path / "ns", XCB_UTILS, cmd), {"QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
