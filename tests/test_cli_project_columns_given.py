"""``grader score`` on a sheet whose project the teacher made in the window, read with other columns than the
project's: a column option given on the command line, or a column of the project's the sheet has no more.

Before, any column that differed made ``ProjectStore.check`` refuse the whole project: ``--closed-questions`` (one more
question column than the window graded) left out every decision she made there, on the questions it does not touch
too, with the advice to give "the window's" columns, which the command already read from the project. Now each
decision goes to its answer under the command's columns by the rule the window takes a project to other columns by
(:func:`grader_app.io.project_columns.to_columns`, :meth:`~grader_app.io.project_store.ProjectStore.change_columns`):
those the columns still hold are in the file written, the others are left out, said by question, with why and what to
do; the project file is only read, so it keeps every one. Real files: a Canvas quiz report and a sheet of one column
per question, their projects written by the window's workflow, the real command with the real tiny model."""
from __future__ import annotations

import hashlib

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.io.project_store import ProjectStore, project_path_for
from quiz_reports import Q1, Q2, Q3
from sheet_files import write_csv, written_rows
from test_cli_project_columns import _graded_in_the_window, _score

PROJECT = "Week 6 quiz Quiz Student Analysis Report.grader-project"


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_one_more_question_column_keeps_every_decision_on_the_others(tmp_path, tiny_shipped, capsys):
    report = _graded_in_the_window(tmp_path, tiny_shipped)
    before = _digest(project_path_for(report))
    out = tmp_path / "out.csv"
    code, err = _score(capsys, tiny_shipped, report, "--closed-questions", "--out", out)   # the multiple choice too
    assert code == 0, err
    assert f"{PROJECT} beside the sheet holds 2 decisions made in the window; they are in this file" in err
    assert "not in this file" not in err and "other column choices" not in err
    row = written_rows(out)[1]   # the sheet's row 3
    assert (row[f"{Q2} final_score"], row[f"{Q2} comment"]) == ("1", "true, as it floats")
    assert row[f"{Q3} final_score"] == "2"
    assert row[f"{Q1} final_score"] == ""   # graded now, by the model only
    assert _digest(project_path_for(report)) == before


def test_decisions_an_option_takes_from_their_answers_are_said_by_question_and_kept_in_the_project(
        tmp_path, tiny_shipped, capsys):
    report = _graded_in_the_window(tmp_path, tiny_shipped)
    before = _digest(project_path_for(report))
    out = tmp_path / "out.csv"
    # the written question's column read as one row per answer: no answer of the window's is in its cell any more
    code, err = _score(capsys, tiny_shipped, report, "--answer-column", Q3, "--out", out)
    assert code == 0, err
    assert (f"2 decisions made in the window (1 on question “1002: Ice floats on water.”; 1 on question “1003: Why "
            "does ice float on water?”) are not in this file: the columns given on the command line (--answer-column) "
            "do not hold their answers as the columns chosen in the window did (the same student, question and text "
            f"in the same cell); leave that option out to have them in this file. {PROJECT} keeps them (the command "
            "only reads the project).") in err
    assert all(r["status"] not in ("reviewed", "overridden") and not r["comment"] for r in written_rows(out))
    assert _digest(project_path_for(report)) == before
    with ProjectStore.open(project_path_for(report), read_only=True) as store:
        assert store.decision_count() == 2
    code, err = _score(capsys, tiny_shipped, report, "--out", out)   # the option left out: both are back
    assert code == 0, err
    assert "holds 2 decisions made in the window; they are in this file" in err
    assert written_rows(out)[1][f"{Q3} final_score"] == "2"


HEAD = ["Student ID", "Name", "Why does ice float?", "Why does a ship float?"]
ROWS = [[f"S{i}", f"Student {i}", ice, ship] for i, (ice, ship) in enumerate([
    ("Ice is less dense than water.", "It pushes aside its weight of water."),
    ("because it is cold", "it is made of steel"),
    ("The molecules are spaced out in ice.", "The air inside makes it light."),
    ("no idea", "it floats")])]


def test_decisions_on_a_column_renamed_in_the_sheet_are_said_the_other_questions_kept(tmp_path, tiny_shipped, capsys):
    """The second question's header renamed in the sheet since (the window would ask for the columns again): the
    command reads its own columns; the first question's decisions are in the file, the second's said, with what to
    do (not the options the command already reads from the project)."""
    sheet = write_csv(tmp_path / "floats.csv", HEAD, ROWS)
    library = Library.load([tiny_shipped])
    opened = workflow.open_sheet(sheet, library)
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.mapping,
                                        dict.fromkeys(opened.mapping.answer_columns.values(), "tiny-ice"), library)
    try:
        s = prepared.session
        key = {(a.column, a.row): a.key for a in s.answers}
        s.decide(key[HEAD[2], 0], 2, comment="dense, well put")
        s.decide(key[HEAD[2], 3], 0)
        s.decide(key[HEAD[3], 1], 0, comment="steel sinks")
        assert prepared.store.flush()
    finally:
        workflow.close_project(prepared.store)
    write_csv(sheet, [*HEAD[:3], "Why does a steel ship float?"], ROWS)
    before = _digest(project_path_for(sheet))
    out = tmp_path / "out.csv"
    code, err = _score(capsys, tiny_shipped, sheet, "--out", out)
    assert code == 0, err
    assert "floats.grader-project beside the sheet holds 2 decisions made in the window; they are in this file" in err
    assert ("1 decision made in the window on answers in the column “Why does a ship float?” is not in this file: the "
            "sheet no longer has that column, which the project was made with, and the columns this command found in "
            "its place do not hold its answer as they were; open the sheet in the window, which asks for the columns "
            "again and keeps your decisions with their answers, then run the command again. floats.grader-project "
            "keeps it (the command only reads the project).") in err
    assert "other column choices" not in err and "--answer-column" not in err
    rows = written_rows(out)
    ice, ship = HEAD[2], "Why does a steel ship float?"
    assert [(r[f"{ice} final_score"], r[f"{ice} comment"]) for r in rows] == [
        ("2", "dense, well put"), ("", ""), ("", ""), ("0", "")]
    assert rows[1][f"{ship} comment"] == "" and rows[1][f"{ship} status"] not in ("reviewed", "overridden")
    assert _digest(project_path_for(sheet)) == before


def test_a_comment_waiting_for_a_score_that_an_option_leaves_behind_is_said_too(tmp_path, tiny_shipped, capsys):
    report = _graded_in_the_window(tmp_path, tiny_shipped)
    library = Library.load([tiny_shipped])
    opened = workflow.open_sheet(report, library)
    setup = opened.setup
    prepared = workflow.prepare_session(report, opened.sheet, setup["mapping"], setup["item_bundles"], library,
                                        opened.store)
    try:   # the window again: the two decisions taken back, a comment typed on an answer not scored yet
        s = prepared.session
        for key in list(s.decisions):
            s.restore(key, None)
        s.set_waiting_comment(next(k for k, a in enumerate(s.answers) if a.column == Q3), "see me")
        assert prepared.store.flush()
    finally:
        workflow.close_project(prepared.store)
    code, err = _score(capsys, tiny_shipped, report, "--answer-column", Q3, "--out", tmp_path / "out.csv")
    assert code == 0, err
    assert ("1 comment waiting for a score, typed in the window, is not in this file: the columns given on the command "
            "line (--answer-column) do not hold its answer as the columns chosen in the window did") in err
