"""A project saved before Grader sealed its model's rows gains the ``seal`` column when it is opened for writing. A
full disk at that moment made the column fail, and then every row of the whole session was written without its seal:
read back as unsealed, so the next opening threw them away and scored the whole class again (safe, but the teacher's
wait, every time, until a session that scored again found room at its opening). Now each write tries the column again,
and once it is there the rows this session wrote without it get their seal; rows it did not write (an older Grader's,
one edited in the file, a save the disk refused) stay unsealed and are scored again.

The disk is made full as in the other tests of the project file's failures: SQLite's own "database or disk is full",
raised for the statements that add a column (and here, to refuse a save, for its COMMIT) on every connection the
project store opens (tests/failing_disk.py). Real bundles through onnxruntime, the project file as the window opens
and writes it."""
from __future__ import annotations

import sqlite3

import pytest

from failing_disk import no_room_for
from project_edits import class_made_in_the_window, edit, outcomes, reopened, scored_afresh

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.io.project_schema import ProjectError
from grader_app.io.project_store import project_path_for

TEXTS = ["Ice is less dense than water because of hydrogen bonds.", "Ice floats because it is cold.",
         "The molecules in ice are spaced out so it floats.", "Ice is less dense than water.", "no idea",
         "Water expands when it freezes so ice is lighter.", "Ice is cold and hard."]
TOP = "[0.0, 0.0, 1.0]"


@pytest.fixture
def library(tiny_shipped):
    return Library.default()


@pytest.fixture
def sheet(tmp_path, library):
    """A class scored and saved in the window, one answer decided, then its project made as a Grader before seals left
    it: no ``seal`` column (the rows of the model the project names, which is the installed one)."""
    path = class_made_in_the_window(tmp_path, library, TEXTS, {1: (0, "")})
    edit(path, "ALTER TABLE predictions DROP COLUMN seal")
    return path


def _seals(sheet) -> dict[int, str | None] | None:
    """Each stored row's seal, as a connection of its own reads the file; None while the table has no such column."""
    with sqlite3.connect(project_path_for(sheet)) as db:
        if not any(row[1] == "seal" for row in db.execute("PRAGMA table_info(predictions)")):
            return None
        return dict(db.execute("SELECT answer_key, seal FROM predictions"))


def test_rows_written_while_the_disk_had_no_room_for_the_seal_get_it_with_a_later_write(sheet, library, monkeypatch):
    afresh = scored_afresh(sheet, library)
    full = no_room_for(monkeypatch, "ALTER TABLE")
    prepared = reopened(sheet, library)                 # the disk is full as the project is opened: no column
    try:
        session, store = prepared.session, prepared.store
        assert prepared.to_score == len(TEXTS) and not session.predictions   # unsealed rows: scored again
        workflow.score_all(session, prepared.bundles)
        workflow.save_predictions(store, session)       # room for the rows, none for the column: written unsealed
        assert _seals(sheet) is None

        full["ALTER TABLE"] = False                     # the teacher freed some space
        session.decide(3, 2)
        assert store.flush()
        seals = _seals(sheet)
        assert seals is not None and sorted(seals) == list(range(len(TEXTS))) and None not in seals.values()
    finally:
        workflow.close_project(prepared.store)
    again = reopened(sheet, library)
    try:
        assert again.to_score == 0 and again.store.model_changes == []       # the session's rows are taken back
        assert {k: v[:2] for k, v in outcomes(again.session).items()} == {k: v[:2] for k, v in afresh.items()}
        assert {k: d.score for k, d in again.session.decisions.items()} == {1: 0, 3: 2}
    finally:
        workflow.close_project(again.store)


def test_rows_the_session_did_not_write_get_no_seal_when_the_column_comes(sheet, library, monkeypatch):
    """The file's rows stay an older Grader's when the session's save finds no room: one of them edited in the file
    (the project naming the installed model all the same) must not be taken as that model's once the column comes."""
    edit(sheet, f"UPDATE predictions SET probabilities='{TOP}' WHERE answer_key=0")
    full = no_room_for(monkeypatch, "ALTER TABLE")
    prepared = reopened(sheet, library)
    try:
        session, store = prepared.session, prepared.store
        workflow.score_all(session, prepared.bundles)
        full["COMMIT"] = True                           # the disk fills while the rows are written: the save is refused
        with pytest.raises(ProjectError):
            workflow.save_predictions(store, session)
        full["COMMIT"] = full["ALTER TABLE"] = False
        session.decide(3, 2)
        assert store.flush()
        seals = _seals(sheet)
        assert seals is not None and set(seals.values()) == {None}   # the column came; the rows are not the session's
    finally:
        workflow.close_project(prepared.store)
    again = reopened(sheet, library)
    try:
        assert again.to_score == len(TEXTS) and 0 not in again.session.predictions
    finally:
        workflow.close_project(again.store)
