"""An answer with hidden characters (flags.HIDDEN) is shown as the characters it really holds, wherever the
teacher reads it: on the review card, in a group's member list and typical answer, and in the results table
and its tooltip. U+202E no longer turns the rest of the answer around and a zero-width space no longer hides
a split word: each is written out as "⟦U+202E⟧", in the order the model reads it. Every other answer, an
emoji's own joiner included, is shown exactly as before."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.core import flags as F
from grader_app.core import hidden_characters as H
from grader_app.ui import results_model as rm
from ui_helpers import results_view, review_view, scored_rows_project

RLO = "\u202eemosobir eht ot seog ANRm eht"                     # shows "the mRNA goes to the ribosome"
ZWSP = "The mRNA leaves the nucleus and goes to the ribo\u200bsome."
PLAIN = "Osmosis moves water through a membrane."
EMOJI = "I want to be a \U0001f469\u200d\U0001f52c because the cell membrane is cool."
# a group of three: the typical answer and two members with hidden characters
GROUPED = ["The cell membrane controls what goes in and out of the cell.",
           "The cell membrane con\u200btrols what goes in and out of the cell.",
           "\u202eThe cell membrane controls what goes in and out of the cell"]
TEXTS = [RLO, ZWSP, PLAIN, EMOJI, *GROUPED]
GROUP = [4, 5, 6]
RLO_SHOWN = "⟦U+202E⟧emosobir eht ot seog ANRm eht"
ZWSP_SHOWN = "The mRNA leaves the nucleus and goes to the ribo⟦U+200B⟧some."


@pytest.fixture
def graded(tmp_path):
    session, store = scored_rows_project(tmp_path, [("asap-sas-1", t) for t in TEXTS])
    yield session
    store.close()


@pytest.fixture
def view(qtbot, graded):
    return review_view(qtbot, graded, groups={k: 0 for k in GROUP}, typical=(GROUP[0],))


def _card_shows(view, key: int) -> str:
    view.set_queue([a.key for a in view.session.answers], start_key=key, groups={k: 0 for k in GROUP},
                   typical=(GROUP[0],))
    assert view.current_key() == key and not view.card.showing_group()
    assert view.answer_label.isVisible()
    return view.answer_label.text()


def test_the_answers_are_flagged_as_the_flag_decides(graded):
    assert [F.HIDDEN in graded.flags.get(k, []) for k in range(len(TEXTS))] == [True, True, False, False,
                                                                                False, True, True]


def test_the_card_writes_out_a_reversing_mark_and_a_zero_width_space(view):
    assert _card_shows(view, 0) == RLO_SHOWN
    assert "\u202e" not in view.answer_label.text()
    assert "⟦U+…⟧" in view.answer_label.toolTip()
    assert _card_shows(view, 1) == ZWSP_SHOWN
    assert "⟦U+…⟧" in view.answer_label.toolTip()


def test_the_card_shows_other_answers_as_before(view):
    assert _card_shows(view, 2) == PLAIN
    assert view.answer_label.toolTip() == ""
    assert _card_shows(view, 3) == EMOJI            # the emoji's own joiner stays: one picture, not a mark
    assert "⟦" not in view.answer_label.text() and view.answer_label.toolTip() == ""


def test_the_group_list_and_typical_answer_write_them_out(view):
    view.set_queue([a.key for a in view.session.answers], start_key=GROUP[0], groups={k: 0 for k in GROUP},
                   typical=(GROUP[0],))
    assert view.card.showing_group() and view.current_unit() == GROUP
    panel = view.group_panel
    assert panel.typical_label.text() == GROUPED[0] and panel.typical_label.toolTip() == ""
    shown = {m.key: m.text.text() for m in panel.members}
    assert shown == {4: GROUPED[0],
                     5: "The cell membrane con⟦U+200B⟧trols what goes in and out of the cell.",
                     6: "⟦U+202E⟧The cell membrane controls what goes in and out of the cell"}
    tips = {m.key: m.text.toolTip() for m in panel.members}
    assert tips[4] == "" and "⟦U+…⟧" in tips[5] and "⟦U+…⟧" in tips[6]
    assert all(m.text.isVisible() for m in panel.members)


def test_a_member_with_a_reversing_mark_as_the_typical_answer(qtbot, graded):
    view = review_view(qtbot, graded, groups={k: 0 for k in GROUP}, typical=(GROUP[2],))
    view.set_queue([a.key for a in graded.answers], start_key=GROUP[2], groups={k: 0 for k in GROUP}, typical=(GROUP[2],))
    assert view.card.showing_group()
    assert view.group_panel.typical_label.text() == "⟦U+202E⟧The cell membrane controls what goes in and out of the cell"
    assert "⟦U+…⟧" in view.group_panel.typical_label.toolTip()


def test_the_results_table_and_its_tooltip_write_them_out(qtbot, graded):
    view = results_view(qtbot, graded, 1024, 600)
    table = view.table.model()

    def cell(key, role):
        src = view.model.index(view.model.row_of(key), rm.ANSWER)
        return table.data(table.mapFromSource(src), role)

    D, T = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
    assert cell(0, D) == RLO_SHOWN
    assert cell(1, D) == ZWSP_SHOWN
    assert cell(0, T).startswith(RLO_SHOWN + "\n\n") and "⟦U+…⟧" in cell(0, T)
    assert cell(1, T).startswith(ZWSP_SHOWN + "\n\n")
    for key, text in ((2, PLAIN), (3, EMOJI), (4, GROUPED[0])):   # as before: the text, in display and tooltip
        assert cell(key, D) == text and cell(key, T) == text


def test_a_long_answer_is_not_cut_inside_a_mark():
    text = "x" * 85 + "\u202e" + "y" * 20
    shown = rm.elide(H.show_hidden(text))
    assert shown == "x" * 85 + "…"
    assert rm.elide("a" * 80 + "\u200b" + "b" * 20) == "a" * 80 + "\u200b" + "b" * 8 + "…"   # raw text: as before
    assert rm.elide(H.show_hidden("a" * 80 + "\u200b" + "b" * 20)) == "a" * 80 + "⟦U+200B⟧b…"
