"""The columns dialog on a French class list and a one-column-per-question quiz, opened through the real main window on
real files: a column of student numbers, marks or timestamps chosen as the answers is said to be one, right under
the choice, and can still be kept (some questions are answered with a number); a class's numeric answers are not
doubted; and the student's first name has a choice of its own, guessed, "(none)" possible, which names the student
everywhere."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt

from grader_app.core.sheet import LONG, WIDE
from grader_app.ui import mapping_layout
from test_mapping_fit_and_keys import _inside, _open
from test_mapping_qa2 import ANSWERS, _write

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))   # the sheets of the column tests
from test_answer_doubts import CHROMOSOMES  # noqa: E402


def _classe(path, first="Prénom", n=20):
    """A French class list, one row per answer: the pupils' numbers, surnames, pseudonymised first names, a mark."""
    rows = [["Numéro", "Nom", first, "Question", "Réponse", "Note", "Horodateur", "Remarques"]]
    rows += [[f"{20240100 + i}", ("Martin", "Dupont", "Okafor")[i % 3], f"Élève{i + 1}", "asap-sas-1", ANSWERS[i % 3],
              str(i % 4), f"2024-10-02 09:{10 + i}:00", ""] for i in range(n)]
    return _write(path, rows)


def _choose(combo, column):
    combo.setCurrentIndex(combo.findData(column))


def _whole(label) -> bool:
    """``label`` is shown at full height for its width: no line of the note is cut off."""
    return label.isVisible() and label.height() >= label.heightForWidth(label.width())


def test_student_numbers_marks_or_dates_as_the_answers_are_said_beside_the_choice_on_a_1024_by_600_screen(
        qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: QRect(0, 0, 1024, 600 - 40))
    dlg = _open(qtbot, window, _classe(tmp_path / "Classe 4B.csv"))
    assert dlg.mapping().answer_column == "Réponse" and not dlg.answer_doubt.isVisible()
    said = {}
    for column in ("Numéro", "Note", "Horodateur", "Remarques"):
        _choose(dlg.answer_combo, column)
        said[column] = dlg.answer_doubt.text()
        qtbot.waitUntil(lambda: _whole(dlg.answer_doubt), timeout=3000)
        assert _inside(dlg.answer_doubt, dlg), column
        written = "Score 0 answers" if column == "Remarques" else "Score 20 answers"   # an empty column: none written
        assert dlg.ok_button.isEnabled() and dlg.ok_button.text() == written   # a warning, not a refusal
        assert _inside(dlg.ok_button, dlg) and not dlg.error.isVisible()
    assert said == {
        "Numéro": "⚠ “Numéro” is chosen for the answers and also says who the student is (name or id): choose another "
                  "column for one of them.",   # the student's id: said instead of what it looks like
        "Note": "⚠ “Note” holds only numbers, like marks or student numbers. Keep it if these are the answers; if not,"
                " choose their column.",
        "Horodateur": "⚠ “Horodateur” holds dates or times. Keep it if these are the answers; if not, choose their "
                      "column.",
        "Remarques": "⚠ “Remarques” is empty. Choose the column that holds the students' answers."}
    label = dlg.answer_doubt
    below = label.mapTo(dlg, label.rect().topLeft()).y()
    assert 0 <= below - dlg.answer_combo.mapTo(dlg, dlg.answer_combo.rect().bottomLeft()).y() < 20   # right under it
    shot = dlg.grab()
    assert not shot.isNull() and shot.save(str(tmp_path / "doubt.png"))
    _choose(dlg.answer_combo, "Réponse")
    assert not dlg.answer_doubt.isVisible() and dlg.answer_doubt.text() == ""
    dlg.reject()


def test_marks_kept_on_purpose_are_scored(qtbot, window, tmp_path):
    dlg = _open(qtbot, window, _classe(tmp_path / "classe.csv", n=6))
    _choose(dlg.answer_combo, "Note")
    assert dlg.answer_doubt.isVisible()
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        qtbot.keyClick(dlg, Qt.Key.Key_Return)
    assert [a.text for a in window.session.answers] == ["0", "1", "2", "3", "0", "1"]


def test_a_class_answering_with_a_number_gets_no_warning(qtbot, window, tmp_path):
    rows = [["Student ID", "Name", "Question", "Result"]]
    rows += [[f"S{i:02d}", f"Pupil {i}", "Q3", a] for i, a in enumerate(CHROMOSOMES)]
    dlg = _open(qtbot, window, _write(tmp_path / "chromosomes.csv", rows))
    _choose(dlg.answer_combo, "Result")
    _choose(dlg.item_combo, "Question")
    assert not dlg.answer_doubt.isVisible() and dlg.ok_button.isEnabled()
    _choose(dlg.answer_combo, "Student ID")
    assert dlg.answer_doubt.text().startswith("⚠ “Student ID” holds a different code in each row")
    dlg.reject()


def test_ticked_columns_that_are_no_questions_are_said_under_the_list(qtbot, window, tmp_path):
    rows = [["Student ID", "Surname", "First name", "Q1", "Q2", "Total", "Rank"]]
    rows += [[f"S{i:03d}", f"Lee{i % 4}", f"Ann{i}", ANSWERS[i % 3], ANSWERS[(i + 1) % 3], str(i % 5), str(i + 1)]
             for i in range(10)]
    dlg = _open(qtbot, window, _write(tmp_path / "quiz.csv", rows))
    assert dlg.wide_radio.isChecked() and list(dlg.mapping().answer_columns) == ["Q1", "Q2"]
    assert not dlg.wide_answer_doubt.isVisible()
    items = {dlg.answer_list.item(i).text(): dlg.answer_list.item(i) for i in range(dlg.answer_list.count())}
    for column in ("Student ID", "Total", "Rank"):
        items[column].setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: _whole(dlg.wide_answer_doubt), timeout=3000)   # laid out once the events are handled
    assert dlg.wide_answer_doubt.text() == ("⚠ “Student ID” is chosen for the answers and also says who the student is "
                                            "(name or id): choose another column for one of them. ⚠ “Total” holds only "
                                            "numbers, like marks or student numbers. Untick it unless it holds answers. "
                                            "1 other ticked column looks wrong too.")
    assert dlg.ok_button.isEnabled() and dlg.ok_button.text() == "Score 50 answers"
    for column in ("Student ID", "Rank"):
        items[column].setCheckState(Qt.CheckState.Unchecked)
    assert dlg.wide_answer_doubt.text().startswith("⚠ “Total” holds only numbers")
    items["Total"].setCheckState(Qt.CheckState.Unchecked)
    assert not dlg.wide_answer_doubt.isVisible()
    dlg.reject()


def test_the_first_name_is_guessed_shown_and_changed_and_names_the_student(qtbot, window, tmp_path):
    """The sheet named the student in two columns; the dialog had no choice of the first name, so a guess that missed
    it ("Prénom" holding "Élève12" was taken for the id) could not be put right."""
    dlg = _open(qtbot, window, _classe(tmp_path / "classe.csv", n=4))
    combo = dlg.first_name_combo
    assert combo.isVisible() and combo.currentData() == "Prénom" and combo.itemText(0) == "(none)"
    m = dlg.mapping()
    assert (m.id_column, m.name_column, m.first_name_column) == ("Numéro", "Nom", "Prénom")
    combo.setCurrentIndex(0)
    assert dlg.mapping().first_name_column is None
    _choose(combo, "Prénom")
    _choose(dlg.name_combo, "Prénom")        # the same column as the name: the name is that column alone
    assert dlg.mapping().first_name_column is None
    _choose(dlg.name_combo, "Nom")
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        qtbot.keyClick(dlg, Qt.Key.Key_Return)
    assert [a.student for a in window.session.answers][:2] == ["Élève1 Martin · 20240100", "Élève2 Dupont · 20240101"]
    assert window.session.mapping.first_name_column == "Prénom"


def test_a_first_name_the_guess_missed_is_chosen_in_one_column_per_question(qtbot, window, tmp_path):
    """"Preferred name" beside "Surname" is no header the guess reads as a first name (it takes it for the whole name):
    the teacher puts it right."""
    rows = [["Student ID", "Surname", "Preferred name", "Q1", "Q2"]]
    rows += [[f"S{i:03d}", ("Lee", "Okafor")[i % 2], ("Ann", "Ben", "Cleo")[i % 3], ANSWERS[i % 3], ANSWERS[(i + 1) % 3]]
             for i in range(4)]
    dlg = _open(qtbot, window, _write(tmp_path / "quiz.csv", rows))
    combo = dlg.wide_first_name_combo
    assert dlg.mapping().layout == WIDE and combo.isVisible() and combo.currentData() is None
    assert dlg.mapping().name_column == "Preferred name"
    _choose(dlg.wide_name_combo, "Surname")
    _choose(combo, "Preferred name")
    assert dlg.mapping().first_name_column == "Preferred name" and dlg.ok_button.text() == "Score 8 answers"
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        qtbot.keyClick(dlg, Qt.Key.Key_Return)
    assert window.session.answers[0].student == "Ann Lee · S000"


def test_the_first_name_chosen_is_hidden_in_the_preview_while_blind(qtbot, window, tmp_path):
    window.blind_action.trigger()
    dlg = _open(qtbot, window, _classe(tmp_path / "classe.csv", n=4))
    assert {"Numéro", "Nom", "Prénom"} <= dlg.hidden_columns()
    model = dlg.preview_model
    c = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())].index("Prénom")
    assert {model.item(r, c).text() for r in range(model.rowCount())} == {"(hidden)"}
    dlg.first_name_combo.setCurrentIndex(0)          # no first name chosen: "Prénom" still says what it holds
    assert dlg.mapping().layout == LONG and "Prénom" in dlg.hidden_columns()
    assert {model.item(r, c).text() for r in range(model.rowCount())} == {"(hidden)"}
    dlg.reject()


def test_a_guessed_answers_column_that_looks_wrong_is_said_when_the_dialog_opens(qtbot, window, tmp_path):
    """The guess itself may leave such a column: every pupil's "Answer" says "see attached" (handed in on paper)."""
    rows = [["Student ID", "Name", "Answer"]] + [[f"S{i}", f"Pupil {i}", "see attached"] for i in range(6)]
    dlg = _open(qtbot, window, _write(tmp_path / "homework.csv", rows))
    assert dlg.mapping().answer_column == "Answer"
    assert dlg.answer_doubt.isVisible() and dlg.answer_doubt.text() == (
        "⚠ Every cell of “Answer” says “see attached”. Keep it if these are the answers; if not, choose their column.")
    dlg.reject()


def test_questions_headed_in_html_are_ticked_and_never_the_students_name(qtbot, window, tmp_path):
    """A quiz whose questions an LMS headed in HTML: "<p>Name two processes ...</p>" was the student's name (the word
    "Name" in it), and its answers were no question to score."""
    name_two = "<p>Name two processes that move water in a plant.</p>"
    first_of = "<p>Give the <b>first name</b> of the scientist who found radium.</p>"
    explain = "<p>Explain osmosis in a sentence.</p>"
    rows = [["Student ID", "Surname", name_two, first_of, explain]]
    rows += [[f"S{i:03d}", ("Lee", "Okafor")[i % 2], ("transpiration", "osmosis and diffusion")[i % 2],
              ("Marie", "Pierre")[i % 2], ANSWERS[i % 3]] for i in range(4)]
    dlg = _open(qtbot, window, _write(tmp_path / "quiz.csv", rows))
    assert dlg.wide_radio.isChecked()
    assert dlg.wide_id_combo.currentData() == "Student ID" and dlg.wide_name_combo.currentData() == "Surname"
    assert dlg.wide_first_name_combo.currentData() is None
    assert dlg.mapping().answer_columns == {name_two: "Name two processes that move water in a plant.",
                                           first_of: "Give the first name of the scientist who found radium.",
                                           explain: "Explain osmosis in a sentence."}
    dlg.reject()


def test_a_column_chosen_as_the_answers_and_as_the_student_is_said_beside_the_choice(qtbot, window, tmp_path):
    """Spanish QA: «Apellido» was chosen as the answers while it was also the student's name, and nothing was said."""
    rows = [["Nº", "Apellido", "Nombre", "Pregunta", "Respuesta"]]
    rows += [[f"{100 + i}", ("García", "López", "Pérez")[i % 3], f"Ana{i}", "asap-sas-1", ANSWERS[i % 3]]
             for i in range(8)]
    dlg = _open(qtbot, window, _write(tmp_path / "clase.csv", rows))
    assert dlg.mapping().name_column == "Apellido" and not dlg.answer_doubt.isVisible()
    _choose(dlg.answer_combo, "Apellido")
    qtbot.waitUntil(lambda: _whole(dlg.answer_doubt), timeout=3000)
    assert dlg.answer_doubt.text() == ("⚠ “Apellido” is chosen for the answers and also says who the student is (name "
                                       "or id): choose another column for one of them.")
    assert dlg.ok_button.isEnabled()   # a warning, as for the other column problems
    _choose(dlg.name_combo, "Nombre")
    assert not dlg.answer_doubt.isVisible()
    _choose(dlg.first_name_combo, "Apellido")   # the first name counts too
    assert dlg.answer_doubt.isVisible() and "“Apellido”" in dlg.answer_doubt.text()
    dlg.reject()
