"""``grader score sheet --out file``: the decisions made in the window, kept in the project file beside the sheet, are in
the file written, and the command says so; the project is only read (never changed, its lock not taken from a window
that has it open). Read with other columns, it gives the decisions they hold (tests/test_cli_project_columns_given.py).
Real project files made by the window's workflow, real sheets and real files written and read back."""
from __future__ import annotations

import hashlib

import pytest

from test_graded_again import _sheet as class_sheet

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.core.sheet import ColumnMapping
from grader_app.io.project_store import project_path_for
from sheet_files import write_rows, written_rows

TEXTS = ["Ice is less dense than water because of hydrogen bonds.", "Ice floats because it is cold.",
         "The molecules in ice are spaced out so it floats.", "Ice is less dense than water.", "no idea"]


def _sheet(tmp_path):
    return class_sheet(tmp_path / "class.csv", TEXTS)


def _in_the_window(sheet, library, mapping=None):
    """The sheet opened as the window opens it, its project made beside it; two answers decided (one with a comment).
    Returns the prepared session, its project still open."""
    opened = workflow.open_sheet(sheet, library)
    prepared = workflow.prepare_session(sheet, opened.sheet, mapping or opened.mapping, {"tiny-ice": "tiny-ice"},
                                        library)
    prepared.session.decide(1, 2, comment="from the window")
    prepared.session.decide(3, 0)
    prepared.store.flush()
    return prepared


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def library(tiny_shipped):
    return Library.load([tiny_shipped])


def test_the_windows_decisions_are_in_the_file_written_and_the_project_is_not_changed(tmp_path, library, capsys):
    sheet = _sheet(tmp_path)
    workflow.close_project(_in_the_window(sheet, library).store)
    project = project_path_for(sheet)
    before = _digest(project)
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(sheet), "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert ("grader: class.grader-project beside the sheet holds 2 decisions made in the window; they are in this file "
            "(the project is only read, not changed).") in said.err
    assert "You decided 2 answers" in said.out
    rows = written_rows(out)
    assert (rows[1]["final_score"], rows[1]["comment"]) == ("2", "from the window")
    assert rows[1]["status"] in ("reviewed", "overridden")
    assert rows[3]["final_score"] == "0" and rows[3]["status"] in ("reviewed", "overridden")
    assert _digest(project) == before
    assert not (tmp_path / "class.grader-project-lock").exists()
    assert not [f.name for f in tmp_path.iterdir() if f.name.endswith(("-wal", "-shm"))]   # QA: "only read" left them


def test_a_project_open_in_a_window_is_read_and_still_written_by_the_window(tmp_path, library, capsys):
    sheet = _sheet(tmp_path)
    prepared = _in_the_window(sheet, library)
    try:
        out = tmp_path / "out.csv"
        assert run_cli(["score", str(sheet), "--out", str(out)]) == 0
        said = capsys.readouterr().err
        assert "holds 2 decisions made in the window; they are in this file" in said
        assert "The project is open in a Grader window now: decisions made there from now on are not in this file" in said
        assert written_rows(out)[1]["final_score"] == "2"
        assert prepared.store.locked                      # the window keeps its project
        prepared.session.decide(0, 1)
        assert prepared.store.flush() and prepared.store.decision_count() == 3
    finally:
        workflow.close_project(prepared.store)


def test_a_project_made_with_other_columns_gives_the_decisions_they_hold_and_the_command_says_so(tmp_path, library,
                                                                                                 capsys):
    sheet = _sheet(tmp_path)
    opened = workflow.open_sheet(sheet, library)
    other = ColumnMapping.from_dict({**opened.mapping.to_dict(), "name_column": None})
    workflow.close_project(_in_the_window(sheet, library, other).store)
    out = tmp_path / "out.csv"
    # the command takes the window's columns (tests/test_cli_project_columns.py) unless told others; a column of names
    # moves no answer from its cell, so every decision is the file's (tests/test_cli_project_columns_given.py)
    assert run_cli(["score", str(sheet), "--name-column", opened.mapping.name_column, "--out", str(out)]) == 0
    said = capsys.readouterr().err
    assert "The columns given on the command line (--name-column) were used over those chosen in the window" in said
    assert "grader: class.grader-project beside the sheet holds 2 decisions made in the window; they are in this file" in said
    rows = written_rows(out)
    assert (rows[1]["final_score"], rows[1]["comment"]) == ("2", "from the window")


def test_no_project_no_word(tmp_path, library, capsys):
    sheet = _sheet(tmp_path)
    assert run_cli(["score", str(sheet), "--out", str(tmp_path / "out.csv")]) == 0
    assert "grader-project" not in capsys.readouterr().err
    assert not project_path_for(sheet).exists()           # the command makes no project


def test_a_decision_undone_in_the_window_stays_undone_in_a_graded_sheets_export(tmp_path, library, capsys):
    sheet = workflow.read_for_grading(_sheet(tmp_path))
    yesterday, _ = workflow.start_session(sheet, workflow.guess_columns(sheet, library), library)
    yesterday.decide(0, 2, comment="well put")
    yesterday.decide(1, 0)
    graded = workflow.export_graded(yesterday, tmp_path / "graded.csv")
    opened = workflow.open_sheet(graded, library)
    prepared = workflow.prepare_session(graded, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    try:
        assert prepared.earlier.kept == 2
        prepared.session.restore(1, None)                 # the teacher undoes one in the window
    finally:
        workflow.close_project(prepared.store)
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(graded), "--out", str(out)]) == 0
    assert "graded.grader-project beside the sheet holds 1 decision made in the window; it is in this file" in \
        capsys.readouterr().err
    rows = written_rows(out)
    assert (rows[0]["final_score"], rows[0]["comment"]) == ("2", "well put")
    assert rows[1]["status"] not in ("reviewed", "overridden")   # undone in the window: not taken from the sheet again


def test_another_sheets_project_is_said_with_what_would_put_its_decisions_in_a_file(tmp_path, library, capsys):
    """Before, the line ended "…: export from the window", which refuses another sheet's project as the command does;
    and the columns it advised giving (the project's columns) are the ones the command reads already."""
    sheet = _sheet(tmp_path)
    workflow.close_project(_in_the_window(sheet, library).store)
    class_sheet(sheet, [f"another class's answer {i}" for i in range(5)])   # another class's sheet of the same name
    assert run_cli(["score", str(sheet), "--out", str(tmp_path / "out.csv")]) == 0
    said = " ".join(capsys.readouterr().err.split())
    assert ("grader: class.grader-project beside the sheet holds 2 decisions made in the window, but they are on another "
            "sheet's answers (fewer than half of them are in this one), so this file does not include them; to have "
            "them in a file, score the sheet the project was made for.") in said
    assert "export from the window" not in said and "--answer-column" not in said


def test_a_project_of_a_sheet_of_the_same_name_and_another_ending_says_to_score_that_one(tmp_path, library, capsys):
    sheet = _sheet(tmp_path)
    workflow.close_project(_in_the_window(sheet, library).store)
    other = write_rows(tmp_path / "class.xlsx", [["Student ID", "Name", "Question", "Answer"]] +
                       [[f"T{i}", f"Pupil {i}", "tiny-ice", f"another class's answer {i}"] for i in range(5)])
    assert run_cli(["score", str(other), "--out", str(tmp_path / "out.csv")]) == 0
    said = " ".join(capsys.readouterr().err.split())
    assert ("grader: class.grader-project beside the sheet holds 2 decisions made in the window, but it belongs to "
            "class.csv, another sheet in this folder with the same name but another ending, and this sheet holds fewer "
            "than half of its answers, so this file does not include them; to have them in a file, score class.csv, "
            "and to give this sheet a project of its own, rename it, for example to class-2.xlsx.") in said
