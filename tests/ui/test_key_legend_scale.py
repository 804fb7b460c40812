"""The line of keys under the review said "0–9 score" ("0–9 bewerten") on a question out of 2 (German walkthrough): it
names the scores of the question on screen, and another question's as the review moves to it. A question whose scale
is Grader's guess still takes any digit up to 9, and says so. The real review screen on a real, scored session."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt

from bundle_factory import make_bundle
from in_language import in_language
from ui_helpers import review_view

from grader_app.bundles.library import Library
from grader_app.core.grading import match_bundles
from grader_app.core.session import GradingSession
from grader_app.core.sheet import ColumnMapping, Sheet
from grader_app.workflow import score_all

ANSWERS = ["Ice is less dense than water.", "Because it is cold.", "The lattice keeps the molecules apart."]


def _session(tmp_path) -> GradingSession:
    """Question "two" scored by a model of 0, 1, 2; question "free" with no model (its scale Grader's guess)."""
    make_bundle(tmp_path, "two", labels=(0, 1, 2))
    rows = [(f"S{i}", item, text) for item in ("two", "free") for i, text in enumerate(ANSWERS)]
    frame = pd.DataFrame(rows, columns=["ID", "Question", "Answer"], dtype=object)
    s = GradingSession(Sheet(frame=frame), ColumnMapping(id_column="ID", item_column="Question", answer_column="Answer"))
    score_all(s, match_bundles(s, Library.load([tmp_path]), chosen={"two": "two", "free": ""}))
    return s


def _on(view, session, item: str) -> None:
    view.go_to(next(a.key for a in session.answers_for(item)))
    assert session.answers[view.current_unit()[0]].item == item


def test_the_key_line_names_the_scale_of_the_question_on_screen(qtbot, tmp_path):
    s = _session(tmp_path)
    view = review_view(qtbot, s, width=1280, height=800)
    _on(view, s, "two")
    assert view.keymap_label.text().startswith("0–2 score (in a group, answers that differ stay open) · Enter ")
    assert view.keymap_label.short.startswith("0–2 score · ")
    _on(view, s, "free")
    assert view.keymap_label.text().startswith("0–9 score (")   # a guessed scale: any digit up to 9 is taken
    assert view.keymap_label.short.startswith("0–9 score · ")
    _on(view, s, "two")
    assert view.keymap_label.text().startswith("0–2 score (")
    qtbot.keyClick(view, Qt.Key.Key_2)                               # and the keys it names score
    assert 2 in {d.score for d in s.decisions.values()}


def test_in_german_and_spanish_too(qtbot, tmp_path):
    s = _session(tmp_path)
    for lang, word in (("de", "0–2 bewerten ("), ("es", "0–2 puntuar (")):
        with in_language(lang):
            view = review_view(qtbot, s, width=1280, height=800)
            _on(view, s, "two")
            assert view.keymap_label.text().startswith(word), view.keymap_label.text()
