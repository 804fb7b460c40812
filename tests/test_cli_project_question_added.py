"""``grader score`` on a sheet of one column per question that gained a question column since the teacher graded it in
the window ("Why does a ship float?" added in Excel).

Before, the command read the project's saved columns only, so the added question was neither graded nor mentioned,
where the window, opening the same sheet, ticks it in its columns dialog (:func:`grader_app.io.project_columns.
new_questions`). Now the command grades it as the window's default would, with the model the command finds for any
question (or the ``--bundle`` given), says on stderr which column was added and how to leave it out, keeps the
decisions made in the window, and still only reads the project. ``--leave-out-column`` (the option that sentence names)
leaves a question column out for the run, the added one or one chosen in the window, and refuses a name that is not a
question column graded, naming those that are. Real files: a CSV sheet, its project written by the
window's workflow, the sheet written again with the new column, the real command with the real tiny model."""
from __future__ import annotations

import hashlib
from dataclasses import replace

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.io.project_store import project_path_for
from sheet_files import write_csv, written_rows

ICE, SHIP = "Why does ice float?", "Why does a ship float?"
IDS = ["S1", "S2", "S3", "S4"]
NAMES = ["Ann Lee", "Bo Chan", "Cy Diaz", "Di Evans"]
ICE_TEXTS = ["Ice is less dense than water.", "because it is cold", "The molecules are spaced out in ice.", "no idea"]
SHIP_TEXTS = ["It pushes aside its weight of water.", "it is made of steel", "The air inside makes it light.", "it floats"]
ADDED = (f"The sheet has a new column “{SHIP}”, which floats.grader-project was made without, so it is graded as a "
         "question here, as the window ticks it when it opens the sheet; to leave it out, add --leave-out-column "
         "'Why does a ship float?' (this run only), or untick it in the window's columns dialog: the project keeps that "
         "choice, and this command follows it.")


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _graded_then_added(tmp_path, tiny_shipped, with_ids: bool = True):
    """The sheet graded in the window (its ice question with the tiny model, Ann's answer decided), then written again
    with a question column added after it (and, ``with_ids`` False, its column of ids added only then)."""
    sheet = tmp_path / "floats.csv"
    head, rows = (["Student ID", "Name"], [[i, n] for i, n in zip(IDS, NAMES)]) if with_ids else (["Name"], [[n] for n in NAMES])
    write_csv(sheet, [*head, ICE], [[*r, t] for r, t in zip(rows, ICE_TEXTS)])
    library = Library.load([tiny_shipped])
    opened = workflow.open_sheet(sheet, library)
    assert list(opened.mapping.answer_columns) == [ICE]
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.mapping, {ICE: "tiny-ice"}, library)
    try:
        prepared.session.decide(next(a.key for a in prepared.session.answers if a.row == 0), 2, comment="dense, well put")
        assert prepared.store.flush()
    finally:
        workflow.close_project(prepared.store)
    if not with_ids:
        head, rows = ["Student ID", "Name"], [[i, n] for i, n in zip(IDS, NAMES)]
    write_csv(sheet, [*head, ICE, SHIP], [[*r, t, s] for r, t, s in zip(rows, ICE_TEXTS, SHIP_TEXTS)])
    return sheet


def _score(capsys, sheet, out, *options):
    code = run_cli(["score", str(sheet), "--out", str(out), *map(str, options)])
    return code, " ".join(capsys.readouterr().err.split())


def test_an_added_question_column_is_graded_and_said_and_the_project_is_not_changed(tmp_path, tiny_shipped, capsys):
    sheet = _graded_then_added(tmp_path, tiny_shipped)
    before = _digest(project_path_for(sheet))
    out = tmp_path / "out.csv"
    code, err = _score(capsys, sheet, out)
    assert code == 0, err
    assert ADDED in err
    # matched as the command matches any question: no installed model asks it, so it is left for her to score
    assert f"no installed model matches question “{SHIP}”, so 4 answers are marked for you to score" in err
    assert "floats.grader-project beside the sheet holds 1 decision made in the window; it is in this file" in err
    rows = written_rows(out)
    assert (rows[0][f"{ICE} final_score"], rows[0][f"{ICE} comment"]) == ("2", "dense, well put")
    assert [r[f"{SHIP} status"] for r in rows] == ["unscored"] * 4
    assert _digest(project_path_for(sheet)) == before


def test_the_bundle_given_scores_the_added_question_too(tmp_path, tiny_shipped, capsys):
    sheet = _graded_then_added(tmp_path, tiny_shipped)
    before = _digest(project_path_for(sheet))
    out = tmp_path / "out.csv"
    code, err = _score(capsys, sheet, out, "--bundle", tiny_shipped / "tiny-ice.gradebundle")
    assert code == 0, err
    assert ADDED in err
    assert (f"tiny-ice.gradebundle was made for “Tiny test item — why ice floats”, not for question “{SHIP}”, so its 4 "
            "answers are marked “needs review”") in err
    rows = written_rows(out)
    assert all(r[f"{SHIP} model_score"] != "" and r[f"{SHIP} status"] == "needs review" for r in rows)
    assert rows[0][f"{ICE} final_score"] == "2"
    assert _digest(project_path_for(sheet)) == before


def test_a_question_and_a_column_of_ids_added_at_once_are_both_taken(tmp_path, tiny_shipped, capsys):
    sheet = _graded_then_added(tmp_path, tiny_shipped, with_ids=False)
    before = _digest(project_path_for(sheet))
    out = tmp_path / "out.csv"
    code, err = _score(capsys, sheet, out)
    assert code == 0, err
    assert ADDED in err
    assert "The project was made without the column “Student ID” for the student ids" in err
    rows = written_rows(out)
    assert rows[0][f"{ICE} final_score"] == "2" and [r[f"{SHIP} status"] for r in rows] == ["unscored"] * 4
    assert _digest(project_path_for(sheet)) == before


def test_an_added_column_unticked_in_the_window_is_left_out_without_a_word(tmp_path, tiny_shipped, capsys):
    sheet = _graded_then_added(tmp_path, tiny_shipped)
    library = Library.load([tiny_shipped])
    opened = workflow.open_sheet(sheet, library)   # the window again: its columns dialog, the new column unticked
    assert opened.changed is not None and list(opened.changed.mapping.answer_columns) == [ICE, SHIP]
    mapping = replace(opened.changed.mapping, answer_columns={ICE: ICE})
    workflow.close_project(workflow.prepare_session(sheet, opened.sheet, mapping, {ICE: "tiny-ice"}, library).store)
    out = tmp_path / "out.csv"
    code, err = _score(capsys, sheet, out)
    assert code == 0, err
    assert "new column" not in err and SHIP not in err
    assert f"{SHIP} final_score" not in written_rows(out)[0]


def test_the_option_the_sentence_names_leaves_the_added_column_out_for_this_run(tmp_path, tiny_shipped, capsys):
    sheet = _graded_then_added(tmp_path, tiny_shipped)
    before = _digest(project_path_for(sheet))
    out = tmp_path / "out.csv"
    code, err = _score(capsys, sheet, out, "--leave-out-column", "why does a SHIP float? ")   # found as other options find
    assert code == 0, err
    assert SHIP not in err and "command line" not in err, err   # nothing added said, nor columns "used over" the window's
    assert "floats.grader-project beside the sheet holds 1 decision made in the window; it is in this file" in err
    rows = written_rows(out)
    assert f"{SHIP} status" not in rows[0] and rows[0][SHIP] == SHIP_TEXTS[0]   # kept as it was, ungraded
    assert (rows[0][f"{ICE} final_score"], rows[0][f"{ICE} comment"]) == ("2", "dense, well put")
    assert _digest(project_path_for(sheet)) == before
    code, err = _score(capsys, sheet, tmp_path / "again.csv")   # nothing kept: the next run grades it again
    assert code == 0 and ADDED in err, err
    assert [r[f"{SHIP} status"] for r in written_rows(tmp_path / "again.csv")] == ["unscored"] * 4


def test_a_question_chosen_in_the_window_left_out_says_its_decision_is_not_in_the_file(tmp_path, tiny_shipped, capsys):
    sheet = _graded_then_added(tmp_path, tiny_shipped)
    before = _digest(project_path_for(sheet))
    out = tmp_path / "out.csv"
    code, err = _score(capsys, sheet, out, "--leave-out-column", ICE, "--bundle", tiny_shipped / "tiny-ice.gradebundle")
    assert code == 0, err
    assert (f"1 decision made in the window on question “{ICE}” is not in this file: the columns given on the command "
            "line (--leave-out-column) do not hold its answer") in err
    assert ("The columns given on the command line (--leave-out-column) were used over those chosen in the window, "
            "which floats.grader-project holds") in err
    rows = written_rows(out)
    assert f"{ICE} final_score" not in rows[0] and all(r[f"{SHIP} model_score"] != "" for r in rows)
    assert _digest(project_path_for(sheet)) == before


def test_a_name_that_is_not_a_question_column_is_refused_naming_those_that_are(tmp_path, tiny_shipped, capsys):
    sheet = _graded_then_added(tmp_path, tiny_shipped)
    before = _digest(project_path_for(sheet))
    out = tmp_path / "out.csv"
    graded = f"the question columns graded are “{ICE}”, “{SHIP}”"
    for options, said in (
            (["--leave-out-column", "Name"], f"--leave-out-column “Name”: that column is not graded as a question; {graded}."),
            (["--leave-out-column", "Q9"], f"--leave-out-column “Q9”: the sheet has no column of that name; {graded}."),
            (["--leave-out-column", ICE, "--leave-out-column", SHIP],
             f"--leave-out-column leaves out every question column graded (“{ICE}”, “{SHIP}”), so there is nothing to "
             "grade; leave at least one."),
            (["--question-column", SHIP, "--leave-out-column", SHIP],
             f"“{SHIP}” is given by both --question-column and --leave-out-column; give one or the other."),
            (["--item-column", "Name", "--answer-column", ICE, "--leave-out-column", SHIP],
             f"--leave-out-column “{SHIP}”: this sheet is read as one row per answer (the answers in “{ICE}”, their "
             "questions in “Name”), so it has no question columns to leave out: grader score grades every question of "
             "such a sheet. To grade it without a question, score a copy of the sheet without that question's rows.")):
        code, err = _score(capsys, sheet, out, *options)
        assert code != 0 and err == "grader: " + said, (options, err)
        assert not out.exists()
    assert _digest(project_path_for(sheet)) == before


def test_the_sheets_columns_are_guessed_once(tmp_path, tiny_shipped, capsys, monkeypatch):
    """The command guessed the sheet's columns three times (for the column of ids added, for the question added, for
    the guess's notes), each a pass over every cell; once now, with the same result."""
    import grader_app.io.columns as columns

    sheet = _graded_then_added(tmp_path, tiny_shipped, with_ids=False)
    guessed, real = [], columns.guess_columns
    monkeypatch.setattr(columns, "guess_columns", lambda s: guessed.append(s) or real(s))
    code, err = _score(capsys, sheet, tmp_path / "out.csv")
    assert code == 0 and ADDED in err and "without the column “Student ID” for the student ids" in err, err
    assert len(guessed) == 1
