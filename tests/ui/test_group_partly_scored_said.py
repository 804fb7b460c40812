"""Audit of a keyboard-only review (a class of 150): Enter (or a digit) on a group whose card flags a member that
differs scores the others, the typical answer among them, and leaves that member open; the line under the card still
said "Not decided yet. The model suggests 1 … for the typical answer." while the typical answer had the teacher's 1 and
the member list said "your score 1". Coming back to the group (←, →) said it again, as if the key had not taken. Now the
line says the typical answer's score and how many answers of the group are still open; Ctrl+Z brings "Not decided yet"
back, and a group all scored says "Your score" as before. The real window on the sheet of test_group_split."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.ui import i18n
from test_group_split import LESS, MORE, _keys, _on_group_of, reviewing  # noqa: F401  (the fixture)

UNDO = Qt.KeyboardModifier.ControlModifier


def test_the_line_under_the_card_says_the_typical_answer_is_scored_and_what_is_left_open(qtbot, reviewing):  # noqa: F811
    _window, s, rv = reviewing
    less, more = _keys(s, LESS), _keys(s, MORE)
    group = _on_group_of(rv, less[0])
    typical = rv.shown_key(group)
    assert typical in less and rv.decision_label.text().startswith("Not decided yet.")
    qtbot.keyClick(rv, Qt.Key.Key_1)
    assert s.decisions[typical].score == 1 and not any(k in s.decisions for k in more)
    said = rv.decision_label.text()
    assert said == "Your score for the typical answer: 1. 2 answers of the group are still open.", said
    away, back = (Qt.Key.Key_Right, Qt.Key.Key_Left) if rv.position == 0 else (Qt.Key.Key_Left, Qt.Key.Key_Right)
    qtbot.keyClick(rv, away)
    assert rv.current_unit() != group
    qtbot.keyClick(rv, back)                                  # back on the group: said the same
    assert rv.current_unit() == group
    assert rv.decision_label.text() == said
    qtbot.keyClick(rv, Qt.Key.Key_Z, UNDO)
    assert typical not in s.decisions and rv.decision_label.text().startswith("Not decided yet.")
    qtbot.keyClick(rv, Qt.Key.Key_Z, UNDO | Qt.KeyboardModifier.ShiftModifier)
    assert rv.decision_label.text() == said
    rv.pull_out(more[0])                                      # P on the first left open: one is left
    _on_group_of(rv, typical)
    assert rv.decision_label.text() == "Your score for the typical answer: 1. 1 answer of the group is still open."
    qtbot.keyClick(rv, Qt.Key.Key_0)                          # the last one scored: the group's score, as before
    _on_group_of(rv, typical)
    assert rv.decision_label.text() == "Your score: 1"


@pytest.mark.parametrize("lang, start", [("de", "Ihre Punktzahl für die typische Antwort: 1. 2 Antworten der Gruppe"),
                                         ("es", "Tu puntuación para la respuesta típica: 1. 2 respuestas del grupo")])
def test_the_line_in_german_and_spanish(qtbot, reviewing, lang, start):  # noqa: F811
    _window, s, rv = reviewing
    assert i18n.install(lang)
    _on_group_of(rv, _keys(s, LESS)[0])
    qtbot.keyClick(rv, Qt.Key.Key_1)
    assert rv.decision_label.text().startswith(start), rv.decision_label.text()
