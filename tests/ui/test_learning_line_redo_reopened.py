"""The learning line after an undo, the project closed and opened again, then a redo: the same sentence as before the
undo. The line remembers the last fits ("your last 5 marks brought it little or no closer"); an undo puts that memory
aside so that a redo gives it back (grader_app.learn.assistant_progress), and the undo steps are kept in the project
file, so Ctrl+Shift+Z still works after the project is opened again. But what was put aside was kept in memory only:
opened again, the redo brought back the marks and not the line's memory of them, and the line read differently from
before with the very same marks. Now it goes to the project file with the fits' estimates. Real sheet (150 answers of
the shared ASAP-SAS data's training split; skipped without it), window, review screen, undo stack, project file and
fits."""
from __future__ import annotations

from test_learning_line_stalled import OWN, _sheet
from test_learning_reopen import opened_to_learn
from test_reopen_changed_sheet import open_in

MARKS = 12   # one answer at a time: by then the figure has not moved for five marks (said so)
STALLED = "Keep marking, but the model cannot promise when it will take an answer: your last "


def _settled(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.learning.ready and OWN in window.learning.models and not window.learning.busy,
                    timeout=120000)


def _marked_then_undone(qtbot, window, scores):
    """The sheet opened in ``window`` (:func:`opened_to_learn`) marked one answer after another as the teacher goes, the
    last in the review (one undoable step), the model caught up; then that step undone. Returns (the answer undone,
    the line before)."""
    s = window.session
    keys = s.keys_for(OWN)
    for i, k in enumerate(keys[:MARKS - 1]):   # marked one after another, each fit landing before the next mark
        s.decide(k, scores[i])
        qtbot.wait(5)
        qtbot.waitUntil(lambda: not window.learning._fitting, timeout=60000)
        window.learning.sentence(OWN)   # the window says the line after each mark
    last = keys[MARKS - 1]
    window.show_review([last], start_key=last)   # the last mark given in the review: one undoable step
    review = window.review_view
    assert review.current_unit() == [last]
    assert review.decide(scores[MARKS - 1])
    qtbot.waitUntil(lambda: not window.learning._fitting, timeout=60000)
    _settled(qtbot, window)
    before = window.learning.sentence(OWN)
    assert before.startswith(STALLED) and "marks brought it little or no closer" in before, before
    review.undo()
    assert last not in s.decisions
    return last, before


def _redone_after_opening_again(qtbot, make_window, sheet, last) -> str:
    """``sheet``'s project opened again in a new window, its model caught up, the undone step redone there (kept in the
    project file), the model caught up again: its line."""
    second = make_window((1200, 800))
    open_in(qtbot, second, sheet)
    _settled(qtbot, second)
    undone = second.learning.sentence(OWN)
    second.show_review([last], start_key=last)
    second.review_view.redo()
    assert second.session.decisions[last].score is not None
    _settled(qtbot, second)
    return undone, second.learning.sentence(OWN)


def test_redo_after_opening_the_project_again_says_what_the_line_said_before_the_undo(qtbot, make_window, tmp_path):
    sheet, scores = _sheet(tmp_path / "class" / "colours.csv")
    first = make_window((1200, 800))
    opened_to_learn(qtbot, first, sheet)
    last, before = _marked_then_undone(qtbot, first, scores)
    _settled(qtbot, first)   # the model fitted to the marks left once she pauses
    undone = first.learning.sentence(OWN)
    assert undone != before
    first.close()
    again, redone = _redone_after_opening_again(qtbot, make_window, sheet, last)
    assert again == undone   # as she left it
    assert redone == before


def test_closed_at_once_after_the_undo_the_line_reads_as_if_she_had_paused(qtbot, make_window, tmp_path):
    """The project closed (or Grader ended) right after the undo, before the line followed it and before the model
    fitted to the marks left: opened again, the line is the one the window says once the model caught up (another
    window on a copy of the same class, left to pause), and the redo still gives back the line before the undo. The
    fit history went to the project file only after the line followed the marks: closed at once, the file kept the fits
    of the marks before the undo, and opened again the line went on from them."""
    paused, scores = _sheet(tmp_path / "paused" / "colours.csv")
    sheet, _ = _sheet(tmp_path / "class" / "colours.csv")
    left = make_window((1200, 800))
    opened_to_learn(qtbot, left, paused)
    first = make_window((1200, 800))
    opened_to_learn(qtbot, first, sheet)
    _marked_then_undone(qtbot, left, scores)
    _settled(qtbot, left)   # she paused
    expected = left.learning.sentence(OWN)
    last, before = _marked_then_undone(qtbot, first, scores)
    first.close()   # at once: no event handled since the undo
    again, redone = _redone_after_opening_again(qtbot, make_window, sheet, last)
    assert again == expected
    assert redone == before
