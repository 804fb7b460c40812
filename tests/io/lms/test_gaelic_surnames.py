"""A one-column name split for Google Classroom, Moodle's gradebook and Blackboard: an Irish or Scottish Gaelic
surname's prefix ("Ó", "Ní", "Mac", "Nic", "Uí", "Mhic") begins the last name, capitalised or not ("Aoife Ó Briain"
was first "Aoife Ó", last "Briain"). Without its fada "O" is left as written (it may be a middle initial), and the
comma form reads it as the teacher means it."""
from __future__ import annotations

import unicodedata

import pytest

import lms_sheets as L
from grader_app.io.lms import export_format
from grader_app.io.lms._common import Student, names_of


def split(full: str) -> tuple[str, str]:
    return names_of(Student(label=full, rows=[0], ids={"name": full}, answers={}, scores={}))[:2]


@pytest.mark.parametrize("full,first,last", [
    ("Aoife Ó Briain", "Aoife", "Ó Briain"),                          # was ("Aoife Ó", "Briain")
    ("Máire Ní Bhriain", "Máire", "Ní Bhriain"),
    ("Caoimhe Nic Aodha", "Caoimhe", "Nic Aodha"),
    ("Cian Mac Cárthaigh", "Cian", "Mac Cárthaigh"),
    ("Liam Mc Carthy", "Liam", "Mc Carthy"),
    ("Nóra Uí Bhriain", "Nóra", "Uí Bhriain"),
    ("Donncha Ua Buachalla", "Donncha", "Ua Buachalla"),
    ("Síle Mhic Aodha", "Síle", "Mhic Aodha"),
    ("Eoin Ó hUiginn", "Eoin", "Ó hUiginn"),
    ("Seán Mac Giolla Phádraig", "Seán", "Mac Giolla Phádraig"),      # every word after the prefix is the surname
    ("Seumas Mac an t-Saoir", "Seumas", "Mac an t-Saoir"),            # Scottish Gaelic, with its article
    ("Mary Kate Ní Bhriain", "Mary Kate", "Ní Bhriain"),              # two given names
    ("Aoife Ó Briain 2", "Aoife", "Ó Briain 2"),                      # the number stays with the last name
    ("aoife ó briain", "aoife", "ó briain"),                          # typed in lower case
    ("AOIFE Ó BRIAIN", "AOIFE", "Ó BRIAIN"),                          # in capitals
    (unicodedata.normalize("NFD", "Aoife Ó Briain"), unicodedata.normalize("NFD", "Aoife"),
     unicodedata.normalize("NFD", "Ó Briain")),                       # the fada as a combining accent
    ("Aoife O Briain", "Aoife O", "Briain"),                          # no fada: "O" may be an initial, as written
    ("John O Smith", "John O", "Smith"),
    ("O Briain, Aoife", "Aoife", "O Briain"),                         # the comma form says which is the surname
    ("Ó Briain, Aoife", "Aoife", "Ó Briain"),
    ("Mac Jones", "Mac", "Jones"),                                    # the first word is always the first name
    ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),              # the particles as before
    ("Vincent Van Gogh", "Vincent Van", "Gogh"),
])
def test_a_gaelic_prefix_begins_the_last_name(full, first, last):
    assert split(full) == (first, last)


def test_the_classroom_file_writes_the_prefix_in_the_last_name(tmp_path):
    rows = [["Timestamp", "Email address", "Score", "Your name", L.ICE],
            ["2024/03/04 10:02:11 AM GMT", "aob@school.example", "", "Aoife Ó Briain", L.A_GOOD],
            ["2024/03/04 10:05:40 AM GMT", "mnb@school.example", "", "Máire Ní Bhriain", L.A_SOME]]
    session = L.session_for(L.write_csv(tmp_path / "Quiz (Responses) - Form Responses 1.csv", rows), L.by_text)
    out = export_format("google-classroom").write(session, tmp_path / "classroom.csv").path
    got = L.read_csv(out)
    assert got[0][:3] == ["Last Name", "First Name", "Email Address"]
    assert [r[:3] for r in got[1:]] == [["Ó Briain", "Aoife", "aob@school.example"],
                                        ["Ní Bhriain", "Máire", "mnb@school.example"]]
