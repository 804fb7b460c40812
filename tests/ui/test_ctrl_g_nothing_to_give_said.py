"""Ctrl+G ("Apply to the identical answers") on answers that all have the card's score already changed nothing, as it
should, but said nothing either: the review went on to the next card and a teacher who pressed the key could not
tell whether it had worked (its button is hidden then: test_ctrl_g_button_counts). It now says that the identical
answers have that score already and nothing was changed; no undo step is made. The real window on a real sheet whose
question has a model, four copies of one answer among others."""
from __future__ import annotations

from PySide6.QtCore import Qt

from test_identical_notice_not_on_next_card import _on_the_copies

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_g_with_nothing_to_give_says_so(qtbot, make_window, tmp_path):
    window = make_window((1280, 720))
    s, rv, copies = _on_the_copies(qtbot, window, tmp_path)
    score = s.predictions[rv.current_key()].score
    qtbot.keyClick(rv, Qt.Key.Key_G, CTRL)                        # the copies get the card's score
    assert {k: s.decisions[k].score for k in copies} == dict.fromkeys(copies, score)
    stamps = {k: s.decisions[k] for k in copies}
    steps = rv.undo_stack.count()

    rv.go_to(copies[0])                                           # back on the copies' card, all scored alike
    rv.selected = None
    rv.refresh()
    qtbot.keyClick(rv, Qt.Key.Key_G, CTRL)
    assert rv.undo_stack.count() == steps and {k: s.decisions[k] for k in copies} == stamps   # nothing done
    said = f"All 4 identical answers have score {score} already; nothing was changed."
    shown = rv.message_label.text() if set(rv.current_unit()) & set(copies) else window.statusBar().currentMessage()
    assert shown == said
    assert "Ctrl+Z" not in shown                                  # no undo offered for a step that was not made
