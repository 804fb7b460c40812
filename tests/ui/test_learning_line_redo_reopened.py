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


def test_redo_after_opening_the_project_again_says_what_the_line_said_before_the_undo(qtbot, make_window, tmp_path):
    sheet, scores = _sheet(tmp_path / "class" / "colours.csv")
    first = make_window((1200, 800))
    opened_to_learn(qtbot, first, sheet)
    s = first.session
    keys = s.keys_for(OWN)
    for i, k in enumerate(keys[:MARKS - 1]):   # marked one after another, each fit landing before the next mark
        s.decide(k, scores[i])
        qtbot.wait(5)
        qtbot.waitUntil(lambda: not first.learning._fitting, timeout=60000)
        first.learning.sentence(OWN)   # the window says the line after each mark
    last = keys[MARKS - 1]
    first.show_review([last], start_key=last)   # the last mark given in the review: one undoable step
    review = first.review_view
    assert review.current_unit() == [last]
    assert review.decide(scores[MARKS - 1])
    qtbot.waitUntil(lambda: not first.learning._fitting, timeout=60000)
    _settled(qtbot, first)
    before = first.learning.sentence(OWN)
    assert before.startswith(STALLED) and "marks brought it little or no closer" in before, before

    review.undo()   # taken back, and the model fitted to the marks left once she pauses
    assert last not in s.decisions
    _settled(qtbot, first)
    undone = first.learning.sentence(OWN)
    assert undone != before
    first.close()

    second = make_window((1200, 800))
    open_in(qtbot, second, sheet)
    _settled(qtbot, second)
    assert second.learning.sentence(OWN) == undone   # as she left it
    second.show_review([last], start_key=last)
    second.review_view.redo()   # the step kept in the project file
    assert second.session.decisions[last].score == scores[MARKS - 1]
    _settled(qtbot, second)
    assert second.learning.sentence(OWN) == before
