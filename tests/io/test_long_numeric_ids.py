"""Student ids of 16 or more digits stored in a workbook as numbers read as their digits, in the sheet and in the
graded files (they read as '2.02312345678901e+16'). Real workbooks written and read back."""
from __future__ import annotations

import csv

import openpyxl

from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io import read_sheet, write_graded
from grader_app.io.writers import graded_frame

IDS = [2.02312345678901e16,        # a 17-digit id typed into Excel: it keeps 15 significant digits
       2.023123456789012e16,       # the same id written by a program: the digits the file holds
       123456789012345.0, 1234567890123456.0, 42.0]
SHOWN = ["20231234567890100", "20231234567890120", "123456789012345", "1234567890123456", "000042"]


def _workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student ID", "Question", "Answer", "Score"])
    for i, sid in enumerate(IDS):
        ws.append([sid, "asap-sas-1", f"the amount of vinegar and the container size {i}", 2.5])
    ws.cell(len(IDS) + 1, 1).number_format = "000000"    # Excel shows 42 as 000042
    wb.save(path)
    return path


def test_long_numeric_ids_read_as_their_digits_and_are_written_so(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "ids.xlsx"))
    assert sheet.frame["Student ID"].tolist() == SHOWN
    assert sheet.frame["Score"].tolist() == ["2.5"] * len(IDS)     # a fraction stays a fraction
    from grader_app.core.session import GradingSession

    mapping = ColumnMapping(layout=LONG, id_column="Student ID", item_column="Question", answer_column="Answer")
    session = GradingSession(sheet, mapping)
    assert [a.student for a in session.answers] == SHOWN
    assert graded_frame(session)["Student ID"].tolist() == SHOWN
    out = write_graded(session, tmp_path / "graded.csv")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        assert [r[0] for r in csv.reader(fh)][1:] == SHOWN
    out = write_graded(session, tmp_path / "graded.xlsx")
    assert read_sheet(out).frame["Student ID"].tolist() == SHOWN
