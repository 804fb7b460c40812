"""The end of a review, as QA saw it on the sample sheet: once the last answer that needed the teacher was decided, the
top line still said "10 of 84 to review" (the place of that answer: the teacher had left it for last) and nothing
pointed to the next step. The counts were right ("0 of 84 answers left to decide" beside it), but the screen never said
the review was done. Now the top line says so, a line under the card says that every answer that needed the teacher
is decided and that exporting the grades comes next, with a button that opens the export, and N says there is nothing
left to suggest. The real main window on a copy of the sample sheet, scored by the shipped models, every answer
decided with the keys."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counts_text import spaced
from grader_app.ui.menus import REVIEW
from test_review_question_by_question import _decide, scored  # noqa: F401 (scored: the fixture, shared)
from ui_helpers import one_question_session, review_view

DONE = ("✓ Review done: every answer that needed you is decided. Next step: export the grades (File ▸ Export…, "
        "Ctrl+E). You can still go through the answers and change a score; Esc goes back to the table.")


@pytest.fixture
def reviewing(qtbot, scored):   # noqa: F811 (the fixture imported above)
    """The window reviewing the answers of a copy of the sample sheet that need the teacher."""
    window = scored
    qtbot.mouseClick(window.results.review_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == REVIEW
    return window, window.review_view


def test_the_last_decision_says_the_review_is_done_and_points_to_the_export(qtbot, reviewing):
    window, rv = reviewing
    s = window.session
    keys = rv.queue.keys()
    total = len(keys)
    assert total == len(s.review_queue()) and rv.progress_label.text() == f"1 of {total} to review"
    units = rv.queue.units                             # the teacher leaves an answer near the tenth for last
    at = next(i for i, u in enumerate(units) if len(u) == 1 and sum(map(len, units[:i])) >= 9)
    last, place = units[at][0], sum(map(len, units[:at])) + 1
    for _ in range(2 * total):
        open_ = [k for k in keys if k not in s.decisions]
        if open_ == [last] or not open_:
            break
        if last in rv.current_unit() and len(rv.current_unit()) == 1:
            qtbot.keyClick(rv, Qt.Key.Key_Right)
        else:
            _decide(qtbot, rv)
    assert [k for k in keys if k not in s.decisions] == [last]
    assert spaced(rv.left_label.text()) == f"1 of {total} answers left to decide" and rv.end.isHidden()
    rv.go_to(last)
    assert rv.progress_label.text() == f"{place} of {total} to review"
    _decide(qtbot, rv)
    assert not s.review_queue() and rv.current_unit() == [last]   # nothing else to go to: it stays on the answer
    assert rv.progress_label.text() == "✓ Review done"            # not "10 of 84 to review" (read as 10 to go)
    assert spaced(rv.left_label.text()) == f"0 of {total} answers left to decide"
    assert rv.end.isVisible() and rv.end.text() == DONE
    assert rv.end.export_button.isVisible() and rv.end.export_button.text() == "Export the grades… (Ctrl+E)"
    assert DONE in rv.accessibleDescription()                     # a screen reader hears it too
    qtbot.keyClick(rv, Qt.Key.Key_N)                              # nothing to suggest: it says so, and stays
    assert rv.message_label.text() == "Nothing left to suggest: every answer here is decided."
    assert rv.current_unit() == [last] and rv.end.isVisible()
    qtbot.keyClick(rv, Qt.Key.Key_Left)                           # going back through the answers: still done
    assert rv.progress_label.text() == "✓ Review done" and rv.end.text() == DONE
    qtbot.mouseClick(rv.end.export_button, Qt.MouseButton.LeftButton)
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    qtbot.keyClick(rv, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # a decision undone: not done any more
    assert rv.end.isHidden() and spaced(rv.left_label.text()) == f"1 of {total} answers left to decide"
    assert rv.progress_label.text().endswith(f" of {total} to review")


def test_n_without_a_suggestion_goes_to_the_next_answer_left_to_decide(qtbot):
    session = one_question_session([(f"S{i}", f"Student {i}", t) for i, t in enumerate(["a", "b", "c"])])
    view = review_view(qtbot, session)               # no model learns here (no learning controller): no suggestion
    view.go_to(0)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert view.current_key() == 1
    view.go_to(0)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.current_key() == 1
    assert view.message_label.text() == ("No suggestion here (Grader suggests what to mark next only for a question "
                                         "without a shipped model, while it has answers left): this is the next answer "
                                         "left to decide in this question.")
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.progress_label.text() == "✓ Review done" and view.end.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.message_label.text() == "Nothing left to suggest: every answer here is decided."
