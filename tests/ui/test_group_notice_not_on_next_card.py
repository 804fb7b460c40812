"""QA (Spanish walkthrough): after a group's score the review goes on to the next card, and its line said "Puntuación 0
dada a 1 respuesta del grupo; Ctrl+Z lo deshace." under a single answer that had not been scored, as if of it. The
line under a card now speaks of that card: what the group got is news on the window's status bar (gone with the next
decision), and Ctrl+Z still takes the group's score back. The real window on a real sheet, real keys."""
from __future__ import annotations

from PySide6.QtCore import Qt

from review_windows import review_requested
from test_group_split import COLD, _keys, _on_group_of, _sheet

UNDO = Qt.KeyboardModifier.ControlModifier


def test_a_groups_notice_is_not_left_under_the_next_card_and_ctrl_z_still_undoes_it(qtbot, make_window, tmp_path):
    window = make_window((1024, 600))
    s, rv = review_requested(qtbot, window, _sheet(tmp_path / "ice.csv"))
    cold = _keys(s, COLD)
    group = _on_group_of(rv, cold[0])
    assert sorted(group) == sorted(cold)
    qtbot.keyClick(rv, Qt.Key.Key_0)
    assert all(s.decisions[k].score == 0 for k in cold)
    nxt = rv.current_unit()
    assert nxt != group and not any(k in s.decisions for k in nxt)   # on to another card, not decided
    assert "group" not in rv.message_label.text()             # nothing under it about the group
    said = "Score 0 given to 4 answers in the group; undo with Ctrl+Z or Edit ▸ Undo."
    assert window.statusBar().currentMessage() == said        # said where the window's news goes

    qtbot.keyClick(rv, Qt.Key.Key_Z, UNDO)                    # Ctrl+Z still takes the group's score back
    assert not any(k in s.decisions for k in cold)
    assert window.statusBar().currentMessage() != said        # old news once undone


def test_the_next_decision_takes_the_groups_news_away(qtbot, make_window, tmp_path):
    window = make_window((1024, 600))
    s, rv = review_requested(qtbot, window, _sheet(tmp_path / "ice.csv"))
    _on_group_of(rv, _keys(s, COLD)[0])
    qtbot.keyClick(rv, Qt.Key.Key_0)
    assert "in the group" in window.statusBar().currentMessage()
    before = len(s.decisions)
    qtbot.keyClick(rv, Qt.Key.Key_1)                          # the next card's own score
    assert len(s.decisions) > before
    assert "in the group" not in window.statusBar().currentMessage()
