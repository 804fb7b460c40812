"""A row that only heads a section ("Class 9B" alone in the student column between two lists, every other cell empty)
is no student (QA s53f finding 5). It was read as one: a student "Class 9B" with a blank answer to a question with no
name, listed in the columns dialog, counted and exported. Now, read one row per answer with a question column, a row
with neither a question nor an answer gives no answers, a note names its row, and the graded sheet keeps it where it
was. A student who handed in nothing still names the question, so stays a student; in one column per question a row
with a name and no answers is a student who handed in nothing, and stays one."""
from __future__ import annotations

import csv

import openpyxl

from grader_app.bundles.library import Library
from grader_app.core.sheet import WIDE, ColumnMapping
from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet
from grader_app.io.section_rows import section_note
from grader_app.io.writers import write_graded
from grader_app.workflow import start_session

HEAD = ["Student ID", "Name", "Question", "Answer", "Comment"]
CLASS_A = [["00123", "Jürgen Müller", "Warum schwimmt Eis?", "Weil Eis eine geringere Dichte als Wasser hat.", ""],
           ["00124", "María Núñez", "Warum schwimmt Eis?", "", "handed in nothing"]]   # blank answer, question named
CLASS_B = [["00131", "Oliver Smith", "Warum schwimmt Eis?", "Because ice is less dense than liquid water.", ""],
           ["00132", "Zoë Čapek", "Warum schwimmt Eis?", "Die Moleküle bilden ein offenes Gitter.", ""]]
LABEL = ["Class 9B", "", "", "", ""]


def _write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _session(path, mapping=None):
    sheet = read_sheet(path)
    mapping = mapping or guess_columns(sheet)
    session, _ = start_session(sheet, mapping, Library(folders=[]))
    return sheet, session


def test_a_section_heading_between_two_lists_is_no_student_and_the_graded_csv_keeps_it(tmp_path):
    path = _write_csv(tmp_path / "9a und 9b.csv", [HEAD, *CLASS_A, [], LABEL, *CLASS_B])
    sheet, session = _session(path)
    assert [(a.student, a.item, a.text) for a in session.answers] == [
        (f"{r[1]} · {r[0]}", r[2], r[3]) for r in CLASS_A + CLASS_B]   # María, who handed in nothing, stays
    assert set(session.item_keys()) == {"Warum schwimmt Eis?"}          # no question without a name
    note = section_note(sheet, session.mapping)
    assert note is not None and note.kind == "section_rows" and note.values == {"rows": [5]}   # the file's row
    assert "Left out 1 row with neither a question nor an answer (row 5)" in note

    out = write_graded(session, tmp_path / "graded.csv")
    with open(out, newline="", encoding="utf-8-sig") as fh:
        written = list(csv.reader(fh))
    assert [r[:5] for r in written[1:]] == [*CLASS_A, LABEL, *CLASS_B]


def test_a_workbook_with_a_section_heading_keeps_it_in_the_graded_workbook(tmp_path):
    wb = openpyxl.Workbook()
    for row in [HEAD, *CLASS_A, LABEL, *CLASS_B]:
        wb.active.append([v if v != "" else None for v in row])
    wb.save(tmp_path / "answers.xlsx")
    sheet, session = _session(tmp_path / "answers.xlsx")
    assert [a.text for a in session.answers] == [r[3] for r in CLASS_A + CLASS_B]
    assert section_note(sheet, session.mapping).values == {"rows": [4]}
    ws = openpyxl.load_workbook(write_graded(session, tmp_path / "graded.xlsx")).worksheets[0]
    assert [[c.value or "" for c in row[:5]] for row in ws.iter_rows(min_row=2)] == [*CLASS_A, LABEL, *CLASS_B]


def test_a_row_naming_its_question_with_no_answer_is_a_student_who_handed_in_nothing(tmp_path):
    path = _write_csv(tmp_path / "answers.csv", [HEAD, *CLASS_A, ["00125", "", "Warum schwimmt Eis?", "", ""]])
    sheet, session = _session(path)
    assert [a.student for a in session.answers][-1] == "00125" and len(session.answers) == 3
    assert section_note(sheet, session.mapping) is None


def test_without_a_question_column_a_blank_answer_is_a_student(tmp_path):
    path = _write_csv(tmp_path / "answers.csv", [["Name", "Answer"], ["Ann Lee", "Ice is less dense."],
                                                 ["Class 9B", ""], ["Bo Ray", "It floats."]])
    sheet = read_sheet(path)
    mapping = ColumnMapping(name_column="Name", answer_column="Answer", default_item="Q1")
    session, _ = start_session(sheet, mapping, Library(folders=[]))
    assert [a.student for a in session.answers] == ["Ann Lee", "Class 9B", "Bo Ray"]
    assert section_note(sheet, mapping) is None


def test_one_column_per_question_keeps_a_name_without_answers_as_a_student(tmp_path):
    path = _write_csv(tmp_path / "wide.csv", [["Name", "Q1", "Q2"], ["Ann Lee", "Ice is less dense.", "Hydrogen bonds."],
                                              ["Class 9B", "", ""], ["Bo Ray", "It floats.", "Less dense."]])
    sheet = read_sheet(path)
    mapping = ColumnMapping(layout=WIDE, name_column="Name", answer_columns={"Q1": "Q1", "Q2": "Q2"})
    session, _ = start_session(sheet, mapping, Library(folders=[]))
    assert [a.student for a in session.answers] == ["Ann Lee", "Ann Lee", "Class 9B", "Class 9B", "Bo Ray", "Bo Ray"]
    assert section_note(sheet, mapping) is None
