"""The index of projects kept for each class's answers (grader_app.io.project_index), with real sheets and real project
files: its round trip and atomic write, the answers' fingerprint (the same for the sheet re-saved as a workbook or a
CSV, moved or renamed; another for another class's sheet), and what a copy of a sheet opened elsewhere is offered:
the project Grader kept for the same answers, never one that is gone or damaged (forgotten), nor after the teacher
chose to start afresh on that copy."""
from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import Workbook

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.io.project_index import (ElsewhereProject, decline, elsewhere_project, index_path, remember,
                                         sheet_fingerprint)

ANSWERS = ["It floats because ice is less dense.", "Because of hydrogen bonds.", "I don't know", "Density is lower",
           "The lattice is open so it floats.", "Water expands when frozen."]


@pytest.fixture(autouse=True)
def _data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))


def class_rows(n_students: int = 5, tag: str = "") -> list[list[str]]:
    rows = [["Student ID", "Name", "Question", "Answer"]]
    i = 0
    for s in range(n_students):
        for item in ("Q1", "Q2"):
            rows.append([f"S{s + 1:03d}", f"Student {s + 1}", item, ANSWERS[i % len(ANSWERS)] + tag])
            i += 1
    return rows


def write_csv(path: Path, rows) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def write_xlsx(path: Path, rows) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Class 9A"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def fingerprint_of(path: Path) -> str:
    sheet = workflow.read_for_grading(path)
    return sheet_fingerprint(sheet, workflow.guess_columns(sheet))


def graded_at_school(sheet: Path, n_decisions: int) -> Path:
    """The sheet opened as the window opens it (its project noted in the index), its first answers decided; the
    project file's path."""
    from grader_app.ui.project_elsewhere import prepare_and_remember   # Qt-free: the opener's worker function

    opened = workflow.open_sheet(sheet)
    prep = prepare_and_remember(sheet, opened.sheet, opened.mapping, {}, Library.load([]))
    for key in range(n_decisions):
        prep.session.decide(key, 1, comment="marked")
    path = prep.store.path
    assert not prep.store.close()
    return path


def offered(sheet: Path) -> ElsewhereProject | None:
    return elsewhere_project(sheet, workflow.read_for_grading(sheet), lambda name: workflow.read_for_grading(sheet, name))


def test_the_fingerprint_is_the_answers_whatever_the_file_its_name_or_its_place(tmp_path):
    rows = class_rows()
    school = write_xlsx(tmp_path / "school" / "answers.xlsx", rows)
    fp = fingerprint_of(school)
    assert fingerprint_of(write_csv(tmp_path / "home" / "answers.csv", rows)) == fp            # saved as CSV
    (tmp_path / "usb").mkdir()
    assert fingerprint_of(Path(shutil.copy(school, tmp_path / "usb" / "quiz (2).xlsx"))) == fp   # copied, renamed
    assert fingerprint_of(write_csv(tmp_path / "sorted.csv", [rows[0], *reversed(rows[1:])])) == fp   # rows sorted
    other = [rows[0]] + [[f"B{i}", f"Pupil {i}", r[2], r[3]] for i, r in enumerate(rows[1:])]   # 9B: same answers
    assert fingerprint_of(write_csv(tmp_path / "9B.csv", other)) != fp
    assert fingerprint_of(write_csv(tmp_path / "edited.csv", [*rows[:-1], [*rows[-1][:3], "changed"]])) != fp


def test_the_index_round_trip_is_plain_json_written_atomically(tmp_path, monkeypatch):
    sheet = write_csv(tmp_path / "school" / "answers.csv", class_rows())
    project = graded_at_school(sheet, 4)
    data = json.loads(index_path().read_text(encoding="utf-8"))
    assert data["format"] == 1 and list(data["answers"]) == [fingerprint_of(sheet)]
    entry = data["answers"][fingerprint_of(sheet)]
    assert entry["mapping"]["answer_column"] == "Answer" and entry["worksheet"] is None
    assert [(p["path"], p["decisions"]) for p in entry["projects"]] == [(str(project), 0)]   # noted as it opened
    before = index_path().read_bytes()

    def cut(_fd):   # the disk fails while the new index is being written
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "fsync", cut)
    decline(tmp_path / "home" / "answers.csv", fingerprint_of(sheet))
    assert index_path().read_bytes() == before   # the old index whole, no half-written one
    assert [p.name for p in index_path().parent.iterdir() if p.name.endswith(".tmp")] == []
    monkeypatch.undo()
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    index_path().write_text("{not json", encoding="utf-8")   # a damaged index starts again
    read = workflow.read_for_grading(sheet)
    session, _ = workflow.start_session(read, workflow.guess_columns(read), Library.load([]))
    remember(project, session.answers, session.mapping, None, 4)
    data = json.loads(index_path().read_text(encoding="utf-8"))
    assert [(p["path"], p["decisions"]) for p in data["answers"][fingerprint_of(sheet)]["projects"]] == [(str(project), 4)]


def test_a_copy_elsewhere_is_offered_the_project_kept_for_its_answers(tmp_path):
    rows = class_rows()
    school = write_csv(tmp_path / "school" / "answers.csv", rows)
    project = graded_at_school(school, 6)
    home = write_xlsx(tmp_path / "home" / "answers-copy.xlsx", rows)   # re-saved in Excel, renamed, taken home
    offer = offered(home)
    assert offer is not None and offer.path == project and offer.decisions == 6
    assert offer.made_for == "answers.csv" and offer.own == home.with_name("answers-copy.grader-project")
    assert abs(offer.saved - project.stat().st_mtime) < 5
    other = write_csv(tmp_path / "home" / "9B.csv", [rows[0]] + [[f"B{i}", f"Pupil {i}", r[2], r[3]]
                                                                 for i, r in enumerate(rows[1:])])
    assert offered(other) is None
    decline(home, offer.fingerprint)   # started afresh on this copy: not offered to it again, still to another copy
    assert offered(home) is None
    assert offered(write_csv(tmp_path / "usb" / "answers.csv", rows)) is not None


def test_a_project_gone_or_damaged_is_not_offered_and_is_forgotten(tmp_path):
    rows = class_rows()
    gone = graded_at_school(write_csv(tmp_path / "school" / "answers.csv", rows), 3)
    damaged = graded_at_school(write_csv(tmp_path / "school2" / "answers.csv", rows), 5)
    home = write_csv(tmp_path / "home" / "answers.csv", rows)
    assert offered(home).path == damaged   # the most decisions
    damaged.write_bytes(b"not a project file at all" * 100)
    assert offered(home).path == gone
    gone.unlink()
    assert offered(home) is None
    entry = next(iter(json.loads(index_path().read_text(encoding="utf-8"))["answers"].values()))
    assert entry["projects"] == []   # both forgotten


def test_a_project_without_decisions_offers_nothing_and_the_other_project_is_never_changed(tmp_path):
    rows = class_rows()
    project = graded_at_school(write_csv(tmp_path / "school" / "answers.csv", rows), 0)
    assert offered(write_csv(tmp_path / "home" / "answers.csv", rows)) is None
    with closing(sqlite3.connect(project)) as con:
        assert con.execute("SELECT count(*) FROM decisions").fetchone()[0] == 0
