"""The model library on the start screen says, under "Agrees with teachers", how closely a model agrees with teachers
and how it compares with a second teacher scoring the same answers: "closely, but not as well as a second teacher".
It said "closely, but sure of no single answer. Two teachers agree more closely with each other." for the eight shipped
models that take no answer on its own: "sure of no single answer" was jargon for a threshold that qualifies none, and
the column beside says it already in plain words ("none on its own: every answer comes to you"); the comparison with
two teachers agreeing with each other had to be read twice. Now every model says it alike, whether it takes answers or
not, in English, German and Spanish; the tooltip keeps why agreeing over a class is not being sure of each answer. The
real shipped bundles in the real start screen's library."""
from __future__ import annotations

import pytest

from grader_app.ui import i18n
from grader_app.ui.library_table import FORMS_ROLE
from grader_app.ui.wording import agreement_words
from test_review_model_takes_none import MODELS, library_rows

pytestmark = pytest.mark.skipif(not (MODELS / "asap-sas-5.gradebundle").exists(),
                                reason="the shipped bundles are not in this checkout")


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_a_model_that_takes_none_says_its_agreement_as_one_that_takes_answers(qtbot, language):
    assert i18n.install(language)
    _screen, rows = library_rows(qtbot, MODELS)
    none = i18n.translate("wording", "none on its own: every answer comes to you")
    # asap-sas-1 takes none (0.81, two teachers 0.94); asap-sas-6 takes 86 % (0.83, two teachers 0.96)
    assert rows["asap-sas-1"].text(3) == none and rows["asap-sas-6"].text(3) != none
    takes_none, takes_some = rows["asap-sas-1"].text(2), rows["asap-sas-6"].text(2)
    assert takes_none == agreement_words(0.81, 0.94) == takes_some
    word = agreement_words(0.81)
    assert takes_none.startswith(word + ", ") and "." not in takes_none   # one clause after the word, no 2nd sentence
    if language == "en":
        assert takes_none == "closely, but not as well as a second teacher"
        assert rows["asap-sas-5"].text(2) == "well, but not as well as a second teacher"
        tip = rows["asap-sas-1"].toolTip(2)
        assert "not sure enough of any answer to score it without you" in tip and "no single answer" not in tip
        assert "a second teacher agrees 0.94" in tip


@pytest.mark.parametrize(("language", "size"), [("en", (1366, 768)), ("de", (1024, 600)), ("es", (1024, 600))])
def test_the_agreement_is_said_whole_or_as_its_word(qtbot, language, size):
    """At 1366×768 every cell of the column is whole; at 1024×600 (a 16 pt font in the screenshots, here the usual
    one) it is whole or the word alone, never cut inside its clause."""
    assert i18n.install(language)
    screen, rows = library_rows(qtbot, MODELS)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    tree = screen.library.tree
    for bid, item in rows.items():
        shown = " ".join(tree.shown(tree.indexFromItem(item, 2)).split())
        forms = item.data(2, FORMS_ROLE)
        assert shown in forms, (bid, shown)
        if size == (1366, 768):
            assert shown == item.text(2), (bid, shown)
