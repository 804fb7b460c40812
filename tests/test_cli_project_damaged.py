"""``grader score`` beside a project file it cannot read says so in one line that fits the command line. It ended
"…: export from the window", which does not help: the window reads the file as the command does and cannot use it
either (tests/ui/test_damaged_project_said_in_the_window.py: it says what to do in the window); and the problem's own
sentence, put in the line as it was, advised opening the sheet again. Now the line says why the decisions are not in
the file written and what puts them there: a copy from before the damage, or the file's ``-wal`` copied beside it,
then the command run again. Real project files made by the window's workflow, damaged on disk; the real command."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from test_graded_again import _sheet as class_sheet

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.io.project_store import project_path_for
from sheet_files import written_rows

TEXTS = ["Ice is less dense than water because of hydrogen bonds.", "Ice floats because it is cold.",
         "The molecules in ice are spaced out so it floats.", "Ice is less dense than water.", "no idea"]
DAMAGED = ("grader: class.grader-project beside the sheet could not be read: it is damaged or not a Grader project "
           "file, so this file does not include the decisions made in the window, and the window cannot read them "
           "from it either; if you have an earlier copy of class.grader-project, put it in its place and run the "
           "command again.")


@pytest.fixture
def library(tiny_shipped):
    return Library.load([tiny_shipped])


def _graded(tmp_path, library):
    """class.csv and its project beside it, made as the window makes it, one decision in it; the sheet's path."""
    sheet = class_sheet(tmp_path / "class.csv", TEXTS)
    opened = workflow.open_sheet(sheet, library)
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    prepared.session.decide(1, 2, comment="from the window")
    prepared.store.flush()
    workflow.close_project(prepared.store)
    return sheet


def _scored(sheet, capsys) -> tuple[str, list[dict]]:
    """What ``grader score`` says (one line each, spaces as printed) and the rows of the file it writes."""
    out = sheet.with_name("out.csv")
    assert run_cli(["score", str(sheet), "--out", str(out)]) == 0
    return capsys.readouterr().err, written_rows(out)


def _fits_the_command_line(said: str) -> None:
    assert "export from the window" not in said       # was: the window cannot read it either
    assert "open the sheet again" not in said         # was: the window's remedy, inside the command's line


def test_a_project_with_damaged_pages_is_said_with_what_puts_its_decisions_in_a_file(tmp_path, library, capsys):
    sheet = _graded(tmp_path, library)
    project = project_path_for(sheet)
    data = bytearray(project.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)           # every page after the first one damaged
    project.write_bytes(bytes(data))
    said, rows = _scored(sheet, capsys)
    assert DAMAGED in said.splitlines()
    _fits_the_command_line(said)
    assert rows[1]["comment"] != "from the window"       # what it says: the file has none of the project's decisions


def test_a_file_that_is_no_database_is_said_so_too(tmp_path, library, capsys):
    sheet = _graded(tmp_path, library)
    project_path_for(sheet).write_bytes(b"not a project at all, " * 200)
    said, _rows = _scored(sheet, capsys)
    assert DAMAGED in said.splitlines()
    _fits_the_command_line(said)


def test_a_project_copied_without_its_wal_says_to_copy_it_and_run_the_command_again(tmp_path, library, capsys):
    sheet = _graded(tmp_path, library)
    project = project_path_for(sheet)
    project.unlink()
    # a project whose tables are only in its -wal (written before each commit was checkpointed), the file copied alone
    conn = sqlite3.connect(tmp_path / "away.grader-project")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE decisions (key INTEGER PRIMARY KEY, score REAL)")
    conn.execute("INSERT INTO decisions VALUES (1, 2)")
    conn.commit()
    shutil.copyfile(tmp_path / "away.grader-project", project)    # while open: its tables still in its -wal
    conn.close()
    said, _rows = _scored(sheet, capsys)
    assert ("grader: class.grader-project beside the sheet could not be read: its latest changes are in the file "
            "class.grader-project-wal, which is not beside it, so this file does not include the decisions made in "
            "the window; if you copied class.grader-project from somewhere, copy class.grader-project-wal from there "
            "beside it too and run the command again.") in said.splitlines()
    _fits_the_command_line(said)


def test_a_project_whose_first_page_is_damaged_is_said_as_the_window_says_it_not_a_crash(tmp_path, library, capsys):
    """Before, the command stopped with a traceback (sqlite3.DatabaseError: database disk image is malformed) where the
    window says the file is damaged and to copy its -wal: reading it only, nothing looked at the damaged first page
    (the tables' list) until the journal mode was asked for, outside every check."""
    sheet = _graded(tmp_path, library)
    project = project_path_for(sheet)
    data = bytearray(project.read_bytes())
    assert data[18:20] == b"\x02\x02"                     # written in WAL mode, as Grader writes it
    data[100:4096] = b"\xff" * (4096 - 100)              # the first page damaged after the file's header
    project.write_bytes(bytes(data))
    said, rows = _scored(sheet, capsys)
    assert ("grader: class.grader-project beside the sheet could not be read: its latest changes are in the file "
            "class.grader-project-wal, which is not beside it, so this file does not include the decisions made in "
            "the window; if you copied class.grader-project from somewhere, copy class.grader-project-wal from there "
            "beside it too and run the command again.") in said.splitlines()
    assert len(rows) == len(TEXTS)
