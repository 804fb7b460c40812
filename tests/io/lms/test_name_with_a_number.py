"""A one-column name is split into first and last name for the files that want both (Moodle's gradebook, Google
Classroom, Blackboard): a trailing number is no last name ("Student 4" is not first "Student", last "4"), a single
word is a first name, "Last, First" is read so, and a real name still splits at its last space."""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.io.lms import export_format
from grader_app.io.lms._common import Student, names_of


def split(full: str) -> tuple[str, str]:
    return names_of(Student(label=full, rows=[0], ids={"name": full}, answers={}, scores={}))[:2]


@pytest.mark.parametrize("full,first,last", [
    ("Student 4", "Student 4", ""),          # was ("Student", "4")
    ("Pupil 06", "Pupil 06", ""),
    ("Student 12b", "Student 12b", ""),
    ("Group (3)", "Group (3)", ""),
    ("Ann Lee 2", "Ann", "Lee 2"),           # a second Ann Lee: the number stays with her last name
    ("Student", "Student", ""),
    ("Lee, Ann", "Ann", "Lee"),
    ("Müller, Jürgen", "Jürgen", "Müller"),
    ("Zoë Ñúñez", "Zoë", "Ñúñez"),
    ("Mary Ann Smith", "Mary Ann", "Smith"),
    ("John Smith, III", "John", "Smith, III"),
])
def test_a_full_name_is_split_sensibly(full, first, last):
    assert split(full) == (first, last)


def test_the_classroom_file_keeps_a_numbered_student_whole(tmp_path):
    rows = [["Timestamp", "Email address", "Score", "Your name", L.ICE],
            ["2024/03/04 10:02:11 AM GMT", "s4@school.example", "", "Student 4", L.A_GOOD],
            ["2024/03/04 10:05:40 AM GMT", "ann@school.example", "", "Lee, Ann", L.A_SOME]]
    session = L.session_for(L.write_csv(tmp_path / "Quiz (Responses) - Form Responses 1.csv", rows), L.by_text)
    out = export_format("google-classroom").write(session, tmp_path / "classroom.csv").path
    got = L.read_csv(out)
    assert got[0][:3] == ["Last Name", "First Name", "Email Address"]
    assert [r[:3] for r in got[1:]] == [["", "Student 4", "s4@school.example"], ["Lee", "Ann", "ann@school.example"]]
