"""The comments a project file keeps, a part of :class:`~.project_store.ProjectStore`: each question's
comment bank, and the comments waiting for a score (written on an answer that has no score yet, see
:mod:`grader_app.core.session`; the rows: :mod:`.project_records`).

Both are queued to the store's writer thread as decisions are (the GUI thread never waits for the
disk), committed in the order made, and a failed write is kept and tried again with the next one; reads
go through the store's read connection once the writes made before them have been tried.
"""
from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import Callable

from ..core.comment_bank import BankEntry
from . import project_records as records


class ProjectComments:
    """Mixed into ProjectStore, which provides ``_read`` (the read connection, after the writes of some
    kinds) and ``_write`` (a change queued to the writer)."""

    _read: Callable[..., AbstractContextManager[sqlite3.Connection]]
    _write: Callable[..., None]

    # ----- the comment bank per question (see grader_app.core.comment_bank) -----------------------------
    def bank_entries(self, item: str) -> list[BankEntry]:
        with self._read(("bank",)) as db:
            return records.bank_rows(db, item)

    def bank_add(self, item: str, text: str, at: str) -> None:
        self._write(lambda conn: records.bank_add(conn, item, text, at), ("bank",), "the comment bank")

    def bank_remove(self, item: str, text: str) -> None:
        self._write(lambda conn: records.bank_remove(conn, item, text), ("bank",), "the comment bank")

    def bank_use(self, item: str, texts: list[str], at: str) -> None:
        texts = list(texts)
        self._write(lambda conn: records.bank_use(conn, item, texts, at), ("bank",), "the comment bank")

    # ----- comments waiting for a score -----------------------------------------------------------------
    def save_waiting_comment(self, key: int, comment: str) -> None:
        """Queue a comment waiting for the answer's score ("" forgets it); returns without waiting for the
        disk. It is read with the decisions (their kind), and the decision that takes it deletes it."""
        key, comment = int(key), comment or ""
        self._write(lambda conn: records.put_waiting_comment(conn, key, comment), ("decisions",), "your comment")

    def waiting_comments(self) -> dict[int, str]:
        """The comments waiting for a score as the file holds them, by stored answer key."""
        with self._read(("decisions",)) as db:
            return dict(records.waiting_rows(db))
