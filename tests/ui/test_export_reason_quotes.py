"""Why a student was left out of an LMS file quoted the student's identifier, and a question with two answers, as Python
writes a string ("die E-Mail-Adresse ' alee' beginnt …", "2 Antworten auf 'Q1'"), inside a German sentence whose
translator quotes „…“ (the Spanish the same, beside «…»). They are in the interface's quotation marks now, each
invisible character written as its code as before ("„\\u200b=cmd“", "„ann\\nlee“"), so the teacher sees what to correct.
Every cause of an identifier that cannot be written, and the two attempts, made by the export's own reason makers and
said in German and Spanish (:mod:`grader_app.ui.unmatched_words`)."""
from __future__ import annotations

import re

import pytest

from grader_app.io.lms import reasons
from grader_app.ui import unmatched_words
from in_language import in_language

VALUES = {"spaces": " alee", "line_break": "ann\nlee", "invisible": "\u200b=cmd", "formula": "@bob",
          "formula_inside": "bob;=cmd"}
SHOWN = {"spaces": " alee", "line_break": "ann\\nlee", "invisible": "\\u200b=cmd", "formula": "@bob",
         "formula_inside": "bob;=cmd"}
MARKS = {"de": ("„", "“"), "es": ("«", "»")}


def _reasons() -> dict[str, reasons.Reason]:
    made = {cause: reasons.unsafe_identifier("email", value, "Moodle") for cause, value in VALUES.items()}
    assert all(r is not None and r.values["cause"] == cause for cause, r in made.items())
    made["several"] = reasons.several_answers(2, "Q 1", 0)
    made["several_more"] = reasons.several_answers(3, "Q 1", 2)
    return made


@pytest.mark.parametrize("lang", ["de", "es"])
def test_every_identifier_and_question_a_reason_names_is_in_the_languages_quotation_marks(qapp, lang):
    made = _reasons()
    with in_language(lang):
        said = {k: unmatched_words.reason_words(r) for k, r in made.items()}
    opening, closing = MARKS[lang]
    assert all(s != str(made[k]) for k, s in said.items())   # said in the language, not as the export wrote it
    for key, text in said.items():
        shown = SHOWN.get(key, "Q 1")
        assert f"{opening}{shown}{closing}" in text, text
    assert [s for s in said.values() if re.search(r"['\"]", s)] == []   # no English or Python quotation left
