"""The learning line's "Mark about 10 more answers to this question and the model can take about 29 of the rest"
counts the marks the model needs if it agrees with every coming mark: on ASAP set 6 marked in the review's order it
said "10 more" at 59 marks, and the model first took answers 50 marks later. The sentence now says the figure is the
fewest marks and names the condition it rests on, in each language, one answer and many, from the real .qm catalogues,
and the assistant's plain sentence says the same."""
from __future__ import annotations

import dataclasses

import pytest

from grader_app.learn.assistant import MarkingAssistant, Progress, progress_sentence
from grader_app.ui import i18n, mapping_layout
from grader_app.ui.learning_words import progress_words
from in_language import in_language
from settle import settle
from test_fits_netbook_at_16_pt import NETBOOK, line_drawn_whole
from test_learning_window import OWN, quick_catch_up, review_of_thirty  # noqa: F401  (the fixture)


def needs(k: int) -> Progress:
    return Progress(total=120, decided=40, auto=0, need_you=80, qualified=False, marks_needed=k, could_take=29)


@pytest.mark.parametrize("lang, one, many", [
    ("en", "Mark at least 1 more answer to this question; if the model agrees with you on it, it can take about 29 of "
           "the rest.",
     "Mark at least 10 more answers to this question; if the model agrees with you on them, it can take about 29 of "
     "the rest."),
    ("de", "Bewerten Sie noch mindestens 1 Antwort dieser Frage; bewertet das Modell sie wie Sie, übernimmt es etwa 29 "
           "der übrigen.",
     "Bewerten Sie noch mindestens 10 Antworten dieser Frage; bewertet das Modell sie wie Sie, übernimmt es etwa 29 "
     "der übrigen."),
    ("es", "Corrige al menos 1 respuesta más de esta pregunta; si el modelo coincide contigo, podrá asumir unas 29 de "
           "las restantes.",
     "Corrige al menos 10 respuestas más de esta pregunta; si el modelo coincide contigo, podrá asumir unas 29 de "
     "las restantes.")])
def test_the_marks_still_needed_are_said_with_their_condition(lang, one, many):
    with in_language(lang):
        assert progress_words(needs(1)) == one
        assert progress_words(needs(10)) == many


def test_the_assistants_plain_sentence_says_the_condition_too():
    assert i18n.install("en")
    for k in (1, 10):
        assert progress_words(needs(k)) == progress_sentence(needs(k))
    assert progress_sentence(needs(10)) == ("Mark at least 10 more answers to this question; if the model agrees with "
                                            "you on them, it can take about 29 of the rest.")


SAID = {"en": "if the model agrees with you on them", "de": "bewertet das Modell sie wie Sie",
        "es": "si el modelo coincide contigo"}


@pytest.mark.parametrize("language", ["de", "es", "en"])
def test_the_longer_sentence_is_whole_on_a_netbook_at_16_pt(qtbot, quick_catch_up, make_window, tmp_path,  # noqa: F811
                                                            monkeypatch, font_16, language):
    """Its condition makes the sentence longer: in German and Spanish it first took three lines at 16 pt, and the line
    was folded to one cut line. The real main window, its learner's progress set to 100 more marks for about 129."""
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    real = MarkingAssistant.progress

    def far(self, *args, **kwargs):
        p = real(self, *args, **kwargs)
        return dataclasses.replace(p, auto=0, need_you=p.need_you + p.auto, qualified=False, beyond_sheet=False,
                                   marks_needed=100, could_take=129)

    monkeypatch.setattr(MarkingAssistant, "progress", far)
    assert i18n.install(language)
    window = make_window((1024, 600))
    s, rv = review_of_thirty(qtbot, window, tmp_path, lambda: OWN in window.learning.models)
    rv.go_to(next(k for k in s.keys_for(OWN) if k not in s.decisions))
    line = rv.learning_label
    assert SAID[language] in line.text() and "100" in line.text() and "129" in line.text(), line.text()
    settle(qtbot, lambda: not line_drawn_whole(window, line))
    assert line_drawn_whole(window, line) == []
