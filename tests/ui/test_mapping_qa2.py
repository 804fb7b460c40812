"""The columns dialog on sheets teachers have, opened through the real main window on real files: a German class
list whose questions are answered in a word, a sheet of 198 questions on a 1024x600 screen, a one-column-per-question
guess switched to one row per answer, and the preview's headers when every header is a whole question."""
from __future__ import annotations

import csv

from PySide6.QtCore import QRect, Qt

from grader_app.core.sheet import LONG, WIDE
from grader_app.ui import mapping_layout
from test_mapping_fit_and_keys import _inside, _open

ANSWERS = ["Photosynthesis uses light energy to turn carbon dioxide and water into glucose and oxygen.",
           "Plants make food from sunlight, water and carbon dioxide in the chloroplasts.",
           "The plant takes in light and makes sugar and releases oxygen gas."]
WORDS = ["Mitochondrien", "Zellkern", "Ribosom", "Chloroplast"]


def _write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_a_class_list_answered_in_a_word_opens_ready_and_names_each_student_in_full(qtbot, window, tmp_path):
    """"Name", "Vorname", "Frage 1".."Frage 3", each answered in a word: the dialog opened with no column guessed
    ("no column in this sheet holds text answers"), the three questions to tick by hand, and the students were then
    shown by their surname alone."""
    rows = [["Name", "Vorname", "Klasse", "Frage 1", "Frage 2", "Frage 3"]]
    rows += [[f"Müller{i}", f"Anna{i}", "9b", WORDS[i % 4], WORDS[(i + 1) % 4], WORDS[(i + 2) % 4]] for i in range(10)]
    dlg = _open(qtbot, window, _write(tmp_path / "Biologie 9b.csv", rows))
    m = dlg.mapping()
    assert (m.layout, m.name_column, m.first_name_column, list(m.answer_columns)) == (
        WIDE, "Name", "Vorname", ["Frage 1", "Frage 2", "Frage 3"])
    assert not dlg.error.isVisible() and dlg.ok_button.text() == "Score 30 answers"
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        qtbot.keyClick(dlg, Qt.Key.Key_Return)
    assert len(window.session.answers) == 30 and window.session.answers[0].student == "Anna0 Müller0"


def test_a_sheet_of_198_questions_is_ready_to_score_on_a_1024_by_600_screen(qtbot, window, tmp_path, monkeypatch):
    """More than 60 question columns: the dialog said "The question column “None” has 198 different values; choose
    the column that names the question of each answer" (there is no question column in a one-column-per-question
    sheet) and kept "Start scoring" greyed out, whatever the teacher did."""
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: QRect(0, 0, 1024, 600 - 40))
    heads = [f"Question {k}: Explain what happens to the cell in part {k}." for k in range(1, 199)]
    rows = [["Student ID", "Name", *heads]]
    rows += [[f"{i:05d}", f"Pupil {i}", *(ANSWERS[(i + k) % 3] for k in range(198))] for i in range(4)]
    dlg = _open(qtbot, window, _write(tmp_path / "wide.csv", rows))
    assert dlg.wide_radio.isChecked() and len(dlg.mapping().answer_columns) == 198
    assert dlg.mapping().id_column == "Student ID" and dlg.sheet.frame["Student ID"].iloc[0] == "00000"
    assert not dlg.error.isVisible(), dlg.error.text()
    assert dlg.ok_button.isEnabled() and dlg.ok_button.text() == "Score 792 answers"
    assert dlg.items_table.rowCount() == 198
    assert dlg.width() <= 1024 - 16 and dlg.height() <= 560 - 48
    assert _inside(dlg.ok_button, dlg) and _inside(dlg.answer_list, dlg)
    shot = dlg.grab()
    assert not shot.isNull() and shot.save(str(tmp_path / "wide-dialog.png"))
    # unticking a column still works at this size
    dlg.answer_list.item(2).setCheckState(Qt.CheckState.Unchecked)
    assert dlg.ok_button.text() == "Score 788 answers" and dlg.items_table.rowCount() == 197
    dlg.reject()


def test_switching_a_wide_guess_to_one_row_per_answer_chooses_no_answers_column(qtbot, window, tmp_path):
    """A sheet guessed one column per question, switched to one row per answer: the first column, the students'
    ids, was preselected as the answers, with "Score 6 answers" ready for Enter."""
    rows = [["Student ID", "Name", "Q1", "Q2"]] + [[f"S{i}", f"Pupil {i}", ANSWERS[i % 3], ANSWERS[(i + 1) % 3]]
                                                   for i in range(6)]
    dlg = _open(qtbot, window, _write(tmp_path / "quiz.csv", rows))
    assert dlg.wide_radio.isChecked()
    qtbot.mouseClick(dlg.long_radio, Qt.MouseButton.LeftButton)
    assert dlg.long_radio.isChecked() and dlg.answer_combo.currentData() is None
    assert not dlg.ok_button.isEnabled()
    assert dlg.error.text() == "⚠ Choose the column that holds the students' answers."
    dlg.answer_combo.setCurrentIndex(dlg.answer_combo.findData("Q2"))
    assert dlg.mapping().layout == LONG and dlg.ok_button.isEnabled() and not dlg.error.isVisible()
    dlg.reject()


def test_the_preview_shows_each_whole_question_header_from_its_start(qtbot, window, tmp_path):
    """Headers that are whole questions were centred in the preview's narrow columns and cut on both sides:
    "Question 1: ..." and "Question 2: ..." both showed "...what happens to the cell in...", no number."""
    heads = [f"Question {k}: Explain what happens to the cell when it is placed in salty water." for k in (1, 2)]
    rows = [["Name", *heads]] + [[f"Pupil {i}", ANSWERS[i % 3], ANSWERS[(i + 1) % 3]] for i in range(6)]
    dlg = _open(qtbot, window, _write(tmp_path / "form.csv", rows))
    header = dlg.preview.horizontalHeader()
    assert header.defaultAlignment() & Qt.AlignmentFlag.AlignLeft
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    for c, head in enumerate(["Name", *heads]):
        assert dlg.preview_model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == head
    dlg.reject()


def test_a_maths_quiz_switched_to_one_column_per_question_has_its_questions_ticked(qtbot, window, tmp_path):
    """Forty questions answered in numbers: nothing is guessed (numbers under "Q1" may as well be marks), and the
    dialog asks. Choosing "One column per question" ticked no column: forty ticks by hand. Now the questions are."""
    rows = [["Student ID", "Name", *(f"Q{k}" for k in range(1, 41))]]
    rows += [[f"{i:04d}", f"Pupil {i}", *(str(k * i) for k in range(1, 41))] for i in range(5)]
    dlg = _open(qtbot, window, _write(tmp_path / "maths.csv", rows))
    assert dlg.error.isVisible() and not dlg.ok_button.isEnabled()
    dlg.wide_id_combo.setCurrentIndex(dlg.wide_id_combo.findData("Student ID"))
    qtbot.mouseClick(dlg.wide_radio, Qt.MouseButton.LeftButton)
    m = dlg.mapping()
    assert m.layout == WIDE and list(m.answer_columns) == [f"Q{k}" for k in range(1, 41)]
    assert dlg.ok_button.isEnabled() and dlg.ok_button.text() == "Score 200 answers" and not dlg.error.isVisible()
    assert dlg.items_table.rowCount() == 40
    # a column the teacher unticks stays unticked when the layout goes back and forth
    dlg.answer_list.item(2).setCheckState(Qt.CheckState.Unchecked)
    dlg.long_radio.setChecked(True)
    dlg.wide_radio.setChecked(True)
    assert len(dlg.mapping().answer_columns) == 39
    dlg.reject()


def test_an_empty_answer_column_is_named_and_the_student_and_question_columns_are_chosen(qtbot, window, tmp_path):
    """QA: a sheet whose Answer column was empty opened the dialog with "No column in this sheet holds text
    answers…" and no column chosen, though its Student and Question columns were plain to see."""
    rows = [["Student", "Question", "Answer"]] + [[f"Pupil {i}", f"Q{i % 2 + 1}", ""] for i in range(6)]
    dlg = _open(qtbot, window, _write(tmp_path / "empty answers.csv", rows))
    assert dlg.error.isVisible()
    assert dlg.error.text().startswith("⚠ The column “Answer” is empty: no student's answer is written in it; ")
    assert "holds text answers" not in dlg.error.text()
    assert dlg.long_radio.isChecked()
    assert (dlg.item_combo.currentData(), dlg.name_combo.currentData(), dlg.answer_combo.currentData()) == (
        "Question", "Student", None)
    assert not dlg.ok_button.isEnabled()
    dlg.reject()
