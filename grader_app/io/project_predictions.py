"""The model's rows a project file keeps (table ``predictions``), and which model made them.

A question's model may be replaced under the same id and labels: a Grader update ships a better ``asap-sas-6``, a
colleague's better model is added. Its stored rows are then the old model's, and taking them back would keep the old
model's scores and auto-accepted answers in the window while ``grader score`` scores with the new one (QA s51b #4: 5
of 20 answers differed, nothing said). So the project keeps, with the rows, what identifies the exact model that made
them: meta ``prediction_models`` (question -> ``{"model": ItemInfo.model, "threshold": its own threshold, "cutpoints":
its rule's or null}``; the model is :func:`grader_app.bundles.manifest.rows_digest` of its bundle, over the model file's
sha256, the normalisation, the calibration and the labels: what its rows depend on, so a bundle whose only change is its
threshold or decision rule keeps its rows, as the window and ``grader score`` read those from the bundle alike), written
in the transaction that writes the rows; and each row's ``seal``, a short hash binding its labels and probabilities to
that model. A row is taken back only where its question's model is the one the project names and its seal holds; else
its answer is scored again:

* another model under the question's id: :class:`ModelChange` (``known``), kept with the old rows as that model
  decided them, so once the answers are scored again the window and the command line can say how many answers' score
  the model accepts on its own changed (:func:`changed_answers`); the teacher's decisions are not touched;
* a project saved before Grader kept the model (no meta, no seal, or a Grader of the same version before it that wrote
  rows without them): the rows may be a model's since updated, which nothing tells, so they are scored again once
  (``known`` False; said only where something changed, which shows the model did), and the rows saved then carry their
  model. Scoring a class again takes seconds; keeping a stale model's auto-accepted scores is what went wrong;
* a row edited in the file (a probability row made ``[0, 0, 1]``), or one that cannot be a model's row at all (too
  short, not JSON, not a probability distribution): its seal or its check fails and the answer is scored again, without
  a word (nothing of the teacher's was lost).

The ``seal`` column came without a new schema version: a Grader of version 3 before it writes rows without it (read
as unsealed: scored again), and it is added to a project opened for writing (:func:`add_seal_column`); one read only
without it reads as a project saved before it. Where the file cannot take the column when it is opened (a full disk),
the rows are written without their seal, each later write tries the column again, and once it is there the rows the
session wrote without it are sealed (only those: :func:`_seal_own_rows`). Before, the whole session's rows went in
unsealed and the next opening scored the class again. Whether the file has the column is asked once per connection
(:mod:`.project_additions`); it was asked with each write or read of the rows, never per decision.
"""
from __future__ import annotations

import hashlib
import json
import math
import secrets
import sqlite3
from dataclasses import dataclass, field
from typing import Callable

from ..core import review
from ..core.numbers import plain
from ..core.prediction import Prediction
from ..core.session import GradingSession
from ..scoring.outputs import is_probability_row
from .project_additions import add_column, has_column

MODELS = "prediction_models"   # meta: question -> the model that made its stored rows (see the module)
SEAL = "seal"                  # predictions' column: the row bound to its model
UNSEALED = "unsealed_rows"     # meta: the mark of the connection that wrote the stored rows without their seal


@dataclass
class ModelChange:
    """A question whose stored rows another model made than the one scoring it now (``known``), or a model the project
    did not record (an older project: not ``known``); ``before``: the session's answer key -> the stored row, as the
    model that made it decided it; ``threshold``: that model's own threshold, where the project recorded it."""
    item: str
    known: bool
    before: dict[int, Prediction] = field(default_factory=dict)
    threshold: float | None = None


def seal(model: str, labels: str, probabilities: str) -> str:
    """The short hash binding a stored row (its labels' and probabilities' JSON text) to the model that made it."""
    return hashlib.sha256("\n".join((model, labels, probabilities)).encode("utf-8")).hexdigest()[:16]


def has_seal(conn: sqlite3.Connection) -> bool:
    """The ``predictions`` table has the ``seal`` column (asked once per connection: :mod:`.project_additions`)."""
    return has_column(conn, "predictions", SEAL)


def add_seal_column(conn: sqlite3.Connection) -> None:
    """Give a project opened for writing the ``seal`` column, if it has none yet (its rows read as unsealed). Called
    when the file is opened and again before each write (:func:`.project_schema.add_unversioned`): where the file
    cannot take it (a full disk), the rows are written without their seal (:func:`write_predictions`) and the next
    write tries again; once the column is there, the rows this connection wrote without it get their seal
    (:func:`_seal_own_rows`), so the next opening takes them back instead of scoring the class again."""
    if add_column(conn, "predictions", SEAL, "TEXT"):
        _seal_own_rows(conn)


def _seal_own_rows(conn: sqlite3.Connection) -> None:
    """Seal the stored rows if the file says this connection wrote them without their seal: meta ``unsealed_rows``
    holds the mark ``conn`` left there (``unsealed``), written in the transaction that wrote the rows and meta
    ``prediction_models``, so those name the models that made them (moved with a sorted sheet since, they are the same
    rows). A mark of another connection, or none (the save was refused, the rows are another Grader's), seals
    nothing: those rows are scored again. In a transaction of its own, outside the writer's; tried again with the next
    write if the disk refuses it too."""
    if not hasattr(conn, "unsealed") or conn.unsealed is None or conn.in_transaction:   # a ProjectConnection's mark
        return
    mark = conn.unsealed
    try:
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute("SELECT value FROM meta WHERE name=?", (UNSEALED,)).fetchone()
        if row is not None and row[0] == json.dumps(mark):
            models = {item: made["model"] for item, made in stored_models(conn).items()
                      if isinstance(made.get("model"), str)}
            rows = conn.execute("SELECT answer_key, item, labels, probabilities FROM predictions "
                                f"WHERE {SEAL} IS NULL").fetchall()
            conn.executemany(f"UPDATE predictions SET {SEAL}=? WHERE answer_key=?",
                             [(seal(models[item], labels, probabilities), key) for key, item, labels, probabilities
                              in rows if item in models and isinstance(labels, str)
                              and isinstance(probabilities, str)])
            conn.execute("DELETE FROM meta WHERE name=?", (UNSEALED,))
        conn.execute("COMMIT")
    except sqlite3.Error:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
        return
    conn.unsealed = None


# ----- writing -----------------------------------------------------------------------------------------------
def prediction_rows(session: GradingSession) -> list[tuple]:
    """The session's predictions as rows of the ``predictions`` table, each with its seal. Each row's question is read
    as it is reached: on another thread than the session's, read a snapshot (:meth:`GradingSession.snapshot`)."""
    snapshot = list(session.predictions.items())  # one C-level copy
    rows = []
    for k, p in snapshot:
        info = session.items[session.answers[k].item]
        labels, probabilities = json.dumps([plain(v) for v in p.labels]), json.dumps([float(x) for x in p.probabilities])
        rows.append((k, info.item, info.bundle_id, labels, probabilities, seal(info.model, labels, probabilities)))
    return rows


def models_of(session: GradingSession) -> dict[str, dict]:
    """Meta ``prediction_models``: each question a bundle scores, with the model that scores it (see the module)."""
    return {item: {"model": info.model,
                   "threshold": float(info.default_threshold) if math.isfinite(info.default_threshold) else None,
                   "cutpoints": list(info.cutpoints) if info.cutpoints is not None else None}
            for item, info in session.items.items() if info.bundle_id}


def write_predictions(conn: sqlite3.Connection, rows: list[tuple], models: dict[str, dict]) -> None:
    """Replace the stored rows with ``rows`` (:func:`prediction_rows`) and record which models made them."""
    conn.execute("DELETE FROM predictions")
    put_rows(conn, rows)
    conn.execute("INSERT OR REPLACE INTO meta(name, value) VALUES (?, ?)", (MODELS, json.dumps(models)))
    if has_seal(conn):
        conn.execute("DELETE FROM meta WHERE name=?", (UNSEALED,))
    elif hasattr(conn, "unsealed"):   # a ProjectConnection: its rows sealed once the file has the column (add_seal_column)
        conn.unsealed = conn.unsealed or secrets.token_hex(8)
        conn.execute("INSERT OR REPLACE INTO meta(name, value) VALUES (?, ?)", (UNSEALED, json.dumps(conn.unsealed)))


def all_rows(conn: sqlite3.Connection) -> list[tuple]:
    """Every stored row as it is (key, question, bundle, labels, probabilities, seal: None in a file without it)."""
    seals = SEAL if has_seal(conn) else "NULL"
    return conn.execute(f"SELECT answer_key, item, bundle_id, labels, probabilities, {seals} FROM predictions").fetchall()


def put_rows(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """``rows`` (:func:`all_rows`, moved to other keys) back into the table, their seals kept where it has the column."""
    if has_seal(conn):
        conn.executemany(f"INSERT INTO predictions(answer_key, item, bundle_id, labels, probabilities, {SEAL}) "
                         "VALUES (?, ?, ?, ?, ?, ?)", rows)
    else:
        conn.executemany("INSERT INTO predictions(answer_key, item, bundle_id, labels, probabilities) "
                         "VALUES (?, ?, ?, ?, ?)", [row[:5] for row in rows])


# ----- reading back --------------------------------------------------------------------------------------------
def read_predictions(db: sqlite3.Connection, session: GradingSession, new_key: Callable[[int], int | None]
                     ) -> tuple[list[int], list[tuple[float, ...]], dict[int, str], list[ModelChange]]:
    """The stored rows the session may take back as its models' (see the module): their session keys and
    probabilities; every stored key's question (for :func:`.project_records.edited_in_place`); and the questions whose
    rows another model made, or an unrecorded one."""
    made_by = stored_models(db)
    keys: list[int] = []
    rows: list[tuple[float, ...]] = []
    items: dict[int, str] = {}
    changes: dict[str, ModelChange] = {}
    for old, item, bundle_id, labels, probabilities, row_seal in all_rows(db):
        items[old] = item
        key = new_key(old)
        if key is None or session.answers[key].item != item:
            continue
        info = session.items[item]
        row = _row(labels, probabilities)
        if bundle_id != info.bundle_id or row is None:   # another model chosen for it, or no row a model gives
            continue
        made = made_by.get(item)
        if made is None or made.get("model") != info.model:
            change = changes.setdefault(item, ModelChange(item, made is not None, threshold=_threshold(made)))
            if (before := _prediction(row, made, info)) is not None:
                change.before[key] = before
            continue
        if row[0] != tuple(info.labels) or row_seal != seal(info.model, labels, probabilities):
            continue   # edited in the file, or written without its seal: scored again
        keys.append(key)
        rows.append(row[1])
    return keys, rows, items, list(changes.values())


def stored_models(db: sqlite3.Connection) -> dict[str, dict]:
    """Meta ``prediction_models`` as the file holds it; {} where there is none or it is not such a mapping."""
    try:
        row = db.execute("SELECT value FROM meta WHERE name=?", (MODELS,)).fetchone()
        value = json.loads(row[0]) if row else {}
    except (TypeError, ValueError):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, dict)} if isinstance(value, dict) else {}


def _row(labels, probabilities) -> tuple[tuple, tuple[float, ...]] | None:
    """A stored row's labels and probabilities, if they can be a model's row: a JSON list of labels and as many
    numbers, a probability distribution; else None."""
    try:
        labels, probabilities = json.loads(labels), json.loads(probabilities)
    except (TypeError, ValueError):
        return None
    if not isinstance(labels, list) or not isinstance(probabilities, list) or len(labels) != len(probabilities):
        return None
    if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in probabilities):
        return None
    row = tuple(float(x) for x in probabilities)
    return (tuple(labels), row) if is_probability_row(row) else None


def _threshold(made: dict | None) -> float | None:
    value = made.get("threshold") if made is not None else None
    return float(value) if isinstance(value, (int, float)) and math.isfinite(value) else None


def _prediction(row: tuple[tuple, tuple[float, ...]], made: dict | None, info) -> Prediction | None:
    """The stored row as the model that made it decided it: its decision rule where the project recorded it, else the
    question's rule now where it fits the row's labels (an older project), else the arg-max; None if it cannot be."""
    labels, probabilities = row
    cutpoints = made.get("cutpoints") if made is not None else (info.cutpoints if labels == tuple(info.labels) else None)
    try:
        return Prediction(probabilities, labels, tuple(cutpoints) if isinstance(cutpoints, (list, tuple)) else None)
    except (TypeError, ValueError):
        return None


# ----- what changed ------------------------------------------------------------------------------------------
def changed_answers(session: GradingSession, change: ModelChange) -> int:
    """How many answers of ``change``'s question, not decided by the teacher, got another score the model accepts on
    its own, once they are scored again: another score, or accepted where they were not, or the other way round."""
    info = session.items[change.item]
    own = change.threshold if change.threshold is not None else info.default_threshold
    then = own if own > 1.0 else session.thresholds.get(change.item, own)
    n = 0
    for key, before in change.before.items():
        if key in session.decisions:
            continue
        was = review.status_for(scored=True, confidence=before.confidence, flags=list(session.flags.get(key, [])),
                                threshold=then, valid=before.valid) == review.AUTO
        now = session.predictions.get(key)
        is_now = now is not None and session.status(key) == review.AUTO
        n += (before.score if was else None) != (now.score if is_now and now is not None else None)
    return n
