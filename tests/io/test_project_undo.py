"""The undo steps a project file keeps (``grader_app/io/project_undo.py``): a step and the decisions it makes are one
write, committed or held together (never a decision without its step on disk, nor a step without its decisions);
the newest 200 are kept and a new step drops the undone ones; read back, each answer is found by its hash, also
after the sheet was sorted; a step edited by hand is left out with the steps before it; a project saved before the
steps were kept reads as having none. Real project files, read back by connections of their own."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from grader_app.core.session import Decision
from grader_app.io.project_store import ProjectStore
from grader_app.io.project_undo import AnswerStep, UndoStep, digest_of, mark_step, put_step, state_of

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import ROWS, hand_made_project, make_session, read_decisions  # noqa: E402


def _decide(store, session, seq: int, scores: dict, fail=None) -> UndoStep:
    """What the window's undo stack does for a step: the decisions and the step's row in one write."""
    before = {k: state_of(session, k) for k in scores}
    with store.one_write() as extra:
        for k, score in scores.items():
            session.restore(k, Decision.now(score))
        step = UndoStep(seq, "score", next(iter(scores.values())), tuple(
            AnswerStep(k, digest_of(session, k), before[k], state_of(session, k)) for k in scores))
        if fail is not None:
            extra.append(fail)
        extra.append(lambda conn: put_step(conn, step))
    return step


def _rows(path) -> list[tuple[int, int]]:
    con = sqlite3.connect(str(path))
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return con.execute("SELECT seq, done FROM undo_steps ORDER BY seq").fetchall() if "undo_steps" in tables else []
    finally:
        con.close()


def test_a_step_and_its_decisions_are_one_write_kept_or_held_together(tmp_path, monkeypatch):
    s = make_session()
    path = tmp_path / "class.grader-project"
    store = ProjectStore.open(path)
    try:
        store.attach(s)
        submitted = []
        real = store._writer.submit
        monkeypatch.setattr(store._writer, "submit", lambda w: submitted.append(w) or real(w))
        failing = [True]

        def disk_fails_once(conn):
            if failing.pop() if failing else False:
                raise sqlite3.OperationalError("disk I/O error")
        _decide(store, s, 1, {0: 2, 3: 1}, fail=disk_fails_once)    # a group's score: two answers, one step
        assert len(submitted) == 1 and [k for k, _ in submitted[0].decisions] == [0, 3]
        store._writer.wait_for(("decisions",))
        assert read_decisions(path) == {} and _rows(path) == []     # neither: the commit failed as a whole
        assert set(store.unsaved) == {0, 3}
        assert store.flush()                                         # tried again: both
        assert read_decisions(path) == {0: (2, ""), 3: (1, "")} and _rows(path) == [(1, 1)]
    finally:
        store.close()


def test_the_newest_steps_are_kept_and_a_new_step_drops_the_undone_ones(tmp_path):
    s = make_session()
    path = tmp_path / "class.grader-project"
    store = ProjectStore.open(path)
    try:
        store.attach(s)
        for seq in range(1, 206):
            _decide(store, s, seq, {seq % 6: seq % 2})
        assert store.flush()
        assert [seq for seq, _ in _rows(path)] == list(range(6, 206))   # the newest 200
        with store.one_write() as extra:
            extra += [lambda conn: mark_step(conn, 205, False), lambda conn: mark_step(conn, 204, False)]
        _decide(store, s, 206, {1: 0})
        assert store.flush()
        assert _rows(path)[-3:] == [(202, 1), (203, 1), (206, 1)] and len(_rows(path)) == 199
    finally:
        store.close()


def test_steps_come_back_on_their_answers_after_the_sheet_is_sorted(tmp_path):
    s = make_session()
    path = tmp_path / "class.grader-project"
    with ProjectStore.open(path) as store:
        store.attach(s)
        _decide(store, s, 1, {0: 2})
        _decide(store, s, 2, {3: 1, 4: 0})
        with store.one_write() as extra:   # the second undone
            s.restore(3, None)
            s.restore(4, None)
            extra.append(lambda conn: mark_step(conn, 2, False))
    moved = make_session(list(reversed(ROWS)))   # the teacher sorted the sheet: its rows upside down
    with ProjectStore.open(path) as store:
        store.restore(moved)
        first, second = store.undo_steps
    assert (first.seq, first.done, second.seq, second.done) == (1, True, 2, False)
    assert [a.key for a in first.answers] == [5] and [a.key for a in second.answers] == [2, 1]
    assert first.answers[0].after.decision.score == 2 and moved.decisions[5].score == 2
    assert [(a.before.decision, a.after.decision.score) for a in second.answers] == [(None, 1), (None, 0)]


def test_a_step_edited_by_hand_is_left_out_with_the_steps_before_it(tmp_path):
    s = make_session()
    path = tmp_path / "class.grader-project"
    with ProjectStore.open(path) as store:
        store.attach(s)
        for seq in (1, 2, 3):
            _decide(store, s, seq, {seq: 1})
    con = sqlite3.connect(str(path))
    with con:
        con.execute("UPDATE undo_steps SET step='{\"kind\": 1' WHERE seq=2")
    con.close()
    with ProjectStore.open(path) as store:
        store.restore(make_session())
        assert [step.seq for step in store.undo_steps] == [3]


def test_a_project_saved_before_the_steps_were_kept_has_none(tmp_path):
    path = tmp_path / "old.grader-project"
    s = make_session()
    digests = [(a.key, d) for a, d in zip(s.answers, [digest_of(s, a.key) for a in s.answers])]
    hand_made_project(path, 3, "undo_steps", *(f"INSERT INTO answers VALUES ({k}, '{d}')" for k, d in digests),
                      "INSERT INTO decisions(answer_key, score, comment, decided_at) "
                      "VALUES (1, '2', 'good', '2025-01-01T00:00:00+00:00')")
    with ProjectStore.open(path, read_only=True) as store:
        assert store.load_undo_steps(s) == []
    with ProjectStore.open(path) as store:
        store.restore(s)
        assert store.undo_steps == [] and s.decisions[1].score == 2
    assert _rows(path) == [] and read_decisions(path) == {1: (2, "good")}
