"""Test helpers for the UI tests: real tiny bundles and small sheets on disk.

The bundles come from ``tests/bundle_factory.py`` (a bag-of-words ONNX graph made with
``onnx.helper``, the manifest written by the app's own writer; no distillation code involved).
``make_bundle`` keeps its signature for every caller, scripts/ci-build-smoke.sh included, which
puts only ``tests/ui`` on ``sys.path``: this module adds ``tests`` itself.
"""
from __future__ import annotations

import csv
import sys
from contextlib import contextmanager
from pathlib import Path

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from bundle_factory import make_bundle, tiny_model_bytes  # noqa: E402

__all__ = ["ANSWERS", "catalogue", "make_bundle", "make_long_csv", "marked_catalogue",
           "review_view", "rows_sheet", "scored_project", "scored_rows_project",
           "scored_session", "tiny_model_bytes"]


ANSWERS = [
    "the cell membrane controls what enters and leaves the cell",
    "plants need light and water to grow well",
    "i do not know the answer to this",
    "mrna leaves the nucleus and trna brings amino acids to the ribosome",
    "",
    "water",
    "osmosis moves water across the membrane",
    "the ribosome reads codons",
]

_TAILS = ["i think", "as we learned", "in the cell", "because of energy", "that is the reason", "from class"]


def make_long_csv(path: Path, n_students: int = 6, items=("asap-sas-1", "asap-sas-5")) -> Path:
    """A long sheet: one row per answer with Student ID, Name, Question, Answer."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        i = 0
        for s in range(n_students):
            for item in items:
                w.writerow([f"S{s + 1:03d}", f"Student {s + 1}", item, ANSWERS[i % len(ANSWERS)]])
                i += 1
    return path


def scored_session(bundle_folder: Path, n_students: int = 6, items=("asap-sas-1", "asap-sas-5")):
    """A GradingSession over a small long sheet, scored for real with the bundles in ``bundle_folder``."""
    import pandas as pd

    from grader_app.bundles.library import Library
    from grader_app.core.grading import match_bundles
    from grader_app.workflow import score_all
    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping, Sheet

    rows = []
    i = 0
    for s in range(n_students):
        for item in items:
            text = ANSWERS[i % len(ANSWERS)]
            if text and i >= len(ANSWERS):  # later copies differ a little, so not all are duplicates
                text = f"{text} {_TAILS[(i // len(ANSWERS)) % len(_TAILS)]}"
            rows.append({"Student ID": f"S{s + 1:03d}", "Name": f"Student {s + 1}", "Question": item, "Answer": text})
            i += 1
    sheet = Sheet(frame=pd.DataFrame(rows, dtype=object))
    mapping = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
    session = GradingSession(sheet, mapping)
    lib = Library.load([bundle_folder])
    bundles = match_bundles(session, lib)
    score_all(session, bundles)
    return session


def scored_project(tmp_path: Path):
    """The long sheet of :func:`make_long_csv` in ``tmp_path``, scored for real by tiny asap-sas-1 and
    asap-sas-5 bundles through onnxruntime, with its project store (setup and predictions saved)
    attached. Returns (session, store); the caller closes the store."""
    import pandas as pd

    from grader_app.bundles.library import Library
    from grader_app.core.grading import match_bundles
    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping, Sheet
    from grader_app.io.project_store import ProjectStore, project_path_for
    from grader_app.workflow import score_all

    folder = tmp_path / "bundles"
    make_bundle(folder, "asap-sas-1")
    make_bundle(folder, "asap-sas-5", prompt="Describe protein synthesis.")
    sheet_path = make_long_csv(tmp_path / "class.csv")
    frame = pd.read_csv(sheet_path, dtype=str, keep_default_na=False)
    mapping = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
    session = GradingSession(Sheet(frame=frame, source=sheet_path), mapping)
    score_all(session, match_bundles(session, Library.load([folder])))
    store = ProjectStore.open(project_path_for(sheet_path))
    store.save_setup(sheet_path, mapping, {"asap-sas-1": "asap-sas-1", "asap-sas-5": "asap-sas-5"}, {})
    store.save_predictions(session)
    store.attach(session)
    return session, store


COLUMNS = ["Student ID", "Name", "Question", "Answer"]


def _rows_frame(rows):
    import pandas as pd

    return pd.DataFrame([(f"S{i + 1:02d}", f"Student {i + 1}", q, a) for i, (q, a) in enumerate(rows)],
                        columns=COLUMNS, dtype=object)


def rows_sheet(tmp_path: Path, rows) -> tuple[Path, Path]:
    """``rows`` of (question, answer) for students S01…, written to ``tmp_path/class.csv``, and a real tiny
    asap-sas-1 bundle in ``tmp_path/bundles`` (other questions have no model). Returns (sheet, bundle folder)."""
    folder = tmp_path / "bundles"
    make_bundle(folder, "asap-sas-1")
    sheet_path = tmp_path / "class.csv"
    _rows_frame(rows).to_csv(sheet_path, index=False)
    return sheet_path, folder


def scored_rows_project(tmp_path: Path, rows):
    """The sheet of :func:`rows_sheet`, scored for real by its asap-sas-1 bundle, with its project store (setup
    saved) attached. Returns (session, store); the caller closes the store."""
    from grader_app import workflow
    from grader_app.bundles.library import Library
    from grader_app.core.grading import match_bundles
    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping, Sheet
    from grader_app.io.project_store import ProjectStore, project_path_for

    sheet_path, folder = rows_sheet(tmp_path, rows)
    mapping = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
    session = GradingSession(Sheet(frame=_rows_frame(rows), source=sheet_path), mapping)
    workflow.score_all(session, match_bundles(session, Library.load([folder])))
    store = ProjectStore.open(project_path_for(sheet_path))
    store.save_setup(sheet_path, mapping, {"asap-sas-1": "asap-sas-1"}, {})
    store.attach(session)
    return session, store


def review_view(qtbot, session, store=None, width=1000, height=800, groups=None, typical=()):
    """The real review screen on ``session`` (and ``store``, if given), shown at ``width``×``height`` with every
    answer in its queue (``groups`` and ``typical`` as ``ReviewView.set_queue`` takes them). Its undo stack
    lives as long as the view (``view._test_stack``)."""
    from PySide6.QtGui import QUndoStack

    from grader_app.ui.review_view import ReviewView

    stack = QUndoStack()
    view = ReviewView(session, stack, store)
    view._test_stack = stack
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.set_queue([a.key for a in session.answers], groups=groups, typical=typical)
    return view


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

    import pytest
    from PySide6.QtCore import QCoreApplication, QTranslator

    tools = Path(sys.executable).parent
    lupdate, lrelease = tools / "pyside6-lupdate", tools / "pyside6-lrelease"
    if not (lupdate.exists() and lrelease.exists()):
        pytest.skip("Qt's lupdate and lrelease are not installed")
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

    import pytest
    from PySide6.QtCore import QCoreApplication, QTranslator

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("Qt's lrelease is not installed")
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
