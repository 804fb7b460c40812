"""A project writer whose writes fail as on a full disk, for the project-file tests and the window's (``tests`` is on
``sys.path``: tests/conftest.py)."""
from __future__ import annotations

import sqlite3

from grader_app.io.project_store import ProjectStore


def failing_writes(monkeypatch) -> dict:
    """Every write of a project's writer thread fails with SQLite's own "database or disk is full" while the returned
    switch's "on" is True (it starts so); set it to False and they are written again."""
    real_write = ProjectStore._write
    failing = {"on": True}

    def maybe_full(self, fn, *args, **kwargs):
        def run(conn):
            if failing["on"]:
                raise sqlite3.OperationalError("database or disk is full")
            return fn(conn)
        return real_write(self, run, *args, **kwargs)

    monkeypatch.setattr(ProjectStore, "_write", maybe_full)
    return failing


def failing_waited_writes(monkeypatch) -> dict:
    """The same for the writes a project store waits for (the setup, the answers, the scores: ``ProjectStore._call``):
    each fails with SQLite's own "database or disk is full" inside the writer's transaction while "on" is True."""
    real_call = ProjectStore._call
    failing = {"on": True}

    def maybe_full(self, fn, *args, **kwargs):
        def run(conn):
            if failing["on"]:
                raise sqlite3.OperationalError("database or disk is full")
            return fn(conn)
        return real_call(self, run, *args, **kwargs)

    monkeypatch.setattr(ProjectStore, "_call", maybe_full)
    return failing
