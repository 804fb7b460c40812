"""guess_columns on two QA reports, each on a real CSV or XLSX written to disk and read back:

* a maths quiz whose answers are numbers ("42", "3.5", "-7") raised "no column holds text answers" although
  its headers say Student ID / Name / Question / Answer: a header saying answer or response wins;
* one student's sheet (one row per answer, or a single row) got no question column, so every answer became
  the "whole sheet" question: a header saying "Question" / "Item" / "Frage" is the question column.
"""
from __future__ import annotations

import csv

import openpyxl
import pytest

from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, WIDE
from grader_app.io import SheetError, guess_columns, read_sheet

PLANTS = "Plants make their food from light, water and carbon dioxide"
CELLS = "The cell wall keeps the shape of the plant cell"


def _write(tmp_path, rows, suffix, name="quiz"):
    """``rows`` as a real file: CSV text, or a workbook with numbers stored as numbers."""
    path = tmp_path / f"{name}{suffix}"
    if suffix == ".csv":
        with open(path, "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(rows)
    else:
        wb = openpyxl.Workbook()
        for row in rows:
            wb.active.append([_number(v) for v in row])
        wb.save(path)
    return path


def _number(v):
    try:
        return int(v)
    except ValueError:
        try:
            return float(v)
        except ValueError:
            return v


MATHS = [("Q1", "42"), ("Q2", "3.5"), ("Q3", "-7")]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_numeric_answers_under_an_answer_header_are_guessed(tmp_path, suffix):
    rows = [["Student ID", "Name", "Question", "Answer"]]
    for i in range(5):
        for q, a in MATHS:
            rows.append([f"S{i:02d}", f"Pupil {i}", q, a if i % 2 else str(-float(a))])
    sheet = read_sheet(_write(tmp_path, rows, suffix))
    m = guess_columns(sheet)
    assert (m.layout, m.id_column, m.name_column, m.item_column, m.answer_column) == (
        LONG, "Student ID", "Name", "Question", "Answer")
    session = GradingSession(sheet, m)
    assert session.item_keys() == ["Q1", "Q2", "Q3"]
    assert [a.text for a in session.answers[3:6]] == ["42", "3.5", "-7"]


def test_numeric_answers_in_numbered_response_columns_make_a_wide_sheet(tmp_path):
    rows = [["Student ID", "Name", "Response 1", "Response 2"],
            ["S01", "Ann", "42", "3.5"], ["S02", "Ben", "41", "-7"], ["S03", "Cat", "42", "2"]]
    m = guess_columns(read_sheet(_write(tmp_path, rows, ".csv")))
    assert (m.layout, m.id_column, m.name_column) == (WIDE, "Student ID", "Name")
    assert m.answer_columns == {"Response 1": "Response 1", "Response 2": "Response 2"}


def test_a_text_answer_column_still_beats_numbers_that_are_scores_or_ids(tmp_path):
    rows = [["Student ID", "Answer ID", "Answer score", "Answer"]]
    rows += [[f"S{i}", str(100 + i), str(i % 3), PLANTS if i % 2 else CELLS] for i in range(6)]
    m = guess_columns(read_sheet(_write(tmp_path, rows, ".csv")))
    assert (m.layout, m.answer_column, m.id_column) == (LONG, "Answer", "Student ID")


def test_the_expected_answer_is_not_a_question_of_a_wide_sheet(tmp_path):
    rows = [["Student ID", "Response A", "Response B", "Answer key"]]
    rows += [[f"S{i}", PLANTS + f" {i}", CELLS + f" {i}", "42"] for i in range(6)]
    m = guess_columns(read_sheet(_write(tmp_path, rows, ".csv")))
    assert (m.layout, list(m.answer_columns)) == (WIDE, ["Response A", "Response B"])


def test_numbers_whose_header_says_score_are_no_answers_and_the_problem_has_a_kind(tmp_path):
    rows = [["Student ID", "Answer score", "Answer date"]] + [[f"S{i}", str(i % 4), "2024-03-04"] for i in range(6)]
    with pytest.raises(SheetError) as caught:
        guess_columns(read_sheet(_write(tmp_path, rows, ".csv")))
    assert caught.value.kind == "columns.no_answers"     # said in the teacher's language by the window
    assert str(caught.value).startswith("no column in this sheet holds text answers; ")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("header", ["Question", "Item", "Frage", "Question ID"])
def test_one_students_long_sheet_keeps_its_question_column(tmp_path, suffix, header):
    rows = [["Student ID", "Name", header, "Answer"],
            ["S01", "Ann", "asap-sas-1", PLANTS], ["S01", "Ann", "asap-sas-5", CELLS]]
    sheet = read_sheet(_write(tmp_path, rows, suffix))
    m = guess_columns(sheet)
    assert (m.layout, m.item_column, m.answer_column, m.id_column) == (LONG, header, "Answer", "Student ID")
    assert GradingSession(sheet, m).item_keys() == ["asap-sas-1", "asap-sas-5"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_single_row_keeps_its_question_column(tmp_path, suffix):
    rows = [["Student ID", "Name", "Question", "Answer"], ["S01", "Ann", "asap-sas-1", PLANTS]]
    sheet = read_sheet(_write(tmp_path, rows, suffix))
    m = guess_columns(sheet)
    assert (m.layout, m.item_column, m.answer_column) == (LONG, "Question", "Answer")
    assert [(a.student, a.item, a.text) for a in GradingSession(sheet, m).answers] == [
        ("Ann · S01", "asap-sas-1", PLANTS)]


def test_one_student_with_long_question_wordings_keeps_them_as_questions(tmp_path):
    rows = [["Name", "Question", "Answer"],
            ["Ann", "Explain how plants make their food, naming what they need", PLANTS],
            ["Ann", "What does the cell wall do for a plant cell, and why?", CELLS]]
    m = guess_columns(read_sheet(_write(tmp_path, rows, ".csv")))
    assert (m.layout, m.item_column, m.answer_column, m.name_column) == (LONG, "Question", "Answer", "Name")


def test_a_wide_sheet_without_a_question_column_stays_wide(tmp_path):
    rows = [["Student ID", "Name", "Q1", "Q2"], ["S01", "Ann", PLANTS, CELLS]]
    m = guess_columns(read_sheet(_write(tmp_path, rows, ".csv")))
    assert (m.layout, list(m.answer_columns), m.item_column) == (WIDE, ["Q1", "Q2"], None)


@pytest.mark.parametrize("header", ["Answer", "Response", "Antwort", "Respuesta"])
def test_an_empty_answer_column_is_named_and_the_other_columns_are_still_guessed(tmp_path, header):
    """QA: a sheet whose Answer column was empty got "No column in this sheet holds text answers…", and its obvious
    Student and Question columns were left for the teacher to choose."""
    rows = [["Student ID", "Student", "Question", header]]
    rows += [[f"S{i:02d}", f"Pupil {i}", f"Q{i % 2 + 1}", ""] for i in range(6)]
    with pytest.raises(SheetError) as caught:
        guess_columns(read_sheet(_write(tmp_path, rows, ".csv")))
    assert caught.value.kind == "columns.empty_answers" and caught.value.values == {"column": header}
    assert str(caught.value).startswith(f"the column “{header}” is empty: ")
    assert "holds text answers" not in str(caught.value)
    guess = caught.value.guess
    assert guess is not None
    assert (guess.layout, guess.item_column, guess.id_column, guess.name_column, guess.answer_column) == (
        LONG, "Question", "Student ID", "Student", None)


def test_an_empty_answer_score_column_is_not_taken_for_the_empty_answers(tmp_path):
    rows = [["Student ID", "Answer score"]] + [[f"S{i}", ""] for i in range(4)]
    with pytest.raises(SheetError) as caught:
        guess_columns(read_sheet(_write(tmp_path, rows, ".csv")))
    assert caught.value.kind == "columns.no_answers" and caught.value.guess is None
