"""A student whose identifier cannot be written as it is gets the reason that is theirs: a formula's sign at its start
(visible, in a wide form, or behind an invisible character), a line break in it, or a space or tab at an end; each
sentence says what is wrong and what to do (it always said "starts with a character a spreadsheet could read as a
formula", even for a line break). Read back from the list of students left out, as the teacher reads it."""
from __future__ import annotations

import lms_sheets as L
from grader_app.core.session import GradingSession
from grader_app.core.sheet import WIDE, ColumnMapping
from grader_app.io.lms import export_format, reasons
from grader_app.io.readers import read_sheet

USERNAMES = {"alee": None, "=cmd()": ("formula", "="), "\u200b=cmd": ("invisible", "="),
             "\uff1dcmd": ("formula", "\uff1d"), "ann\nlee": ("line_break", ""), "a\rb": ("line_break", ""),
             "@bob": ("formula", "@"), "-2+3": ("formula", "-"), "-2": None}


def _exported(tmp_path):
    rows = [["Username", "Name", "A"], *([u, f"Student {k}", "x"] for k, u in enumerate(USERNAMES))]
    sheet = L.write_csv(tmp_path / "class.csv", rows)
    session = GradingSession(read_sheet(sheet), ColumnMapping(layout=WIDE, id_column="Username", name_column="Name",
                                                              answer_columns={"A": "q1"}))
    for a in session.answers:
        session.decide(a.key, 1)
    return export_format("blackboard-grade-center").write(session, tmp_path / "bb.csv")


def test_each_unsafe_identifier_is_left_out_for_its_own_cause(tmp_path):
    result = _exported(tmp_path)
    assert [r[2] for r in L.read_csv(result.path)[1:]] == ["alee", "-2"]   # a plain number is no formula
    got = {u.reason.values["value"]: (u.reason.values["cause"], u.reason.values["sign"]) for u in result.unmatched}
    assert got == {u: c for u, c in USERNAMES.items() if c is not None}
    assert {u.reason.kind for u in result.unmatched} == {"unsafe_identifier"}
    assert all(u.reason.values["system"] == "Blackboard" and u.reason.values["field"] == "username"
               for u in result.unmatched)


def test_the_list_the_teacher_reads_says_each_cause_and_what_to_do(tmp_path):
    listed = {row[1].split(" · ")[0]: row[2] for row in L.read_csv(_exported(tmp_path).report)[1:]}
    assert listed["Student 1"] == (
        "the username “=cmd()” starts with “=”, which a spreadsheet could read as a formula, so it cannot be written "
        "safely; correct it in the sheet, open the sheet again and export again, or, if Blackboard has it so, enter "
        "this student's grade in Blackboard by hand")
    assert listed["Student 2"] == (
        "the username “\\u200b=cmd” has an invisible character before “=”, so a spreadsheet could read it as a formula "
        "and it cannot be written safely; type the username again in the sheet, open the sheet again and export again")
    assert listed["Student 3"].startswith("the username “\uff1dcmd” starts with “\uff1d”, which a spreadsheet")
    assert listed["Student 4"] == (
        "the username “ann\\nlee” has a line break in it, which Blackboard would not match; remove the line break in "
        "the sheet, open the sheet again and export again")
    assert listed["Student 5"].startswith("the username “a\\rb” has a line break in it")
    assert not any("starts with a character" in why for why in listed.values())


def test_a_space_or_tab_at_an_end_is_its_own_cause():
    """The readers trim identifiers, so only an identifier given otherwise can have one; it is said as what it is."""
    for value, shown in ((" alee", "“ alee”"), ("alee\t", "“alee\\t”"), ("\t=1", "“\\t=1”")):
        reason = reasons.unsafe_identifier("username", value, "Moodle")
        assert reason is not None and reason.values["cause"] == "spaces", value
        assert str(reason) == (f"the username {shown} begins or ends with a space or tab, which Moodle would not "
                               "match; remove the space or tab in the sheet, open the sheet again and export again")
    assert reasons.unsafe_identifier("username", "alee", "Moodle") is None
    assert reasons.unsafe_identifier("email", "a.b+c@school.example", "Moodle") is None
