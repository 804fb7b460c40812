"""QA: a tooltip that shows a text from the sheet was read by Qt as HTML whenever it might be (a tag-like "<b" in its
first line): "x<b and b>c" lost its middle and "<b>Yes</b>" turned bold. Such tooltips now show the text word for
word; ordinary texts stay plain tooltips."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as GuiQt

from grader_app.ui.plain_tip import plain_tip
from grader_app.ui.results_cells import ANSWER
from ui_helpers import results_view, scored_rows_project

TAGGED = ["x<b and b>c", "<b>Yes</b>, the cell\n  wall", '<img src="anything.png"> a picture']


def _as_shown(tip: str) -> str:
    """What a tooltip shows: Qt's own rule for rich text, then the text laid out."""
    if not GuiQt.mightBeRichText(tip):
        return tip
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


@pytest.mark.parametrize("text", TAGGED)
def test_a_tag_like_text_is_shown_word_for_word(qapp, text):
    assert GuiQt.mightBeRichText(text)          # what Qt would have done with it
    assert _as_shown(text) != text
    assert _as_shown(plain_tip(text)) == text
    assert "<img" not in plain_tip(text).replace("&lt;img", "")   # no image for Qt to load


def test_an_ordinary_text_stays_a_plain_tooltip(qapp):
    for text in ("The cell wall keeps its shape.", "3 < 4 and 5 > 2", "", None):
        assert plain_tip(text) == text


def test_the_results_table_shows_a_tagged_answer_word_for_word(qtbot, tmp_path):
    rows = [("asap-sas-1", t) for t in TAGGED] + [("asap-sas-1", "Vinegar amount and container size.")]
    session, store = scored_rows_project(tmp_path, rows)
    try:
        view = results_view(qtbot, session)
        model = view.model
        shown = {}
        for r in range(model.rowCount()):
            tip = model.data(model.index(r, ANSWER), Qt.ItemDataRole.ToolTipRole)
            shown[session.answers[model._order[r]].text] = tip
        for text in TAGGED:
            assert _as_shown(shown[text]) == text
        plain = "Vinegar amount and container size."
        assert shown[plain] == plain
        # a screen reader is given the text itself, not the markup
        r = next(r for r in range(model.rowCount()) if session.answers[model._order[r]].text == TAGGED[1])
        assert model.data(model.index(r, ANSWER), Qt.ItemDataRole.AccessibleTextRole) == TAGGED[1]
    finally:
        store.close()
