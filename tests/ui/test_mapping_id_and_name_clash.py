"""The columns dialog said nothing when one column was chosen as both the student ID and the student's name (QA): every
student was then named by the same cell twice ("S001 · S001"). It says so under the student's choices, in the amber
note the answers' column has, with what to do, on one row per answer and on one column per question; as for the
answers' column, it is a warning, not a refusal."""
from __future__ import annotations

from PySide6.QtCore import QRect

from grader_app.core.sheet import WIDE
from grader_app.ui import mapping_layout
from test_mapping_doubts_and_first_name import _choose, _whole
from test_mapping_fit_and_keys import _inside, _open
from test_mapping_qa2 import ANSWERS, _write

SAID = ("⚠ “{column}” is chosen as both the student ID and the student's name: choose “(none)” for the one the sheet "
        "does not have, or the column that holds it.")


def test_one_column_as_the_students_id_and_name_is_said_under_the_choices_on_a_1024_by_600_screen(
        qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: QRect(0, 0, 1024, 600 - 40))
    rows = [["Student ID", "Surname", "First name", "Question", "Answer"]]
    rows += [[f"S{i:03d}", ("Lee", "Okafor")[i % 2], f"Ann{i}", "asap-sas-1", ANSWERS[i % 3]] for i in range(6)]
    dlg = _open(qtbot, window, _write(tmp_path / "class.csv", rows))
    m = dlg.mapping()
    assert (m.id_column, m.name_column, m.first_name_column) == ("Student ID", "Surname", "First name")
    assert not dlg.student_doubt.isVisible()
    _choose(dlg.name_combo, "Student ID")
    qtbot.waitUntil(lambda: _whole(dlg.student_doubt), timeout=3000)
    assert dlg.student_doubt.text() == SAID.format(column="Student ID")
    assert dlg.student_doubt.styleSheet() == dlg.answer_doubt.styleSheet()   # the answers' note, in its look
    assert _inside(dlg.student_doubt, dlg) and _inside(dlg.ok_button, dlg)
    assert dlg.ok_button.isEnabled() and not dlg.error.isVisible()   # a warning, not a refusal
    assert not dlg.answer_doubt.isVisible()
    _choose(dlg.name_combo, "Surname")
    assert not dlg.student_doubt.isVisible()
    _choose(dlg.first_name_combo, "Student ID")   # the first name is the student's name too
    assert dlg.student_doubt.isVisible() and dlg.student_doubt.text() == SAID.format(column="Student ID")
    _choose(dlg.id_combo, None)                   # no id: the column names the student once
    assert not dlg.student_doubt.isVisible()
    dlg.reject()


def test_one_column_as_the_students_id_and_name_is_said_in_one_column_per_question(qtbot, window, tmp_path):
    rows = [["Student ID", "Name", "asap-sas-1", "asap-sas-5"]]
    rows += [[f"S{i:03d}", f"Pupil {i}", ANSWERS[i % 3], ANSWERS[(i + 1) % 3]] for i in range(6)]
    dlg = _open(qtbot, window, _write(tmp_path / "quiz.csv", rows))
    assert dlg.mapping().layout == WIDE and not dlg.wide_student_doubt.isVisible()
    _choose(dlg.wide_name_combo, "Student ID")
    qtbot.waitUntil(lambda: _whole(dlg.wide_student_doubt), timeout=3000)
    assert dlg.wide_student_doubt.text() == SAID.format(column="Student ID")
    assert dlg.ok_button.isEnabled()
    _choose(dlg.wide_name_combo, "Name")
    assert not dlg.wide_student_doubt.isVisible()
    _choose(dlg.wide_id_combo, "Name")            # the names chosen as the id: the same words, for that column
    assert dlg.wide_student_doubt.isVisible() and dlg.wide_student_doubt.text() == SAID.format(column="Name")
    _choose(dlg.wide_name_combo, None)
    assert not dlg.wide_student_doubt.isVisible()
    dlg.reject()
