"""The results table's search finds an answer by what it holds, as written or as shown: a word split by a hidden
character (a zero-width space inside "photosynthesis") by the word, the character by its mark as the table shows
it ("U+202E"), and the raw text as before; in any case (upper or lower), and the same for a teacher's comment and
a student's name."""
from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping, Sheet
from grader_app.ui.results_view import ResultsView
from ui_helpers import scored_rows_project

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SPLIT = "Photo\u200bsynthesis makes sugar from light"
REVERSED = "Ice floats \u202esesuaceb ti si ssel esned"
PLAIN = [
    "the cell membrane controls what enters and leaves the cell",
    "plants need light and water to grow well",
    "osmosis moves water across the membrane",
]


@pytest.fixture
def view(qtbot, tmp_path):
    session, store = scored_rows_project(tmp_path, [("asap-sas-1", t) for t in (SPLIT, REVERSED, *PLAIN)])
    v = ResultsView()
    qtbot.addWidget(v)
    v.set_session(session)
    v.show()
    yield session, v
    store.close()


def search(qtbot, v: ResultsView, text: str) -> list[str]:
    """Type ``text`` into the search field (after clearing it); the texts of the answers then shown. QTest types
    only the keys of a keyboard: a mark or a hidden character goes in as pasted."""
    v.search.clear()
    if text.isascii():
        qtbot.keyClicks(v.search, text)
    else:
        v.search.insert(text)
    assert v.proxy.search_text() == " ".join(text.lower().split())
    return [v.model.session.answers[k].text for k in v.visible_keys()]


def test_a_word_split_by_a_hidden_character_is_found_by_the_word(qtbot, view):
    session, v = view
    assert v.proxy.rowCount() == len(session.answers) == 5
    assert search(qtbot, v, "photosynthesis") == [SPLIT]
    assert search(qtbot, v, "PHOTOSYNTHESIS makes") == [SPLIT]
    assert search(qtbot, v, "sugar from") == [SPLIT]                  # the rest of it as before


def test_a_hidden_character_is_found_by_its_mark_as_shown(qtbot, view):
    _session, v = view
    assert search(qtbot, v, "U+202E") == [REVERSED]
    assert search(qtbot, v, "u+202e") == [REVERSED]
    assert search(qtbot, v, "⟦U+200B⟧") == [SPLIT]
    assert search(qtbot, v, "floats ⟦U+202E⟧sesuaceb") == [REVERSED]   # as the table shows it, mark and all
    assert search(qtbot, v, "U+") and v.proxy.rowCount() == 2
    v.search.clear()
    assert v.proxy.rowCount() == 5


def test_the_raw_text_is_still_found(qtbot, view):
    _session, v = view
    assert search(qtbot, v, "photo\u200bsynthesis") == [SPLIT]
    assert search(qtbot, v, "\u202esesuaceb") == [REVERSED]
    assert search(qtbot, v, "membrane") and v.proxy.rowCount() == 2
    assert search(qtbot, v, "no answer says this") == [] and v.proxy.rowCount() == 0


def test_a_comment_and_a_name_are_found_the_same_ways(qtbot, tmp_path):
    frame = pd.DataFrame({"Student": ["Ann\u200b Lee", "Ben Okafor"], "Question": ["q1", "q1"],
                          "Answer": ["Ice floats because it is less dense.", "The water expands when it freezes."]},
                         dtype=object)
    mapping = ColumnMapping(layout=LONG, id_column="Student", item_column="Question", answer_column="Answer")
    session = GradingSession(Sheet(frame), mapping, {"q1": ItemInfo(item="q1", labels=(0, 1, 2))})
    session.decide(1, 1, comment="Say why: ex\u00adpands")
    v = ResultsView()
    qtbot.addWidget(v)
    v.set_session(session)
    v.show()
    assert search(qtbot, v, "expands why") == []
    assert search(qtbot, v, "why: expands") == ["The water expands when it freezes."]
    assert search(qtbot, v, "U+00AD") == ["The water expands when it freezes."]
    assert search(qtbot, v, "ann lee") == ["Ice floats because it is less dense."]
    assert search(qtbot, v, "U+200B") == ["Ice floats because it is less dense."]
    qtbot.keyClick(v.search, Qt.Key.Key_Backspace)
    assert v.proxy.rowCount() == 1


def test_a_comment_quoting_a_hidden_character_shows_its_mark_in_the_table(qtbot, view):
    from grader_app.ui.results_model import COMMENT
    session, v = view
    key = next(k for k, a in enumerate(session.answers) if a.text == REVERSED)
    session.decide(key, 1, comment="You wrote: \u202esesuaceb")
    index = v.model.index(v.model.row_of(key), COMMENT)
    shown = v.model.data(index, Qt.ItemDataRole.DisplayRole)
    tip = v.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "\u202e" not in shown and "\u202e" not in tip
    assert "⟦U+202E⟧sesuaceb" in shown and "⟦U+202E⟧sesuaceb" in tip
