"""A member pulled out of a group on a question that learns from the teacher's marks must stay out: the
next suggestion (N, or the one after a decision) must not put it back into its group, or the group's
score goes to the very answer the teacher took out to score on its own.

Found in a QA pass: ``ReviewQueue.focus`` merged the suggested keys, pulled-out ones too, into one unit."""
from __future__ import annotations

from PySide6.QtCore import Qt

from test_learning_window import OWN, _open, window  # noqa: F401  (the fixture)


def _on_a_member_of_a_group(qtbot, window, tmp_path):  # noqa: F811
    """The sheet of test_learning_window opened and scored, its review on the member after the typical answer in the first
    group (of more than two answers to the question without a model). Returns (session, review view, group, member)."""
    s = _open(qtbot, window, tmp_path)
    window.results.request_review()
    rv = window.review_view
    group = list(rv.current_unit())
    assert len(group) > 2 and s.answers[group[0]].item == OWN
    rv.selected = None   # the typical answer chosen (the group comes with the member its card asks to read first)
    rv.refresh()
    qtbot.keyClick(rv, Qt.Key.Key_Down)
    return s, rv, group, rv.current_key()


def test_a_pulled_out_member_stays_out_when_the_next_suggestion_comes(qtbot, window, tmp_path):  # noqa: F811
    s, rv, group, member = _on_a_member_of_a_group(qtbot, window, tmp_path)
    qtbot.keyClick(rv, Qt.Key.Key_P)
    assert rv.current_unit() == [member]                  # on screen on its own, to be scored
    qtbot.keyClick(rv, Qt.Key.Key_N)                      # what Grader suggests next: the same group's open answers
    assert member not in rv.current_unit()
    qtbot.keyClick(rv, Qt.Key.Key_2)                      # the group's score ...
    assert member not in s.decisions                      # ... never reaches the answer pulled out of it


def test_a_comment_written_on_a_member_goes_with_the_group_score(qtbot, window, tmp_path):  # noqa: F811
    """A question without a model: a comment waits for the score (there is no model score to accept). When the
    score comes for the whole group, the member it was written on keeps it (it used to be dropped), on disk too;
    the other members get none, and one undo takes the group's score back."""
    import sqlite3

    s, rv, group, member = _on_a_member_of_a_group(qtbot, window, tmp_path)
    qtbot.keyClick(rv, Qt.Key.Key_C)
    dlg = rv.comment_dialog
    dlg.editor.setPlainText("see me about 'osmosis'")
    dlg.accept()
    assert member not in s.decisions
    qtbot.keyClick(rv, Qt.Key.Key_2)
    # these answers share only some of their words: the members unlike the typical answer (the member among them) stay
    # open for a second digit (group_split), which gives them the score
    assert member not in s.decisions and rv.current_unit() == group
    qtbot.keyClick(rv, Qt.Key.Key_2)
    assert all(s.decisions[k].score == 2 for k in group)
    assert {k: s.decisions[k].comment or "" for k in group} == {k: "see me about 'osmosis'" if k == member else ""
                                                                for k in group}
    assert window.store.flush()
    con = sqlite3.connect(str(window.store.path))
    try:
        saved = dict(con.execute("SELECT answer_key, comment FROM decisions"))
    finally:
        con.close()
    assert saved[member] == "see me about 'osmosis'" and not any(saved[k] for k in group if k != member)
    window.undo_stack.undo()   # the second digit's score, then the first's
    assert member not in s.decisions and any(k in s.decisions for k in group)
    window.undo_stack.undo()
    assert not any(k in s.decisions for k in group)


def test_the_pulled_out_member_comes_right_after_the_group_is_scored(qtbot, window, tmp_path):  # noqa: F811
    """The message promises the member pulled out comes "right after" its group: on a question that learns, the
    group's score used to jump to the next suggestion instead, and the member did not come back. Found in a QA pass."""
    s, rv, group, member = _on_a_member_of_a_group(qtbot, window, tmp_path)
    qtbot.keyClick(rv, Qt.Key.Key_P)
    assert "← goes back to the group" in rv.message_label.text()
    qtbot.keyClick(rv, Qt.Key.Key_Left)                   # back to the group, left without the member's score
    qtbot.keyClick(rv, Qt.Key.Key_2)                      # the group's score (to the members like the typical one)
    assert rv.current_unit() == [k for k in group if k != member]   # those unlike it left open, next (group_split)
    qtbot.keyClick(rv, Qt.Key.Key_2)                      # and to them
    assert all(s.decisions[k].score == 2 for k in group if k != member) and member not in s.decisions
    assert rv.current_unit() == [member] and rv.current_key() == member
    qtbot.keyClick(rv, Qt.Key.Key_1)                      # its own score; then the suggestions go on
    assert s.decisions[member].score == 1
    assert rv.current_key() != member
