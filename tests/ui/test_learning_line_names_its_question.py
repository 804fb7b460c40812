"""The learning review's top line counts the whole sheet's answers left ("78 of 84 answers left to decide"), and the
line under it, about the question whose model learns from the teacher's marks, counted that question's ("Learning from
your marks: the model would need more marks than there are answers left, so it cannot take any of the 24 answers
left; mark them yourself."): two counts of "answers left" on two lines, nothing saying the 24 are the question's, and
"answers left" twice in the sentence (README screenshot). The line now says the count is the question's: "this
question has only 24 answers left, too few for the model to learn enough to take any; mark them yourself."

The real main window on a sheet whose question without a model has 30 answers beside 6 of a question with a shipped
model, a few of the 30 marked: fewer answers are left than the model would need even if every one were marked and
right (learn.progress, ``beyond_sheet``), in each language."""
from __future__ import annotations

import re

import pytest

from grader_app.ui import i18n
from test_learning_window import OWN, beyond_sheet, quick_catch_up, review_of_thirty  # noqa: F401  (the fixture)

# the line's start (the colon's own, the sentence after it) with this question's answers left, in each language
SAID = {"en": "Learning from your marks: this question has only {n} answers left, too few for the model to learn "
              "enough to take any; mark them yourself.",
        "de": "Lernt aus Ihren Bewertungen: Diese Frage hat nur noch {n} offene Antworten, zu wenige, als dass das "
              "Modell noch eine übernehmen könnte; bewerten Sie sie selbst.",
        "es": "Aprendiendo de tus correcciones: a esta pregunta solo le quedan {n} respuestas, demasiado pocas para que "
              "el modelo llegue a encargarse de alguna; puntúalas tú."}


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_learning_line_says_its_count_of_answers_left_is_the_questions(qtbot, quick_catch_up, make_window,  # noqa: F811
                                                                          tmp_path, language):
    assert i18n.install(language)   # before the window is made: every text in the language
    window = make_window((1200, 800))
    # no model for its question, which learns from the marks: a few marks, a model, then what it would need
    s, rv = review_of_thirty(qtbot, window, tmp_path, lambda: beyond_sheet(window))
    own = s.keys_for(OWN)
    assert window.learning.learners[OWN].assistant.progress().beyond_sheet
    left = sum(1 for k in own if k not in s.decisions)
    sheet_left = sum(1 for a in s.answers if a.key not in s.decisions)
    top = rv.progress_label.text()                       # the learning review's top line: the sheet's answers left
    assert re.search(rf"\b{sheet_left}\b", top) and not re.search(rf"\b{left}\b", top), top
    assert left < sheet_left                             # two counts of answers left, one above the other
    assert rv.learning_label.text() == SAID[language].format(n=left)
