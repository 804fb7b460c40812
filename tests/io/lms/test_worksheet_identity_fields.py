"""A Moodle grading worksheet carries the identity fields the site shows (its "Show user identity" setting: the email
address by default, often the ID number, sometimes the username) between ``Full name`` and ``Status``. Only the email
address was read: the students' ID numbers ("000042", the school's own ids) and usernames were dropped, so the points
sheet wrote the worksheet's "Participant 5100" as each student's id, the Moodle gradebook went out with an empty
``ID number``, and a site that shows the ID number instead of the email address got no Moodle gradebook at all ("needs
email addresses, usernames or ID numbers, and your sheet has none") although every student's ID number was there.

Each worksheet is written as Moodle writes it (UTF-8 CSV with a BOM), read as the app reads it, exported as the points
sheet, the Moodle gradebook and the worksheet itself, and each file read back. Students and answers invented.
"""
from __future__ import annotations

import lms_sheets as L
from grader_app.io.lms import export_format, identifiers_for, recognise

PEOPLE = (("José García", "000042", "jgarcia", "jose.garcia@school.example", L.A_GOOD),
          ("Zoë Müller", "000107", "zmuller", "zoe.muller@school.example", L.A_SOME),
          ("Ñuño Ibáñez", "", "nibanez", "nuno.ibanez@school.example", "It is cold."))


def worksheet(tmp_path, identity: tuple[str, ...]):
    """A worksheet whose identity fields are ``identity`` (of "ID number", "Username", "Email address"); Ñuño has no
    ID number."""
    head = ["Identifier", "Full name", *identity, "Status", "Grade", "Maximum Grade", "Grade can be changed",
            "Last modified (submission)", "Online text", "Last modified (grade)", "Feedback comments"]
    rows = [head]
    for n, (name, idnumber, user, email, text) in enumerate(PEOPLE):
        values = {"ID number": idnumber, "Username": user, "Email address": email}
        rows.append([f"Participant {5100 + n}", name, *(values[f] for f in identity), "Submitted for grading", "",
                     "2.00", "Yes", "Monday, 4 March 2024, 10:12 AM", text, "-", ""])
    return L.write_csv(tmp_path / "Grades-BIO7-Essay-412.csv", rows, bom=True)


def test_the_points_sheet_gives_the_id_number_not_the_participant_number(tmp_path):
    s = L.session_for(worksheet(tmp_path, ("ID number", "Email address")), L.by_text)
    rows = L.read_csv(export_format("points").write(s, tmp_path / "points.csv").path)
    assert rows[0][:3] == ["Student", "Student ID", "Email"]
    assert [r[:3] for r in rows[1:]] == [["José García", "000042", "jose.garcia@school.example"],   # was Participant 5100
                                         ["Zoë Müller", "000107", "zoe.muller@school.example"],
                                         # no ID number: the worksheet's own id, as for any sheet
                                         ["Ñuño Ibáñez", "Participant 5102", "nuno.ibanez@school.example"]]


def test_the_moodle_gradebook_keeps_the_id_number_and_username(tmp_path):
    s = L.session_for(worksheet(tmp_path, ("ID number", "Username", "Email address")), L.by_text)
    result = export_format("moodle-gradebook").write(s, tmp_path / "gradebook.csv")
    rows = L.read_csv(result.path)
    assert rows[0][:5] == ["First name", "Last name", "Username", "ID number", "Email address"]
    assert [r[:5] for r in rows[1:]] == [["José", "García", "jgarcia", "000042", "jose.garcia@school.example"],
                                         ["Zoë", "Müller", "zmuller", "000107", "zoe.muller@school.example"],
                                         ["Ñuño", "Ibáñez", "nibanez", "", "nuno.ibanez@school.example"]]
    assert result.unmatched == []


def test_a_site_that_shows_the_id_number_alone_gets_a_moodle_gradebook_by_it(tmp_path):
    path = worksheet(tmp_path, ("ID number",))
    s = L.session_for(path, L.by_text)
    assert recognise(s.sheet).exports == ("moodle-worksheet",)   # still the worksheet's own upload first
    result = export_format("moodle-gradebook").write(s, tmp_path / "gradebook.csv", identifiers_for(s.sheet, s.mapping))
    rows = L.read_csv(result.path)   # was NothingMatched: no email address, username or ID number read
    assert [r[3] for r in rows[1:]] == ["000042", "000107"]
    assert [(u.student, u.row) for u in result.unmatched] == [("Ñuño Ibáñez · Participant 5102", 4)]
    assert result.notes[0].values["column"] == "ID number"
    # the worksheet itself still goes back by the participant, for everyone
    back = L.read_csv(export_format("moodle-worksheet").write(s, tmp_path / "upload.csv").path)
    assert [r[0] for r in back[1:]] == ["Participant 5100", "Participant 5101", "Participant 5102"]
    assert "ID number" not in back[0]
