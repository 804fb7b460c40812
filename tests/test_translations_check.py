"""scripts/check_translations.py fails on a text shown without tr() and on an incomplete catalogue, and
passes on the real tree (scripts/checks.sh runs it in CI)."""
from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _checker():
    spec = importlib.util.spec_from_file_location("check_translations", ROOT / "scripts" / "check_translations.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["check_translations"] = mod
    spec.loader.exec_module(mod)
    return mod


BAD = '''\
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget


class Panel(QWidget):
    def __init__(self, n):
        super().__init__()
        self.title = QLabel("Scores of the class")
        self.button = QPushButton(self.tr("Export"))
        self.button.setToolTip(f"Export {n} answers")
        self.setWindowTitle("Grader — " + str(n))
        note = "Nothing to review"
        self.title.setText(note)
        self.title.setText(self.tr(f"{n} answers"))
        QMessageBox.warning(self, "Problem", self.tr("It failed"))
        self.title.setStatusTip("{n} left".format(n=n))
        self.title.setText("<b>Heading</b>")
        self.title.setText("id-42")  # i18n: ignore


class Model:
    def data(self, index, role):
        if role == 0:
            return "(blank)"
        return QCoreApplication.translate("Model", "(none)")
'''

GOOD = '''\
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

HEADING = QT_TRANSLATE_NOOP("Panel", "Scores of the class")


class Panel(QWidget):
    def __init__(self, n, name):
        super().__init__()
        self.title = QLabel(QCoreApplication.translate("Panel", HEADING))
        self.button = QPushButton(self.tr("Export"))
        self.button.setToolTip(self.tr("Export %n answers", "", n))
        self.setWindowTitle(self.tr("{sheet} — Grader").format(sheet=name))
        note = self.tr("Nothing to review")
        self.title.setText(note)
        self.title.setText("<b>" + self.tr("Heading") + "</b>")
        self.title.setText(f"{n} · {name}")
        self.title.setText("⚠ " + name)
        self.setStyleSheet("QLabel { color: red; }")
        QMessageBox.warning(self, self.tr("Problem"), self.tr("It failed"))
'''


def test_the_scan_names_file_line_and_text_of_each_unmarked_text(tmp_path):
    chk = _checker()
    bad = tmp_path / "bad_panel.py"
    bad.write_text(BAD, encoding="utf-8")
    problems = chk.scan_file(bad, "bad_panel.py")
    found = {(p.line, p.text) for p in problems}
    assert found == {
        (8, "Scores of the class"),                     # QLabel("...")
        (10, "f'Export {n} answers'"),                   # an f-string in setToolTip
        (11, "Grader — "),                               # a concatenation
        (13, "<note, set from a text above>"),           # a name holding an unmarked text
        (14, "f'{n} answers'"),                          # tr() of an f-string: lupdate cannot read it
        (15, "Problem"),                                 # QMessageBox title
        (16, "{n} left"),                                # "...".format(...) not translated
        (17, "<b>Heading</b>"),                          # words inside markup
        (24, "(blank)"),                                 # a model's data()
    }, "\n".join(map(str, problems))
    assert all(str(p).startswith(f"bad_panel.py:{p.line}: ") for p in problems)
    assert chk.main(["--scan-only", str(bad)]) == 1


def test_the_scan_passes_marked_texts_markup_and_symbols(tmp_path, capsys):
    chk = _checker()
    good = tmp_path / "good_panel.py"
    good.write_text(GOOD, encoding="utf-8")
    assert chk.scan_file(good) == []
    assert chk.main(["--scan-only", str(good)]) == 0
    assert "every shown text is marked" in capsys.readouterr().out


def test_the_real_ui_has_no_unmarked_text():
    chk = _checker()
    assert [str(p) for p in chk.scan([ROOT / "grader_app" / "ui"], ROOT)] == []


def _tools_or_skip(chk):
    try:
        chk._tool("pyside6-lupdate")
        chk._tool("pyside6-lrelease")
    except SystemExit as exc:
        pytest.skip(str(exc))


def _copied_tree(tmp_path):
    """A copy of the repository's grader_app/ui and translations folders, to change for a test."""
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "grader_app" / "ui", tree / "grader_app" / "ui",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copytree(ROOT / "translations", tree / "translations")
    return tree


def test_the_committed_catalogues_are_complete_and_compiled():
    chk = _checker()
    _tools_or_skip(chk)
    assert chk.check_catalogues(ROOT) == []


def test_a_new_string_an_unfinished_entry_and_a_stale_qm_each_fail(tmp_path):
    chk = _checker()
    _tools_or_skip(chk)
    tree = _copied_tree(tmp_path)
    ui = tree / "grader_app" / "ui"
    (ui / "new_panel.py").write_text('from PySide6.QtWidgets import QWidget\n\n\nclass NewPanel(QWidget):\n'
                                     '    def title(self):\n        return self.tr("A brand-new heading")\n',
                                     encoding="utf-8")
    es = tree / "translations" / "grader_es.ts"
    es.write_text(es.read_text(encoding="utf-8").replace("<translation>Exportar las notas</translation>",
                                                         '<translation type="unfinished"></translation>', 1),
                  encoding="utf-8")
    (ui / "translations" / "grader_de.qm").write_bytes(b"stale")
    problems = chk.check_catalogues(tree)
    text = "\n".join(problems)
    for lang in ("es", "de"):
        assert f"grader_{lang}.ts: missing message in context NewPanel: 'A brand-new heading'" in text, text
    assert "grader_es.ts: unfinished translation in context ExportDialog: 'Export grades'" in text, text
    assert "grader_app/ui/translations/grader_de.qm is not what translations/grader_de.ts compiles to" in text, text
    assert "grader_en.ts: missing" not in text   # English holds only plural forms


def test_a_translation_that_drops_or_adds_a_placeholder_fails(tmp_path):
    """A German sentence without the file's name ({name}) would show the teacher a sentence about no file, and one with
    a placeholder its English source lacks would fail when filled in: the check names both."""
    chk = _checker()
    _tools_or_skip(chk)
    tree = _copied_tree(tmp_path)
    de = tree / "translations" / "grader_de.ts"
    text = de.read_text(encoding="utf-8")
    dropped = "{name} ist in einem anderen Programm geöffnet; schließen Sie die Datei dort und exportieren Sie erneut"
    assert dropped in text
    text = text.replace(dropped, "Die Datei ist in einem anderen Programm geöffnet", 1)
    added = "{name} ist ein Ordner, keine Modelldatei"
    assert added in text
    de.write_text(text.replace(added, "{name} ist ein Ordner, keine Modelldatei ({what})", 1), encoding="utf-8")
    problems = "\n".join(chk.check_catalogues(tree))
    assert ("grader_de.ts: the translation 'Die Datei ist in einem anderen Programm geöffnet' in context Problem does not "
            "keep the placeholders ['{name}'] of '{name} is open in another program; close it and export again'") in problems
    assert "'{name} ist ein Ordner, keine Modelldatei ({what})' in context Problem does not keep" in problems
    assert "grader_es.ts" not in problems


def test_a_lupdate_older_than_qt_6_12_is_refused(monkeypatch):
    """Qt 6.11's lupdate reads translate(context, text, "", n) as a plain text (6.11 is the venv's below Python 3.12,
    docs/dependencies.md): run over the code it would turn the catalogues' plural texts into plain ones, so the checks,
    update_translations.sh and the tests refuse it and say what installs 6.12's."""
    chk = _checker()
    _tools_or_skip(chk)
    monkeypatch.setattr(chk, "_tool_version", lambda _path: (6, 11, 3))
    with pytest.raises(SystemExit) as refused:
        chk._tool("pyside6-lupdate")
    assert "Qt 6.11.3" in str(refused.value) and "Qt 6.12 or newer" in str(refused.value)
    assert "scripts/setup-venv.sh" in str(refused.value)
    monkeypatch.setattr(chk, "_tool_version", lambda _path: (6, 12, 0))
    assert chk._tool("pyside6-lupdate").endswith("lupdate")
