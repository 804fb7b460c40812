"""A project saved before Grader kept why each answer was marked gains the ``origin`` column when it is opened for
writing. A full disk at that moment made the column fail, and then every decision of the whole session was written
without its origin and read back as of unknown origin (it chose the learned model's threshold however the answer was
chosen). Now each write tries the column again, on its own, and a column that cannot be added costs no decision: it is
written without its origin, or, where the disk refuses it too, held and said as for any full disk, and written with its
origin once there is room.

The disk is made full as in the other tests of the project file's failures: SQLite's own "database or disk is full",
raised where SQLite would raise it (tests/failing_disk.py: for the writer's transactions, and for the statements that
add a column, on every connection the project store opens)."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from failing_disk import failing_writes, no_room_for
from grader_app.core.origins import OWN, UNKNOWN, origin_for
from grader_app.io.project_problems import disk_full
from grader_app.io.project_store import ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import make_session, read_decisions  # noqa: E402

NAME = "answers.grader-project"


def _saved_before_origins(path: Path) -> None:
    """A project with two decisions, as a Grader before origins wrote it."""
    session = make_session()
    with ProjectStore.open(path) as store:
        store.attach(session)
        session.decide(0, 1, origin=OWN)
        session.decide(1, 2, origin=OWN)
        assert store.flush()
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE decisions DROP COLUMN origin")
        db.execute("ALTER TABLE decision_log DROP COLUMN origin")


@pytest.fixture
def no_room_for_columns(monkeypatch) -> dict:
    """While the returned switch's "ALTER TABLE" is True, a project connection cannot add a column to the file."""
    return no_room_for(monkeypatch, "ALTER TABLE")


def _columns(path: Path) -> dict[str, bool]:
    with sqlite3.connect(path) as db:
        return {t: any(r[1] == "origin" for r in db.execute(f"PRAGMA table_info({t})"))
                for t in ("decisions", "decision_log")}


def _origins(path: Path) -> tuple[dict, dict]:
    """(answer -> origin in ``decisions``, answer -> origin of its last decision in ``decision_log``)."""
    with sqlite3.connect(path) as db:
        return (dict(db.execute("SELECT answer_key, origin FROM decisions")),
                dict(db.execute("SELECT answer_key, origin FROM decision_log WHERE score IS NOT NULL ORDER BY id")))


def _decide_suggested(session, key: int, score, why: str) -> None:
    """Mark ``key`` while Grader suggests it (``why``), as the window does."""
    session.offered.offer(session.answers[key].item, [key], why)
    session.decide(key, score, origin=origin_for(session, key))
    session.offered.withdraw()


def test_a_full_disk_when_an_old_project_is_opened_holds_the_decision_and_it_gets_its_origin_once_there_is_room(
        tmp_path, monkeypatch, no_room_for_columns):
    path = tmp_path / NAME
    _saved_before_origins(path)
    writes = failing_writes(monkeypatch)            # the disk is full: neither the column nor a decision goes in
    session = make_session()
    with ProjectStore.open(path) as store:
        assert store.restore(session)["decisions"] == 2
        store.attach(session)
        heard: list = []
        store.on_error = heard.append
        assert _columns(path) == {"decisions": False, "decision_log": False}

        _decide_suggested(session, 3, 1, "sample")
        assert session.decisions[3].origin == "sample"
        assert not store.flush() and set(store.unsaved) == {3}       # kept in memory, not lost
        assert heard and heard[-1].kind == "project.decisions_unsaved" and disk_full(store.last_error)

        no_room_for_columns["ALTER TABLE"] = writes["on"] = False   # the teacher freed some space
        assert store.flush() and store.unsaved == {}
        _decide_suggested(session, 4, 0, "unsure")
        assert store.flush()
    assert _columns(path) == {"decisions": True, "decision_log": True}
    assert read_decisions(path) == {0: (1, ""), 1: (2, ""), 3: (1, ""), 4: (0, "")}
    decided, logged = _origins(path)
    assert decided == {0: UNKNOWN, 1: UNKNOWN, 3: "sample", 4: "unsure"}
    assert {k: logged[k] for k in (3, 4)} == {3: "sample", 4: "unsure"}

    again = make_session()
    with ProjectStore.open(path) as store:
        store.restore(again)
    assert {k: d.origin for k, d in again.decisions.items()} == decided


def test_a_column_the_disk_refuses_costs_no_decision_and_comes_with_a_later_write(tmp_path, no_room_for_columns):
    path = tmp_path / NAME
    _saved_before_origins(path)
    session = make_session()
    with ProjectStore.open(path) as store:
        store.restore(session)
        store.attach(session)
        heard: list = []
        store.on_error = heard.append
        _decide_suggested(session, 2, 1, "sample")      # room for the row, none for the column: written without it
        assert store.flush() and store.unsaved == {} and not heard
        assert _columns(path) == {"decisions": False, "decision_log": False}
        assert read_decisions(path)[2] == (1, "")

        no_room_for_columns["ALTER TABLE"] = False
        _decide_suggested(session, 4, 0, "unsure")
        session.decide(2, 2)                            # its score changed: written with the origin the session kept
        assert store.flush() and not heard
    assert _columns(path) == {"decisions": True, "decision_log": True}
    assert read_decisions(path) == {0: (1, ""), 1: (2, ""), 2: (2, ""), 4: (0, "")}
    assert _origins(path)[0] == {0: UNKNOWN, 1: UNKNOWN, 2: "sample", 4: "unsure"}
