"""How a project file takes the teacher's decisions, a part of :class:`~.project_store.ProjectStore`: the store listens
to the session (:meth:`ProjectDecisions.attach`) and queues each decision to its writer thread the moment it is made
(:meth:`ProjectDecisions.save_decision`), the decisions of one step together (:meth:`ProjectDecisions.save_decisions`,
a group's score: one write, one transaction). The GUI thread never waits for the disk; the writer commits within
milliseconds, after every write made before it; a failed write keeps its decisions in ``unsaved`` (tried again with the
next write or ``flush``) and ``on_error`` hears one sentence (:mod:`.project_writer`).
"""
from __future__ import annotations

import sqlite3
from typing import Any, Callable, Sequence

from ..core.session import Decision, GradingSession, Heard
from .project_records import put_decision
from .project_setup import rekey_pulled_out
from .project_upgrade import rekey_setting_aside


class ProjectDecisions:
    """Mixed into ProjectStore, which provides ``_write`` (a change queued to the writer), ``_call`` (one run on the
    writer, waited for), ``check``, ``_meta`` and ``_stamp`` (the answers the file belongs to), and ``_attached``
    (the listeners :meth:`~.project_store.ProjectStore.close` takes out)."""

    _write: Callable[..., None]
    _call: Callable[..., None]
    _meta: Callable[..., Any]
    _stamp: Callable[[sqlite3.Connection, GradingSession], None]
    _attached: list[tuple[list, Any]]
    check: Callable[[GradingSession], "dict[int, int] | None"]
    save_waiting_comment: Callable[[int, str], None]

    def save_decision(self, key: int, decision: Decision | None) -> None:
        """Queue one decision (or its removal) and its log line; returns without waiting for the disk.

        The writer commits it within milliseconds, after every write made before it. If that fails,
        the decision stays in ``unsaved``, goes in again first with the next write (or ``flush``),
        and ``on_error`` hears "your decision is kept but could not be saved ... (1 unsaved); ..." ("N of
        your decisions are kept but could not be saved ...; ..." once several are held).
        ProjectError at once only if the store is read-only or closed.
        """
        key = int(key)
        self._write(lambda conn: put_decision(conn, key, decision), ("decisions",), "your decision", (key, decision))

    def save_decisions(self, decisions: Sequence[tuple[int, Decision | None]]) -> None:
        """:meth:`save_decision` for several answers at once, in order, as one write (one transaction): a group's
        score. A failure keeps every one of them in ``unsaved``."""
        made = tuple((int(k), d) for k, d in decisions)
        if not made:
            return

        def put_all(conn: sqlite3.Connection) -> None:
            for key, decision in made:
                put_decision(conn, key, decision)
        self._write(put_all, ("decisions",), "your decision", decisions=made)

    def attach(self, session: GradingSession) -> Heard:
        """Write every decision change of ``session``, and every comment waiting for a score, to disk the moment
        it happens (the decisions of one step together: :meth:`save_decisions`).

        Returns the listener (so a caller may remove it); ``close`` removes it too.
        """
        keymap = self.check(session)
        if keymap is not None or self._meta("fingerprint") is None:
            def adopt(conn):
                if keymap is not None:
                    rekey_setting_aside(conn, keymap, session)
                    rekey_pulled_out(conn, keymap)
                self._stamp(conn, session)
            self._call(adopt, "the answers")

        on_decision = Heard(lambda key, decision: self.save_decision(key, decision),
                            lambda decisions: self.save_decisions(decisions))
        session.listeners.append(on_decision)
        session.comment_listeners.append(self.save_waiting_comment)
        self._attached += [(session.listeners, on_decision), (session.comment_listeners, self.save_waiting_comment)]
        return on_decision
