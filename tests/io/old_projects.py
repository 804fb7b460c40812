"""A project file as an older Grader wrote it, made by hand: its tables, its meta rows and its answers' hashes are
written out here (as ``git log -p grader_app/io/project_*.py`` shows them), not by the app's writer, so a test opens
the bytes a teacher's old project holds.

Before the first-name column (ec766b8) a mapping had no ``first_name_column`` and a student was "id · surname"; before
LMS answers were read (a1500e9) every row of the sheet gave answers, Moodle's "Overall average" row included.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from grader_app.io import project_schema, read_sheet

CREATED = "2026-11-20T08:00:00.000000+00:00"
DECIDED = "2026-11-20T08:30:00.000000+00:00"


def mapping(layout="long", id_column=None, name_column=None, item_column=None, answer_column=None,
            answer_columns=None, default_item=None) -> dict:
    """A column mapping as the older Grader stored it (the seven keys, no first-name column)."""
    return {"layout": layout, "id_column": id_column, "name_column": name_column, "item_column": item_column,
            "answer_column": answer_column, "answer_columns": dict(answer_columns or {}), "default_item": default_item}


def old_answers(sheet_path, m: dict) -> list[tuple[int, str, str, str, str]]:
    """(row, column, question, student, text) of every answer, in the older Grader's order: every row of the sheet,
    the student "id · name" from the name column alone, the cell as the text."""
    frame = read_sheet(sheet_path).frame

    def cell(r, col) -> str:
        v = frame.iat[r, frame.columns.get_loc(col)]
        return "" if v is None or (isinstance(v, float) and v != v) else str(v)

    out = []
    for r in range(len(frame)):
        who = " · ".join(p for p in (cell(r, c).strip() for c in (m["id_column"], m["name_column"]) if c) if p)
        who = who or f"row {r + 1}"
        if m["layout"] == "long":
            item = cell(r, m["item_column"]).strip() if m["item_column"] else str(m["default_item"])
            out.append((r, m["answer_column"], item, who, cell(r, m["answer_column"])))
        else:
            out += [(r, col, str(item), who, cell(r, col)) for col, item in m["answer_columns"].items()]
    return out


def write_old_project(sheet_path, m: dict, decisions: dict[int, tuple], waiting: dict[int, str] | None = None,
                      item_bundles: dict | None = None, version: int = 3) -> Path:
    """``<sheet>.grader-project`` beside the sheet as the older Grader left it after the teacher's ``decisions``
    (answer key -> (score, comment)) and ``waiting`` comments: setup, answers' hashes, decisions and their log."""
    sheet_path = Path(sheet_path).absolute()
    answers = old_answers(sheet_path, m)
    fingerprint = hashlib.sha256()
    for key, (row, col, item, _who, text) in enumerate(answers):
        fingerprint.update(json.dumps([key, row, col, item, text], ensure_ascii=False).encode("utf-8") + b"\n")
    digests = [hashlib.sha256(json.dumps([col, item, who, text], ensure_ascii=False).encode("utf-8")).hexdigest()[:24]
               for _row, col, item, who, text in answers]
    path = sheet_path.with_name(sheet_path.stem + ".grader-project")
    con = sqlite3.connect(str(path))
    con.executescript(project_schema._SCHEMA)   # the tables of version 3, unchanged since
    meta = {"created": CREATED, "blind_seed": "0123456789abcdef0123456789abcdef", "sheet_path": str(sheet_path),
            "sheet_file": sheet_path.name, "sheet_name": None, "mapping": m, "item_bundles": item_bundles or {},
            "saved": CREATED, "fingerprint": fingerprint.hexdigest(), "answers": len(answers)}
    con.executemany("INSERT INTO meta(name, value) VALUES (?, ?)", [(k, json.dumps(v)) for k, v in meta.items()])
    con.executemany("INSERT INTO answers(answer_key, digest) VALUES (?, ?)", enumerate(digests))
    for key, (score, comment) in decisions.items():
        con.execute("INSERT INTO decisions(answer_key, score, comment, decided_at) VALUES (?, ?, ?, ?)",
                    (key, json.dumps(score), comment, DECIDED))
        con.execute("INSERT INTO decision_log(answer_key, score, comment, decided_at, logged_at) VALUES (?, ?, ?, ?, ?)",
                    (key, json.dumps(score), comment, DECIDED, DECIDED))
    con.executemany("INSERT INTO waiting_comments(answer_key, comment, written_at) VALUES (?, ?, ?)",
                    [(k, c, DECIDED) for k, c in (waiting or {}).items()])
    con.execute(f"PRAGMA application_id={project_schema.APPLICATION_ID}")
    con.execute(f"PRAGMA user_version={version}")
    con.commit()
    con.close()
    return path


def on_disk(path) -> dict:
    """What the project file holds now, read by a connection of its own: meta (decoded), decisions, waiting
    comments, how many log lines, the answers' hashes and the schema version."""
    con = sqlite3.connect(str(path))
    try:
        return {"meta": {n: json.loads(v) for n, v in con.execute("SELECT name, value FROM meta")},
                "decisions": {k: (json.loads(s), c) for k, s, c in
                              con.execute("SELECT answer_key, score, comment FROM decisions")},
                "waiting": dict(con.execute("SELECT answer_key, comment FROM waiting_comments")),
                "log": con.execute("SELECT count(*) FROM decision_log").fetchone()[0],
                "digests": dict(con.execute("SELECT answer_key, digest FROM answers")),
                "version": con.execute("PRAGMA user_version").fetchone()[0]}
    finally:
        con.close()
