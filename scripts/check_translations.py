"""The translation check (scripts/checks.sh runs it; docs/translations.md):

1. **Marked.** An AST scan of ``grader_app/ui``: a text with letters that reaches a user-visible Qt call
   (``setText``, ``setToolTip``, ``QLabel(...)``, ``QPushButton(...)``, ``addAction``, ``showMessage``,
   ``QMessageBox.*``, ``QFileDialog`` titles and filters, a model's ``data()``/``headerData()``
   returns, ...) without going through ``tr()`` / ``translate()`` fails, with file:line and the text.
   So do ``tr(f"...")`` and ``tr("..." + x)`` (lupdate cannot read them: use ``.format`` outside).
   A literal, an f-string, a concatenation or ``"...".format(...)`` counts, and so does a name
   assigned such a text earlier in the same function. A line ending in ``# i18n: ignore`` is skipped.
2. **Complete.** ``pyside6-lupdate`` is run over ``grader_app/ui`` into a temporary copy of each
   ``translations/grader_<lang>.ts``: every message of the code must already be in the committed file
   and nothing else; every entry must be finished (no ``type="unfinished"``, no empty form).
3. **Compiled.** ``pyside6-lrelease`` of each committed ``.ts`` must give the committed
   ``grader_app/ui/translations/grader_<lang>.qm`` byte for byte.

    python scripts/check_translations.py            # this checkout
    python scripts/check_translations.py --root DIR  # another tree
    python scripts/check_translations.py --scan-only PATH...   # only step 1, on these files or folders
    python scripts/check_translations.py --tool pyside6-lupdate  # the path of the Qt tool the checks use
The Qt tools are looked up in the venv's qt-tools/ (Qt 6.12's, below Python 3.12: see _tool), then beside this
Python (a venv's bin/), else on PATH; one older than Qt 6.12 is refused.
"""
from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("en", "es", "de")
PLURAL_ONLY = {"en"}      # English holds only the plural forms: the source texts are English

# methods whose every text argument is shown to the teacher
SINK_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setLabelText", "setFormat", "setPrefix",
    "setSuffix", "setSpecialValueText", "setTabText", "setTabToolTip", "setItemText", "setHtml", "setPlainText",
    "setHeaderData", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "addAction", "addMenu", "addItem", "addItems", "insertItem", "addTab", "addRow", "addButton",
    "showMessage", "drawText", "emit", "setWindowIconText", "setButtonText",
    # the app's own helpers that put their text on screen
    "show_message", "show_problem", "_say", "clear", "set_scores",
}
# constructors and functions whose text arguments are shown
SINK_CALLS = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QListWidgetItem", "QTreeWidgetItem", "QTableWidgetItem", "QStandardItem", "QMessageBox", "QFileDialog",
    "QInputDialog", "QProgressDialog", "QCommandLinkButton",
    "wrapping_label", "_label", "_button", "_action",
}
# static calls on these classes: every text argument is shown (titles, messages, filters)
SINK_CLASSES = {"QMessageBox", "QFileDialog", "QInputDialog"}
# methods whose returned texts are shown (a model's cells and headers)
TEXT_RETURNING = {"data", "headerData", "_display", "_tooltip"}
# calls that translate: their result is fine
TRANSLATING = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "qsTr"}
IGNORE_MARK = "# i18n: ignore"


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.why}: {self.text!r}"


def _call_name(node: ast.AST) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _has_letters(s: str) -> bool:
    """Words in a text, not counting markup ("<b>", "&nbsp;") or format fields ("{name}")."""
    s = re.sub(r"<[^<>]*>|&\w+;|\{\w*\}", "", s)
    return re.search(r"[^\W\d_]", s) is not None


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str, lines: list[str]) -> None:
        self.path = path
        self.lines = lines
        self.problems: list[Problem] = []
        self.texty: list[set[str]] = [set()]   # per function: names holding an untranslated text
        self.functions: list[str] = []

    # ----- what counts as an untranslated text -------------------------------------------------------
    def untranslated(self, node: ast.AST | None) -> str | None:
        """The text of ``node`` if it is a text with letters that was not translated, else None."""
        if node is None:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value if _has_letters(node.value) else None
        if isinstance(node, ast.JoinedStr):
            literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            return ast.unparse(node) if _has_letters(literal) else None
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
            return self.untranslated(node.left) or self.untranslated(node.right)
        if isinstance(node, ast.IfExp):
            return self.untranslated(node.body) or self.untranslated(node.orelse)
        if isinstance(node, ast.BoolOp):
            return next((t for t in map(self.untranslated, node.values) if t), None)
        if isinstance(node, ast.Call):
            if _call_name(node) in TRANSLATING:
                return None
            if isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
                # "...".format(...) untranslated; ", ".join(parts): the parts are checked where they are made
                return self.untranslated(node.func.value) if node.func.attr == "format" else None
            return None
        if isinstance(node, (ast.List, ast.Tuple)):
            return next((t for t in map(self.untranslated, node.elts) if t), None)
        if isinstance(node, ast.Name) and node.id in self.texty[-1]:
            return f"<{node.id}, set from a text above>"
        return None

    def report(self, node: ast.AST, text: str, why: str) -> None:
        line = getattr(node, "lineno", 0)
        end = getattr(node, "end_lineno", line) or line
        if any(IGNORE_MARK in self.lines[i - 1] for i in range(line, end + 1) if 0 < i <= len(self.lines)):
            return
        self.problems.append(Problem(self.path, line, text, why))

    # ----- functions and assignments -----------------------------------------------------------------
    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:  # noqa: N802
        self.texty.append(set())
        self.functions.append(node.name)
        body = node.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            body = body[1:]   # the docstring
        for stmt in body:
            self.visit(stmt)
        self.functions.pop()
        self.texty.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815

    def visit_Assign(self, node: ast.Assign) -> None:  # noqa: N802
        names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        if names and len(self.texty) > 1:
            for n in names:
                (self.texty[-1].add if self.untranslated(node.value) else self.texty[-1].discard)(n)
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:  # noqa: N802
        if isinstance(node.target, ast.Name) and len(self.texty) > 1 and self.untranslated(node.value):
            self.texty[-1].add(node.target.id)
        self.generic_visit(node)

    def visit_Return(self, node: ast.Return) -> None:  # noqa: N802
        if self.functions and self.functions[-1] in TEXT_RETURNING:
            text = self.untranslated(node.value)
            if text:
                self.report(node, text, f"returned by {self.functions[-1]}() without tr()")
        self.generic_visit(node)

    # ----- calls ---------------------------------------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        name = _call_name(node)
        func = node.func
        if name in TRANSLATING:
            args = node.args[1:2] if name in ("translate", "QT_TRANSLATE_NOOP") else node.args[:1]
            for a in args:
                if isinstance(a, ast.JoinedStr) or (isinstance(a, ast.BinOp) and self.untranslated(a)) or (
                        isinstance(a, ast.Call) and _call_name(a) == "format"):
                    self.report(node, ast.unparse(a), f"{name}() of a text lupdate cannot read (use .format outside)")
        else:
            sink = name in SINK_CALLS or (isinstance(func, ast.Attribute) and name in SINK_METHODS) or (
                isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in SINK_CLASSES)
            if sink:
                for a in [*node.args, *(k.value for k in node.keywords if k.arg not in ("name", "objectName"))]:
                    text = self.untranslated(a)
                    if text:
                        self.report(a, text, f"text shown by {name}() without tr()")
        self.generic_visit(node)


def scan_file(path: Path, shown_as: str | None = None) -> list[Problem]:
    source = path.read_text(encoding="utf-8")
    scanner = _Scanner(shown_as or str(path), source.splitlines())
    scanner.visit(ast.parse(source, filename=str(path)))
    return scanner.problems


def scan(paths: list[Path], root: Path | None = None) -> list[Problem]:
    problems: list[Problem] = []
    for p in paths:
        files = sorted(p.rglob("*.py")) if p.is_dir() else [p]
        for f in files:
            shown = str(f.relative_to(root)) if root is not None and f.is_relative_to(root) else str(f)
            problems += scan_file(f, shown)
    return problems


# ----- the .ts and .qm files -----------------------------------------------------------------------------
# Qt's lupdate takes ``translate(context, text, "", n)`` as a plural text from 6.12 on; 6.11's takes only
# ``self.tr(text, "", n)`` and would turn every other plural text of the catalogues into a plain one. Below Python
# 3.12 the venv holds PySide6 6.11 (pyproject.toml: 6.12.0 drops references to None there, docs/dependencies.md),
# so scripts/setup-venv.sh puts 6.12's tools (native programs: no Python runs in them) into .venv/qt-tools.
QT_TOOLS_FROM = (6, 12)
QT_TOOLS_DIR = "qt-tools"   # inside the venv: <venv>/qt-tools/PySide6/lupdate


def _tool_version(path: str) -> tuple[int, ...]:
    run = subprocess.run([path, "-version"], capture_output=True, text=True)
    found = re.search(r"(\d+)\.(\d+)(?:\.(\d+))?", run.stdout + run.stderr)
    return tuple(int(g) for g in found.groups() if g is not None) if found else ()


def _tool(name: str) -> str:
    """The path of Qt's ``pyside6-lupdate`` or ``pyside6-lrelease`` (``name``) to use: the venv's qt-tools copy, else
    the one beside this Python, else on PATH; SystemExit if none is found or it is older than QT_TOOLS_FROM."""
    venv_bin = Path(sys.executable).parent
    candidates = [venv_bin.parent / QT_TOOLS_DIR / "PySide6" / name.removeprefix("pyside6-"), venv_bin / name]
    found = next((str(c) for c in candidates if c.exists()), None) or shutil.which(name)
    if not found:
        raise SystemExit(f"check_translations: {name} not found (it comes with PySide6)")
    version = _tool_version(found)
    if version < QT_TOOLS_FROM:
        shown = ".".join(map(str, version)) or "of an unknown version"
        raise SystemExit(f"check_translations: {found} is Qt {shown}, which does not read translate(context, text, "
                         f"\"\", n) as a plural text; Qt {'.'.join(map(str, QT_TOOLS_FROM))} or newer is needed: "
                         f"bash scripts/setup-venv.sh with the dev or test extra puts it into .venv/{QT_TOOLS_DIR}")
    return found


# a value filled in with str.format: a translation must keep each of its source's, no more, no fewer
PLACEHOLDER = re.compile(r"\{\w*(?:![rsa])?(?::[^{}]*)?\}")


def messages(ts: Path) -> dict[tuple[str, str, str, bool], list[str]]:
    """(context, source, comment, numerus) -> the translation's forms, for every message kept in ``ts``."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        cname = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            key = (cname, m.findtext("source") or "", m.findtext("comment") or "", m.get("numerus") == "yes")
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            if tr is not None and not forms:
                forms = [tr.text or ""]
            out[key] = forms if tr is None or tr.get("type") != "unfinished" else []
    return out


def check_catalogues(root: Path) -> list[str]:
    problems = []
    ui = sorted(str(p) for p in (root / "grader_app" / "ui").glob("*.py"))
    lupdate, lrelease = _tool("pyside6-lupdate"), _tool("pyside6-lrelease")
    with tempfile.TemporaryDirectory(prefix="grader-i18n-") as tmp:
        for lang in LANGUAGES:
            ts = root / "translations" / f"grader_{lang}.ts"
            qm = root / "grader_app" / "ui" / "translations" / f"grader_{lang}.qm"
            if not ts.is_file():
                problems.append(f"{ts.relative_to(root)} is missing (bash scripts/update_translations.sh makes it)")
                continue
            committed = messages(ts)
            fresh_ts = Path(tmp) / ts.name
            shutil.copy2(ts, fresh_ts)
            extra = ["-pluralonly"] if lang in PLURAL_ONLY else []
            run = subprocess.run([lupdate, *ui, "-no-obsolete", "-locations", "none", *extra, "-source-language", "en",
                                  "-target-language", lang, "-ts", str(fresh_ts)], capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f"pyside6-lupdate failed for {lang}: {run.stderr.strip()}")
                continue
            fresh = messages(fresh_ts)
            rel = ts.relative_to(root)
            for key in fresh.keys() - committed.keys():
                problems.append(f"{rel}: missing message in context {key[0]}: {key[1]!r} (run scripts/update_translations.sh)")
            for key in committed.keys() - fresh.keys():
                problems.append(f"{rel}: message no longer in the code, context {key[0]}: {key[1]!r}")
            for key, forms in committed.items():
                if not forms or any(not f.strip() for f in forms):
                    problems.append(f"{rel}: unfinished translation in context {key[0]}: {key[1]!r}")
                want = sorted(PLACEHOLDER.findall(key[1]))
                for form in forms:
                    if sorted(PLACEHOLDER.findall(form)) != want:
                        problems.append(f"{rel}: the translation {form!r} in context {key[0]} does not keep the "
                                        f"placeholders {want} of {key[1]!r}")
            out = Path(tmp) / f"grader_{lang}.qm"
            run = subprocess.run([lrelease, "-nounfinished", str(ts), "-qm", str(out)], capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f"pyside6-lrelease failed for {lang}: {run.stderr.strip()}")
            elif not qm.is_file() or qm.read_bytes() != out.read_bytes():
                problems.append(f"{qm.relative_to(root)} is not what {rel} compiles to (run scripts/update_translations.sh)")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    ap.add_argument("--scan-only", nargs="+", type=Path, metavar="PATH")
    ap.add_argument("--tool", choices=("pyside6-lupdate", "pyside6-lrelease"),
                    help="only print the path of that Qt tool, as the checks use it (scripts/update_translations.sh)")
    args = ap.parse_args(argv)
    if args.tool:
        print(_tool(args.tool))
        return 0
    root = args.root.resolve()
    if args.scan_only:
        found = [str(p) for p in scan(args.scan_only)]
    else:
        found = [str(p) for p in scan([root / "grader_app" / "ui"], root)]
        found += check_catalogues(root)
    for line in found:
        print(line)
    if found:
        print(f"translations: {len(found)} problem(s)")
        return 1
    print("translations: every shown text is marked, every catalogue is complete and compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
