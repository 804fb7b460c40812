"""Answers downloaded from a survey tool (SurveyMonkey's CSV: the respondent's and the collector's ids, dates, an IP
address, the respondent's email and names, then one column per question). Real files, written and read back as the
window and ``grader score`` read them."""
from __future__ import annotations

import csv

from grader_app.cli import run_cli
from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet

HEAD = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
        "Last Name", "Custom Data 1", "Why does ice float in water?", "Explain what osmosis is."]
ANSWERS = [("Ice is less dense than liquid water.", "Water moves across a membrane to where there is more solute."),
           ("Its molecules are held further apart.", "Diffusion of water through a membrane."),
           ("Hydrogen bonds hold it in an open lattice.", "Water goes from low to high solute concentration."),
           ("It floats because of its density.", "The movement of water through a cell membrane.")]


def _rows(collector: str = "431245678") -> list[list[str]]:
    return [[f"11402231012{i}", collector, "03/04/2024 10:00:00 AM", "03/04/2024 10:05:00 AM", f"10.0.0.{i}",
             f"kid{i}@school.example", f"Kid{i}", "Doe", "", a, b] for i, (a, b) in enumerate(ANSWERS)]


def _write(path, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)


def test_the_respondents_id_is_the_students_not_the_collectors_every_row_shares(tmp_path):
    """"Collector ID" (the link the survey was sent by: one value on every row) was taken for the student id, being
    shorter than "Respondent ID"; grader score then said the four students were one student in the sheet four times."""
    path = tmp_path / "survey.csv"
    _write(path, [HEAD, *_rows()])
    assert guess_columns(read_sheet(path)).id_column == "Respondent ID"


def test_an_id_column_with_one_value_is_still_taken_when_it_is_the_only_one(tmp_path):
    path = tmp_path / "one student.csv"
    _write(path, [["Student ID", "Question", "Answer"], ["S1", "Q1", "Ice floats."], ["S1", "Q2", "Osmosis."]])
    assert guess_columns(read_sheet(path)).id_column == "Student ID"


def test_grader_score_grades_each_respondent_as_one_student(tmp_path, tiny_bundle, capsys, monkeypatch):
    shipped = tmp_path / "bundles"
    shipped.mkdir()
    bundle = tiny_bundle.rename(shipped / tiny_bundle.name)
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(shipped))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    path = tmp_path / "survey.csv"
    _write(path, [HEAD, *_rows()])
    before = path.read_bytes()
    assert run_cli(["score", str(path), "--out", str(tmp_path / "graded.csv"), "--bundle", str(bundle)]) == 0
    said = capsys.readouterr()
    assert "Scored 8 answers" in said.out and "more than once" not in said.err
    assert path.read_bytes() == before
