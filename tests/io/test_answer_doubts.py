"""Whether a column chosen for the students' answers looks like something else: student numbers or e-mail addresses,
scores, a form's timestamps, one value down the whole column, nothing at all. The columns dialog says so beside the
choice (tests/ui/test_mapping_doubts_and_first_name.py); here the rule, on sheets teachers have, written to disk and
read back by the real reader. A question a class answers with a number ("46", "3.5 cm") is answers, not a doubt."""
from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

from grader_app.core.sheet import LONG, WIDE, ColumnMapping
from grader_app.io import guess_columns, read_sheet
from grader_app.io.answer_doubts import DATES, EMPTY, IDS, NUMBERS, SAME, Doubt, answer_doubts, says_answers

sys.path.insert(0, str(Path(__file__).resolve().parent))   # the neighbouring tests' sheets
from test_columns_qa2 import LONG_ANSWERS, _xlsx  # noqa: E402
from test_numeric_answers_and_question_column import _write  # noqa: E402

# a class of 25 answering "How many chromosomes are in a human body cell?": most give the right number, a few another
# number, some write words or the unit
CHROMOSOMES = (["46"] * 14 + ["23"] * 4 + ["92", "44", "46 chromosomes", "23 pairs", "about 46", "I don't know", "46"])
SURNAMES = ["Martin", "Dupont", "Okafor", "Lee", "Müller", "García"]


def _long_class(tmp_path, suffix=".csv", n=12):
    """A long sheet as a school's system exports it: two questions per student, a mark beside each answer."""
    rows = [["Student number", "Email", "Surname", "Class", "Question", "Answer", "Mark", "Date"]]
    for i in range(n):
        for k, q in enumerate(("Q1", "Q2")):
            rows.append([f"{20240100 + i}", f"pupil{i}@school.example", SURNAMES[i % 6], "4B", q,
                         LONG_ANSWERS[(i + k) % 6], str((i + k) % 4), f"2024-10-0{1 + k} 09:{10 + i}:00"])
    return read_sheet(_write(tmp_path, rows, suffix, name="class"))


def _doubt(sheet, column, item="Question"):
    doubts = answer_doubts(sheet, ColumnMapping(layout=LONG, answer_column=column, item_column=item))
    assert len(doubts) <= 1
    return doubts[0] if doubts else None


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_each_column_that_is_not_the_answers_is_named_for_what_it_looks_like(tmp_path, suffix):
    sheet = _long_class(tmp_path, suffix)
    assert _doubt(sheet, "Answer") is None
    assert _doubt(sheet, "Student number") == Doubt("Student number", IDS)   # each student twice, once per question
    assert _doubt(sheet, "Email") == Doubt("Email", IDS)
    assert _doubt(sheet, "Mark") == Doubt("Mark", NUMBERS)
    assert _doubt(sheet, "Date") == Doubt("Date", DATES)
    assert _doubt(sheet, "Class") == Doubt("Class", SAME, "4B")
    assert _doubt(sheet, "Surname") is None   # names are words: nothing to say about their shape


def test_a_forms_timestamps_read_from_a_workbook_are_dates(tmp_path):
    rows = [["Horodateur", "Adresse e-mail", "Réponse", "Vide"]]
    rows += [[datetime.datetime(2024, 10, 2, 9, 10 + i), f"eleve{i}@ecole.example", LONG_ANSWERS[i % 6], None]
             for i in range(8)]
    sheet = _xlsx(tmp_path / "Formulaire.xlsx", rows)
    assert _doubt(sheet, "Horodateur", item=None) == Doubt("Horodateur", DATES)
    assert _doubt(sheet, "Vide", item=None) == Doubt("Vide", EMPTY)
    assert _doubt(sheet, "Réponse", item=None) is None


@pytest.mark.parametrize("header", ["Result", "Q3", "Answer", "Réponse", "How many chromosomes are in a body cell?"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_question_a_class_answers_with_a_number_is_not_doubted(tmp_path, header, suffix):
    rows = [["Student ID", "Name", header]] + [[f"S{i:02d}", f"Pupil {i}", a] for i, a in enumerate(CHROMOSOMES)]
    sheet = read_sheet(_write(tmp_path, rows, suffix))
    assert _doubt(sheet, header, item=None) is None


@pytest.mark.parametrize("header", ["Answer", "Q3", "Réponse", "What is 6 times 7?"])
def test_numbers_only_under_a_header_that_says_answers_are_answers(tmp_path, header):
    """A maths quiz answered in numbers alone: the header says they are answers, and they are."""
    values = ["42", "42", "41", "42", "48", "42", "36", "42"]
    rows = [["Student ID", header]] + [[f"S{i:02d}", a] for i, a in enumerate(values)]
    assert _doubt(read_sheet(_write(tmp_path, rows, ".csv")), header, item=None) is None


def test_a_question_that_mentions_a_name_or_a_student_is_answers_and_one_that_asks_who_the_student_is_is_not(tmp_path):
    """A question's wording asks who the student is only when that is what it is about ("What is your student
    number?"), not when it mentions a name or a student on the way to another question."""
    pages = "A student reads 12 pages a day. How many pages does she read in a week?"
    assert says_answers("What is the name of the process plants use to make food?")
    assert says_answers(pages)
    assert not says_answers("What is your name?") and not says_answers("What is your student number?")
    rows = [["What is your student number?", pages]]
    rows += [[f"{20240100 + i}", a] for i, a in enumerate(["84", "84", "72", "84", "96", "84", "12", "84"])]
    sheet = read_sheet(_write(tmp_path, rows, ".csv"))
    assert _doubt(sheet, pages, item=None) is None
    assert _doubt(sheet, "What is your student number?", item=None) == Doubt("What is your student number?", IDS)


def test_marks_with_an_absent_pupil_are_numbers_and_unique_numbers_or_user_names_are_ids(tmp_path):
    rows = [["Matricule", "Note", "Rang", "Username"]]
    rows += [[f"{7700 + i}", str(10 + i % 6) if i != 4 else "abs", str(i + 1), f"{SURNAMES[i % 6].lower()}.{'abcd'[i // 6]}"]
             for i in range(20)]
    sheet = read_sheet(_write(tmp_path, rows, ".csv"))
    assert _doubt(sheet, "Note", item=None) == Doubt("Note", NUMBERS)
    assert _doubt(sheet, "Rang", item=None) == Doubt("Rang", IDS)
    assert _doubt(sheet, "Matricule", item=None) == Doubt("Matricule", IDS)
    assert _doubt(sheet, "Username", item=None) == Doubt("Username", IDS)   # no digit, but the header says so


def test_a_few_rows_are_not_judged_by_their_shape(tmp_path):
    """Four rows say too little: four different numbers are as likely four students' answers."""
    rows = [["ID", "Result", "Class"], ["1", "42", "4B"], ["2", "40", "4B"], ["3", "41", "4B"], ["4", "42", "4B"]]
    sheet = read_sheet(_write(tmp_path, rows, ".csv"))
    assert [_doubt(sheet, c, item=None) for c in ("ID", "Result", "Class")] == [None, None, None]


def test_one_students_sheet_of_numbers_is_not_taken_for_ids(tmp_path):
    """One student, ten questions, each answered once: every answer is unique within its question, as an id is."""
    rows = [["Question", "Result"]] + [[f"Q{k}", str(k * 7)] for k in range(1, 11)]
    assert _doubt(read_sheet(_write(tmp_path, rows, ".csv")), "Result") != Doubt("Result", IDS)


def test_the_same_answer_everywhere_is_said_even_under_an_answer_header(tmp_path):
    rows = [["Name", "Answer"]] + [[f"Pupil {i}", "see attached"] for i in range(6)]
    assert _doubt(read_sheet(_write(tmp_path, rows, ".csv")), "Answer", item=None) == Doubt("Answer", SAME,
                                                                                             "see attached")


def test_a_wide_sheet_names_each_ticked_column_that_is_no_question_in_sheet_order(tmp_path):
    rows = [["Student ID", "Name", "Q1", "Q2", "Total"]]
    rows += [[f"S{i:03d}", f"Pupil {i}", LONG_ANSWERS[i % 6], LONG_ANSWERS[(i + 1) % 6], str(i % 5)] for i in range(10)]
    sheet = read_sheet(_write(tmp_path, rows, ".csv"))
    guessed = guess_columns(sheet)
    assert guessed.layout == WIDE and answer_doubts(sheet, guessed) == []
    ticked = ColumnMapping(layout=WIDE, answer_columns={"Total": "Total", "Q1": "Q1", "Student ID": "Student ID"})
    assert answer_doubts(sheet, ticked) == [Doubt("Student ID", IDS), Doubt("Total", NUMBERS)]


def test_no_answers_column_chosen_has_no_doubt(tmp_path):
    sheet = _long_class(tmp_path)
    assert answer_doubts(sheet, ColumnMapping(layout=LONG, item_column="Question")) == []
