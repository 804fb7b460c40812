"""The dependency direction is a check that can fail (DESIGN §3)."""
import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "grader_app"


def test_core_io_bundles_scoring_load_neither_qt_nor_torch():
    code = (
        "import sys\n"
        "import grader_app.core.session, grader_app.core.grading, grader_app.core.review\n"
        "import grader_app.bundles.library, grader_app.scoring, grader_app.cli\n"
        "import grader_app.io.readers, grader_app.io.writers, grader_app.io.columns\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'torch', 'transformers'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_core_io_and_bundles_do_not_load_onnxruntime():
    """Only scoring.runtime loads it (the layering contract says so for the import graph; this, at run time)."""
    code = (
        "import sys\n"
        "import grader_app.core.session, grader_app.core.grading, grader_app.core.review\n"
        "import grader_app.io.readers, grader_app.io.writers, grader_app.io.project_store, grader_app.bundles.library\n"
        "print('onnxruntime' in sys.modules)\n"
        "import grader_app.scoring.model\n"
        "print('onnxruntime' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]   # and the control: the scorer does load it


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if node.level:  # relative: resolve against the file's package
                parts = path.relative_to(PKG.parent).with_suffix("").parts[:-node.level]
                mod = ".".join(parts + ((mod,) if mod else ()))
            names.add(mod)
    return names


def test_only_ui_imports_qt_and_nothing_imports_ui_or_distill():
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).parts
        imports = _imports(path)
        if rel[0] != "ui":
            assert not any(i.startswith("PySide6") for i in imports), f"{path.name} imports Qt outside ui/"
        if rel[0] != "distill":
            assert not any(i.split(".")[0] in ("torch", "transformers") for i in imports), f"{path.name} imports torch"
            assert not any(i.startswith("grader_app.distill") for i in imports), f"{path.name} imports distill"
        if rel[0] not in ("ui",) and rel != ("__main__.py",) and rel[0] != "selftest.py":
            assert not any(i.startswith("grader_app.ui") for i in imports), f"{'/'.join(rel)} imports the ui"


# ----- the checks of .ci/run (scripts/checks.sh: import-linter, ruff, mypy) fail on a violation ------
ROOT = PKG.parent


def _copy_of_the_package(tmp_path: Path) -> Path:
    """pyproject.toml (the contracts and the tools' settings), grader_app/ and translations/ (the translation
    check compares them), copied: the real tree stays clean."""
    import shutil

    tree = tmp_path / "tree"
    shutil.copytree(PKG, tree / "grader_app", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copytree(ROOT / "translations", tree / "translations")
    shutil.copy2(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def _checks(tree: Path) -> subprocess.CompletedProcess:
    import os
    import shutil

    tools = Path(sys.prefix) / "bin"
    missing = [t for t in ("lint-imports", "ruff", "mypy") if not (tools / t).exists()]
    if missing:
        import pytest

        if os.environ.get("GRADER_REQUIRE_SYSCALL_TESTS"):   # CI: the dev extra must be there
            pytest.fail(f"the dev extra is not installed ({', '.join(missing)} missing)")
        pytest.skip(f"needs the dev extra (bash scripts/setup-venv.sh test,dev): {', '.join(missing)} missing")
    assert shutil.which("bash")
    env = dict(os.environ, VENV=sys.prefix, MYPY_CACHE_DIR=str(tree.parent / "mypy-cache"))
    return subprocess.run(["bash", str(ROOT / "scripts" / "checks.sh"), str(tree)], capture_output=True,
                          text=True, env=env, timeout=600)


def test_a_qt_import_in_core_an_unused_import_and_a_type_error_each_fail_the_checks(tmp_path):
    tree = _copy_of_the_package(tmp_path)
    (tree / "grader_app" / "core" / "_violation.py").write_text(
        'import PySide6\n\ncount: int = "not a number"\n', encoding="utf-8")
    run = _checks(tree)
    out = run.stdout + run.stderr
    assert run.returncode != 0, out
    # each tool failed for this module's own violation, not for anything else
    assert "grader_app.core is not allowed to import PySide6" in out and "grader_app.core._violation -> PySide6" in out
    assert "Qt only in grader_app.ui BROKEN" in out and "Contracts: 4 kept, 1 broken." in out
    assert "F401" in out and "grader_app/core/_violation.py:1:8" in out and "Found 1 error." in out
    assert 'grader_app/core/_violation.py:3: error: Incompatible types in assignment' in out
    assert "Found 1 error in 1 file" in out
    assert out.rstrip().splitlines()[-1] == "checks: FAILED: lint-imports ruff mypy"


def test_the_same_copy_without_the_violation_keeps_every_contract(tmp_path):
    """The control: the copy itself is clean for import-linter (the cheap part), so the failure above is the violation's."""
    import os

    tree = _copy_of_the_package(tmp_path)
    lint = Path(sys.prefix) / "bin" / "lint-imports"
    if not lint.exists():
        import pytest

        pytest.skip("needs the dev extra (bash scripts/setup-venv.sh test,dev)")
    env = dict(os.environ, PYTHONPATH=str(tree))
    run = subprocess.run([str(lint), "--no-logo", "--no-cache"], cwd=tree, capture_output=True, text=True, env=env,
                         timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Contracts: 5 kept, 0 broken." in run.stdout


# ----- every part of grader_app is under the contracts (a module in none of them is checked by none) ------
def _parts() -> set[str]:
    """Each direct part of grader_app: a subpackage, or a top-level module (``__main__`` included)."""
    return ({p.name for p in PKG.iterdir() if (p / "__init__.py").is_file()}
            | {p.stem for p in PKG.glob("*.py") if p.name != "__init__.py"})


def _contracts() -> list[dict]:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def _sources(forbidden: str) -> set[str]:
    """The parts the forbidden contract on ``forbidden`` checks."""
    [contract] = [c for c in _contracts() if c["type"] == "forbidden" and forbidden in c["forbidden_modules"]]
    return {m.removeprefix("grader_app.") for m in contract["source_modules"]}


def _layers() -> list[set[str]]:
    [contract] = [c for c in _contracts() if c["type"] == "layers"]
    return [{p.strip().removeprefix("grader_app.") for p in row.split("|")} for row in contract["layers"]]


def test_every_part_of_the_app_stands_in_a_layer_and_under_the_forbidden_contracts():
    """The problem texts (problem_texts and the catalogues it gathers) stood in no layer and under no forbidden
    contract, and zipread was missing from the Qt and developer-side ones: a Qt import there was caught only through
    errors' or bundles' import of them, reported as theirs, and not at all once nothing in a contract imported it."""
    parts = _parts()
    assert {"ui", "core", "distill", "__main__", "errors", "problem_texts"} <= parts   # the walk found the package
    layered = set().union(*_layers())
    assert layered <= parts, "the layers contract names a part that does not exist"
    assert parts - layered == {"distill"}   # the developer side is beside the app, every other part in a layer
    # __main__ starts the window (it imports ui, so Qt reaches it through ui): every other part but ui is kept from Qt
    assert parts - _sources("PySide6") == {"ui", "__main__"}
    assert parts - _sources("grader_app.distill") == {"distill"}
    # onnxruntime is loaded by scoring.runtime only: every part in a layer below scoring is kept from it
    rows = _layers()
    below_scoring = set().union(*rows[next(i for i, row in enumerate(rows) if "scoring" in row) + 1:])
    assert below_scoring and below_scoring <= _sources("onnxruntime")


MAX_LINES = 450   # issue 10: split a module by what it holds before it gets longer


def test_no_module_outside_distill_is_over_450_lines():
    sizes = {path.relative_to(PKG).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in PKG.rglob("*.py") if "distill" not in path.relative_to(PKG).parts}
    assert len(sizes) > 50 and max(sizes.values()) > 100   # the walk found the package
    assert {p: n for p, n in sizes.items() if n > MAX_LINES} == {}
