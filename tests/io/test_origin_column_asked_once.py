"""Whether the project file's decisions have the ``origin`` column (why each answer was marked) was asked of SQLite on
every decision written, twice (``PRAGMA table_info`` of ``decisions`` and of ``decision_log``): a group of 2,000 scored
with one key spent about 50 ms more on the writer for it (scripts/bench_group_write.py). Now each connection asks once per
table and keeps what it found; so for the predictions' ``seal``, which each write tries again to add where a full disk
refused it. The statements SQLite really ran on the store's connections are traced."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from grader_app.core.session import Decision
from grader_app.io.project_store import ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import make_session  # noqa: E402

ROWS = [(f"s{i}", f"Student {i}", "q1", f"Cells divide by mitosis, said student {i}.") for i in range(120)]


@pytest.fixture
def statements(monkeypatch) -> list[str]:
    """Every statement SQLite runs on a connection opened from now on, as its trace gives it."""
    seen: list[str] = []
    real = sqlite3.connect

    def connect(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    return seen


def _asked(seen: list[str], table: str = "decision") -> int:
    return sum(f"table_info({table}" in s for s in seen)


def test_the_origin_column_is_asked_for_once_per_connection_not_per_decision(tmp_path, statements):
    session = make_session(ROWS)
    with ProjectStore.open(tmp_path / "p.grader-project") as store:
        store.attach(session)
        session.decide(0, 1, origin="sample")
        assert store.flush()
        once = _asked(statements)
        assert 0 < once <= 4   # the file's two tables, on the write connection (and when it was prepared)
        sealed = _asked(statements, "predictions")   # the predictions' seal, tried again before each write, likewise
        assert sealed <= 2

        session.restore_many([(k, Decision.now(2, "", "own")) for k in range(1, 120)])   # a group scored with one key
        session.restore_many([(k, None) for k in range(1, 60)])                        # and half of it taken back
        for k in range(60, 80):
            session.decide(k, 0)
        assert store.flush()
        assert _asked(statements) == once and _asked(statements, "predictions") == sealed

        again = make_session(ROWS)
        assert store.restore(again)["decisions"] == 61   # the read connection asks once too
        read = _asked(statements)
        assert read <= once + 1
        assert store.restore(make_session(ROWS))["decisions"] == 61 and _asked(statements) == read
    assert again.decisions[0].origin == "sample" and again.decisions[100].origin == "own"
    assert again.decisions[70].score == 0 and again.decisions[70].origin == "own"
