"""The app opens no network connection: no network module in the app's code, and none used at run time.

The run-time check installs an audit hook (PEP 578) in a child process that records every
``socket.*`` event (creating, connecting, binding or resolving) and then runs the headless
``grader score`` and the desktop app's own self-test (open the window offscreen, score the sample
sheet, export). The developer side (``grader_app/distill``) is out of scope: it never ships.
"""
import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "grader_app"
NETWORK_MODULES = ("socket", "ssl", "http", "urllib", "ftplib", "smtplib", "requests", "urllib3",
                   "xmlrpc", "asyncio", "PySide6.QtNetwork", "PySide6.QtWebEngineCore")

HOOK = r"""
import json, sys
events = []
def hook(event, args):
    if event.startswith("socket."):
        events.append([event, repr(args)[:120]])
sys.addaudithook(hook)
"""
REPORT = 'print("SOCKET-EVENTS " + json.dumps(events))\n'
HOOKED = HOOK + r"""
sys.argv = ["grader", *json.loads(sys.argv[1])]
code = 0
try:
    from grader_app.__main__ import main
    code = main(sys.argv[1:])
except SystemExit as e:
    code = e.code
""" + REPORT + "sys.exit(code or 0)\n"


def _imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module)
    return names


def test_no_app_module_imports_a_network_module():
    offenders = []
    for path in PKG.rglob("*.py"):
        if path.relative_to(PKG).parts[0] == "distill":
            continue
        for name in _imported(path):
            if any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def _run_hooked(args: list[str], tmp_path: Path, code: str = HOOKED) -> tuple[subprocess.CompletedProcess, list]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GRADER_DATA_DIR=str(tmp_path / "data"),
               GRADER_SETTINGS_DIR=str(tmp_path / "settings"), PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code, json.dumps(args)], capture_output=True, text=True,
                         env=env, cwd=tmp_path, timeout=300)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("SOCKET-EVENTS ")]
    assert lines, f"the child did not report (exit {out.returncode}): {out.stderr[-2000:]}"
    return out, json.loads(lines[-1].split(" ", 1)[1])


def test_the_hook_sees_a_socket(tmp_path):
    """Control: the same harness does record a socket when one is made."""
    code = HOOK + "import socket\nsocket.socket().close()\n" + REPORT
    out, events = _run_hooked([], tmp_path, code)
    assert out.returncode == 0, out.stderr
    assert [e[0] for e in events][:1] == ["socket.__new__"]


def _sample_models_installed() -> bool:
    return all((ROOT / "model_bundles" / f"asap-sas-{n}.gradebundle").exists() for n in (1, 5, 10))


@pytest.mark.skipif(not _sample_models_installed(), reason="the shipped asap-sas bundles are not in model_bundles/")
def test_grader_score_opens_no_socket(tmp_path):
    out_file = tmp_path / "graded.xlsx"
    out, events = _run_hooked(["score", str(ROOT / "assets" / "sample-class.xlsx"), "--out", str(out_file)], tmp_path)
    assert out.returncode == 0, out.stderr
    assert out_file.stat().st_size > 0
    assert events == []


@pytest.mark.skipif(not _sample_models_installed(), reason="the shipped asap-sas bundles are not in model_bundles/")
def test_the_app_self_test_opens_no_socket(tmp_path):
    out, events = _run_hooked(["--self-test", "--keep", str(tmp_path / "export")], tmp_path)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "Self-test passed" in out.stdout
    assert any((tmp_path / "export").iterdir()), "the self-test wrote no export"
    assert events == []
