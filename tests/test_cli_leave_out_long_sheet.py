"""``grader score --leave-out-column`` on a sheet of one row per answer (a "Question" column naming each answer's
question). The option leaves a question column out of a sheet of one column per question; on this sheet the questions
are not columns but the values of its question column, and the command grades them all (the one way the columns read
can leave a question of such a sheet out is for a quiz's closed questions, and every note then says so). A teacher who
typed the question she wants left out was told only "leave --leave-out-column out": that the option does not fit, not
that her question is a value in "Question", nor how to grade the sheet without it. Now the refusal names the question
as the sheet spells it and says what to do instead, and what it says works: a copy of the sheet without that question's
rows is graded without it. Real CSV sheets written to disk, the real command with the real tiny model."""
from __future__ import annotations

from grader_app.cli import run_cli
from sheet_files import write_csv, written_rows

ICE, SHIP = "tiny-ice", "Why does a ship float?"   # the first named by the tiny model's id, as a sheet may
HEAD = ["Student ID", "Name", "Question", "Answer"]
ROWS = [["S1", "Ann Lee", ICE, "Ice is less dense than water."], ["S1", "Ann Lee", SHIP, "It pushes aside water."],
        ["S2", "Bo Chan", ICE, "because it is cold"], ["S2", "Bo Chan", SHIP, "it is made of steel"]]
WHERE = "this sheet is read as one row per answer (the answers in “Answer”, their questions in “Question”)"


def _score(capsys, sheet, out, *options):
    code = run_cli(["score", str(sheet), "--out", str(out), *map(str, options)])
    return code, " ".join(capsys.readouterr().err.split())


def test_a_question_named_on_a_long_sheet_is_refused_saying_it_is_no_column_and_what_to_do(tmp_path, tiny_shipped,
                                                                                            capsys):
    sheet = write_csv(tmp_path / "floats.csv", HEAD, ROWS)
    out = tmp_path / "out.csv"
    code, err = _score(capsys, sheet, out, "--leave-out-column", "why does a SHIP float? ")   # as she typed it
    assert code != 0 and not out.exists()
    assert err == (f"grader: --leave-out-column “why does a SHIP float? ”: {WHERE}, and “{SHIP}” is one of those "
                   f"questions, not a column: grader score grades every question of such a sheet. To grade it without "
                   f"“{SHIP}”, score a copy of the sheet without that question's rows; if each row is one student, add "
                   "--one-column-per-question instead."), err   # was: "…; leave --leave-out-column out."

    copy = write_csv(tmp_path / "floats without the ship.csv", HEAD, [r for r in ROWS if r[2] != SHIP])   # as told
    code, err = _score(capsys, copy, out)
    assert code == 0, err
    rows = written_rows(out)
    assert [r["Question"] for r in rows] == [ICE, ICE] and all(r["model_score"] != "" for r in rows)


def test_another_name_on_a_long_sheet_is_refused_saying_it_has_no_question_columns(tmp_path, tiny_shipped, capsys):
    sheet = write_csv(tmp_path / "floats.csv", HEAD, ROWS)
    out = tmp_path / "out.csv"
    code, err = _score(capsys, sheet, out, "--leave-out-column", "Answer")
    assert code != 0 and not out.exists()
    assert err == (f"grader: --leave-out-column “Answer”: {WHERE}, so it has no question columns to leave out: grader "
                   "score grades every question of such a sheet. To grade it without a question, score a copy of the "
                   "sheet without that question's rows; if each row is one student, add --one-column-per-question "
                   "instead."), err
