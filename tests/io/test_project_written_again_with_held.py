"""A project file that had gone while the disk was full, written again by the commit that wrote what the disk had held.
The writer said the two as it did them: on one path (WAL: the commit went into the deleted file, then the file was
copied) "what was held is written" came first, on the other (rollback journal: SQLite refused the deleted file, the
copy was made and the commit went in there) "the file is written again" did; nothing said they were one commit, so the
window could only say them one after another, and its status bar showed the second alone. Now the news of the file
written again comes at the end of the step that wrote it, after ``on_saved``, and says the same commit wrote what was
held (``saved_too``), whichever went first.

Real files and real SQLite; the disk is full as in tests/failing_disk.py (the writes and the copy refused)."""
from __future__ import annotations

import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from failing_disk import failing_copies, failing_writes
from grader_app.io.project_store import ProjectRestored, ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import make_session, read_decisions  # noqa: E402

NAME = "answers.grader-project"


def _listen(store) -> list:
    """What the store's writer tells, in order: its sentences, and ("saved", the name it writes then) for each
    ``on_saved``."""
    heard: list = []
    lock = threading.Lock()

    def tell(what) -> None:
        with lock:
            heard.append(what)
    store.on_error = tell
    store.on_saved = lambda: tell(("saved", store.path.name))
    return heard


@contextmanager
def _listened_store(tmp_path):
    """A project file in ``tmp_path`` with a session attached and its writer listened to (:func:`_listen`): the store,
    the session and what was heard; the store is closed after."""
    store = ProjectStore.open(tmp_path / NAME)
    session = make_session()
    store.attach(session)
    try:
        yield store, session, _listen(store)
    finally:
        store.close()


@pytest.mark.parametrize("before", [0, 1], ids=["WAL", "rollback journal"])
def test_the_file_written_again_by_the_commit_that_wrote_what_was_held_is_said_after_it_as_one(tmp_path, monkeypatch,
                                                                                                 before):
    with _listened_store(tmp_path) as (store, session, heard):
        for _ in range(before):                     # deleted once already: written again in rollback-journal mode
            store.path.unlink()
            session.decide(5, 1)
            assert store.flush() and [str(h) for h in heard] == [f"{NAME} was deleted while open; Grader wrote it "
                                                                 "again with every decision, nothing is lost"]
        disk = failing_writes(monkeypatch)
        failing_copies(monkeypatch, disk)           # the full disk has no room for a copy either
        session.decide(0, 1)
        assert not store.flush() and set(store.unsaved) == {0}
        store.path.unlink()
        session.decide(1, 2)
        assert not store.flush() and set(store.unsaved) == {0, 1}
        assert store.last_error is not None and store.last_error.kind == "project.deleted_not_rewritten"
        told = len(heard)

        disk["on"] = False                          # room again: the next change writes it all
        session.decide(2, 0)
        assert store.flush() and store.unsaved == {} and store.last_error is None
        news = heard[told:]
        assert news[0] == ("saved", NAME) and len(news) == 2
        assert isinstance(news[1], ProjectRestored) and news[1].kind == "project.rewritten" and news[1].saved_too
        assert [h.saved_too for h in heard[:before]] == [False] * before   # nothing was held then
        assert store.path == tmp_path / NAME and set(read_decisions(store.path)) == {0, 1, 2} | ({5} if before else set())


def test_what_was_held_is_said_saved_in_the_file_written_beside_the_one_that_replaced_it(tmp_path, monkeypatch):
    """On the WAL path the commit went into the replaced file and the project was then copied beside it: ``on_saved``
    came while the writer still named the old file, so the window said the held decisions were saved in the file that
    had replaced the project, or in the copy, as the threads' timing fell. Now it comes once the copy is made."""
    with _listened_store(tmp_path) as (store, session, heard):
        disk = failing_writes(monkeypatch)
        failing_copies(monkeypatch, disk)
        session.decide(0, 1)
        assert not store.flush() and set(store.unsaved) == {0}
        (tmp_path / NAME).unlink()
        (tmp_path / NAME).write_bytes(b"another file")       # a sync client's version in its place
        assert not store.flush()
        assert store.last_error is not None and store.last_error.kind == "project.replaced_not_rewritten"
        told = len(heard)

        disk["on"] = False
        session.decide(1, 2)
        assert store.flush() and store.unsaved == {} and store.last_error is None
        recovered = "answers (recovered).grader-project"
        news = heard[told:]
        assert news[0] == ("saved", recovered) and len(news) == 2
        assert news[1].kind == "project.rewritten_beside" and news[1].saved_too
        assert (tmp_path / NAME).read_bytes() == b"another file"
        assert set(read_decisions(tmp_path / recovered)) == {0, 1}


def test_decisions_held_after_the_file_could_not_be_written_again_are_counted_in_the_held_failure(tmp_path, monkeypatch):
    """Once the file that had gone could not be written again, a refused commit was put down to it alone: the decisions
    it added to those held were in no failure, and the window, counting the last it heard, said fewer than were held.
    Now each refused commit that adds to what was held, once its failure was said, says it again, counting all."""
    with _listened_store(tmp_path) as (store, session, heard):
        disk = failing_writes(monkeypatch)
        failing_copies(monkeypatch, disk)
        session.decide(0, 1)
        assert not store.flush() and set(store.unsaved) == {0}
        before = len(heard)
        store.path.unlink()
        assert not store.flush()                    # found gone, not written again: said so, nothing added to say
        told = len(heard)
        assert told > before and {h.kind for h in heard[before:]} == {"project.deleted_not_rewritten"}
        session.decide(1, 2)
        session.decide(2, 0)
        assert not store.flush() and set(store.unsaved) == {0, 1, 2}
        held = [h for h in heard[told:] if getattr(h, "kind", "") == "project.decisions_unsaved"]
        assert held and held[-1].values["count"] == 3
        assert store.last_error is not None and store.last_error.kind == "project.deleted_not_rewritten"
