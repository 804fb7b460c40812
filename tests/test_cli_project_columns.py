"""``grader score`` on a sheet whose project the teacher made in the window reads the columns she chose there.

Before, the command started from the column guess, which leaves a quiz report's multiple-choice and true/false columns
out: on a report where she had ticked one back and graded it in the window, the command's columns were not the
project's, so it said the project had "other column choices" and wrote none of her decisions (nor the question she
ticked back). Now the project's columns are the command's, so her decisions, those on the ticked-back question too, are
in the file written; a column option given on the command line is still laid over them, and the command says that
its choice was used over the project's. Real files: a Canvas quiz report, its project written by the window's workflow
(the columns as the columns dialog gives them), the real command with the real tiny model through onnxruntime."""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.io.headers import question_items
from grader_app.io.lms import recognise
from quiz_reports import Q1, Q2, Q3, canvas_report
from sheet_files import written_rows

sys.path.insert(0, str(Path(__file__).resolve().parent / "io" / "lms"))   # the downloads of the LMS tests
from test_closed_questions_long import blackboard  # noqa: E402


def _graded_in_the_window(tmp_path, tiny_shipped):
    """The report opened as the window opens it, its true/false question ticked back as the columns dialog ticks it
    (named by its question), the project made beside it; one true/false and one written answer decided."""
    report = canvas_report(tmp_path)
    library = Library.load([tiny_shipped])
    opened = workflow.open_sheet(report, library)
    ticked = [c for c in opened.sheet.columns if c in (Q2, Q3)]
    mapping = replace(opened.mapping, answer_columns=question_items(
        ticked, {**recognise(opened.sheet).closed, **opened.mapping.answer_columns}))
    prepared = workflow.prepare_session(report, opened.sheet, mapping, {item: "tiny-ice" for item in
                                                                        mapping.answer_columns.values()}, library)
    try:
        keys = {prepared.session.answers[k].item: k for k in range(len(prepared.session.answers))
                if prepared.session.sheet.row_number(prepared.session.answers[k].row) == 3}
        true_false, written = keys[mapping.answer_columns[Q2]], keys[mapping.answer_columns[Q3]]
        prepared.session.decide(true_false, 1, comment="true, as it floats")
        prepared.session.decide(written, 2)
        assert prepared.store.flush()
    finally:
        workflow.close_project(prepared.store)
    return report


def _score(capsys, tiny_shipped, *args):
    code = run_cli(["score", *map(str, args), "--bundle", str(tiny_shipped / "tiny-ice.gradebundle")])
    return code, " ".join(capsys.readouterr().err.split())


def test_the_windows_columns_and_her_decisions_on_a_ticked_back_question_are_in_the_file(tmp_path, tiny_shipped,
                                                                                          capsys):
    report = _graded_in_the_window(tmp_path, tiny_shipped)
    out = tmp_path / "out.csv"
    code, err = _score(capsys, tiny_shipped, report, "--out", out)
    assert code == 0, err
    assert "holds 2 decisions made in the window; they are in this file" in err
    assert "other column choices" not in err
    assert "1 question column is not graded (“1001: Which organelle releases energy i…”)" in err   # as in the window
    row = written_rows(out)[1]   # the sheet's row 3
    assert (row[f"{Q2} final_score"], row[f"{Q2} comment"]) == ("1", "true, as it floats")
    assert row[f"{Q3} final_score"] == "2"
    assert f"{Q1} final_score" not in row   # left out there too


def test_a_column_option_given_is_used_over_the_projects_and_the_command_says_so(tmp_path, tiny_shipped, capsys):
    report = _graded_in_the_window(tmp_path, tiny_shipped)
    out = tmp_path / "out.csv"
    # the multiple choice too, which she left out in the window
    code, err = _score(capsys, tiny_shipped, report, "--closed-questions", "--out", out)
    assert code == 0, err
    assert ("The columns given on the command line (--closed-questions) were used over those chosen in the window, "
            "which Week 6 quiz Quiz Student Analysis Report.grader-project holds") in err
    row = written_rows(out)[1]   # her decisions on the others: tests/test_cli_project_columns_given.py
    assert f"{Q1} final_score" in row and row[f"{Q2} final_score"] == "1"

    code, err = _score(capsys, tiny_shipped, report, "--id-column", "sis_id", "--out", out)   # the window's id column already
    assert code == 0, err
    assert "used over those chosen in the window" not in err
    assert "holds 2 decisions made in the window; they are in this file" in err


def test_closed_questions_taken_back_in_a_download_of_one_row_per_answer_are_graded_with_her_decision(
        tmp_path, tiny_shipped, capsys):
    """A Blackboard download of one row per answer leaves its true/false question out (``left_out``); she took it back
    in the window ("Also grade closed questions") and scored one: the command grades it too, with her score."""
    sheet = blackboard(tmp_path)
    library = Library.load([tiny_shipped])
    opened = workflow.open_sheet(sheet, library)
    assert opened.mapping.left_out
    mapping = replace(opened.mapping, left_out=[])
    prepared = workflow.prepare_session(sheet, opened.sheet, mapping, {}, library)
    try:
        s = prepared.session
        true_false = next(k for k, a in enumerate(s.answers) if a.item in opened.mapping.left_out)
        s.decide(true_false, 1, comment="right")
        assert prepared.store.flush()
    finally:
        workflow.close_project(prepared.store)
    out = tmp_path / "out.csv"
    code, err = _score(capsys, tiny_shipped, sheet, "--out", out)
    assert code == 0, err
    assert "holds 1 decision made in the window; it is in this file" in err
    assert [(r["final_score"], r["comment"]) for r in written_rows(out) if r["comment"]] == [("1", "right")]
