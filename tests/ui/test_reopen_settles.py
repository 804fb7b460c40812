"""What a big sheet's opening left on the GUI thread (QA s52g finding 5: gaps of 1.5–1.7 s until the reopened 20,000-answer
project was shown, then up to 1 s while it settled), now elsewhere: the grouping's texts are gathered on its worker, and
a closed session frozen with learning's imports is freed with no full pass over everything. Real window, sheet,
scoring, grouping."""
from __future__ import annotations

import gc
import threading
import weakref

from grader_app.core.flags import scored_alone
from grader_app.ui import gc_guard, learning_controller, learning_grouping
from test_learning_reopen import _sheet, opened_to_learn


def test_the_grouping_gathers_each_questions_texts_on_its_worker(qtbot, make_window, tmp_path, monkeypatch):
    gathered: list[tuple[int, dict]] = []
    questions = learning_grouping.questions_of

    def watched(*args):
        out = questions(*args)
        gathered.append((threading.get_ident(), out))
        return out
    monkeypatch.setattr(learning_grouping, "questions_of", watched)
    sheet, _truth = _sheet(tmp_path / "class" / "own.csv")
    w = make_window((1200, 800))
    opened_to_learn(qtbot, w, sheet)
    assert len(gathered) == 1 and gathered[0][0] != threading.get_ident()
    s = w.session
    alone = {k for k, f in s.flags.items() if scored_alone(f)}   # as the window worked it out before, on its thread
    assert gathered[0][1] == {it: (s.keys_for(it), [a.text for a in s.answers_for(it)], alone.intersection(s.keys_for(it)))
                              for it in s.item_keys()}


def test_a_session_frozen_with_learnings_imports_is_freed_without_a_full_pass_once_closed(qtbot, make_window, tmp_path,
                                                                                           monkeypatch):
    """The sheet that learning first started on is frozen with what lived then (learning's imports); opened again
    (its project knows the columns: no columns dialog, which would hold the sheet) with learning's first start then,
    and closed, it is freed by a pass over what is not frozen: the finished tasks and the undo stack let go of it,
    nothing is thawed (a full pass over everything: 200-300 ms on the GUI thread)."""
    monkeypatch.setattr(gc_guard, "THAW_DELAY_S", 0.0)
    monkeypatch.setattr(gc_guard, "_frozen_with_session", [False])
    monkeypatch.setattr(gc_guard, "_closed", [])
    thawed: list[bool] = []
    unfreeze = gc.unfreeze
    monkeypatch.setattr(gc, "unfreeze", lambda: (thawed.append(True), unfreeze())[1])
    sheet, _truth = _sheet(tmp_path / "class" / "own.csv")
    w = make_window((1200, 800))
    opened_to_learn(qtbot, w, sheet)
    first = weakref.ref(w.session)
    with qtbot.waitSignal(w.sheetClosed, timeout=30000):
        w.close_sheet()
    qtbot.waitUntil(lambda: first() is None and gc_guard._thaw_at[0] is None, timeout=10000)
    thawed.clear()
    monkeypatch.setattr(learning_controller, "_warmed", False)   # learning's first start: what lives then is frozen
    with qtbot.waitSignal(w.scoringFinished, timeout=30000):
        w.open_sheet(sheet)
    qtbot.waitUntil(lambda: w.learning.ready and not w.learning.busy, timeout=60000)
    assert gc_guard._frozen_with_session[0]
    ref = weakref.ref(w.session)
    w.show_review(w.session.review_queue(), None)   # its review screen too (a cycle that holds the session)
    with qtbot.waitSignal(w.sheetClosed, timeout=30000):
        w.close_sheet()
    qtbot.waitUntil(lambda: ref() is None, timeout=10000)   # the collector's tick after the close frees it
    assert not thawed   # by a pass over what is not frozen: nothing thawed, no full pass over everything
