"""A one-column name split for the files that want first and last name apart (Google Classroom, Moodle's gradebook,
Blackboard): a surname's lower-case particles ("van", "de la", "von der", "bin") go with the last name, not the first
("Ludwig van Beethoven" was first "Ludwig van", last "Beethoven"). A capitalised word is a name of its own, the first
word is always the first name, and "Last, First" is read as written."""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.io.lms import export_format
from grader_app.io.lms._common import Student, names_of


def split(full: str) -> tuple[str, str]:
    return names_of(Student(label=full, rows=[0], ids={"name": full}, answers={}, scores={}))[:2]


@pytest.mark.parametrize("full,first,last", [
    ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),              # was ("Ludwig van", "Beethoven")
    ("María de la Cruz", "María", "de la Cruz"),                      # was ("María de la", "Cruz")
    ("Jan van der Berg", "Jan", "van der Berg"),
    ("Pieter van den Broek", "Pieter", "van den Broek"),
    ("Ursula von der Leyen", "Ursula", "von der Leyen"),
    ("Leonardo da Vinci", "Leonardo", "da Vinci"),
    ("Anna Maria della Rovere", "Anna Maria", "della Rovere"),        # two given names, one particle
    ("João dos Santos", "João", "dos Santos"),
    ("Ahmad bin Ismail", "Ahmad", "bin Ismail"),
    ("Omar al Rashid", "Omar", "al Rashid"),
    ("Anne-Marie de la Croix, Jr.", "Anne-Marie", "de la Croix, Jr."),  # was ("Anne-Marie de la", "Croix, Jr.")
    ("Ann van Lee 2", "Ann", "van Lee 2"),                            # the number stays last, the particle with it
    ("Vincent Van Gogh", "Vincent Van", "Gogh"),                      # capitalised: may be a given name (Van
    ("Minh Van Tran", "Minh Van", "Tran"),                            # Morrison, a Vietnamese middle name "Van")
    ("van Gogh", "van", "Gogh"),                                      # the first word is always the first name
    ("anne van der berg", "anne", "van der berg"),                    # typed all in lower case: still read
    ("Beethoven, Ludwig van", "Ludwig van", "Beethoven"),             # a comma form is never changed
    ("de la Cruz, María", "María", "de la Cruz"),
    ("Mary Ann Smith", "Mary Ann", "Smith"),
    ("Student 4", "Student 4", ""),
    ("Cher", "Cher", ""),
])
def test_a_surnames_particles_go_with_the_last_name(full, first, last):
    assert split(full) == (first, last)


def test_the_classroom_file_writes_the_particles_in_the_last_name_and_reads_back(tmp_path):
    rows = [["Timestamp", "Email address", "Score", "Your name", L.ICE],
            ["2024/03/04 10:02:11 AM GMT", "lvb@school.example", "", "Ludwig van Beethoven", L.A_GOOD],
            ["2024/03/04 10:05:40 AM GMT", "mdlc@school.example", "", "María de la Cruz", L.A_SOME],
            ["2024/03/04 10:07:02 AM GMT", "ann@school.example", "", "Lee, Ann", L.A_SOME]]
    session = L.session_for(L.write_csv(tmp_path / "Quiz (Responses) - Form Responses 1.csv", rows), L.by_text)
    out = export_format("google-classroom").write(session, tmp_path / "classroom.csv").path
    got = L.read_csv(out)
    assert got[0][:3] == ["Last Name", "First Name", "Email Address"]
    assert [r[:3] for r in got[1:]] == [["van Beethoven", "Ludwig", "lvb@school.example"],
                                        ["de la Cruz", "María", "mdlc@school.example"],
                                        ["Lee", "Ann", "ann@school.example"]]
