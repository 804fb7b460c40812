"""The column guess on sheets teachers have: a quiz whose questions are answered in a word, a question asked in its
header, a class list that gives the surname and the first name in two columns. Real files, the real reader and guess."""
from __future__ import annotations

import csv

import openpyxl
import pytest

from grader_app.core.session import GradingSession
from grader_app.core.sheet import WIDE
from grader_app.io import guess_columns, read_sheet

LONG_ANSWERS = ["Photosynthesis uses light energy to turn carbon dioxide and water into glucose and oxygen.",
                "Plants make food from sunlight, water and carbon dioxide in the chloroplasts.",
                "The plant takes in light and makes sugar and releases oxygen gas.",
                "I think it is how plants breathe using the sun.",
                "Light energy is absorbed by chlorophyll and used to make glucose.",
                "it makes oxygen for us to breathe because of the leaves"]
WORDS = ["mitochondria", "nucleus", "ribosome", "chloroplast", "membrane", "vacuole"]


def _csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return read_sheet(path)


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return read_sheet(path)


def test_a_quiz_answered_in_one_word_per_question_is_one_column_per_question(tmp_path):
    """"Q1".."Q3" answered "mitochondria", "oxygen": no column was free text, so the guess failed ("no column in this
    sheet holds text answers") and the teacher had to tick every question by hand."""
    rows = [["Student ID", "Name", "Q1", "Q2", "Q3"]]
    rows += [[f"S{i:03d}", f"Pupil {i}", WORDS[i % 6], WORDS[(i + 1) % 6], WORDS[(i + 2) % 6]] for i in range(12)]
    sheet = _csv(tmp_path / "vocab.csv", rows)
    m = guess_columns(sheet)
    assert (m.layout, m.id_column, m.name_column, list(m.answer_columns)) == (WIDE, "Student ID", "Name", ["Q1", "Q2", "Q3"])
    assert len(GradingSession(sheet, m).answers) == 36


def test_a_one_word_question_beside_written_ones_is_a_question_not_the_question_column(tmp_path):
    """"Q1" answered in a word (the same few words repeat: most of a class gives the right one) was taken for the
    question column of a one-row-per-answer sheet: the words became 30 "questions", and Q3 was lost."""
    rows = [["Student ID", "Name", "Q1", "Q2", "Q3"]]
    rows += [[f"S{i:03d}", f"Pupil {i}", ["oxygen", "oxygen", "carbon dioxide"][i % 3], LONG_ANSWERS[i % 6],
              LONG_ANSWERS[(i + 2) % 6]] for i in range(30)]
    m = guess_columns(_xlsx(tmp_path / "test3.xlsx", rows))
    assert (m.layout, m.item_column, list(m.answer_columns)) == (WIDE, None, ["Q1", "Q2", "Q3"])


def test_a_question_asked_in_its_header_and_answered_in_a_word_is_kept(tmp_path):
    rows = [["Name", "Which organelle releases energy?", "Explain photosynthesis"]]
    rows += [[f"Pupil {i}", WORDS[i % 2], LONG_ANSWERS[i % 6]] for i in range(12)]
    m = guess_columns(_csv(tmp_path / "form.csv", rows))
    assert (m.layout, m.name_column, list(m.answer_columns)) == (
        WIDE, "Name", ["Which organelle releases energy?", "Explain photosynthesis"])


@pytest.mark.parametrize("short, why", [
    ([str(3 * i) for i in range(12)], "marks or numbers: not taken for answers unless the header says so"),
    ([["A", "B", "C", "D"][i % 4] for i in range(12)], "a multiple choice's letters"),
])
def test_numbers_and_choice_letters_under_a_question_are_not_guessed_as_answers(tmp_path, short, why):
    rows = [["Name", "Q1", "Q2", "Q3", "Total"]]
    rows += [[f"Pupil {i}", short[i], LONG_ANSWERS[i % 6], LONG_ANSWERS[(i + 3) % 6], str(i % 5)] for i in range(12)]
    m = guess_columns(_csv(tmp_path / "quiz.csv", rows))
    assert (m.layout, m.item_column, list(m.answer_columns)) == (WIDE, None, ["Q2", "Q3"]), why


@pytest.mark.parametrize("head, cells, name, first, student", [
    (("Name", "Vorname"), ("Müller", "Anna"), "Name", "Vorname", "Anna0 Müller0"),   # a German list: "Name" is the surname
    (("Given name", "Family name"), ("Anna", "Müller"), "Family name", "Given name", "Anna0 Müller0"),
    (("Name", "Surname"), ("Anna", "Müller"), "Surname", "Name", "Anna0 Müller0"),  # beside "Surname": the first name
    (("Familienname", "Vorname"), ("Müller", "Anna"), "Familienname", "Vorname", "Anna0 Müller0"),
    (("Name", "First name", "Last name"), ("Anna Müller", "Anna", "Müller"), "Name", None, "Anna Müller0"),  # full name
    (("Name", "Klasse"), ("Müller", "9b"), "Name", None, "Müller0"),
    (("Name", "Vorname"), ("Anna Müller", "Anna"), "Name", None, "Anna Müller0"),   # full names under "Name"
])
def test_the_student_is_named_by_both_columns_that_hold_the_name(tmp_path, head, cells, name, first, student):
    """A class list with "Name" and "Vorname" (or "Given name" and "Family name", or "Name" and "Surname") showed the
    students by one of them alone: two Müllers of one class could not be told apart."""
    rows = [[*head, "Frage 1", "Frage 2"]]
    rows += [[c if c == "9b" else f"{c}{i}" for c in cells] + [LONG_ANSWERS[i % 6], LONG_ANSWERS[(i + 1) % 6]]
             for i in range(8)]
    sheet = _csv(tmp_path / "klasse.csv", rows)
    m = guess_columns(sheet)
    assert (m.layout, m.name_column, m.first_name_column) == (WIDE, name, first)
    assert GradingSession(sheet, m).answers[0].student == student
