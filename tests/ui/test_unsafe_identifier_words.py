"""The window says each cause of an identifier that cannot be written with its own sentence (the ``ExportReasons``
context), in English exactly as the export wrote it; a cause it does not know is said as the export wrote it."""
from __future__ import annotations

from grader_app.io.lms import reasons
from grader_app.ui import unmatched_words

VALUES = {"spaces": " alee", "line_break": "ann\nlee", "invisible": "\u200b=cmd", "formula": "@bob",
          "formula_inside": "bob;=cmd|' /C calc'!A0"}


def test_every_cause_has_its_own_sentence_and_english_says_it_as_the_export_wrote_it():
    said = {}
    for cause, value in VALUES.items():
        reason = reasons.unsafe_identifier("email", value, "Google Classroom")
        assert reason is not None and reason.values["cause"] == cause
        said[cause] = unmatched_words.reason_words(reason)
        assert said[cause] == str(reason), cause
    assert len(set(said.values())) == len(VALUES)
    assert said["invisible"].startswith("the email address “\\u200b=cmd” has an invisible character before “=”")
    assert said["formula"].endswith("if Google Classroom has it so, enter this student's grade in Google Classroom by hand")
    # QA s51b #3: a formula after a separator inside it (written, it would need a guard that no LMS would match)
    assert said["formula_inside"].startswith("the email address “bob;=cmd|' /C calc'!A0” has “=” after a comma, "
                                             "semicolon or tab")


def test_a_cause_the_window_does_not_know_is_said_as_the_export_wrote_it():
    reason = reasons.Reason("the username 'x' is odd", "unsafe_identifier", field="username", value="x", cause="odd",
                            sign="", system="Moodle")
    assert unmatched_words.reason_words(reason) == "the username 'x' is odd"
