"""QA (s51b #2): the review's student line was a QLabel left at Qt's AutoText, so a student's name or id from the sheet
was read as HTML: ``<img src=…>`` in a name made Qt read a picture from the disk and draw it above the card (on Windows
a ``//host/share`` path would open a network connection), ``<b>`` turned the id bold. Every widget that shows a name,
an id, an answer, a question or a file name now shows it as typed: a plain-text label, an escaped tooltip, a message
box in plain text. The real window on a sheet whose every cell is hostile, scanned screen by screen."""
from __future__ import annotations

import ast
import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLabel, QWidget

from ui_helpers import make_bundle

ROOT = Path(__file__).resolve().parents[2]
PICTURE = (ROOT / "assets" / "icons" / "grader-128.png").as_posix()
IMG = f"<img src='{PICTURE}' width=120>"
NAME = f"{IMG}<b>x</b> Mallory"
STUDENT_ID = "<b>S1</b>"
QUESTION = f"<i>Q</i>{IMG}"
ANSWER = f"<h1>FULL MARKS</h1>{IMG} osmosis moves water"
MARK = "<img src="   # raw in a text Qt shows as HTML; escaped ("&lt;img src=") in one written for rich text


def _hostile_sheet(folder: Path) -> Path:
    """Every cell that Grader shows is hostile: ids, names, a question without a model of its own, and answers."""
    rows = [["Student ID", "Name", "Question", "Answer"]]
    for i in range(4):
        rows.append([f"<b>S{i}</b>", f"{IMG}<b>x</b> Mallory {i}", QUESTION, f"{ANSWER} {i}"])
    rows.append([STUDENT_ID, NAME, "asap-sas-1", "An answer of my own about the cell membrane."])
    path = folder / "class.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _as_html(fmt: Qt.TextFormat, text: str) -> bool:
    """Does a widget with this text format read ``text`` as HTML?"""
    return fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))


def _markup(text: object, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """``text`` holds the sheet's markup raw and would be shown as HTML (a tooltip is shown as AutoText)."""
    return isinstance(text, str) and MARK in text and _as_html(fmt, text)


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:   # a list model hides its columnCount
        return 1


def _model_markup(model, where: str) -> list[str]:
    bad = []
    roles = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole, Qt.ItemDataRole.StatusTipRole)
    for r in range(model.rowCount(QModelIndex())):
        for c in range(_columns(model)):
            for role in roles:
                value = model.data(model.index(r, c), role)
                if _markup(value):
                    bad.append(f"{where} cell {r},{c} {role.name}: {value[:60]}")
    for c in range(_columns(model)):
        value = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if _markup(value):
            bad.append(f"{where} header {c}: {value[:60]}")
    return bad


def markup_shown() -> list[str]:
    """Every widget (and item, and action) of the application that would read the sheet's markup as HTML."""
    bad = []
    for w in QApplication.allWidgets():
        where = f"{type(w).__name__} in {type(w.parent()).__name__}"
        if isinstance(w, QLabel) and _markup(w.text(), w.textFormat()):
            bad.append(f"{where}: {w.text()[:60]}")
        if _markup(w.toolTip()):
            bad.append(f"tooltip of {where}: {w.toolTip()[:60]}")
        if isinstance(w, (QAbstractItemView, QComboBox)) and w.model() is not None:
            bad += _model_markup(w.model(), where)
        bad += [f"action of {where}: {a.toolTip()[:60]}" for a in w.actions() if _markup(a.toolTip())]
    return bad


@pytest.fixture
def hostile_window(qtbot, tmp_path, make_window, shipped_bundles):
    """The real window on the hostile sheet, its question mapped to the asap-sas-1 model in the columns dialog (so
    the threshold panel names it too), scored; the screens seen on the way are scanned (``window.scanned``)."""
    window = make_window((1280, 800))
    window.open_sheet(_hostile_sheet(tmp_path))
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dialog = window.mapping_dialog
    scanned = {"columns dialog": markup_shown()}
    combo = dialog.model_combo(QUESTION)
    assert combo is not None, "the question is listed in the columns dialog"
    combo.setCurrentIndex(combo.findData("asap-sas-5"))
    scanned["columns dialog, a model chosen"] = markup_shown()
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    window.scanned = scanned
    return window


def test_a_name_holding_a_picture_is_shown_as_typed_in_the_review(qtbot, hostile_window):
    """The student line shows the name and id character for character, draws no picture (it stays one line high)
    and makes nothing bold."""
    window = hostile_window
    session = window.session
    key = next(a.key for a in session.answers if a.item == "asap-sas-1")
    window.show_review([key])
    view = window.review_view
    qtbot.waitUntil(lambda: view.isVisible() and view.current_key() == key, timeout=5000)
    label = view.student_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert NAME in label.text() and STUDENT_ID in label.text(), label.text()
    line = label.fontMetrics().lineSpacing()
    assert label.sizeHint().height() < 3 * line, (label.sizeHint(), line)   # a 120-pixel picture would be drawn
    doc = QTextDocument()   # the tooltip that holds it whole says it as typed too
    doc.setHtml(label.toolTip())
    assert NAME in doc.toPlainText() and MARK not in label.toolTip()


def test_no_screen_reads_the_sheets_text_as_markup(qtbot, hostile_window):
    """The columns dialog, the results (table, tooltips, threshold panel), each answer and group of the review, and
    the comment window: no label, tooltip or list shows a name, id, question or answer from the sheet as HTML."""
    window = hostile_window
    scanned = dict(window.scanned)
    scanned["results"] = markup_shown()
    window.show_review([a.key for a in window.session.answers])
    view = window.review_view
    qtbot.waitUntil(view.isVisible, timeout=5000)
    seen = set()
    for _step in range(len(window.session.answers)):
        seen.add(tuple(view.current_unit()))
        scanned[f"review, answer {view.current_unit()}"] = markup_shown()
        qtbot.keyClick(view, Qt.Key.Key_Down)   # a member of a group chosen
        scanned[f"review, member {view.current_key()}"] = markup_shown()
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert len(seen) >= 2, seen   # the group of the hostile question and the single answer were both seen
    qtbot.keyClick(view, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: view.comment_dialog is not None and view.comment_dialog.isVisible(), timeout=5000)
    scanned["comment window"] = markup_shown()
    view.comment_dialog.reject()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    scanned["results after the review"] = markup_shown()
    assert {where: bad for where, bad in scanned.items() if bad} == {}


def test_file_names_and_model_titles_are_shown_as_typed(qtbot, tmp_path, make_window):
    """A file or a model (a learned one is titled with the sheet's question) named with markup: the recent sheets'
    tooltips, the start screen's message, the status bar's tooltip and the models list show it as typed."""
    user_models = tmp_path / "userdata" / "bundles"
    make_bundle(user_models, "own-question", title=QUESTION, prompt=f"{IMG} Explain osmosis.")
    window = make_window((1024, 700))
    hostile_file = Path(tmp_path / f"{IMG.replace('/', '_')}class.csv")
    window.start.set_recent([hostile_file])
    window.start.show_message(f"Could not read {hostile_file.name}")
    window.statusBar().showMessage("Opened " + hostile_file.name + " " + "and more words " * 40)
    window.start.drop_zone._set_hover(True, f"Release to open “{hostile_file.name}”")
    qtbot.wait(50)
    assert markup_shown() == []


def _message_boxes(source: Path):
    """(function, line) of each QMessageBox made in ``source``, and whether that function sets its text format."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        calls = [n for n in ast.walk(fn) if isinstance(n, ast.Call)]
        made = [n for n in calls if isinstance(n.func, ast.Name) and n.func.id == "QMessageBox"]
        plain = any(isinstance(n.func, ast.Attribute) and n.func.attr == "setTextFormat"
                    and "PlainText" in ast.unparse(n) for n in calls)
        for call in made:
            yield f"{source.name}:{call.lineno} {fn.name}", plain


def test_every_message_box_shows_its_text_as_written():
    """A question's box names files, models and questions: each one made in grader_app/ui is set to plain text."""
    boxes = dict(b for path in sorted((ROOT / "grader_app" / "ui").glob("*.py")) for b in _message_boxes(path))
    assert len(boxes) >= 5, boxes
    assert [where for where, plain in boxes.items() if not plain] == []


def test_the_replace_question_shows_a_file_name_as_typed(qtbot, tmp_path):
    from grader_app.ui.export_target import ask_replace

    parent = QWidget()
    qtbot.addWidget(parent)
    box = ask_replace(parent, tmp_path / f"{IMG.replace('/', '_')}.csv", lambda _yes: None)
    try:
        assert box.textFormat() == Qt.TextFormat.PlainText and MARK in box.text()
        assert markup_shown() == []
    finally:
        box.reject()
