"""How a grading session's answers, predictions and decisions become rows of the project file and
come back (see :mod:`.project_store`, which runs these inside its transactions).

Answers are matched by what they are, not by row: a hash per answer of its column, question,
student and text, so a sorted sheet, or one with rows added or removed, keeps every decision.

A comment waiting for its answer's score (``waiting_comments``, see :mod:`grader_app.core.session`) is a
row of its own, keyed and moved like a decision. Writing a decision deletes the answer's waiting row in
the same transaction (the score took the comment), so the file never holds a comment twice once it is
committed; an undo that clears a score writes the waiting row back *before* the decision goes, so a
kill between the two leaves the comment in the decision, never nowhere. A waiting row beside a decision
is not restored.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Collection, Sequence

from ..core.comment_bank import BankEntry
from ..core.numbers import plain
from ..core.session import Decision, GradingSession
from ..core.sheet import Answer
from .project_predictions import ModelChange, all_rows, put_rows, read_predictions
from .project_readback import NOT_A_SCORE, UNREADABLE, LeftOut, shown, stored_score, stored_thresholds, text_of
from .project_origins import has_origin, keep_taken_back, rekey_taken_back, taken_back_rows
from .project_schema import now


def answers_fingerprint(session: GradingSession) -> str:
    """A hash of what every answer key stands for (row, column, question, text)."""
    return answers_fingerprint_of(session.answers)


def answers_fingerprint_of(answers: Sequence[Answer]) -> str:
    """:func:`answers_fingerprint` of any answers (a sheet's, read with a project's columns)."""
    return fingerprint_of_lines(fingerprint_lines(answers))


def fingerprint_lines(answers: Sequence[Answer]) -> list[bytes]:
    """What :func:`answers_fingerprint_of` hashes of each answer (so a reading of a few answers otherwise is hashed
    without encoding the others again: :mod:`.project_before`)."""
    return [json.dumps([a.key, a.row, a.column, a.item, a.cell], ensure_ascii=False).encode("utf-8") for a in answers]


def fingerprint_of_lines(lines: Sequence[bytes]) -> str:
    """:func:`answers_fingerprint_of` of the answers whose :func:`fingerprint_lines` are ``lines``."""
    h = hashlib.sha256()
    for line in lines:
        h.update(line)
        h.update(b"\n")
    return h.hexdigest()


def answer_digests(session: GradingSession) -> list[str]:
    """Per answer, a hash of what it is (column, question, student, text), not where it sits."""
    return digests_of(session.answers)


def digests_of(answers: Sequence[Answer]) -> list[str]:
    """:func:`answer_digests` of any answers (those of a sheet read with other columns, or rows left out). The student
    is as the sheet names them (``sheet_student``: Brightspace's "#jmuller", which the app shows as "jmuller"), so a
    project saved before the app read them so still finds its answers."""
    return [hashlib.sha256(json.dumps([a.column, a.item, a.student if a.sheet_student is None else a.sheet_student,
                                       a.cell], ensure_ascii=False).encode("utf-8")).hexdigest()[:24] for a in answers]


def text_digests(answers: Sequence[Answer]) -> list[str]:
    """Per answer, a short hash of its cell's text alone (what the student wrote, whatever the columns read it as): how
    a project tells a sheet of other students' answers (another class's) from its own sheet with other columns."""
    return [hashlib.sha256(a.cell.strip().encode("utf-8")).hexdigest()[:12] for a in answers]


def match_answers(stored: list[tuple[int, str]], session: GradingSession) -> dict[int, int]:
    """Each stored answer key (with its digest) to the session's key for the same answer, where there is one."""
    queues: dict[str, deque] = defaultdict(deque)
    for key, digest in enumerate(answer_digests(session)):
        queues[digest].append(key)
    return {old: queues[d].popleft() for old, d in stored if queues.get(d)}


def stamp(conn: sqlite3.Connection, session: GradingSession) -> None:
    """Record which answers the stored rows belong to (the fingerprint and each answer's digest)."""
    set_meta(conn, "fingerprint", answers_fingerprint(session))
    set_meta(conn, "answers", len(session.answers))
    set_meta(conn, "texts", text_digests(session.answers))
    conn.execute("DELETE FROM answers")
    conn.executemany("INSERT INTO answers(answer_key, digest) VALUES (?, ?)", enumerate(answer_digests(session)))


def rekey(conn: sqlite3.Connection, keymap: dict[int, int]) -> None:
    """Move stored decisions, predictions, waiting comments, the origins of decisions taken back and the decision log
    to the session's answer keys (the log keeps the decisions of the rest: :func:`rekey_log`)."""
    origin = has_origin(conn)
    decs = conn.execute(f"SELECT answer_key, score, comment, decided_at{', origin' if origin else ''} FROM decisions").fetchall()
    preds = all_rows(conn)
    waiting = conn.execute("SELECT answer_key, comment, written_at FROM waiting_comments").fetchall()
    conn.execute("DELETE FROM decisions")
    conn.execute("DELETE FROM predictions")
    conn.execute("DELETE FROM waiting_comments")
    conn.executemany("INSERT INTO waiting_comments(answer_key, comment, written_at) VALUES (?, ?, ?)",
                     [(keymap[k], *rest) for k, *rest in waiting if k in keymap])
    conn.executemany(f"INSERT INTO decisions(answer_key, score, comment, decided_at{', origin' if origin else ''}) "
                     f"VALUES (?, ?, ?, ?{', ?' if origin else ''})", [(keymap[k], *rest) for k, *rest in decs if k in keymap])
    put_rows(conn, [(keymap[k], *rest) for k, *rest in preds if k in keymap])
    rekey_taken_back(conn, keymap)
    rekey_log(conn, keymap)


def rekey_log(conn: sqlite3.Connection, keymap: dict[int, int]) -> None:
    """The decision log's rows moved with their answers (``keymap``); those of answers no longer in the sheet kept
    under a key no answer has (-1 - key, and never moved again), not under a key another answer has now. Left under
    the keys of before, a mark taken back became a "ghost" (:mod:`grader_app.core.marks_given`) of the answer that had
    its key now, the next time the project was opened: another answer's, the learned model's folds chosen otherwise
    than the window had them."""
    log = conn.execute("SELECT id, answer_key FROM decision_log WHERE answer_key >= 0").fetchall()
    conn.executemany("UPDATE decision_log SET answer_key=? WHERE id=?",
                     [(keymap[k] if k in keymap else -1 - k, i) for i, k in log])


def set_meta(conn: sqlite3.Connection, name: str, value) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(name, value) VALUES (?, ?)", (name, json.dumps(value)))


def put_decision(conn: sqlite3.Connection, key: int, decision: Decision | None) -> None:
    """Write one decision (or its removal) and append it to the log; a decision takes the answer's waiting comment."""
    if decision is None:
        keep_taken_back(conn, key)   # its origin, for a decision made on it again another day (project_origins)
        conn.execute("DELETE FROM decisions WHERE answer_key=?", (int(key),))
        conn.execute("INSERT INTO decision_log(answer_key, score, comment, decided_at, logged_at) "
                     "VALUES (?, NULL, '', '', ?)", (int(key), now()))
    else:
        score = json.dumps(plain(decision.score))
        conn.execute("DELETE FROM waiting_comments WHERE answer_key=?", (int(key),))
        row = (int(key), score, decision.comment or "", decision.at or "")
        # why the answer was marked (core.origins), with the decision; a file that could not take the column: without
        if has_origin(conn):
            conn.execute("INSERT OR REPLACE INTO decisions(answer_key, score, comment, decided_at, origin) "
                         "VALUES (?, ?, ?, ?, ?)", (*row, decision.origin or ""))
        else:
            conn.execute("INSERT OR REPLACE INTO decisions(answer_key, score, comment, decided_at) VALUES (?, ?, ?, ?)", row)
        if has_origin(conn, "decision_log"):
            conn.execute("INSERT INTO decision_log(answer_key, score, comment, decided_at, logged_at, origin) "
                         "VALUES (?, ?, ?, ?, ?, ?)", (*row, now(), decision.origin or ""))
        else:
            conn.execute("INSERT INTO decision_log(answer_key, score, comment, decided_at, logged_at) "
                         "VALUES (?, ?, ?, ?, ?)", (*row, now()))


@dataclass
class Restored:
    """What :func:`restore_rows` put back: how many predictions, decisions and thresholds, decisions dropped (their
    answers gone or edited) and left out (:class:`.project_readback.LeftOut`, which); the session's keys of the edited
    answers where :func:`edited_in_place` can tell; the questions whose stored rows another model made
    (:class:`.project_predictions.ModelChange`)."""
    counts: dict[str, int]
    edited: list[int]
    left_out: LeftOut
    models: list[ModelChange]


def restore_rows(db: sqlite3.Connection, session: GradingSession, keymap: dict[int, int] | None,
                 aside: Collection[int] = ()) -> Restored:
    """Stored predictions, decisions, waiting comments, thresholds and the origins of decisions taken back
    (:mod:`.project_origins`) into ``session`` through its own mutators (see
    :meth:`.project_store.ProjectStore.restore`). The stored answers in ``aside`` (rows that are no student,
    :func:`.project_upgrade.not_students`) are not counted dropped. A value that cannot be read costs itself only
    (:mod:`.project_readback`); a stored row its question's model did not make is not taken (:mod:`.project_predictions`)."""
    n_answers = len(session.answers)

    def new_key(k: int) -> int | None:
        moved = k if keymap is None else keymap.get(k)
        return moved if moved is not None and 0 <= moved < n_answers else None

    keys, rows, stored_items, models = read_predictions(db, session, new_key)
    session.set_predictions(keys, rows)
    decisions: dict[int, Decision] = {}
    gone: list[int] = []
    unreadable: list[int] = []
    not_scores: list[tuple[int, str]] = []
    # why each answer was marked (core.origins); a project saved before Grader kept it: not known ("")
    query = "SELECT answer_key, score, comment, decided_at, " + ("origin" if has_origin(db) else "''") + " FROM decisions"
    firsts = first_scores(db)
    moved: set[str] = set()
    for old, score, comment, at, origin in db.execute(query):
        key = new_key(old)
        if key is None:
            if old not in aside:
                gone.append(old)
            continue
        value = stored_score(score, session.items[session.answers[key].item])
        if value is UNREADABLE:
            unreadable.append(key)
        elif value is NOT_A_SCORE:
            not_scores.append((key, shown(score)))
        else:
            if text_of(at) and (old, text_of(at)) not in firsts:
                moved.add(text_of(at))   # its log rows under the keys its answer had (moved by a Grader before rekey_log)
            first = firsts.get((old, text_of(at)), firsts.get(text_of(at))) if text_of(at) else None
            first = None if first is None else stored_score(first, session.items[session.answers[key].item])
            decisions[key] = Decision(score=value, comment=text_of(comment), at=text_of(at), origin=text_of(origin),
                                      first=None if first is UNREADABLE or first is NOT_A_SCORE else first)
    session.load_decisions(decisions)
    session.given.recall(given_marks(firsts, session, new_key, moved))   # marks taken back keep their places in the folds
    # the origins of decisions taken back, each where its answer is (its hash says so): a decision made again keeps it
    session.offered.recall({k: text_of(origin) for old, digest, origin in taken_back_rows(db)
                            if (k := new_key(old)) is not None and digests_of([session.answers[k]])[0] == digest})
    session.load_waiting_comments({k: text_of(c) for old, c in waiting_rows(db) if (k := new_key(old)) is not None})
    thresholds, bad = stored_thresholds(db)
    session.set_thresholds(thresholds)
    taken = set(keymap.values()) if keymap is not None else set()
    edited = [k for old in gone if (k := edited_in_place(old, keymap, taken, session, stored_items.get(old))) is not None]
    left_out = LeftOut(tuple(sorted(unreadable)), tuple(sorted(not_scores)), tuple(i for i in bad if i in session.items))
    counts = {"predictions": len(keys), "decisions": len(decisions), "dropped": len(gone),
              "left_out": left_out.decisions + len(left_out.thresholds), "thresholds": len(thresholds)}
    return Restored(counts, edited, left_out, models)


def first_scores(db: sqlite3.Connection) -> dict:
    """The score each time stamp was first given with, as the decision log holds it (JSON): under (answer key, stamp)
    and under the stamp alone (a project sorted or taken to other columns by a Grader before :func:`rekey_log` moved
    its decisions, not its log, which keeps the keys its answers had then). A decision made again keeps its stamp
    (``Decision.again``), and a learned model chooses each mark's checking fold by that first score, so a mark corrected
    since keeps its fold when the project is opened again, as it did in the window (``Decision.first``). A stamp the
    log does not hold: its decision's own score."""
    found: dict = {}
    try:
        rows = db.execute("SELECT answer_key, decided_at, score, min(id) FROM decision_log WHERE score IS NOT NULL "
                          "AND decided_at != '' GROUP BY answer_key, decided_at ORDER BY min(id) DESC").fetchall()
    except sqlite3.OperationalError:   # no log to read: each decision's own score
        return found
    for key, at, score, _ in rows:   # the earliest last: a stamp alone takes its earliest row
        at = text_of(at)
        found[(key, at)] = found[at] = score
    return found


def given_marks(firsts: dict, session: GradingSession, new_key, moved: set[str]) -> dict[tuple[int, str], object]:
    """Every mark the decision log holds (``firsts``: :func:`first_scores`), taken back since or not: (the session's
    answer key, time stamp) → the score first given with it (``core.marks_given``: a mark cleared keeps its place among
    the marks a learned model's checking folds were chosen by). Rows of answers no longer in the sheet, whose score
    cannot be read, or of a stamp in ``moved`` (a decision's, whose log rows have the keys of other columns): none."""
    given: dict[tuple[int, str], object] = {}
    for found, score in firsts.items():
        if not isinstance(found, tuple) or found[1] in moved or (key := new_key(found[0])) is None:
            continue
        value = stored_score(score, session.items[session.answers[key].item])
        if value is not UNREADABLE and value is not NOT_A_SCORE:
            given[(key, text_of(found[1]))] = value
    return given


def edited_in_place(old: int, keymap: dict[int, int] | None, taken: set[int], session: GradingSession,
                    item: str | None) -> int | None:
    """The session's key of the answer a stored one (no longer in the sheet as it was) became, when its
    neighbours say where it was: the answer at its place among them, if that one is new (not a stored
    answer; its text was edited) and of the question the stored predictions say. Else None."""
    if keymap is None:
        return None
    places = {keymap[old + d] - d for d in (-1, 1) if old + d in keymap}
    if len(places) != 1:
        return None
    key = places.pop()
    if not 0 <= key < len(session.answers) or key in taken:
        return None
    return key if item is None or session.answers[key].item == item else None


def put_waiting_comment(conn: sqlite3.Connection, key: int, comment: str) -> None:
    """Keep a comment waiting for the answer's score ("" forgets it)."""
    if comment:
        conn.execute("INSERT OR REPLACE INTO waiting_comments(answer_key, comment, written_at) VALUES (?, ?, ?)",
                     (int(key), comment, now()))
    else:
        conn.execute("DELETE FROM waiting_comments WHERE answer_key=?", (int(key),))


def waiting_rows(db: sqlite3.Connection) -> list[tuple[int, str]]:
    """(answer key, comment) of every comment waiting for a score (none in a file older than them)."""
    try:
        return db.execute("SELECT answer_key, comment FROM waiting_comments ORDER BY answer_key").fetchall()
    except sqlite3.OperationalError:   # a file older than version 3 opened read-only: no such table yet
        return []


# ----- the comment bank per question (see grader_app.core.comment_bank) -----------------------------
def bank_rows(db: sqlite3.Connection, item: str) -> list[BankEntry]:
    """The question's bank as this project holds it (none in a file older than the bank)."""
    try:
        rows = db.execute("SELECT text, uses, added_at, used_at FROM comment_bank WHERE item=? ORDER BY rowid",
                          (str(item),)).fetchall()
    except sqlite3.OperationalError:   # a version-1 file opened read-only: no bank table yet
        return []
    return [BankEntry(t, int(u or 0), a or "", d or "") for t, u, a, d in rows]


def bank_add(conn: sqlite3.Connection, item: str, text: str, at: str) -> None:
    conn.execute("INSERT OR IGNORE INTO comment_bank(item, text, uses, added_at, used_at) VALUES (?, ?, 0, ?, '')",
                 (str(item), text, at))


def bank_remove(conn: sqlite3.Connection, item: str, text: str) -> None:
    conn.execute("DELETE FROM comment_bank WHERE item=? AND text=?", (str(item), text))


def bank_use(conn: sqlite3.Connection, item: str, texts: list[str], at: str) -> None:
    """One more use of each text (added to the project's bank if it came from the teacher's own)."""
    for text in texts:
        bank_add(conn, item, text, at)
        conn.execute("UPDATE comment_bank SET uses=uses+1, used_at=? WHERE item=? AND text=?", (at, str(item), text))
