"""A Moodle gradebook of a sheet whose question headers are the whole questions (a form's export: 300 characters and
more). Moodle's import names a new grade item by the column's header and keeps a grade item's name in 255 characters:
the file headed the columns with the whole question, and the import stopped with a database error. Now a header
longer than that is cut after a word, ending in "…" (as the Canvas gradebook does for an assignment's name); shorter
headers are written as they were, and two long ones that begin alike stay two columns."""
from __future__ import annotations

import lms_sheets as L
from grader_app.io.lms import export_format
from grader_app.io.lms.moodle import GRADEBOOK_HEADER

STEM = ("After reading how the group ran its test with four samples in vinegar, weighed before and after a day, "
        "say what more you would need to know to run the same test yourself, in your own classroom, with your own "
        "samples and your own scales. Name at least three things you would need, say why each of them matters for "
        "the result, and say which of them you think matters most")
LONG_1, LONG_2 = f"Q1. {STEM}, and why.", f"Q1. {STEM}, and why not."   # alike for their first 300 characters
SHORT = "Q3. Name two parts of a cell."


def test_headers_longer_than_a_grade_items_name_are_cut_after_a_word(tmp_path):
    rows = [["Student ID", "Name", "Email", LONG_1, LONG_2, SHORT],
            ["S0001", "Lee, Ann", "ann.lee@school.example", L.A_GOOD, L.A_SOME, L.P_GOOD],
            ["S0002", "Okafor, Ben", "ben.okafor@school.example", L.A_SOME, L.A_GOOD, L.P_SOME]]
    session = L.session_for(L.write_xlsx(tmp_path / "form-responses.xlsx", rows), L.by_text)
    assert set(session.item_keys()) == {LONG_1, LONG_2, SHORT} and len(LONG_1) > 255
    result = export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv")
    head = L.read_csv(result.path)[0]
    assert head[:len(GRADEBOOK_HEADER)] == list(GRADEBOOK_HEADER)
    long_1, long_2, short = head[len(GRADEBOOK_HEADER):]
    assert short == SHORT                                                     # as it was
    assert len(long_1) <= 255 and long_1.endswith("…") and LONG_1.startswith(long_1[:-1])   # cut after a word
    assert LONG_1[len(long_1) - 1] == " "
    assert long_2 == long_1 + " (2)"                                          # two columns, as two questions
    assert L.read_csv(result.path)[1][len(GRADEBOOK_HEADER):] == ["2", "1", "2"]   # the grades under them
