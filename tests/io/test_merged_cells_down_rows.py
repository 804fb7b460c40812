"""Cells merged down over several students' rows in a workbook (QA of sheets from the wild: a teacher merges an answer
cell over two rows for a pair, or by mistake, and Excel keeps only the top cell's text). Each row reads the merged cell's
text, so two students are graded, and exported to the LMS, on one answer: that stays as it was, but it was said nowhere;
the review showed the second student's answer as theirs. Now the sheet's notes name the ranges and the rows they fill,
and say what to do if those students answered separately. A range merged across one row (a title, a two-row header's
group), or down the header's rows, says nothing. Real workbooks, read as the window reads them."""
from __future__ import annotations

import openpyxl

from grader_app.io.readers import read_sheet

Q = "Q1 Why is the sky blue?"


def _workbook(path, merges, header_rows=(("Student ID", "Name", Q),)):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in header_rows:
        ws.append(list(row))
    ws.append(["001", "Ann", "Light scatters off the air"])
    ws.append(["002", "Bo", "We worked together: blue light scatters most"])
    ws.append(["003", "Cy", None])
    ws.append(["004", "Di", "no idea"])
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def _merged_notes(sheet):
    return [n for n in sheet.notes if getattr(n, "kind", "") == "merged_down"]


def test_an_answer_merged_down_over_two_students_is_named_with_its_rows(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "pairs.xlsx", ["C3:C4"]))
    assert sheet.frame[Q].tolist()[1:3] == ["We worked together: blue light scatters most"] * 2   # read as before
    [note] = _merged_notes(sheet)
    assert note.values == {"ranges": ["C3:C4"], "rows": [3, 4]}
    assert str(note) == ("1 range of cells is merged down over several rows (C3:C4), so each of those rows reads the "
                         "merged cell's text (rows 3, 4); if those students answered separately, unmerge the cells in "
                         "Excel, type each one's answer, and open the sheet again.")


def test_several_ranges_are_named_together_and_only_the_table_rows_they_fill(tmp_path):
    # B4:B40 reaches far below the table: only its rows 4 and 5 hold students
    sheet = read_sheet(_workbook(tmp_path / "two.xlsx", ["C2:C3", "B4:B40"]))
    [note] = _merged_notes(sheet)
    assert note.values == {"ranges": ["C2:C3", "B4:B40"], "rows": [2, 3, 4, 5]}
    assert str(note).startswith("2 ranges of cells are merged down over several rows (C2:C3, B4:B40)")


def test_merges_across_a_row_or_down_the_header_say_nothing(tmp_path):
    header = (("Student", None, "Answers"), ("ID", "Name", Q))   # a two-row header: a group title over two columns
    path = _workbook(tmp_path / "head.xlsx", ["A1:B1", "C1:C2", "A4:B4"], header_rows=header)
    sheet = read_sheet(path)
    assert _merged_notes(sheet) == []
    assert _merged_notes(read_sheet(_workbook(tmp_path / "plain.xlsx", []))) == []
