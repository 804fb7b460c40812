"""A group's score is one step all through (QA s52g: 2,002 answers scored with one key took 280 ms on the GUI thread,
and a class of 20,000 on Grader's guess took 12 s): the session sets every decision and tells each listener once
(:class:`~grader_app.core.session.Heard`), the project store queues them as one write, the results table repaints
them as one change, and the question's scale is looked at once, not once per member. What the teacher sees is as
before: every decision in the session and on disk when the key returns and the writer is done, one undo step, undone
as one."""
from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt

from grader_app.core.session import Decision, Heard
from grader_app.io.project_undo import digest_of
from grader_app.ui import commands
from grader_app.ui.results_model import ResultsModel
from review_windows import grouped_screen
from ui_helpers import decisions_on_disk, scored_rows_project

SAME = "The cell membrane lets some things in and keeps others out."
N = 30
ROWS = [("own", SAME)] * N + [("own", "Plants need light to grow."), ("own", "Osmosis moves water.")]


@pytest.fixture
def graded(tmp_path):
    """(session, store): N identical answers to a question without a model (its scale Grader's guess), then two
    others; the store attached, closed when the test ends."""
    session, store = scored_rows_project(tmp_path, ROWS)
    yield session, store
    store.close()


def _writes(store, monkeypatch) -> list:
    """Every write queued to the store's writer from now on (each as the writer gets it)."""
    seen: list = []
    writer = store._writer
    real = writer.submit
    monkeypatch.setattr(writer, "submit", lambda write: (seen.append(write), real(write))[1])
    return seen


def _steps_on_disk(store) -> list[tuple[int, int]]:
    assert store.flush()
    con = sqlite3.connect(str(store.path))
    try:
        return list(con.execute("SELECT seq, done FROM undo_steps ORDER BY seq"))
    finally:
        con.close()


def _step_text(store) -> str:
    con = sqlite3.connect(str(store.path))
    try:
        return con.execute("SELECT step FROM undo_steps").fetchone()[0]
    finally:
        con.close()


def test_one_key_scores_the_group_in_one_write_one_repaint_and_one_undo_step(qtbot, graded, monkeypatch):
    session, store = graded
    group = session.keys_for("own")[:N]
    view = grouped_screen(qtbot, session, store)
    stack = view.undo_stack   # as the window's: each step written with its decisions
    assert view.current_unit() == group
    table = ResultsModel(session)          # the results table, listening to the session as in the window
    repaints: list = []
    table.dataChanged.connect(lambda top, bottom, _roles=(): repaints.append((top.row(), bottom.row())))
    writes = _writes(store, monkeypatch)
    asked = []
    real_scale = commands.question_scale
    monkeypatch.setattr(commands, "question_scale", lambda s, item, *a: (asked.append(item), real_scale(s, item, *a))[1])

    qtbot.keyClick(view, Qt.Key.Key_2)

    assert {k: session.decisions[k].score for k in group} == dict.fromkeys(group, 2)
    assert len({session.decisions[k].at for k in group}) == 1           # decided at once: one time stamp
    assert asked.count("own") <= 2         # the scale looked at for the group once (and for the buttons after it)
    assert len(writes) == 1                 # the decisions and their undo step: one write, one transaction
    assert sorted(k for k, _d in writes[0].decisions) == group
    assert repaints == [(group[0], group[-1])]   # the rows repainted as one change, not one signal per answer
    assert stack.count() == 1
    assert decisions_on_disk(store) == dict.fromkeys(group, (2, ""))
    assert _steps_on_disk(store) == [(1, 1)]
    hashes = {a["key"]: a["digest"] for a in json.loads(_step_text(store))["answers"]}   # (worked out by the writer)
    assert hashes == {k: digest_of(session, k) for k in group}

    writes.clear()
    repaints.clear()
    view.undo()                              # one step undoes the group, in one write
    assert not any(k in session.decisions for k in group)
    assert len(writes) == 1 and sorted(k for k, _d in writes[0].decisions) == group
    assert repaints == [(group[0], group[-1])]
    assert decisions_on_disk(store) == {}
    assert _steps_on_disk(store) == [(1, 0)]


def test_restore_many_tells_a_heard_listener_once_and_any_other_per_answer(graded):
    session, _store = graded
    keys = session.keys_for("own")[:3]
    session.set_waiting_comment(keys[1], "look again")
    one, many, plain, comments = [], [], [], []
    session.listeners.append(Heard(lambda k, d: one.append(k), lambda ds: many.append([k for k, _d in ds])))
    session.listeners.append(lambda k, d: plain.append((k, d.score if d else None)))
    session.comment_listeners.append(lambda k, c: comments.append((k, c)))
    decision = Decision.now(1)

    change = session.restore_many([(k, decision) for k in keys])

    assert change.keys == frozenset(keys) and not change.items
    assert many == [keys] and one == []
    assert plain == [(k, 1) for k in keys]
    assert comments == [(keys[1], "")]                 # the comment that waited went with its score
    assert session.waiting_comments.get(keys[1]) is None
    assert all(session.decisions[k] is decision for k in keys)
    session.restore(keys[0], None)                      # one decision: a Heard hears it as one
    assert one == [keys[0]] and many == [keys]


def test_a_groups_decisions_reach_the_file_when_written_alone_too(graded):
    """Outside an undo step (a store's own write): one write, every decision and its log line on disk."""
    session, store = graded
    keys = session.keys_for("own")[:5]
    session.restore_many([(k, Decision.now(3)) for k in keys])
    assert decisions_on_disk(store) == dict.fromkeys(keys, (3, ""))
    con = sqlite3.connect(str(store.path))
    try:
        logged = [k for (k,) in con.execute("SELECT answer_key FROM decision_log ORDER BY rowid")]
    finally:
        con.close()
    assert logged == keys
