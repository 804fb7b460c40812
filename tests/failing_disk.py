"""A project writer whose writes fail as on a full disk, for the project-file tests and the window's (``tests`` is on
``sys.path``: tests/conftest.py)."""
from __future__ import annotations

import sqlite3

from grader_app.io.project_store import ProjectStore


def _failing(monkeypatch, method: str) -> dict:
    """``ProjectStore.<method>`` (a writer-thread call taking ``fn(conn)``) runs each ``fn`` so that it fails with SQLite's
    own "database or disk is full" inside the writer's transaction while the returned switch's "on" is True."""
    real = getattr(ProjectStore, method)
    failing = {"on": True}

    def maybe_full(self, fn, *args, **kwargs):
        def run(conn):
            if failing["on"]:
                raise sqlite3.OperationalError("database or disk is full")
            return fn(conn)
        return real(self, run, *args, **kwargs)

    monkeypatch.setattr(ProjectStore, method, maybe_full)
    return failing


def failing_writes(monkeypatch) -> dict:
    """Every write of a project's writer thread fails with SQLite's own "database or disk is full" while the returned
    switch's "on" is True (it starts so); set it to False and they are written again."""
    return _failing(monkeypatch, "_write")


def failing_waited_writes(monkeypatch) -> dict:
    """The same for the writes a project store waits for (the setup, the answers, the scores: ``ProjectStore._call``)."""
    return _failing(monkeypatch, "_call")
