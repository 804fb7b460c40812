"""Columns a teacher hid in their workbook (an email column, private notes while marking) are read like the others,
said in a note, and stay hidden in the graded workbook at their letters (the table is written where it was): it
showed them, saying nothing. Real workbooks are written with openpyxl, read, graded, written and read back."""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent))   # the cell-types test's graded session
from test_xlsx_cell_types import _session  # noqa: E402

from grader_app.io import read_sheet, write_graded_xlsx  # noqa: E402
from grader_app.io.earlier_grading import set_aside  # noqa: E402

HEAD = ["Student ID", "Name", "Email", "Question", "Answer", "Notes", "Private"]   # from column B
ANSWERS = ["the amount of vinegar", "tRNA brings amino acids", "White, it reflects light"]


def _workbook(path, hidden=True):
    """The table in B1:H4 (column A empty); hidden: D (Email) alone, G:H (Notes, Private) as one range, and outside the
    table J (empty) and everything from L to Excel's last column, as a teacher hides the unused ones."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Answers"
    for c, title in enumerate(HEAD, start=2):
        ws.cell(1, c, title)
    for i, answer in enumerate(ANSWERS):
        row = [f"S{i}", f"Kid {i}", f"kid{i}@school.example", "asap-sas-1", answer, f"talk to parents {i}", "x"]
        for c, v in enumerate(row, start=2):
            ws.cell(i + 2, c, v)
    if hidden:
        ws.column_dimensions["D"].hidden = True
        ws.column_dimensions.group("G", "H", hidden=True)
        ws.column_dimensions["J"].hidden = True
        ws.column_dimensions.group("L", "XFD", hidden=True)
    wb.save(path)
    return path


def _hidden_letters(path) -> list[str]:
    ws = openpyxl.load_workbook(path).worksheets[0]
    return [get_column_letter(c) for c in range(1, ws.max_column + 1)
            if ws.column_dimensions[get_column_letter(c)].hidden]


def test_hidden_columns_are_read_said_and_stay_hidden_at_their_letters(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx"))
    notes = [n for n in sheet.notes if n.kind == "hidden_columns"]
    # the hidden columns outside the table (J, L to the last) are not named
    assert notes == ["3 columns of the sheet are hidden (D: Email, G: Notes, H: Private); they are read like the "
                     "others, and the graded workbook keeps them hidden."]
    assert sheet.hidden_columns == ("Email", "Notes", "Private")
    assert sheet.frame["Email"].tolist() == [f"kid{i}@school.example" for i in range(3)]   # read like the others
    session = _session(sheet)
    assert len(session.answers) == 3
    out = write_graded_xlsx(session, tmp_path / "graded.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    headers = [ws.cell(1, c).value for c in range(1, ws.max_column + 1)]
    assert headers[:8] == [None, *HEAD] and ws.max_column > 8   # the table where it was; the grading columns right of it
    assert _hidden_letters(out) == ["D", "G", "H"]         # Email, Notes, Private at their letters; no grading column
    again = set_aside(read_sheet(out))                     # the graded workbook, opened to grade again
    assert again.hidden_columns == ("Email", "Notes", "Private")
    assert [n for n in again.notes if n.kind == "hidden_columns"] == [
        "3 columns of the sheet are hidden (D: Email, G: Notes, H: Private); they are read like the others, and the "
        "graded workbook keeps them hidden."]


def test_a_workbook_without_hidden_columns_gets_no_note_and_hides_none(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "plain.xlsx", hidden=False))
    assert sheet.hidden_columns == () and [n for n in sheet.notes if n.kind == "hidden_columns"] == []
    assert _hidden_letters(write_graded_xlsx(_session(sheet), tmp_path / "graded.xlsx")) == []


def test_one_hidden_column_is_said_in_the_singular(tmp_path):
    path = tmp_path / "class.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student", "Email", "Answer"])
    ws.append(["Kid 0", "kid0@school.example", "ice floats"])
    ws.column_dimensions["B"].hidden = True
    wb.save(path)
    sheet = read_sheet(path)
    assert [n for n in sheet.notes if n.kind == "hidden_columns"] == [
        "1 column of the sheet is hidden (B: Email); it is read like the others, and the graded workbook keeps it "
        "hidden."]
    assert sheet.hidden_columns == ("Email",)


def test_hidden_ranges_meet_only_the_tables_columns():
    from grader_app.io.hidden_columns import column_letter, hidden_positions

    assert hidden_positions([(1, 3), (7, 16384)], col0=1, width=7) == {0, 1, 5, 6}   # B..H: B, C and G, H
    assert hidden_positions([(10, 12)], col0=0, width=5) == set()
    assert [column_letter(c) for c in (1, 26, 27, 52, 16384)] == ["A", "Z", "AA", "AZ", "XFD"]
