"""The review's place line names a place, not what is left: QA read German "10 von 105 zu prüfen" (and Spanish "10 de
105 por revisar") as "ten still to check" when it meant the tenth answer of 105. In German and Spanish the line now
begins with the word "Antwort"/"Respuesta", as the compiled catalogues the window loads say it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from in_language import in_language


@pytest.mark.parametrize("language, one, several", [
    ("de", "Antwort 10 von 105 zur Prüfung", "Antworten 4–6 von 105 zur Prüfung"),
    ("es", "Respuesta 10 de 105 para revisar", "Respuestas 4–6 de 105 para revisar"),
    ("en", "10 of 105 to review", "4–6 of 105 to review"),
])
def test_the_place_line_says_which_answer_this_is(qapp, language, one, several):
    with in_language(language):
        said = QCoreApplication.translate("ReviewView", "{position} of {count} to review").format(position=10, count=105)
        group = QCoreApplication.translate("ReviewView", "{first}–{last} of {count} to review").format(
            first=4, last=6, count=105)
        assert (said, group) == (one, several)
