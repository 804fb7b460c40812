"""Scores in a list are never confused with the decimal comma (QA s52a finding 5: the German review said "verwenden Sie
eine von 0, 4,5, 10", which reads as 0, 4, 5 and 10). Where the decimal point is a comma (German, Spanish) the scores
are set apart by semicolons, "0; 4,5; 10" (grader_app/ui/i18n.py score_list); English keeps "0, 4.5, 10". The real
review screen says it so for a score off a model's scale."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.core.scale import Scale
from grader_app.core.session import ItemInfo
from grader_app.ui import i18n
from grader_app.ui.scale_words import off_scale
from in_language import in_language
from ui_helpers import one_question_session, review_view

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LISTS = {"en": "0, 4.5, 10", "de": "0; 4,5; 10", "es": "0; 4,5; 10"}
SAID = {"en": "7 is not a score for this question; use one of 0, 4.5, 10.",
        "de": "7 ist keine Punktzahl für diese Frage; verwenden Sie eine von 0; 4,5; 10.",
        "es": "7 no es una puntuación de esta pregunta; usa una de estas: 0; 4,5; 10."}
HALF = {"en": "This question's model scores it 0, 1, 2, 3: no half points.",
        "de": "Das Modell dieser Frage bewertet sie mit 0; 1; 2; 3: keine halben Punkte.",
        "es": "El modelo de esta pregunta la puntúa con 0; 1; 2; 3: sin medios puntos."}


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_a_list_of_scores_keeps_its_halves_whole_in_every_language(qtbot, code):
    with in_language(code):
        assert i18n.score_list([0, 4.5, 10]) == LISTS[code]
        assert LISTS[code] in off_scale(Scale.of_labels((0, 4.5, 10)), 7)
        session = one_question_session([("S1", "Ann", "Ice is less dense."), ("S2", "Ben", "It is cold.")])
        session.set_item_info(ItemInfo(item="q1", bundle_id="ice-model", labels=(0, 4.5, 10)))
        view = review_view(qtbot, session, width=1024, height=600)
        view.go_to(0)
        qtbot.keyClick(view, Qt.Key.Key_7)
        assert 0 not in session.decisions
        assert view.message_label.text() == SAID[code]
        session.set_item_info(ItemInfo(item="q1", bundle_id="ice-model", labels=(0, 1, 2, 3)))
        view.refresh()
        qtbot.keyClick(view, Qt.Key.Key_Comma)                 # a half point on a model's whole scores: said why not
        assert view.message_label.text() == HALF[code]
