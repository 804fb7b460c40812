"""A teacher's own sheet of one column per question (no LMS download) with a true/false or multiple-choice column
headed "Q3" opens with that column unticked, as a quiz report's does, and the note says so in its own words (no
learning platform marks them here); a sheet whose every question is closed keeps them all ticked. Before, every such
column was ticked and graded with a short-answer model. Real files written and opened as the app opens them; the
command line takes them with --closed-questions. The real answers of ../shared/data (read in place) lose no column."""
from __future__ import annotations

import csv
import random

import pytest

from grader_app import workflow
from grader_app.cli import run_cli
from grader_app.core.sheet import WIDE, ColumnMapping
from grader_app.io.lms.closed_answers import still_unticked
from grader_app.io.readers import read_sheet
from quiz_reports import MC, TF, WRITTEN
from sheet_files import written_rows

OWN_NOTE = ("2 question columns are not ticked (“Q3”, “Q4”): their answers are only choices or numbers (multiple "
            "choice, true/false, numeric), not written answers; tick them to grade them here too.")


def own_closed_columns(notes) -> list[str]:
    """The columns the notes say were left unticked as closed."""
    return [c for n in notes if getattr(n, "kind", "") == "closed_not_ticked" for c in n.values["columns"]]


def own_sheet(folder, q3=TF, q4=MC, name="Week 6 quiz.csv"):
    """Her own sheet of ten students: two written questions, a true/false one and a multiple choice by its text."""
    path = folder / name
    rows = [["Student ID", "Name", "Q1", "Q2", "Q3", "Q4"]]
    rows += [[f"S{i:03}", f"Student {i}", WRITTEN[i], WRITTEN[(i + 3) % 10] + " again", q3[i], q4[i]] for i in range(10)]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_her_true_false_and_multiple_choice_columns_open_unticked_and_the_note_says_why(tmp_path):
    opened = workflow.open_sheet(own_sheet(tmp_path), with_project=False)
    assert opened.mapping is not None and opened.mapping.layout == WIDE
    assert opened.mapping.answer_columns == {"Q1": "Q1", "Q2": "Q2"}   # Q3 and Q4 were ticked too
    assert opened.mapping.id_column == "Student ID" and opened.mapping.name_column == "Name"
    said = [n for n in opened.sheet.notes if getattr(n, "kind", "") == "closed_not_ticked"]
    assert said == [OWN_NOTE]
    assert own_closed_columns(opened.sheet.notes) == ["Q3", "Q4"]
    back = ColumnMapping(layout=WIDE, answer_columns={"Q1": "Q1", "Q2": "Q2", "Q4": "Q4"})   # she ticks Q4 back
    assert still_unticked(said, back) == ["1 question column is not ticked (“Q3”): its answers are only choices or "
                                          "numbers (multiple choice, true/false, numeric), not written answers; tick it "
                                          "to grade it here too."]


def test_a_sheet_whose_every_question_is_closed_keeps_them_ticked_and_written_words_stay(tmp_path):
    path = tmp_path / "all closed.csv"
    rows = [["Student ID", "Q1", "Q2"]] + [[f"S{i}", TF[i], MC[i]] for i in range(10)]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    sheet = read_sheet(path)
    assert set(workflow.guess_columns(sheet).answer_columns) == {"Q1", "Q2"}
    assert not [n for n in sheet.notes if getattr(n, "kind", "") == "closed_not_ticked"]
    # most wrote the same word, with a capital or not: written, ticked
    typed = ["mitochondria"] * 5 + ["Mitochondria"] * 2 + ["nucleus", "the mitochondria", "ribosome"]
    sheet = read_sheet(own_sheet(tmp_path, q3=typed, q4=typed, name="typed.csv"))
    assert set(workflow.guess_columns(sheet).answer_columns) == {"Q1", "Q2", "Q3", "Q4"}


def test_the_command_line_leaves_them_out_and_grades_them_with_closed_questions(tmp_path, tiny_bundle, capsys):
    sheet = own_sheet(tmp_path)
    assert run_cli(["score", str(sheet), "--bundle", str(tiny_bundle), "--out", str(tmp_path / "two.csv")]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert {c[:-len(" model_score")] for c in written_rows(tmp_path / "two.csv")[0] if c.endswith(" model_score")} == {
        "Q1", "Q2"}
    assert ("2 question columns are not graded (“Q3”, “Q4”): their answers are only choices or numbers (multiple "
            "choice, true/false, numeric), not written answers; to grade them here too, add --closed-questions.") in err
    assert run_cli(["score", str(sheet), "--bundle", str(tiny_bundle), "--closed-questions",
                    "--out", str(tmp_path / "all.csv")]) == 0
    err = capsys.readouterr().err
    assert {c[:-len(" model_score")] for c in written_rows(tmp_path / "all.csv")[0] if c.endswith(" model_score")} == {
        "Q1", "Q2", "Q3", "Q4"}
    assert "not graded" not in err


def test_no_real_short_answer_column_of_the_shared_data_is_unticked(tmp_path):
    """Sheets of one column per question built from the real ASAP-SAS answers (four sets side by side, classes of 6
    to 40 drawn at random, every other sheet of their answers of three words or fewer), written and guessed as the app
    does: no column is left unticked as closed."""
    from grader_app.distill.asap import asap_dir, load_train

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    by_set = {n: [str(t) for t in texts] for n, texts in load_train().groupby("EssaySet")["EssayText"]}
    rng = random.Random(2026)
    for trial in range(40):
        size = rng.randint(6, 40)
        sets = rng.sample(sorted(by_set), 4)
        short = trial % 2 == 1   # every other sheet of the answers of three words or fewer, where they are enough
        columns = [[t for t in by_set[s] if len(t.split()) <= 3] if short else by_set[s] for s in sets]
        columns = [rng.sample(c, min(size, len(c))) for c in columns]
        n = min(len(c) for c in columns)
        path = tmp_path / f"asap{trial}.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([["Student", *(f"Q{s}" for s in sets)]]
                                     + [[f"Student {r}", *(c[r] for c in columns)] for r in range(n)])
        sheet = read_sheet(path)
        mapping = workflow.guess_columns(sheet)
        assert not own_closed_columns(sheet.notes), (sets, size, short, mapping.answer_columns)
