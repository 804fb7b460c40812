"""The developer docs name only modules that exist: every ``grader_app`` module path (``grader_app/io/readers.py``,
``ui/risk_plot.py``) and dotted name (``grader_app.core.numbers``, ``scoring.runtime``, ``ui.messages.plain``) in
README.md and docs/*.md is a file of the package, and a name after the module is found in its source. Read as text,
without importing anything (``distill`` needs packages the app's tests do not install)."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "grader_app"
PARTS = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
PATH = re.compile(r"(?<![\w/.])((?:grader_app/)?(?:%s)/[\w/]+\.py|grader_app/\w+\.py)" % "|".join(PARTS))
DOTTED = re.compile(r"`((?:grader_app\.[\w.]+)|(?:%s)\.[a-z_][\w.]*)`" % "|".join(PARTS))


def _docs() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _source(module: list[str]) -> Path | None:
    """The file of ``module`` (its parts after ``grader_app``), or None."""
    base = PACKAGE.joinpath(*module)
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return PACKAGE / "__init__.py" if not module else None


def missing_in(text: str) -> list[str]:
    """The module paths and dotted names in ``text`` that name nothing in the package."""
    missing = []
    for path in PATH.findall(text):
        if not (ROOT / (path if path.startswith("grader_app/") else "grader_app/" + path)).is_file():
            missing.append(path)
    for name in DOTTED.findall(text):
        bits = name.removeprefix("grader_app.").split(".")
        for i in range(len(bits), -1, -1):   # the longest start that is a module, then a name in its source
            source = _source(bits[:i])
            if source is not None:
                rest = bits[i:]
                if rest and not re.search(rf"\b{re.escape(rest[0])}\b", source.read_text(encoding="utf-8")):
                    missing.append(name)
                break
    return missing


def test_every_module_the_docs_name_exists():
    missing = {doc.name: found for doc in _docs() if (found := missing_in(doc.read_text(encoding="utf-8")))}
    assert missing == {}


def test_a_module_that_is_gone_is_found():
    assert missing_in("`grader_app/io/no_such_reader.py`, `ui/gone.py` and `grader_app/workflow.py`") == [
        "grader_app/io/no_such_reader.py", "ui/gone.py"]
    assert missing_in("`io.no_such_module`, `scoring.runtime.no_such_function`, `scoring.runtime.release_memory`") == [
        "io.no_such_module", "scoring.runtime.no_such_function"]
