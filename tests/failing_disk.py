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
