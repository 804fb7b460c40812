"""The setup a project file keeps, a part of :class:`~.project_store.ProjectStore`: which sheet, which columns
and which model per question, the thresholds, the blind-marking switch with its key, the answers the teacher
pulled out of their group on the review screen (meta ``pulled_out``: a list of answer keys), what the fits of each
question that learns from the marks estimated (meta ``fit_history``: question -> the assistant's ``fit_history``),
the quiz's name the teacher gave an LMS file's column titles (meta ``export_titles``), and what the teacher set
questions to be out of (meta ``scales``: question -> {"top": 10, "half": true}, :mod:`grader_app.core.scale`).

The setup is written on the writer thread and waited for (it raises ProjectError); the thresholds from the GUI
thread and the blind-marking switch are queued to the writer as decisions are. Reads go through the store's read
connection once the writes made before them have been tried.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Callable

from ..core.scale import Scale, scales_from_json, scales_json
from ..core.sheet import ColumnMapping
from .project_readback import stored_thresholds
from .project_records import set_meta
from .project_schema import ProjectError, now
from .project_upgrade import with_first_name

# meta: graded sheet's file name -> {"at", "scores": answer slot -> final score text, "comments": slot -> comment}
SHEET_SAID = "sheet_said"
SHEETS_SAID = 8             # the graded sheets remembered
# meta: {"name": the quiz's name before its questions' generic titles in an LMS file, "titles": question -> own title}
EXPORT_TITLES = "export_titles"


class ProjectSetup:
    """Mixed into ProjectStore, which provides ``_read`` (the read connection, after the writes of some kinds),
    ``_write`` (a change queued to the writer), ``_call`` (a change the writer commits while the caller waits),
    ``_meta`` (a stored setting), ``decision_count``, ``read_only`` and ``path``."""

    _read: Callable[..., AbstractContextManager[sqlite3.Connection]]
    _write: Callable[..., None]
    _call: Callable[..., None]
    _meta: Callable[..., Any]
    kept_settings: dict[str, Any]
    decision_count: Callable[[], int]
    read_only: bool
    path: Any
    pulled_out: set[int]
    fit_history: dict
    export_titles: tuple[str | None, dict[str, str]]

    # ----- setup ---------------------------------------------------------------------------
    def save_setup(self, sheet_path, mapping: ColumnMapping, item_bundles: dict[str, str | None],
                   thresholds: dict | None = None, sheet_name: str | None = None,
                   columns: list[str] | None = None) -> None:
        """Record which sheet, which columns and which model per question (and, if given, the thresholds and the
        sheet's ``columns``, so a column added to the sheet later is known as new: :func:`.project_columns.new_ids`).

        ``thresholds`` None leaves the stored ones as they are (the session gets them through
        :meth:`restore`); a dict becomes the stored set, writing only the rows that differ.
        """
        old = self._meta("mapping")
        if old is not None and old != mapping.to_dict() and self.decision_count():
            raise ProjectError.said("project.decided_other_columns", count=self.decision_count())
        sheet_path = Path(sheet_path).absolute() if sheet_path else None

        def do(conn):
            if old is not None and old != mapping.to_dict():
                conn.execute("DELETE FROM predictions")
                conn.execute("DELETE FROM meta WHERE name='fingerprint'")
            set_meta(conn, "sheet_path", str(sheet_path) if sheet_path else None)
            set_meta(conn, "sheet_file", sheet_path.name if sheet_path else None)
            set_meta(conn, "sheet_name", sheet_name)
            if columns is not None:
                set_meta(conn, "sheet_columns", [str(c) for c in columns])
            set_meta(conn, "mapping", mapping.to_dict())
            set_meta(conn, "item_bundles", {str(k): v for k, v in (item_bundles or {}).items()})
            set_meta(conn, "saved", now())
            if thresholds is not None:
                wanted = {str(k): float(v) for k, v in thresholds.items()}
                good, bad = stored_thresholds(conn)   # one that is no number is written again, or deleted
                stored = {**good, **dict.fromkeys(bad)}
                conn.executemany("DELETE FROM thresholds WHERE item=?", [(k,) for k in stored if k not in wanted])
                conn.executemany("INSERT OR REPLACE INTO thresholds(item, value) VALUES (?, ?)",
                                 [(k, v) for k, v in wanted.items() if stored.get(k) != v])
        self._call(do, "the setup")

    def load_setup(self) -> dict | None:
        """What :meth:`save_setup` recorded, or None for a new project.

        Keys: ``sheet_path`` (Path or None; the sheet of the stored name beside the project is preferred, as
        the folder may have been moved or copied), ``sheet_name``, ``mapping`` (a ColumnMapping), ``mapping_dict``,
        ``item_bundles``, ``thresholds``, ``decisions`` (how many are stored), ``blind_marking``, ``sheet_columns``
        (the sheet's columns when the setup was last saved; None if not kept).
        """
        mapping = self._meta("mapping")
        if mapping is None:
            return None
        stored = self._meta("sheet_path")
        sheet_file = self._meta("sheet_file")
        sheet_path = Path(stored) if stored else None
        if sheet_file:
            beside = self.path.with_name(sheet_file)
            if beside.exists():   # a folder moved or copied: the sheet in it, not the one it came from
                sheet_path = beside
        return {
            "sheet_path": sheet_path,
            "sheet_name": self._meta("sheet_name"),
            "mapping": ColumnMapping.from_dict(mapping),
            "mapping_dict": mapping,
            "item_bundles": self._meta("item_bundles") or {},
            "thresholds": self.load_thresholds(),
            "decisions": self.decision_count(),
            "blind_marking": self.blind_marking(),
            "sheet_columns": self._meta("sheet_columns"),   # None: saved before they were kept
        }

    def upgrade_setup(self, setup: dict, sheet, guess: ColumnMapping | None = None) -> dict:
        """``setup`` of a project saved before Grader read first names, with the first-name column a new sheet's guess
        (``guess``, if made of ``sheet`` already) finds, written back (:func:`.project_upgrade.with_first_name`); else
        ``setup`` as it is."""
        return setup if self.read_only else with_first_name(setup, sheet, self._call, guess)

    def load_thresholds(self) -> dict[str, float]:
        """The stored thresholds by question (one that is not a number is left out: :mod:`.project_readback`)."""
        with self._read(("thresholds",)) as db:
            return stored_thresholds(db)[0]

    def save_thresholds(self, thresholds: dict, wait: bool = True) -> None:
        """Write the thresholds: committed before returning (ProjectError if not), or with ``wait=False``
        (the GUI thread) queued to the writer, returning at once."""
        rows = [(str(k), float(v)) for k, v in thresholds.items()]

        def do(conn):
            conn.executemany("INSERT OR REPLACE INTO thresholds(item, value) VALUES (?, ?)", rows)
        self._write(do, ("thresholds",), "the thresholds") if not wait else self._call(do, "the thresholds")

    # ----- blind marking (queued to the writer, like decisions) -----------------------------------------
    # Both are read from the file once and kept (``kept_settings``), with what this store saved since: the worker that
    # prepares the session reads them (:func:`grader_app.workflow.prepare_session`), so the window asking for them on
    # the GUI thread as the session is shown reads no file (it did, 89 ms on a slow disk: QA s52g finding 7).
    def blind_marking(self) -> bool | None:
        """Whether names and ids are hidden on screen for this project (None: never set)."""
        if "blind_marking" not in self.kept_settings:
            value = self._meta("blind_marking", ("meta",))
            self.kept_settings["blind_marking"] = None if value is None else bool(value)
        return self.kept_settings["blind_marking"]

    def save_blind_marking(self, on: bool) -> None:
        on = bool(on)
        self._write(lambda conn: set_meta(conn, "blind_marking", on), ("meta",), "the blind-marking switch")
        self.kept_settings["blind_marking"] = on   # queued: what the file holds once the writer has it

    def blind_seed(self) -> str:
        """The project's random key for the neutral student numbers ("" in a file older than it)."""
        if "blind_seed" not in self.kept_settings:
            self.kept_settings["blind_seed"] = str(self._meta("blind_seed", ("meta",)) or "")
        return self.kept_settings["blind_seed"]

    # ----- a sheet graded before: its earlier decisions are taken over once (grader_app.io.earlier_grading) ------
    def earlier_taken(self) -> bool:
        """Whether a session of this project took over the sheet's earlier decisions already (then the project file
        holds them, and what the teacher did with them since: an undone one stays undone)."""
        return bool(self._meta("earlier_taken", ("meta",)))

    def save_earlier_taken(self) -> None:
        self._write(lambda conn: set_meta(conn, "earlier_taken", True), ("meta",), "the sheet's earlier decisions")

    # ----- what a graded sheet said when Grader last read or wrote it (grader_app.io.sheet_said) -------------------
    def sheet_said(self, name: str) -> dict[str, tuple[str, str | None]] | None:
        """The final scores (and their comments) the graded sheet named ``name`` held as the teacher's when this
        project last read or wrote it (answer slot -> (score text, "" for none; comment, None when the project
        remembered scores only, as before Grader weighed comments)); None when it never did (a project saved before
        Grader kept them)."""
        said = (self._meta(SHEET_SAID, ("meta",)) or {}).get(str(name))
        if not isinstance(said, dict) or not isinstance(said.get("scores"), dict):
            return None
        comments = said.get("comments")
        comments = comments if isinstance(comments, dict) else {}
        return {k: (str(v), None if k not in comments else str(comments[k])) for k, v in said["scores"].items()}

    def save_sheet_said(self, name: str, said: dict[str, tuple[str, str]]) -> None:
        """Queue what the graded sheet ``name`` holds now (read, or just written: answer slot -> (score text, comment));
        the newest ``SHEETS_SAID`` sheets are kept."""
        name = str(name)
        scores = {str(k): str(score) for k, (score, _) in said.items()}
        comments = {str(k): str(comment) for k, (_, comment) in said.items()}

        def do(conn):
            row = conn.execute("SELECT value FROM meta WHERE name=?", (SHEET_SAID,)).fetchone()
            kept = json.loads(row[0]) if row is not None else {}
            kept = kept if isinstance(kept, dict) else {}
            kept.pop(name, None)
            kept[name] = {"at": now(), "scores": scores, "comments": comments}       # the newest last
            set_meta(conn, SHEET_SAID, dict(list(kept.items())[-SHEETS_SAID:]))
        self._write(do, ("meta",), "what the graded sheet says")

    # ----- the quiz's name in an LMS file's column titles (grader_app.io.lms.quiz_titles) ------------------------
    def save_export_titles(self, name: str, own: dict[str, str]) -> None:
        """Queue the quiz's name and the teacher's own titles an LMS file was exported with (``export_titles`` holds
        them at once), so the same sheet exported again, also after the project is opened again, gets the same titles;
        returns at once."""
        value = {"name": str(name), "titles": {str(k): str(v) for k, v in own.items()}}
        self.export_titles = stored_export_titles(value)
        self._write(lambda conn: set_meta(conn, EXPORT_TITLES, value), ("meta",), "the quiz's name for its columns")

    # ----- answers pulled out of their group (queued to the writer, like decisions) ------------------------
    def save_pulled_out(self, key: int, out: bool) -> None:
        """Queue that the teacher pulled answer ``key`` out of its group (``out``) or undid that; returns at once.
        A teacher's decision like a score: a group's score must never reach it, also after the project is opened
        again."""
        key, out = int(key), bool(out)
        self.pulled_out = self.pulled_out | {key} if out else self.pulled_out - {key}

        def do(conn):
            keys = set(stored_pulled_out(conn))
            keys = keys | {key} if out else keys - {key}
            set_meta(conn, "pulled_out", sorted(keys))
        self._write(do, ("meta",), "the answer pulled out of its group")

    # ----- what each learning question's line follows (queued to the writer, like decisions) ----------------------
    def save_fit_history(self, item: str, data: dict) -> None:
        """Queue what the fits of question ``item``'s model learned from the marks estimated (the assistant's
        ``fit_history``, plain JSON values), so its learning line reads the same when the project is opened again."""
        item = str(item)
        self.fit_history = {**self.fit_history, item: data}

        def do(conn):
            set_meta(conn, "fit_history", {**stored_fit_history(conn), item: data})
        self._write(do, ("meta",), "what the model learned so far")

    def load_fit_history(self) -> dict:
        """The stored fit histories per question (none in a project older than them)."""
        with self._read(("meta",)) as db:
            return stored_fit_history(db)

    # ----- what the teacher set questions to be out of (queued to the writer, like decisions) ---------------------
    def save_scale(self, item: str, scale: Scale | None) -> None:
        """Queue what question ``item`` is out of, as the teacher set it (None: forget it); returns at once."""
        item = str(item)

        def do(conn):
            kept = scales_json(stored_scales(conn))
            kept.pop(item, None)
            set_meta(conn, "scales", {**kept, **({item: scale.to_json()} if scale is not None else {})})
        self._write(do, ("meta",), "what the question is out of")

    def load_scales(self) -> dict[str, Scale]:
        """The scales the teacher set, per question (none in a project older than them)."""
        with self._read(("meta",)) as db:
            return stored_scales(db)

    def load_pulled_out(self) -> set[int]:
        """The stored answer keys pulled out of their group, as the file holds them."""
        with self._read(("meta",)) as db:
            return set(stored_pulled_out(db))

    def decision_log(self) -> list[dict]:
        """Every decision change in order: key, score (None when cleared), comment, time."""
        with self._read(("decisions",)) as db:
            rows = db.execute(
                "SELECT answer_key, score, comment, decided_at, logged_at FROM decision_log ORDER BY id").fetchall()
        return [{"key": k, "score": None if s is None else json.loads(s), "comment": c, "at": at, "logged_at": lg}
                for k, s, c, at, lg in rows]


def stored_pulled_out(conn: sqlite3.Connection) -> list[int]:
    """The answer keys pulled out of their group as the file holds them (a value that is not such a list: none)."""
    row = conn.execute("SELECT value FROM meta WHERE name='pulled_out'").fetchone()
    try:
        keys = json.loads(row[0]) if row else []
    except (TypeError, ValueError):
        return []
    return [int(k) for k in keys if isinstance(k, int) and not isinstance(k, bool)] if isinstance(keys, list) else []


def stored_fit_history(conn: sqlite3.Connection) -> dict:
    """Question -> its fit history as the file holds it; {} where it holds none, or not a mapping (what each holds is
    checked where it is taken back: ``MarkingAssistant.restore_fit_history``)."""
    row = conn.execute("SELECT value FROM meta WHERE name='fit_history'").fetchone()
    try:
        value = json.loads(row[0]) if row else {}
    except ValueError:
        return {}
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


def stored_export_titles(value) -> tuple[str | None, dict[str, str]]:
    """(the quiz's name the teacher gave its LMS files' column titles, None when never given; the titles she typed
    herself, question -> title) of meta ``export_titles``'s ``value`` (a project older than it, or a value that is not
    such a pair, gives (None, {}))."""
    if not isinstance(value, dict) or not isinstance(value.get("name"), str):
        return None, {}
    own = value.get("titles")
    own = own if isinstance(own, dict) else {}
    return value["name"], {str(k): v for k, v in own.items() if isinstance(v, str) and v.strip()}


def load_export_titles(conn: sqlite3.Connection) -> tuple[str | None, dict[str, str]]:
    """:func:`stored_export_titles` as the file holds them (a value that is not JSON: none)."""
    row = conn.execute("SELECT value FROM meta WHERE name=?", (EXPORT_TITLES,)).fetchone()
    try:
        return stored_export_titles(json.loads(row[0]) if row else None)
    except ValueError:
        return None, {}


def stored_scales(conn: sqlite3.Connection) -> dict[str, Scale]:
    """Question -> the scale the teacher set, as the file holds it; a value that is not one is left out (the question
    is then on the scale its sheet or model says, as before the teacher set it)."""
    row = conn.execute("SELECT value FROM meta WHERE name='scales'").fetchone()
    try:
        return scales_from_json(json.loads(row[0])) if row else {}
    except (TypeError, ValueError):
        return {}


def rekey_pulled_out(conn: sqlite3.Connection, keymap: dict[int, int]) -> None:
    """The pulled-out answers moved to the session's keys (a sorted sheet), as the decisions are (on the writer)."""
    keys = stored_pulled_out(conn)
    if keys:
        set_meta(conn, "pulled_out", sorted(keymap[k] for k in keys if k in keymap))


def restore_scales(conn: sqlite3.Connection, session) -> None:
    """Put the scales the teacher set (:func:`stored_scales`) on ``session``'s questions that it still has."""
    for item, scale in stored_scales(conn).items():
        if item in session.items:
            session.set_scale(item, scale)
