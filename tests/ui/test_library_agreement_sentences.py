"""The model library on the start screen says how closely a model agrees with teachers, and how closely two teachers
agree with each other. For a model that takes no answer on its own that comparison came last, in a sentence of its own
("closely, but sure of no single answer. Two teachers agree more closely with each other."), while a model that does
take answers still said it in brackets: "well (two teachers agree more closely)". Now both say it the same way:
"well. Two teachers agree more closely with each other.", in English, German and Spanish, with the same second sentence
as the models that take none. The real shipped bundles in the real start screen's library."""
from __future__ import annotations

import pytest

from grader_app.ui import i18n
from grader_app.ui.wording import agreement_words
from test_review_model_takes_none import MODELS, library_rows


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_a_model_that_takes_answers_says_two_teachers_agree_in_a_sentence_of_its_own(qtbot, language):
    if not (MODELS / "asap-sas-5.gradebundle").exists():
        pytest.skip("the shipped bundles are not in this checkout")
    assert i18n.install(language)
    _screen, rows = library_rows(qtbot, MODELS)
    takes_none = rows["asap-sas-1"].text(2)   # "closely, but sure of no single answer. Two teachers agree ..."
    teachers = takes_none.split(". ", 1)[1]
    for item, qwk in (("asap-sas-5", 0.78), ("asap-sas-6", 0.8)):   # they take 70 % and 86 % of answers on their own
        row = rows[item]
        assert not row.text(3).startswith(i18n.translate("wording", "none on its own: every answer comes to you"))
        said = row.text(2)
        word = said.split(". ", 1)[0]
        assert word == agreement_words(qwk)   # "well", "closely" (the word for its kappa, in its band)
        assert said == f"{word}. {teachers}" and "(" not in said, said
    if language == "en":
        assert rows["asap-sas-5"].text(2) == "well. Two teachers agree more closely with each other."
