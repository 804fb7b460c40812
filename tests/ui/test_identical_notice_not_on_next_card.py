"""Ctrl+G ("Apply to the identical answers") gives the card's score to its copies and the review goes on to the next
card; its sentence, "Score 2 given to 4 identical answers.", was then left on the line under that next card, which
nobody had scored, as if said of it (as a group's score was: test_group_notice_not_on_next_card). The line under a card
now speaks of that card: what Ctrl+G did is news on the window's status bar (gone with the next decision), and Ctrl+Z
still takes it back. The real window on a real sheet whose question has a model (so the card has a score to give)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from review_windows import class_sheet, review_requested

CTRL = Qt.KeyboardModifier.ControlModifier
SAME = "The membrane lets water through by osmosis."
OTHERS = ["Cells take in food through pores.", "Vinegar changes the mass of the potato.", "I do not know.",
          "Diffusion moves particles from high to low concentration.", "The cell wall keeps the shape."]


def _on_the_copies(qtbot, window, tmp_path):
    """The sheet (four copies of SAME among others) opened in ``window``, the review on the copies' card: (session,
    review view, the copies' keys)."""
    sheet = class_sheet(tmp_path / "osmosis.csv", [SAME, OTHERS[0], SAME, *OTHERS[1:3], SAME, *OTHERS[3:], SAME])
    s, rv = review_requested(qtbot, window, sheet)
    copies = [a.key for a in s.answers if a.text == SAME]
    rv.go_to(copies[0])
    rv.selected = None
    rv.refresh()
    assert sorted(rv.current_unit()) == sorted(copies)
    assert not any(k in s.decisions for k in copies) and all(k in s.predictions for k in copies)
    return s, rv, copies


def test_ctrl_g_says_what_it_did_on_the_status_bar_not_under_the_next_card_and_ctrl_z_undoes_it(qtbot, make_window,
                                                                                                tmp_path):
    window = make_window((1024, 600))
    s, rv, copies = _on_the_copies(qtbot, window, tmp_path)
    score = s.predictions[rv.current_key()].score
    qtbot.keyClick(rv, Qt.Key.Key_G, CTRL)
    assert {k: s.decisions[k].score for k in copies} == dict.fromkeys(copies, score)
    assert not set(rv.current_unit()) & set(copies)                # on to another card
    assert "identical" not in rv.message_label.text()              # nothing under it about the copies
    said = f"Score {score} given to 4 identical answers; undo with Ctrl+Z or Edit ▸ Undo."   # as a group's score says
    assert window.statusBar().currentMessage() == said            # said where the window's news goes

    qtbot.keyClick(rv, Qt.Key.Key_Z, CTRL)                        # Ctrl+Z still takes Ctrl+G's scores back
    assert not any(k in s.decisions for k in copies)
    assert window.statusBar().currentMessage() != said            # old news once undone


def test_the_next_decision_takes_ctrl_gs_news_away(qtbot, make_window, tmp_path):
    window = make_window((1024, 600))
    s, rv, copies = _on_the_copies(qtbot, window, tmp_path)
    qtbot.keyClick(rv, Qt.Key.Key_G, CTRL)
    assert "identical answers" in window.statusBar().currentMessage()
    before = len(s.decisions)
    qtbot.keyClick(rv, Qt.Key.Key_1)                              # the next card's own score
    assert len(s.decisions) > before
    assert "identical answers" not in window.statusBar().currentMessage()
