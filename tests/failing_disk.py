"""A project writer whose writes fail as on a full disk, and project connections that find no room for some statements
(a new column), for the project-file tests and the window's (``tests`` is on ``sys.path``: tests/conftest.py)."""
from __future__ import annotations

import sqlite3

from grader_app.io import project_writer
from grader_app.io.project_schema import ProjectConnection
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


def no_room_for(monkeypatch, *starts: str) -> dict[str, bool]:
    """Every connection a project store opens from now on fails each statement beginning with one of ``starts`` (say
    "ALTER TABLE": a table's new column takes room its rows' writes may still find; "COMMIT": the disk fills while a
    transaction is written) with SQLite's own "database or disk is full", while the returned switch says so for it:
    ``{start: True}`` for each of ``starts`` to begin with; a key set to True later counts too."""
    full = dict.fromkeys((s.upper() for s in starts), True)
    real = sqlite3.connect

    class NoRoom(ProjectConnection):
        def execute(self, sql, *args):
            head = sql.lstrip().upper()
            if any(on and head.startswith(start) for start, on in full.items()):
                raise sqlite3.OperationalError("database or disk is full")
            return super().execute(sql, *args)

    def connect(*args, **kwargs):
        if kwargs.get("factory") is ProjectConnection:
            kwargs["factory"] = NoRoom
        return real(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    return full


def failing_copies(monkeypatch, switch: dict) -> None:
    """The writer's copy of a project file that had gone (written again: io.project_writer) fails with SQLite's own
    "database or disk is full" while ``switch["on"]`` is True (say the switch of :func:`failing_writes`: the disk that
    refuses the writes has no room for the copy either)."""
    real = project_writer._copy_project

    def maybe_full(conn, target):
        if switch["on"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real(conn, target)

    monkeypatch.setattr(project_writer, "_copy_project", maybe_full)
