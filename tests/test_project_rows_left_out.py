"""One bad value in a sheet's project file (edited by hand, or damaged inside a valid SQLite page) costs that value only:
the row is left out and said in one sentence naming the file, every readable decision comes back, and nothing raw of
Python reaches the teacher (QA s51b #5: ``decisions.score = 'two'`` locked the teacher out of the sheet with "Expecting
value: line 1 column 1", and ``grader score`` ended in a traceback). A stored score that is not a score of its question
(99, "three", NaN, -5, [1, 2] for a question scored 0-2) is left out and said as such, never exported as the teacher's
decision (QA s51b #6). A stored model row that cannot be the model's (too short, not JSON) means the answer is scored
again. Real project files made by the window's workflow, edited with sqlite3, real scoring through onnxruntime, the
command line's real graded file read back."""
from __future__ import annotations

import json

import pytest

from project_edits import class_made_in_the_window, edit, reopened, scored_afresh
from sheet_files import written_rows

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.io.lms.formats import export_format

TEXTS = ["Ice is less dense than water because of hydrogen bonds.", "Ice floats because it is cold.",
         "The molecules in ice are spaced out so it floats.", "Ice is less dense than water.", "no idea"]
DECIDED = {1: (2, "from the window"), 3: (0, ""), 4: (1, "try again")}


@pytest.fixture
def library(tiny_shipped):
    return Library.default()


@pytest.fixture
def sheet(tmp_path, library):
    return class_made_in_the_window(tmp_path, library, TEXTS, DECIDED)


def _score(sheet, tmp_path, capsys) -> tuple[list[dict], str, str]:
    """``grader score`` on the sheet: the rows written, what it said on stderr and on stdout."""
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(sheet), "--out", str(out)]) == 0
    said = capsys.readouterr()
    return written_rows(out), said.err, said.out


def test_a_saved_score_that_cannot_be_read_is_left_out_and_said_the_others_come_back(sheet, library, tmp_path, capsys):
    edit(sheet, "UPDATE decisions SET score='two' WHERE answer_key=1")
    prepared = reopened(sheet, library)
    try:
        assert {k: d.score for k, d in prepared.session.decisions.items()} == {3: 0, 4: 1}
        assert prepared.session.decisions[4].comment == "try again"
        assert prepared.store.left_out.unreadable == (1,)
        assert prepared.restored["decisions"] == 2 and prepared.restored["left_out"] == 1
    finally:
        workflow.close_project(prepared.store)
    rows, said, _ = _score(sheet, tmp_path, capsys)
    assert ("grader: 1 saved decision in class.grader-project could not be read, so it is not in this file (row 3): "
            "score that answer again in the window; the other decisions are in it.") in said
    assert "Traceback" not in said and "Expecting value" not in said
    assert rows[1]["status"] not in ("reviewed", "overridden")
    assert rows[3]["final_score"] == "0" and rows[3]["status"] in ("reviewed", "overridden")
    assert rows[4]["comment"] == "try again"


@pytest.mark.parametrize("stored, shown", [("99", "99"), ('"three"', '"three"'), ("NaN", "NaN"), ("1e999", "1e999"),
                                           ("-5", "-5"), ("[1, 2]", "[1, 2]"), ("true", "true"), ("2.5", "2.5")])
def test_a_saved_score_off_its_questions_scale_is_left_out_said_and_never_exported(sheet, library, tmp_path, capsys,
                                                                                  stored, shown):
    edit(sheet, f"UPDATE decisions SET score='{stored}' WHERE answer_key=1")
    prepared = reopened(sheet, library)
    try:
        session = prepared.session
        assert 1 not in session.decisions and set(session.decisions) == {3, 4}
        assert prepared.store.left_out.not_scores == ((1, shown),)
        workflow.score_all(session, prepared.bundles)
        canvas = tmp_path / "canvas.csv"
        export_format("canvas-gradebook").write(session, canvas)
        graded = workflow.export_graded(session, tmp_path / "graded.csv")
    finally:
        workflow.close_project(prepared.store)
    assert stored not in canvas.read_text(encoding="utf-8-sig")
    assert written_rows(graded)[1]["status"] not in ("reviewed", "overridden")
    rows, said, out = _score(sheet, tmp_path, capsys)
    assert (f"grader: 1 saved decision in class.grader-project is not in this file because its score is not a score of "
            f"its question (row 3: {shown} for question “tiny-ice”, whose scores are 0, 1, 2): score that answer again "
            "in the window; the other decisions are in it.") in said
    assert rows[1]["final_score"] != stored and rows[1]["status"] not in ("reviewed", "overridden")
    assert "You decided 2 answers" in out


def test_a_saved_threshold_that_cannot_be_read_is_left_out_and_said(sheet, library, tmp_path, capsys):
    edit(sheet, "INSERT OR REPLACE INTO thresholds(item, value) VALUES ('tiny-ice', 'abc')")
    prepared = reopened(sheet, library)
    try:
        session = prepared.session
        assert session.threshold("tiny-ice") == session.items["tiny-ice"].default_threshold
        assert prepared.store.left_out.thresholds == ("tiny-ice",)
        assert len(session.decisions) == 3
    finally:
        workflow.close_project(prepared.store)
    _, said, _ = _score(sheet, tmp_path, capsys)
    assert ("grader: The threshold saved in class.grader-project for question “tiny-ice” could not be read, so its "
            "model's own threshold is used.") in said
    assert "Traceback" not in said and "convert string to float" not in said


@pytest.mark.parametrize("probabilities", ["[1.0]", "x", '[0.2, 0.3, "a"]', "[0.2, 0.3, 0.5, 0.0]", "[NaN, 0.5, 0.5]",
                                           "[0.9, 0.9, 0.9]"])
def test_a_saved_model_row_that_cannot_be_the_models_means_the_answer_is_scored_again(sheet, library, tmp_path, capsys,
                                                                                     probabilities):
    edit(sheet, f"UPDATE predictions SET probabilities='{probabilities}' WHERE answer_key=0")
    prepared = reopened(sheet, library)
    try:
        session = prepared.session
        assert 0 not in session.predictions and prepared.to_score == 1   # the window then scores them all again
        assert not prepared.store.left_out   # nothing of the teacher's was lost: nothing to say
        assert len(session.decisions) == 3
        workflow.score_all(session, prepared.bundles)
        p = session.predictions[0]
        assert (p.score, round(p.confidence, 4)) == scored_afresh(sheet, library)[0][:2]   # the model's own row
    finally:
        workflow.close_project(prepared.store)
    _, said, _ = _score(sheet, tmp_path, capsys)
    assert "Traceback" not in said and "cutpoints" not in said
    assert "holds 3 decisions made in the window" in said


def test_a_comment_stored_as_bytes_comes_back_as_text(sheet, library):
    edit(sheet, "UPDATE decisions SET comment=X'7365656E' WHERE answer_key=1")
    prepared = reopened(sheet, library)
    try:
        assert prepared.session.decisions[1].comment == "seen"
    finally:
        workflow.close_project(prepared.store)


def test_a_setting_that_cannot_be_read_is_one_sentence_naming_the_file(sheet, library, tmp_path, capsys):
    edit(sheet, "UPDATE meta SET value='{not json' WHERE name='item_bundles'")
    opened = workflow.open_sheet(sheet, library)
    assert opened.store is None
    assert str(opened.project_error) == ("class.grader-project is not a Grader project file or is damaged; move it aside "
                                         "and open the sheet again")
    _, said, _ = _score(sheet, tmp_path, capsys)
    assert "Traceback" not in said and "Expecting" not in said and "class.grader-project" in said


def test_the_stored_rows_themselves_are_left_as_they_are(sheet, library):
    """Nothing is deleted from the file for being unreadable: the decision log and the row stay for whoever looks."""
    edit(sheet, "UPDATE decisions SET score='two' WHERE answer_key=1")
    prepared = reopened(sheet, library)
    workflow.close_project(prepared.store)
    import sqlite3

    from grader_app.io.project_store import project_path_for
    con = sqlite3.connect(str(project_path_for(sheet)))
    try:
        assert con.execute("SELECT score FROM decisions WHERE answer_key=1").fetchone() == ("two",)
        assert [json.loads(s) for (s,) in con.execute("SELECT score FROM decision_log WHERE answer_key=1")] == [2]
    finally:
        con.close()
