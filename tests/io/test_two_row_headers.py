"""A header of two rows (QA report): "Student" merged over "ID" and "Name", "Answers" merged over "Q1" and "Q2"
was read from the top row only, giving columns "Student" / "Student (2)" and an extra student "ID | Name" with
blank answers. Real workbooks and CSV files written to disk, read back and their columns guessed."""
from __future__ import annotations

import csv

import openpyxl
import pytest

from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, WIDE
from grader_app.io import guess_columns, read_sheet

A1, A2 = "Plants make their food from light and water", "The cell wall keeps the shape of the cell"
B1, B2 = "Light energy is used to make sugar in leaves", "The membrane lets some things in and out"


def _xlsx(tmp_path, rows, merges, name="class.xlsx"):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    path = tmp_path / name
    wb.save(path)
    return path


def _csv(tmp_path, rows, name="class.csv"):
    path = tmp_path / name
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


GROUPED = [["Student", None, "Answers", None], ["ID", "Name", "Q1", "Q2"], ["S01", "Ann", A1, A2], ["S02", "Ben", B1, B2]]


def test_xlsx_merged_group_titles_over_a_row_of_labels_are_one_header(tmp_path):
    sheet = read_sheet(_xlsx(tmp_path, GROUPED, ["A1:B1", "C1:D1"]))
    assert sheet.columns == ["Student ID", "Student Name", "Q1", "Q2"]
    assert sheet.frame.values.tolist() == [["S01", "Ann", A1, A2], ["S02", "Ben", B1, B2]]   # no "ID | Name" student
    assert [sheet.row_number(r) for r in range(len(sheet))] == [3, 4]
    m = guess_columns(sheet)
    assert (m.layout, m.id_column, m.name_column, list(m.answer_columns)) == (WIDE, "Student ID", "Student Name",
                                                                              ["Q1", "Q2"])
    assert [a.student for a in GradingSession(sheet, m).answers] == ["Ann · S01"] * 2 + ["Ben · S02"] * 2


def test_xlsx_long_sheet_under_a_title_with_a_group_over_id_and_name(tmp_path):
    rows = [["Biology unit test — Term 2", None, None, None],
            ["Student", None, "Question", "Answer"],
            ["ID", "Name", None, None],
            ["S01", "Ann", "asap-sas-1", A1], ["S02", "Ben", "asap-sas-1", B1], ["S02", "Ben", "asap-sas-5", B2]]
    sheet = read_sheet(_xlsx(tmp_path, rows, ["A1:D1", "A2:B2"]))
    assert sheet.columns == ["Student ID", "Student Name", "Question", "Answer"]
    assert len(sheet) == 3 and sheet.frame["Student ID"].tolist() == ["S01", "S02", "S02"]
    assert any("title row" in n for n in sheet.notes)
    m = guess_columns(sheet)
    assert (m.layout, m.id_column, m.name_column, m.item_column, m.answer_column) == (
        LONG, "Student ID", "Student Name", "Question", "Answer")


def test_xlsx_columns_merged_down_keep_their_label_and_parts_keep_their_titles(tmp_path):
    rows = [["ID", "Part A", None, "Part B", None], [None, "Q1", "Q2", "Q1", "Q2"],
            ["S01", A1, A2, B1, B2], ["S02", B1, B2, A1, A2]]
    sheet = read_sheet(_xlsx(tmp_path, rows, ["A1:A2", "B1:C1", "D1:E1"]))
    assert sheet.columns == ["ID", "Part A Q1", "Part A Q2", "Part B Q1", "Part B Q2"]
    assert sheet.frame["ID"].tolist() == ["S01", "S02"]


@pytest.mark.parametrize("rows, columns", [
    # a workbook with merged group titles saved as CSV: each title once, then empty cells
    ([["Student", "", "Answers", ""], ["ID", "Name", "Q1", "Q2"], ["S01", "Ann", A1, A2], ["S02", "Ben", B1, B2]],
     ["Student ID", "Student Name", "Q1", "Q2"]),
    ([["Student", "", "Question", "Answer"], ["ID", "Name", "", ""], ["S01", "Ann", "asap-sas-1", A1],
      ["S02", "Ben", "asap-sas-1", B1]],
     ["Student ID", "Student Name", "Question", "Answer"]),
])
def test_csv_saved_from_such_a_workbook(tmp_path, rows, columns):
    sheet = read_sheet(_csv(tmp_path, rows))
    assert sheet.columns == columns
    assert sheet.frame["Student ID"].tolist() == ["S01", "S02"]
    m = guess_columns(sheet)
    assert (m.id_column, m.name_column) == ("Student ID", "Student Name")


def test_xlsx_merged_header_over_a_first_row_of_data_is_not_a_second_header_row(tmp_path):
    # "Name" merged over the first and last name columns, the students right below it
    rows = [["ID", "Name", None, "Answer"], ["S01", "Ann", "Lee", A1], ["S02", "Ben", "Okafor", B1]]
    sheet = read_sheet(_xlsx(tmp_path, rows, ["B1:C1"]))
    assert sheet.columns == ["ID", "Name", "Name (2)", "Answer"]
    assert sheet.frame["ID"].tolist() == ["S01", "S02"]


def test_xlsx_group_titles_over_data_without_labels_keep_the_first_student(tmp_path):
    rows = [["Student", None, "Answers", None], ["S01", "Ann", A1, A2], ["S02", "Ben", B1, B2]]
    sheet = read_sheet(_xlsx(tmp_path, rows, ["A1:B1", "C1:D1"]))
    assert sheet.columns == ["Student", "Student (2)", "Answers", "Answers (2)"]
    assert sheet.frame.iloc[0].tolist() == ["S01", "Ann", A1, A2]


@pytest.mark.parametrize("rows, columns, first", [
    # an unnamed column after "Name": the first student (no answer yet) stays a student
    ([["Name", "", "Answer"], ["Ann", "Lee", ""], ["Ben", "Okafor", B1], ["Cat", "Diaz", A2]],
     ["Name", "Column 2", "Answer"], ["Ann", "Lee", ""]),
    # a sheet's title of two parts right above the header is no group title
    ([["Year 9 Science test", "", "Term 2", ""], ["Student ID", "Name", "Q1", "Q2"], ["S01", "Ann", A1, A2],
      ["S02", "Ben", B1, B2]],
     ["Student ID", "Name", "Q1", "Q2"], ["S01", "Ann", A1, A2]),
])
def test_csv_rows_that_only_look_like_a_second_header_row(tmp_path, rows, columns, first):
    sheet = read_sheet(_csv(tmp_path, rows))
    assert sheet.columns == columns
    assert sheet.frame.iloc[0].tolist() == first
