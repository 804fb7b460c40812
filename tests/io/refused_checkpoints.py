"""A project file in WAL journal mode on a disk that fills up (SQLite's checkpoint refused: the commits stay in
``<file>-wal``) and has room again, for the tests of what the writer says then: a process whose files may not grow past
the project file's size (``RLIMIT_FSIZE``), as on a full disk. Real files, the real store and writer thread."""
from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from grader_app.core.session import GradingSession
from grader_app.io.project_store import ProjectStore
from project_helpers import make_session

NEEDS_RLIMIT_FSIZE = pytest.mark.skipif(sys.platform == "win32" or not hasattr(signal, "SIGXFSZ"),
                                        reason="needs RLIMIT_FSIZE")

LONG = "x" * 3000   # a comment that needs a new page of the file: the checkpoint must make it grow


@contextmanager
def store_in_wal(path: Path) -> Iterator[tuple[ProjectStore, GradingSession, list]]:
    """The real store opened on ``path`` (the test is skipped where the file system takes no WAL journal), attached to a
    new session whose answer 0 is decided 2 and committed; then the store's problems and news go to the list yielded with
    them. The store is closed on leaving."""
    store = ProjectStore.open(path)
    heard: list = []
    try:
        if store.journal_mode != "wal":
            pytest.skip("this file system takes no WAL journal: every commit is in the file already")
        session = make_session()
        store.attach(session)
        session.decide(0, 2)
        assert store.flush()
        store.on_error = heard.append
        yield store, session, heard
    finally:
        store.close()


def refused_checkpoints(store: ProjectStore, path: Path, session: GradingSession,
                        decisions: tuple[tuple[int, int], ...]) -> bool:
    """Whether the WAL took the commits of ``decisions`` (answer key, score; each with the comment ``LONG`` + its key)
    made while the file itself may not grow (their checkpoints refused: the first may still find a free page in the
    file, so two or more). Each is flushed on its own."""
    import resource

    old = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (path.stat().st_size, old[1]))   # the file may not grow
    try:
        committed = True
        for key, score in decisions:
            session.decide(key, score, comment=LONG + str(key))
            committed = store.flush(timeout=10) and committed
        return committed
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old)
