"""Which sheet and columns a project's rows belong to, a part of :class:`~.project_store.ProjectStore`: the stored
answers (each one's key and hash, :func:`.project_records.stamp`), the check that a session's sheet is the project's
(:meth:`ProjectMatch.check`: sorted, grown or a few answers edited, it still is; answers saved by a Grader that read the
sheet otherwise: :mod:`.project_before`), and the move of every decision to the columns chosen when the sheet lost one
(:meth:`ProjectMatch.change_columns`, :mod:`.project_columns`). Pure Python; no Qt.
"""
from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import Any, Callable

from ..core.session import GradingSession
from ..core.sheet import ColumnMapping
from .project_before import matched_before, same_sheet
from .project_columns import gone, quoted, read_with, students_moved, to_columns
from .project_records import answers_fingerprint, match_answers, rekey, set_meta, stamp, waiting_rows
from .project_schema import ProjectError, other_sheet
from .project_setup import rekey_pulled_out


class ProjectMatch:
    """Mixed into ProjectStore, which provides ``path``, ``_meta`` (a stored setting), ``_read`` (the read
    connection, after the writes of some kinds) and ``_call`` (a change written on the writer thread, waited for)."""

    path: Any
    _meta: Callable[..., Any]
    _read: Callable[..., AbstractContextManager[sqlite3.Connection]]
    _call: Callable[..., None]

    def check(self, session: GradingSession, partial: bool = False) -> dict[int, int] | None:
        """Raise ProjectError if this project was made for another sheet or other column choices.

        A sheet the teacher sorted, or where rows were added, removed or a few answers edited, is
        still this project's sheet: the answers are matched by what they are, and the returned
        map takes each stored answer key to the session's key (None when nothing moved). Fewer
        than half the stored answers found in this sheet means another sheet, which is refused.
        ``partial`` (read only: ``grader score``): other columns are read as :func:`.project_columns.read_with` says.
        """
        mapping = self._meta("mapping")
        if mapping is not None and mapping != session.mapping.to_dict():
            if partial:   # the decisions they do not hold left out (``left_behind``), every other one taken
                return read_with(self, ColumnMapping.from_dict(mapping), session, self._meta("sheet_file"))
            # only an id column chosen since differs: each stored answer to the one in its cell; other columns refused
            return students_moved(self.stored_answers(), ColumnMapping.from_dict(mapping), session, self.path.name,
                                  self._meta("sheet_file"))
        fp = self._meta("fingerprint")
        if fp is None or fp == answers_fingerprint(session):
            return None
        if (same := same_sheet(fp, session)) is not None:   # saved by a Grader that read this sheet otherwise
            return same
        stored = self.stored_answers()
        keymap = match_answers(stored, session)
        keymap.update(matched_before(stored, keymap, session))   # so saved, on a sheet changed since: .project_before
        if len(keymap) < 0.5 * max(len(stored), 1):   # a sheet that grew holds every stored answer: not another sheet
            raise other_sheet(self.path.name, self._meta("sheet_file"), session.sheet.source)
        return keymap

    def stored_texts(self) -> list[str] | None:
        """Each stored answer's text hash (:func:`.project_records.text_digests`), by key; None if not kept."""
        return self._meta("texts")

    def decided_answers(self) -> list[int]:
        """The answer keys the project holds a decision for."""
        with self._read(("decisions",)) as db:
            return [k for (k,) in db.execute("SELECT answer_key FROM decisions")]

    def stored_answers(self) -> list[tuple[int, str]]:
        """(answer key, hash) of each answer the project's rows belong to (:func:`.project_records.stamp`)."""
        with self._read() as db:
            return db.execute("SELECT answer_key, digest FROM answers ORDER BY answer_key").fetchall()

    def change_columns(self, session: GradingSession) -> int | None:
        """Take the project to the columns ``session`` reads, which differ from the stored ones (the sheet lost a column
        the project was made with: :mod:`.project_columns`): each decision, waiting comment and prediction moves to its
        answer under the columns chosen, in one transaction that also records them. None when the columns are the
        stored ones (nothing is written), else how many decisions moved.

        Every decision and waiting comment must find its answer (the same student, question and text, a gone
        column's answers in the column chosen in its place); else ProjectError saying what to do, and nothing is
        changed."""
        old = self._meta("mapping")
        if old is None or old == session.mapping.to_dict():
            return None
        stored = ColumnMapping.from_dict(old)
        lost_columns = gone(session.sheet, stored)
        # the stored columns all still here (an id column chosen since): each answer by its cell; else by its hash
        keymap = to_columns(self.stored_answers(), stored, session)
        with self._read() as db:
            kept = [k for (k,) in db.execute("SELECT answer_key FROM decisions")]
            waiting = [k for k, _ in waiting_rows(db)]
        left = [k for k in (*kept, *waiting) if k not in keymap]
        if left:
            if not lost_columns:
                raise ProjectError.said("project.other_columns", name=self.path.name)
            raise ProjectError.said("project.columns_lose", name=self.path.name, gone=quoted(lost_columns),
                                    count=len(left))

        def do(conn):
            rekey(conn, keymap)
            rekey_pulled_out(conn, keymap)
            stamp(conn, session)
            set_meta(conn, "mapping", session.mapping.to_dict())
        self._call(do, "the columns")
        return len(kept)

