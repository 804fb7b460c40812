"""Every question has a scale, shown and set by the teacher, and the review and every export keep to it
(grader_app/core/scale.py, io/lms_points.question_scale, ui/review_scale.py, ui/mapping_scales.py; QA s52a findings 2,
3 and 5). Before: a question "Ice floats (10 marks)" could never be given 10 (the digits and buttons stopped at 9) and
half points could not be typed; a question marked 0-2 went out "2 out of 3" in the points sheet and the feedback PDF,
with nothing in the window saying so or letting the teacher set it; and a model learned from last year's marks 0, 4.5
and 10 allowed only those three. All in the real main window on real sheets, exported through the export dialog and
read back (the feedback PDF with pdftotext)."""
from __future__ import annotations

import csv
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grader_app.core.scale import SHEET, TEACHER, Scale
from grader_app.ui.main_window import REVIEW
from test_learning_window import marked
from ui_helpers import learn_dialog_for

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ANSWERS = ["Ice is less dense than water.", "Water expands when it freezes, so ice is lighter per litre.",
           "Because it is cold.", "The molecules in ice form an open lattice with gaps between them.",
           "Ice is heavier than water so it floats.", "Floating happens to solids.",
           "Density of ice is about 0.92 g per cm3, water is 1.", "I do not know."]


def class_sheet(path: Path, question: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i, text in enumerate(ANSWERS):
            w.writerow([f"9B{i:03d}", f"Student {i}", question, text])
    return path


@pytest.fixture
def window(make_window):
    return make_window((1024, 600))


def _open(qtbot, window, sheet: Path, set_scale=None):
    """``sheet`` opened in the window; ``set_scale(dialog)`` acts in the columns dialog before OK. The review open."""
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    if set_scale is not None:
        set_scale(dlg)
    with qtbot.waitSignal(window.sessionReady, timeout=30000):
        dlg.ok_button.click()
    return _review(qtbot, window)


def _review(qtbot, window):
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    window.results.request_review()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == REVIEW, timeout=5000)
    view = window.review_view
    view.setFocus()
    return view


def _type(qtbot, view, *keys) -> int:
    """Press ``keys`` on the review screen; the answer they score (the one on screen before)."""
    key = view.current_key()
    for k in keys:
        qtbot.keyClick(view, k)
    return key


def _export(qtbot, window, fmt: str, path: Path) -> Path:
    window.show_export()
    dlg = window.export_dialog
    qtbot.waitUntil(dlg.isVisible, timeout=5000)
    dlg.set_format(fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    dlg.set_destination(path)
    with qtbot.waitSignal(dlg.exported, timeout=30000):
        dlg.export_button.click()
        assert not dlg.error_label.text()
    dlg.reject()
    return path


def _points(path: Path) -> dict[str, dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return {r["Student ID"]: r for r in csv.DictReader(fh)}


def _pdf(path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) reads the feedback PDF")
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


def _student(session, key) -> str:
    return session.answers[key].student.split(" · ")[-1]


K = Qt.Key


def test_a_question_worth_10_gets_10_from_the_keyboard_and_every_export_says_10_out_of_10(qtbot, window, tmp_path):
    sheet = class_sheet(tmp_path / "class" / "ten.csv", "Ice floats (10 marks)")

    def out_of_from_the_sheet(dlg):
        field = dlg.items_table.cellWidget(0, 3)
        assert (field.spin.value(), field.half.isChecked(), field.isEnabled()) == (10, False, True)
        assert field.toolTip() == "out of 10 (as the sheet says)" and dlg.scales() == {}
    view = _open(qtbot, window, sheet, out_of_from_the_sheet)
    s, item = window.session, window.session.item_keys()[0]
    buttons = view.score_buttons
    assert [b.text() for b in buttons.buttons] == [str(i) for i in range(11)]          # was 0-3, and digits to 9
    assert buttons.scale_label.text() == "out of 10 · as the sheet says" and buttons.change_button.isVisible()

    ten = _type(qtbot, view, K.Key_1)
    assert ten not in s.decisions and buttons.typed_label.text() == "Typing: 1…"    # 1 may be the start of 10
    _type(qtbot, view, K.Key_0)
    assert s.decisions[ten].score == 10 and buttons.typed_label.isHidden()
    seven = _type(qtbot, view, K.Key_7)                                               # no score starts 7…: at once
    assert s.decisions[seven].score == 7
    one = _type(qtbot, view, K.Key_1, K.Key_Return)                                   # Enter gives the 1 typed
    assert s.decisions[one].score == 1
    two = _type(qtbot, view, K.Key_1)
    qtbot.waitUntil(lambda: two in s.decisions, timeout=5000)                         # and so does a pause
    assert s.decisions[two].score == 1
    dropped = _type(qtbot, view, K.Key_1, K.Key_Escape)                               # Esc drops it, nothing given
    assert dropped not in s.decisions and window.pages.currentIndex() == REVIEW and buttons.typed_label.isHidden()
    eleven = _type(qtbot, view, K.Key_1, K.Key_1)
    assert eleven not in s.decisions
    assert view.message_label.text() == ("11 is not a score for this question, which is out of 10 (as the sheet "
                                         "says); Change… beside the score buttons sets another scale.")

    four = _type(qtbot, view, K.Key_4, K.Key_Comma)                                  # whole points: 4 at once
    assert s.decisions[four].score == 4
    assert view.message_label.text() == ("This question is out of 10 (as the sheet says), in whole points; Change… "
                                         "beside the score buttons sets half points.")

    points = _points(_export(qtbot, window, "points", tmp_path / "out" / "points.csv"))
    full = points[_student(s, ten)]
    assert (full[item], full["Total"], full["Out of"]) == ("10", "10", "10")
    assert points[_student(s, seven)]["Out of"] == "10"
    text = _pdf(_export(qtbot, window, "feedback-pdf", tmp_path / "out" / "feedback.pdf"))
    assert "Total: 10 out of 10" in text and "Total: 7 out of 10" in text


def test_half_points_set_in_the_columns_dialog_are_typed_with_a_comma_or_point_and_exported(qtbot, window, tmp_path):
    sheet = class_sheet(tmp_path / "class" / "ice.csv", "Ice floats")

    def ten_in_halves(dlg):
        assert dlg.items_note.text().endswith("“Out of”: nothing in the sheet says, so Grader takes 3 until you set it.")
        field = dlg.items_table.cellWidget(0, 3)
        assert field.spin.value() == 3 and "Grader's guess" in field.toolTip()
        field.spin.setValue(10)
        field.half.setChecked(True)
        assert "nothing in the sheet says" not in dlg.items_note.text()
        assert dlg.scales() == {"Ice floats": Scale(top=10, half=True, source=TEACHER)}
    view = _open(qtbot, window, sheet, ten_in_halves)
    s = window.session
    buttons = view.score_buttons
    assert buttons.scale_label.text() == "out of 10 · set by you"             # its halves' row of buttons says the rest
    assert [b.text() for b in buttons.buttons][:3] == ["0", "0.5", "1"] and len(buttons.buttons) == 21
    zero, half_button = buttons.button_for(0), buttons.button_for(0.5)                # each half under its point
    assert half_button.y() > zero.y() and zero.x() <= half_button.x() < buttons.button_for(1).x()
    half = _type(qtbot, view, K.Key_0, K.Key_Comma)
    assert half not in s.decisions and buttons.typed_label.text() == "Typing: 0.…"
    _type(qtbot, view, K.Key_5)
    assert s.decisions[half].score == 0.5
    four = _type(qtbot, view, K.Key_4, K.Key_Period, K.Key_5)
    assert s.decisions[four].score == 4.5
    whole = _type(qtbot, view, K.Key_6, K.Key_Return)
    assert s.decisions[whole].score == 6

    graded = _points(_export(qtbot, window, "points", tmp_path / "out" / "points.csv"))
    assert graded[_student(s, half)]["Ice floats"] == "0.5" and graded[_student(s, four)]["Ice floats"] == "4.5"
    assert {graded[_student(s, k)]["Out of"] for k in (half, four, whole)} == {"10"}


def test_a_0_to_2_question_set_out_of_2_in_the_review_exports_2_out_of_2_and_keeps_it_when_opened_again(
        qtbot, window, tmp_path):
    sheet = class_sheet(tmp_path / "class" / "ice.csv", "Ice floats")
    view = _open(qtbot, window, sheet)
    s, item = window.session, "Ice floats"
    buttons = view.score_buttons
    assert buttons.scale_label.text() == "out of 3 · Grader's guess, as the sheet does not say; Change… sets it"
    full = _type(qtbot, view, K.Key_2)
    _type(qtbot, view, K.Key_1)
    _type(qtbot, view, K.Key_0)

    window.show_export()                            # the export says the guess before anything goes out
    guess = ("Nothing says what 1 question is out of (Ice floats): it is exported out of 3, Grader's guess; Change… "
             "beside the review's score buttons sets it.")
    assert guess in window.export_dialog.summary_label.text()
    window.export_dialog.reject()

    qtbot.mouseClick(buttons.change_button, Qt.MouseButton.LeftButton)
    dlg = view.scale_dialog
    qtbot.waitUntil(lambda: dlg is not None and dlg.isVisible(), timeout=5000)
    dlg.field.spin.setValue(1)
    dlg.accept()                                    # a 2 is given: not out of 1; nothing changes, the dialog stays
    assert dlg.isVisible() and dlg.error.text() == ("⚠ 1 answer has a score above 1 (the highest: 2): choose at "
                                                    "least 2, or change that score first.")
    assert item not in s.scales
    dlg.field.spin.setValue(2)
    dlg.accept()
    assert s.scales[item] == Scale(top=2, source=TEACHER) and buttons.scale_label.text() == "out of 2 · set by you"
    assert [b.text().lstrip("✓ ") for b in buttons.buttons] == ["0", "1", "2"]

    window.show_export()
    assert "Grader's guess" not in window.export_dialog.summary_label.text()
    window.export_dialog.reject()
    points = _points(_export(qtbot, window, "points", tmp_path / "out" / "points.csv"))
    row = points[_student(s, full)]
    assert (row[item], row["Total"], row["Out of"]) == ("2", "2", "2")          # was "2", "2", "3"
    text = _pdf(_export(qtbot, window, "feedback-pdf", tmp_path / "out" / "feedback.pdf"))
    assert "Total: 2 out of 2" in text and "out of 3" not in text

    project = sheet.with_suffix(".grader-project")
    with qtbot.waitSignal(window.sheetClosed, timeout=30000):
        window.close_sheet()
    with sqlite3.connect(project) as db:
        assert db.execute("SELECT value FROM meta WHERE name='scales'").fetchone()[0] == \
            '{"Ice floats": {"top": 2, "half": false}}'
    with qtbot.waitSignal(window.sessionReady, timeout=30000):
        window.open_sheet(sheet)                     # its project knows the columns: no dialog
    view = _review(qtbot, window)
    assert window.session.scales[item] == Scale(top=2, source=TEACHER)
    assert view.score_buttons.scale_label.text() == "out of 2 · set by you"


def test_a_model_learned_from_marks_0_4_5_and_10_takes_any_half_point_to_10(qtbot, window, tmp_path, monkeypatch):
    # last year's sheet: 60 answers marked 0, 4.5 or 10, never 5 or 7
    rows = [(f"S{i}", "Ice floats", text, {0: 0, 2: 10}[mark] if i % 3 else 4.5)
            for i, (text, mark) in enumerate(marked(60, 5))]
    last_year = tmp_path / "last-year.csv"
    with open(last_year, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([("Student", "Question", "Answer", "Mark"), *rows])
    learn = learn_dialog_for(qtbot, window, last_year, monkeypatch)
    learn.ok_button.click()
    qtbot.waitUntil(lambda: "Made 1 model" in window.start.message.text(), timeout=120000)
    learned = next(b for b in window.library.bundles.values() if b.title == "Ice floats")
    assert learned.labels == [0, 4.5, 10] and learned.manifest["scale"] == {"top": 10, "half": True}

    def choose_it(dlg):
        combo = dlg.model_combo("Ice floats")
        combo.setCurrentIndex(combo.findData(learned.id))
        field = dlg.items_table.cellWidget(0, 3)
        assert (field.spin.value(), field.half.isChecked()) == (10, True)
        assert field.toolTip() == "out of 10, in half points (as the marks its model learned from)"
    view = _open(qtbot, window, class_sheet(tmp_path / "class" / "ice.csv", "Ice floats"), choose_it)
    s = window.session
    assert s.items["Ice floats"].labels == (0, 4.5, 10)                       # the model scores on its own labels
    five = _type(qtbot, view, K.Key_5, K.Key_Return)                          # was "5 is not a score ... 0, 4.5, 10"
    assert s.decisions[five].score == 5, view.message_label.text()
    seven = _type(qtbot, view, K.Key_7)
    qtbot.waitUntil(lambda: seven in s.decisions, timeout=5000)
    assert s.decisions[seven].score == 7
    assert view.score_buttons.scale_label.text() == "out of 10 · as the marks its model learned from"
    assert "a comma or point for a half (4,5)" in view.score_buttons.scale_label.toolTip()


def test_a_scale_on_the_sheet_stays_the_sheets_and_the_lms_file_takes_the_marks_as_they_are(qtbot, window, tmp_path):
    """A question out of 10 by its name, marked 7: question_scale says so, and the points sheet declares 10 with the
    score as given (no scaling: the marks are the sheet's points)."""
    from grader_app.io.lms_points import LmsPoints, question_scale

    view = _open(qtbot, window, class_sheet(tmp_path / "class" / "ten.csv", "Ice floats (10 marks)"))
    s, item = window.session, window.session.item_keys()[0]
    key = _type(qtbot, view, K.Key_7)
    assert question_scale(s, item) == Scale(top=10, source=SHEET)
    pts = LmsPoints(s)
    assert pts.maxima[item] == 10 and pts.score(item, s.decisions[key].score) == 7 and not pts.scaled
