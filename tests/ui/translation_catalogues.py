"""Translation catalogues for the UI tests, made with Qt's own tools as the app's are: :func:`qt_tool` finds
``pyside6-lupdate`` and ``pyside6-lrelease`` (the test skips, saying why, where there is none), :func:`marked_catalogue`
installs the messages of some modules each "translated" as «its source» (or as given), and :func:`catalogue` installs
the translations given, ``{(context, source): translation}``, in front of the committed catalogues.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

__all__ = ["catalogue", "marked_catalogue", "qt_tool"]


def qt_tool(name: str) -> str:
    """Qt's ``pyside6-lupdate`` or ``pyside6-lrelease`` as scripts/check_translations.py finds it (Qt 6.12's or newer:
    below Python 3.12 the copy setup-venv.sh puts into .venv/qt-tools); the test skips, saying why, where there is none."""
    import importlib.util

    import pytest

    checker = sys.modules.get("check_translations")
    if checker is None:
        spec = importlib.util.spec_from_file_location("check_translations",
                                                      Path(__file__).resolve().parents[2] / "scripts" / "check_translations.py")
        assert spec is not None and spec.loader is not None
        checker = importlib.util.module_from_spec(spec)
        sys.modules["check_translations"] = checker
        spec.loader.exec_module(checker)
    try:
        return checker._tool(name)
    except SystemExit as exc:
        pytest.skip(str(exc))


@contextmanager
def marked_catalogue(tmp_path: Path, *modules: Path, lang: str = "de", forms: dict | None = None):
    """The messages of ``modules`` as Qt's lupdate reads them, each "translated" as «its source» (each plural form
    too), compiled by lrelease and installed for the block, which gets the sources; skips where the tools are
    missing. What the window says through it shows which texts went through the catalogue, values filled in.
    With ``forms`` (source -> a text, or for a plural text the list of ``lang``'s forms, one first) only those
    messages are translated, as given, the others left to the catalogues already installed; a list given for a
    message lupdate did not take as a plural, or a text for one it did, fails."""
    import subprocess
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication, QTranslator

    lupdate, lrelease = qt_tool("pyside6-lupdate"), qt_tool("pyside6-lrelease")
    ts, qm = tmp_path / "marked.ts", tmp_path / "marked.qm"
    subprocess.run([str(lupdate), *map(str, modules), "-target-language", lang, "-ts", str(ts)], check=True,
                   capture_output=True)
    tree = ET.parse(ts)
    sources = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        sources.append(source)
        translation = message.find("translation")
        if forms is not None:
            if source in forms:
                given, plural = forms[source], message.get("numerus") == "yes"
                assert isinstance(given, list) == plural, f"{source!r} is {'' if plural else 'not '}a plural text"
                translation.attrib.pop("type", None)
                if plural:
                    elements = translation.findall("numerusform")
                    assert len(elements) == len(given), (source, len(elements))
                    for form, text in zip(elements, given):
                        form.text = text
                else:
                    translation.text = given
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = f"«{source}»"
        else:
            translation.text = f"«{source}»"
    if forms is not None:
        assert set(forms) <= set(sources), f"lupdate did not find {sorted(set(forms) - set(sources))}"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(lrelease), "-nounfinished", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield sources
    finally:
        QCoreApplication.removeTranslator(translator)


@contextmanager
def catalogue(tmp_path: Path, texts: dict[tuple[str, str], str], name: str = "given"):
    """A catalogue of the given translations, ``{(context, source): translation}``, compiled by Qt's lrelease and
    installed for the block in front of the others (a text it lacks is looked up in those); skips where the tool is
    missing. For texts the committed catalogues do not translate yet (the lead fills them after merging)."""
    import subprocess
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication, QTranslator

    lrelease = qt_tool("pyside6-lrelease")
    root = ET.Element("TS", version="2.1")
    contexts: dict[str, ET.Element] = {}
    for (context, source), translation in texts.items():
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = translation
    ts, qm = tmp_path / f"{name}.ts", tmp_path / f"{name}.qm"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
