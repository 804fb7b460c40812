"""The fitting child process (grader_app.learn.fit_process) is started with multiprocessing's spawn
method, which re-imports the parent's main module in the child. So every script and entry point that
can start it (the app, the benchmarks, the screenshots) does its work under
``if __name__ == "__main__":``, and a script that does not gets one clear line in the log saying why
its fitter is not used, instead of a 20-line RuntimeError text. (Here, not under tests/learn, only
because that is where this change's tests were to go; no Qt is involved.)"""
from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENTRY_POINTS = sorted(ROOT.glob("scripts/*.py")) + [ROOT / "grader_app" / "__main__.py",
                                                     ROOT / "build" / "grader_main.py"]
# what a script may do at import time, outside its guard: set the environment up, nothing that runs
SETUP_CALLS = {"os.environ.setdefault", "sys.path.insert"}


def _imported_by_scripts() -> set[str]:
    """The scripts other scripts import as modules."""
    names = {p.stem for p in ROOT.glob("scripts/*.py")}
    used: set[str] = set()
    for p in ROOT.glob("scripts/*.py"):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                used |= {a.name for a in node.names} & names
            elif isinstance(node, ast.ImportFrom) and node.module in names and not node.level:
                used.add(node.module)
    return used


_SHARED_BY_SCRIPTS = _imported_by_scripts()


def _is_main_guard(node: ast.stmt) -> bool:
    return isinstance(node, ast.If) and ast.unparse(node.test).replace("'", '"') == '__name__ == "__main__"'


@pytest.mark.parametrize("path", ENTRY_POINTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_script_and_entry_point_works_under_a_main_guard(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # a module the scripts share (flagged_sessions.py) is never run itself: no guard, but nothing runs at its import
    assert any(_is_main_guard(node) for node in tree.body) or path.stem in _SHARED_BY_SCRIPTS, \
        f"{path.name} has no `if __name__ == \"__main__\":`"
    for node in tree.body:
        if _is_main_guard(node) or isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef,
                                                     ast.Assign, ast.AnnAssign)):
            continue
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            continue
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):   # a docstring
            continue
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and \
                ast.unparse(node.value.func) in SETUP_CALLS:
            continue
        pytest.fail(f"{path.name}:{node.lineno} runs at import time, outside the main guard: {ast.unparse(node)[:80]}")


SCRIPT = """
import logging, sys
sys.path[:0] = [{root!r}, {learn_tests!r}]
from invented import invented_class
from grader_app.learn.assistant import MarkingAssistant
from grader_app.learn.fit_process import FitProcess


def fit_once():
    texts, scores = invented_class(60, seed=3)
    a = MarkingAssistant(texts, labels=[0, 1, 2], seed=0)
    for i in range(30):
        a.decide([i], scores[i])
    fp = FitProcess(start_timeout=90)
    try:
        fp.fit(a.fit_job())
    finally:
        fp.close()
    print(f"child_fits={{fp.stats.child_fits}} thread_fits={{fp.stats.thread_fits}}", flush=True)

"""


def _run(tmp_path: Path, guarded: bool) -> subprocess.CompletedProcess:
    body = SCRIPT.format(root=str(ROOT), learn_tests=str(ROOT / "tests" / "learn"))
    body += 'if __name__ == "__main__":\n    fit_once()\n' if guarded else "fit_once()\n"
    script = tmp_path / ("guarded.py" if guarded else "unguarded.py")
    script.write_text(textwrap.dedent(body), encoding="utf-8")
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=240,
                          env={"PATH": "/usr/bin:/bin", "OMP_NUM_THREADS": "1", "HOME": str(tmp_path)})


def test_a_script_without_a_main_guard_is_told_why_in_one_line(tmp_path):
    run = _run(tmp_path, guarded=False)
    assert run.returncode == 0, run.stderr[-2000:]
    # the child re-ran the script: there the fitter could not start and fitted in-process; the parent's fit
    # went to the child once that was over
    assert run.stdout.splitlines() == ["child_fits=0 thread_fits=1", "child_fits=1 thread_fits=0"]
    said = [line for line in run.stderr.splitlines() if "fitting process" in line]
    assert len(said) == 1, run.stderr
    assert "spawn start method re-imports" in said[0] and 'if __name__ == "__main__":' in said[0]
    assert "bootstrapping phase" not in run.stderr          # not the multiprocessing error's 20 lines


def test_the_same_script_with_a_main_guard_fits_in_the_child_and_logs_nothing(tmp_path):
    run = _run(tmp_path, guarded=True)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.splitlines() == ["child_fits=1 thread_fits=0"]
    assert "fitting process" not in run.stderr
