"""A row that repeats the header (two class lists pasted one under the other, each with its header) is no student
(QA s53f finding 2). It was read as one: its "Answer" became an answer to a question named "Question", listed in the
columns dialog, marked and exported, and sent to an LMS as a student. Now it gives no answers, a note names its row,
and the graded sheet keeps it where it was. A student whose answer is a header's word is still a student."""
from __future__ import annotations

import csv

import openpyxl

from grader_app.core.session import GradingSession
from grader_app.io.columns import guess_columns
from grader_app.io.lms import reading_for
from grader_app.io.readers import read_sheet
from grader_app.io.writers import write_graded

HEAD = ["Student ID", "Name", "Question", "Answer"]
CLASS_A = [["00123", "Jürgen Müller", "Warum schwimmt Eis?", "Weil Eis eine geringere Dichte als Wasser hat."],
           ["00124", "María Núñez", "Warum schwimmt Eis?", "Answer"]]     # a student's answer that is a header's word
CLASS_B = [["00131", "Oliver Smith", "Warum schwimmt Eis?", "Because ice is less dense than liquid water."],
           ["00132", "Zoë Čapek", "Warum schwimmt Eis?", "Die Moleküle bilden ein offenes Gitter."]]


def _session(path):
    sheet = read_sheet(path)
    return sheet, GradingSession(sheet, guess_columns(sheet), reading=reading_for(sheet))


def test_a_csv_of_two_lists_pasted_together_reads_the_second_header_as_no_student(tmp_path):
    path = tmp_path / "9a und 9b.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows([HEAD, *CLASS_A, [], [h.upper() + " " for h in HEAD], *CLASS_B])
    sheet, session = _session(path)
    assert [(a.student, a.item, a.text) for a in session.answers] == [
        (f"{r[1]} · {r[0]}", r[2], r[3]) for r in CLASS_A + CLASS_B]
    notes = {n.kind: n.values for n in sheet.notes if hasattr(n, "kind")}
    assert notes["header_again"] == {"rows": [5]}       # the file's row: the empty line between is row 4

    out = write_graded(session, tmp_path / "graded.csv")
    with open(out, newline="", encoding="utf-8-sig") as fh:
        written = list(csv.reader(fh))
    assert [r[:4] for r in written[1:]] == [*CLASS_A, [h.upper() + " " for h in HEAD], *CLASS_B]


def test_a_workbook_with_the_header_again_keeps_that_row_in_the_graded_workbook(tmp_path):
    wb = openpyxl.Workbook()
    for row in [HEAD, *CLASS_A, HEAD, *CLASS_B]:
        wb.active.append(row)
    wb.save(tmp_path / "answers.xlsx")
    sheet, session = _session(tmp_path / "answers.xlsx")
    assert [a.text for a in session.answers] == [r[3] for r in CLASS_A + CLASS_B]
    assert {n.kind: n.values for n in sheet.notes if hasattr(n, "kind")}["header_again"] == {"rows": [4]}
    ws = openpyxl.load_workbook(write_graded(session, tmp_path / "graded.xlsx")).worksheets[0]
    assert [[c.value for c in row[:4]] for row in ws.iter_rows(min_row=2)] == [*CLASS_A, HEAD, *CLASS_B]


def test_a_row_filling_one_cell_with_its_header_is_a_student(tmp_path):
    path = tmp_path / "answers.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEAD, *CLASS_A, ["", "", "", "Answer"], *CLASS_B])
    sheet, session = _session(path)
    assert len(session.answers) == 5 and "header_again" not in {getattr(n, "kind", "") for n in sheet.notes}
