"""The results screen's wrapping labels never part a number from its percent sign: at 1024 px the German headline
broke as "… mindestens 95 / % richtig". i18n.percent joins the number and "%" by a no-break space itself, and the
labels' texts are passed through i18n.unbroken where they are set (a percentage written with a plain space
elsewhere). The real results view in German, scored for real, and Qt's own line breaking (QTextLayout, as a
word-wrapping QLabel lays out its text) at every width."""
from __future__ import annotations

import re

import pytest

from grader_app.io.report import ReportWords
from grader_app.ui import i18n
from in_language import in_language
from ui_helpers import results_view, scored_session
from word_wrap import wrapped_lines

PLAIN_SPACE = re.compile(r"\d %")


def _widths_parting_sign(text: str, font) -> list[int]:
    """The widths at which some line of ``text`` starts with the "%" of the line before's number."""
    return [w for w in range(60, 1400, 2) if any(ln.lstrip().startswith("%") for ln in wrapped_lines(text, font, w)[1:])]


def test_unbroken_joins_only_a_number_and_its_percent_sign(qapp):
    assert i18n.unbroken("at least 95 % right; 4 % wrong") == "at least 95\u00a0% right; 4\u00a0% wrong"
    assert i18n.unbroken("0,5 % und 100 %.") == "0,5\u00a0% und 100\u00a0%."
    assert i18n.unbroken("a % b, 5  %, 5%") == "a % b, 5  %, 5%"     # no number right before: left as it is
    assert i18n.unbroken(i18n.percent(0.95)) == i18n.percent(0.95) == "95\u00a0%"


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_percent_never_holds_a_space_a_line_can_break_at(qapp, lang):
    """A percentage is written with a no-break space before its sign in every language, in the window and in the
    report's default words alike, so no line, however narrow, starts with a "%" parted from its number."""
    with in_language(lang):
        shown = [i18n.percent(s) for s in (0.0, 0.004, 0.056, 0.5, 0.95, 0.999, 1.0)] + [ReportWords().percent(45.0)]
        for text in shown:
            assert text.endswith("\u00a0%") and not any(ch.isspace() and ch != "\u00a0" for ch in text), repr(text)
        sentence = " ".join(f"mindestens {p} richtig" for p in shown)
        assert _widths_parting_sign(sentence, qapp.font()) == []
        assert _widths_parting_sign(sentence.replace("\u00a0", " "), qapp.font())   # a plain space would part them


def test_the_german_headline_and_the_threshold_panel_keep_number_and_sign_together(qtbot, shipped_bundles):
    assert i18n.install("de")
    session = scored_session(shipped_bundles, n_students=10)
    view = results_view(qtbot, session, 1024, 600)
    view.threshold.set_value(0.5)     # the panel's sentence on what the threshold gives names shares too
    headline = view.sentence.text()
    assert "mindestens" in headline and "\u00a0%" in headline and not PLAIN_SPACE.search(headline)
    font = view.sentence.font()
    # with a plain space Qt does part them at some width (the bug); with the no-break space at none
    assert _widths_parting_sign(headline.replace("\u00a0", " "), font)
    assert _widths_parting_sign(headline, font) == []
    for label in (view.threshold.effect, view.threshold.each):
        text = label.text()
        assert "\u00a0%" in text and not PLAIN_SPACE.search(text), text
        assert _widths_parting_sign(text, label.font()) == []
    view.set_learning("Das Modell kann 30 der 40 übrigen Antworten dieser Frage übernehmen (voraussichtlich zu mindestens 95 % "
                      "richtig)")
    assert "95\u00a0% richtig" in view.learning.text()
