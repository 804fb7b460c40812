"""Student ids with leading zeros stay text from the sheet to every file written: "00123" is never 123. The sheet is
a real CSV (comma and semicolon), a workbook holding the ids as text, and one holding them as numbers shown
zero-padded (format "00000", as schools often store them); each is read as the app reads it and exported."""
from __future__ import annotations

import csv

import pytest
from openpyxl import Workbook

import lms_sheets as L
from grader_app.io.canvas import write_canvas_csv
from grader_app.io.lms import export_format

HEAD = ["Student ID", "Name", L.ICE]
ROWS = [["00123", "Ann Lee", L.A_GOOD], ["0456", "Ben Okafor", L.A_SOME], ["007", "Cara Diaz", "It is cold."]]


def comma_csv(folder):
    return L.write_csv(folder / "class.csv", [HEAD, *ROWS])


def semicolon_csv(folder):
    path = folder / "class-de.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh, delimiter=";").writerows([HEAD, *ROWS])
    return path


def text_workbook(folder):
    return L.write_xlsx(folder / "class.xlsx", [HEAD, *ROWS])


def padded_workbook(folder):
    wb = Workbook()
    ws = wb.active
    ws.append(HEAD)
    for sid, name, answer in ROWS:
        ws.append([int(sid), name, answer])
        ws.cell(ws.max_row, 1).number_format = "0000" if sid == "0456" else "000" if sid == "007" else "00000"
    path = folder / "class-numbers.xlsx"
    wb.save(path)
    return path


def rows_of(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        text = fh.read()
    return list(csv.reader(text.splitlines(), delimiter=";" if text.count(";") > text.count(",") else ","))


@pytest.mark.parametrize("sheet", [comma_csv, semicolon_csv, text_workbook, padded_workbook])
def test_ids_keep_their_zeros_in_the_points_sheet_and_the_files_by_the_sheets_id(tmp_path, sheet):
    session = L.session_for(sheet(tmp_path), L.by_text)
    assert session.mapping.id_column == "Student ID"
    want = [r[0] for r in ROWS]

    export_format("points").write(session, tmp_path / "points.csv")
    points = rows_of(tmp_path / "points.csv")
    assert points[0][:2] == ["Student", "Student ID"] and [r[1] for r in points[1:]] == want

    export_format("moodle-gradebook-by-id").write(session, tmp_path / "moodle.csv")
    moodle = rows_of(tmp_path / "moodle.csv")
    assert moodle[0][3] == "ID number" and [r[3] for r in moodle[1:]] == want

    write_canvas_csv(session, tmp_path / "canvas.csv")
    canvas = rows_of(tmp_path / "canvas.csv")
    assert canvas[0][2] == "SIS User ID" and [r[2] for r in canvas[2:]] == want


GROUPED = [["123456", "Ann Lee", L.A_GOOD], ["2345678", "Ben Okafor", L.A_SOME], ["1002", "Cara Diaz", "It is cold."]]


def test_ids_stored_as_numbers_under_a_thousands_format_reach_the_files_as_their_digits(tmp_path):
    """A workbook whose ids are numbers under "#,##0" (Excel shows "123,456"): the learning platform knows "123456",
    so every file written by the sheet's id carries the digits, not the grouped text (answers under number formats
    read as Excel shows them since 2ee6b12; a whole number only grouped is read as its digits)."""
    wb = Workbook()
    ws = wb.active
    ws.append(HEAD)
    for sid, name, answer in GROUPED:
        ws.append([int(sid), name, answer])
        ws.cell(ws.max_row, 1).number_format = "#,##0"
    path = tmp_path / "class-grouped.xlsx"
    wb.save(path)
    session = L.session_for(path, L.by_text)
    want = [r[0] for r in GROUPED]

    export_format("points").write(session, tmp_path / "points.csv")
    assert [r[1] for r in rows_of(tmp_path / "points.csv")[1:]] == want
    export_format("moodle-gradebook-by-id").write(session, tmp_path / "moodle.csv")
    assert [r[3] for r in rows_of(tmp_path / "moodle.csv")[1:]] == want
    write_canvas_csv(session, tmp_path / "canvas.csv")
    assert [r[2] for r in rows_of(tmp_path / "canvas.csv")[2:]] == want
