"""The words beside the score buttons of a question that learns from the teacher's marks, once a mark went above the
scale Grader guessed (an audit of the learning review).

Before: the question nothing says the scale of is guessed 0 to 3; a teacher who typed a 5 (a guess takes any digit up
to 9) got buttons 0 to 5, and the words beside them still read "out of 5 · Grader's guess, as the sheet does not say;
Change… sets it", as if Grader had picked the 5. Now they say where the 5 comes from, the teacher's highest mark, and
that it is still a guess (it is: nothing says the question is out of 5, and an export says it goes out on Grader's
guess); taking the 5 back brings the guess's own words back. The real main window, the real learning from marks (the
sheet and simulated teacher of test_learning_window)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from grader_app.core.scale import GUESS
from grader_app.io.lms_points import question_scale
from grader_app.ui.scale_words import guessed_note
from test_learning_bars_whole_scale import guess_words, learned_from_marks
from test_learning_marks_taken_back import _undo
from test_learning_window import OWN, _mark_current, _open, quick_catch_up, window  # noqa: F401  (the fixtures)

FROM_MARKS = "out of 5 · Grader's guess from your highest mark so far; Change… sets it"


def test_a_guess_widened_by_a_mark_says_the_mark_is_where_its_top_comes_from(qtbot, quick_catch_up, window,  # noqa: F811
                                                                             tmp_path):
    s, rv = learned_from_marks(qtbot, window, tmp_path)
    buttons = rv.score_buttons
    rv.go_to(next(k for k in s.keys_for(OWN) if k not in s.decisions))
    assert buttons.scale_label.text() == guess_words(s)

    for key in [k for k in s.keys_for(OWN) if k not in s.decisions]:   # an answer on its own, not in a group
        rv.go_to(key)
        if rv.current_unit() == [key]:
            break
    five = rv.current_unit()
    assert len(five) == 1
    qtbot.keyClick(rv, Qt.Key.Key_5)                     # above the guess: the scale widens to it
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    assert all(s.decisions[k].score == 5 for k in five)
    rv.go_to(next(k for k in s.keys_for(OWN) if k not in s.decisions))
    assert [b.text() for b in buttons.buttons] == [str(n) for n in range(7)]   # and one above it (score_choices)
    assert buttons.scale_label.text() == FROM_MARKS and buttons.change_button.isVisible()
    scale = question_scale(s, OWN)
    assert scale.source == GUESS and scale.from_marks     # still a guess: an export says so, with the same top
    assert "exported out of 5, Grader's guess" in guessed_note(s)

    _undo(qtbot, window)                                 # the 5 taken back: 0 to 3 again, Grader's own guess
    assert all(k not in s.decisions for k in five)
    rv.go_to(next(k for k in s.keys_for(OWN) if k not in s.decisions))
    assert [b.text() for b in buttons.buttons] == ["0", "1", "2", "3"]
    assert buttons.scale_label.text() == guess_words(s)
