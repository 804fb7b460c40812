"""Why each answer was marked (its decision's origin, grader_app.core.origins) through undo, redo, a row opened from the
results table, and "N next suggested" after the teacher wandered off, in the real main window and its project file.

Found in review: a teacher who pressed the wrong digit on the group Grader suggested, took it back (Ctrl+Z) and typed
the right one got "own" for the whole group, as if she had chosen those answers herself (Grader had moved its
suggestion on meanwhile): the marks stopped counting towards the learned model's threshold, and the learning line
told her she had chosen them. What was chosen is the answer, once: a decision taken back and made again keeps the
origin it had."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from grader_app.core.origins import OWN, SUGGESTED
from grader_app.ui import results_model as rm
from grader_app.ui.main_window import RESULTS, REVIEW
from test_learning_window import OWN as QUESTION
from test_learning_window import _mark_current, _open, truth
from review_windows import class_sheet, review_grouped
from test_pull_out_undo import TEXTS
from ui_helpers import review_view, scored_rows_project

UNDO = Qt.KeyboardModifier.ControlModifier
REDO = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _step(qtbot, window, modifiers) -> None:
    qtbot.keyClick(window.review_view, Qt.Key.Key_Z, modifiers)
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)


def _on_disk(window) -> tuple[dict, dict]:
    """(answer -> origin in ``decisions``, answer -> origin of its last decision in ``decision_log``)."""
    assert window.store.flush()
    with sqlite3.connect(window.store.path) as db:
        decided = dict(db.execute("SELECT answer_key, origin FROM decisions").fetchall())
        logged = dict(db.execute("SELECT answer_key, origin FROM decision_log WHERE score IS NOT NULL ORDER BY id"))
    return decided, logged


def test_a_suggestion_taken_back_and_scored_again_keeps_its_origin(qtbot, make_window, tmp_path):
    window = make_window((1200, 800))
    s = _open(qtbot, window, tmp_path, unlike=True)
    qtbot.mouseClick(window.results.review_button, Qt.MouseButton.LeftButton)
    rv = window.review_view
    suggested = list(rv.current_unit())
    _mark_current(qtbot, window)
    first = {k: s.decisions[k].origin for k in suggested}
    assert set(first.values()) <= set(SUGGESTED)
    assert not set(suggested) & set(rv.current_unit())   # Grader suggests the next answers now

    steps = 0   # a wrong digit taken back (a group whose card flags members took two: one step each)
    while any(k in s.decisions for k in suggested):
        _step(qtbot, window, UNDO)
        steps += 1
    assert rv.current_key() in suggested   # the review is on those answers again
    _mark_current(qtbot, window)   # and the right one typed
    assert {k: s.decisions[k].origin for k in suggested} == first
    decided, logged = _on_disk(window)
    assert {k: decided[k] for k in suggested} == first and {k: logged[k] for k in suggested} == first

    for modifiers in [UNDO] * steps + [REDO] * steps:   # taken back again, and brought back with Ctrl+Shift+Z
        _step(qtbot, window, modifiers)
    assert {k: s.decisions[k].origin for k in suggested} == first
    decided, logged = _on_disk(window)
    assert {k: decided[k] for k in suggested} == first and {k: logged[k] for k in suggested} == first


def test_a_row_opened_from_the_table_is_her_own_and_next_suggested_is_grader_s(qtbot, make_window, tmp_path):
    window = make_window((1200, 800))
    s = _open(qtbot, window, tmp_path, unlike=True)
    qtbot.mouseClick(window.results.review_button, Qt.MouseButton.LeftButton)
    rv = window.review_view
    _mark_current(qtbot, window)
    offered = set(rv.current_unit())   # on screen: the next suggestion; the teacher goes to the table instead

    window.show_page(RESULTS)
    table = window.results.table
    window.activateWindow()
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    proxy = window.results.proxy
    rows = {proxy.data(proxy.index(r, 0), rm.KeyRole): r for r in range(proxy.rowCount())}
    mine = next(k for k in s.keys_for(QUESTION) if k not in s.decisions and k not in offered)
    table.choose_row(rows[mine])
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == REVIEW and rv.current_unit() == [mine]
    qtbot.keyClick(rv, Qt.Key.Key_0 + truth(s.answers[mine].text))
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    assert s.decisions[mine].origin == OWN

    qtbot.keyClick(rv, Qt.Key.Key_Right)   # she wanders on: what she scores there is hers too
    wander = rv.current_key()
    assert rv.current_unit() == [wander] and wander not in s.decisions and s.offered.origin(QUESTION, wander) is None
    qtbot.keyClick(rv, Qt.Key.Key_0 + truth(s.answers[wander].text))
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    assert s.decisions[wander].origin == OWN
    qtbot.keyClick(rv, Qt.Key.Key_Right)
    qtbot.keyClick(rv, Qt.Key.Key_N)   # then back to what Grader suggests
    back = list(rv.current_unit())
    assert not any(k in s.decisions for k in back)
    _mark_current(qtbot, window)
    assert {s.decisions[k].origin for k in back} <= set(SUGGESTED)
    decided, _ = _on_disk(window)
    assert decided == {k: d.origin for k, d in s.decisions.items()}


def test_identical_answers_given_a_score_with_ctrl_g_take_the_origin_of_the_answer_they_copy(qtbot, tmp_path):
    """Ctrl+G gives an answer's score to the answers identical to it: the teacher chose the one, the others follow it.
    Grader suggested the one (its suggestion holding none of the copies: as when the answers it groups are not the
    ones the "identical" flag takes for copies) and it was marked there: the copies are not the teacher's own choice,
    and the learning line must not count them as answers she chose herself."""
    same = "The cell membrane lets some things in and keeps others out."
    session, store = scored_rows_project(tmp_path, [("own", same)] * 3 + [("own", "Plants need light to grow."),
                                                                            ("own", "Osmosis moves water.")])
    try:
        view = review_view(qtbot, session, store)
        key, *copies = [a.key for a in session.answers if a.text == same]
        session.offered.offer("own", [key], "unsure")   # what the learning controller does as it shows a suggestion
        view.go_to(key)
        qtbot.keyClick(view, Qt.Key.Key_1)
        view.go_to(key)
        qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        assert {k: session.decisions[k].origin for k in [key, *copies]} == dict.fromkeys([key, *copies], "unsure")
        mine = next(a.key for a in session.answers if a.text.startswith("Plants"))   # one she went to herself
        view.go_to(mine)
        qtbot.keyClick(view, Qt.Key.Key_0)
        assert session.decisions[mine].origin == OWN
        assert store.flush()
        with sqlite3.connect(store.path) as db:
            on_disk = dict(db.execute("SELECT answer_key, origin FROM decisions").fetchall())
        assert on_disk == {k: d.origin for k, d in session.decisions.items()}
    finally:
        store.close()


def _reopened(qtbot, window, sheet):
    """The sheet closed (its project written and closed) and opened again, on the review of every answer."""
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()
    with qtbot.waitSignal(window.sessionReady, timeout=10000):
        window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    window.show_review([a.key for a in window.session.answers], 0)
    return window.session, window.review_view


def _score(qtbot, view, key: int, digit: int) -> None:
    view.go_to(key)
    qtbot.keyClick(view, Qt.Key.Key_0 + digit)


def test_a_decision_taken_back_keeps_its_origin_when_made_again_after_the_project_is_opened_again(qtbot, window,
                                                                                                  tmp_path):
    """Found in review: made again once the project had been closed and opened again, the decision was "own". The
    suggestions are offered by hand, as the learning controller offers them (this sheet's question has a model: no
    learner offers anything else)."""
    sheet = class_sheet(tmp_path / "class.csv", TEXTS)
    view = review_grouped(qtbot, window, sheet)
    s = window.session
    item = s.answers[0].item
    s.offered.offer(item, [0], "sample")
    _score(qtbot, view, 0, 2)
    s.offered.offer(item, [2], "unsure")
    _score(qtbot, view, 2, 1)
    s.offered.withdraw()                                   # Grader's suggestion moved on
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)               # the score of 2 taken back, then the sheet closed
    assert 2 not in s.decisions and s.decisions[0].origin == "sample"

    s, view = _reopened(qtbot, window, sheet)
    assert 2 not in s.decisions and s.offered.origin(item, 2) is None
    _score(qtbot, view, 2, 1)                              # typed again: the answer Grader suggested then
    assert s.decisions[2].origin == "unsure"
    for _ in range(2):                                     # then that one and, from before, the score of 0 undone
        qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    assert 0 not in s.decisions and 2 not in s.decisions
    _score(qtbot, view, 0, 2)
    _score(qtbot, view, 2, 1)
    assert {k: s.decisions[k].origin for k in (0, 2)} == {0: "sample", 2: "unsure"}
    decided, logged = _on_disk(window)
    assert decided == {0: "sample", 2: "unsure"} and logged == decided

    s, view = _reopened(qtbot, window, sheet)
    assert {k: d.origin for k, d in s.decisions.items()} == decided
    _score(qtbot, view, 5, 0)                              # one never decided, and not suggested: her own
    assert s.decisions[5].origin == OWN
