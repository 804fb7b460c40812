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
