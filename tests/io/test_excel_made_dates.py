"""Answers Excel turned into dates: a student's "3/4" (a fraction, a ratio, "3 out of 4") typed into Excel, or a CSV of
answers opened in Excel and saved, becomes a date shown without its year ("4-Mar"), and the file keeps only the date.
Grader reads the date (2026-03-04), so the teacher is told which cells they are and what each may have been typed as
(Excel's month/day or day/month, which the file does not say). Dates written with their year (a submission time) and
numbers ("42", "0.75") are read as they are, with no note. Real workbooks written and opened through ``read_sheet``."""
from __future__ import annotations

import datetime as dt

import openpyxl

from grader_app.workflow import read_sheet


def workbook(path, rows, formats):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for cell, code in formats.items():
        ws[cell].number_format = code
    wb.save(path)
    return path


def made_date_notes(sheet):
    return [n for n in sheet.notes if getattr(n, "kind", "") == "excel_dates"]


def test_fractions_excel_made_dates_are_named_with_what_they_may_have_been(tmp_path):
    p = workbook(tmp_path / "fractions.xlsx", [
        ["Name", "Submitted", "Answer"],
        ["Ann", dt.datetime(2026, 3, 2, 9, 10), "three quarters"],
        ["Bo", dt.datetime(2026, 3, 2, 9, 12), dt.datetime(2026, 3, 4)],        # typed 3/4 (US) or 4/3 (Europe)
        ["Cy", dt.datetime(2026, 3, 2, 9, 15), 42],
        ["Di", dt.datetime(2026, 3, 2, 9, 20), dt.datetime(2026, 1, 2)],        # typed 1-2 or 2/1
    ], {"B2": "yyyy-mm-dd h:mm", "B3": "yyyy-mm-dd h:mm", "B4": "yyyy-mm-dd h:mm", "B5": "yyyy-mm-dd h:mm",
        "C3": "d-mmm", "C5": "mmm-d"})
    sheet = read_sheet(p)
    assert list(sheet.frame["Answer"]) == ["three quarters", "2026-03-04", "42", "2026-01-02"]   # read as before
    [note] = made_date_notes(sheet)
    assert note.values["column"] == "Answer" and note.values["rows"] == [3, 5]
    assert note.values["shown"] == "2026-03-04" and note.values["readings"] == ["3/4", "4/3"]
    assert "“Answer”" in note and "rows 3, 5" in note and "3/4 or 4/3" in note and "Text" in note


def test_one_made_date_is_said_in_the_singular(tmp_path):
    p = workbook(tmp_path / "one.xlsx", [["Name", "Answer"], ["Ann", "a half"], ["Bo", dt.datetime(2026, 2, 2)]],
                 {"B3": "d-mmm"})
    [note] = made_date_notes(read_sheet(p))
    assert note.startswith("1 cell in column “Answer” (row 3)") and note.values["readings"] == ["2/2"]


def test_dates_with_their_year_and_plain_numbers_bring_no_note(tmp_path):
    p = workbook(tmp_path / "plain.xlsx", [
        ["Name", "Due", "Answer", "Time"],
        ["Ann", dt.datetime(2026, 3, 4), 0.75, dt.time(9, 30)],
        ["Bo", dt.datetime(2026, 3, 5), 42, dt.time(9, 45)],
    ], {"B2": "d-mmm-yy", "B3": "m/d/yyyy", "D2": "h:mm", "D3": "h:mm"})
    sheet = read_sheet(p)
    assert made_date_notes(sheet) == []
    assert list(sheet.frame["Answer"]) == ["0.75", "42"]
