"""What a teacher's workbook holds besides text, kept: numbers and dates stay numbers and dates in the graded
workbook (a SUM over the teacher's own points column gave 0 when they came back as text), hidden rows are said
and stay hidden, and formulas whose value was never computed refuse the grading rather than read as blank answers.
Real workbooks are written with openpyxl, read, graded, written and read back."""
from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.core.unsaved_formulas import UnsavedResults
from grader_app.io import read_sheet, write_graded_csv, write_graded_xlsx
from grader_app.io.earlier_grading import set_aside

HEAD = ["Student ID", "Name", "Question", "Answer", "MC points", "Submitted", "Passed"]
ANSWERS = ["the amount of vinegar", "tRNA brings amino acids", "White, it reflects light", "42"]
WHEN = dt.datetime(2026, 3, 1, 10, 0)


def _workbook(path, hide=(), filtered=()):
    """Ids as numbers (one zero-padded by its format, one text with a leading zero), points with a format, dates,
    a truth value and an answer stored as a number; ``hide``/``filtered``: 1-based rows hidden by hand or left out
    by an auto-filter (Excel saves both as hidden rows)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Answers"
    ws.append(HEAD)
    ids = [1234567, 123, "007", 88]
    for i, (sid, answer) in enumerate(zip(ids, ANSWERS)):
        ws.append([sid, f"Kid {i}", "asap-sas-1", int(answer) if answer.isdigit() else answer, 0.5 + i,
                   WHEN + dt.timedelta(minutes=i), i % 2 == 0])
        ws.cell(i + 2, 5).number_format = "0.0"
        ws.cell(i + 2, 6).number_format = "dd.mm.yyyy hh:mm"
    ws.cell(3, 1).number_format = "000000"                  # Excel shows 000123
    for r in hide:
        ws.row_dimensions[r].hidden = True
    if filtered:
        ws.auto_filter.ref = f"A1:G{len(ids) + 1}"
        ws.auto_filter.add_filter_column(1, ["Kid 0"])
        for r in filtered:
            ws.row_dimensions[r].hidden = True
    wb.save(path)
    return path


def _session(sheet):
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", name_column="Name", item_column="Question",
                            answer_column="Answer")
    s = GradingSession(sheet, mapping, {"asap-sas-1": ItemInfo(item="asap-sas-1", bundle_id="b", labels=(0, 1, 2, 3),
                                                               default_threshold=0.8)})
    for a in s.answers:
        s.decide(a.key, a.key % 4)
    return s


def _cells(path, row):
    ws = openpyxl.load_workbook(path).worksheets[0]
    return [(c.value, c.data_type, c.number_format) for c in ws[row]][:len(HEAD)]


def test_numbers_and_dates_of_the_teachers_workbook_stay_numbers_and_dates_in_the_graded_workbook(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx"))
    assert sheet.frame["Student ID"].tolist() == ["1234567", "000123", "007", "88"]     # the app reads text
    assert sheet.frame["MC points"].tolist() == ["0.5", "1.5", "2.5", "3.5"]
    out = write_graded_xlsx(_session(sheet), tmp_path / "graded.xlsx")
    first, second, third = _cells(out, 2), _cells(out, 3), _cells(out, 4)
    assert first[0] == (1234567, "n", "General")
    assert second[0] == (123, "n", "000000")                 # still shown as 000123
    assert third[0] == ("007", "s", "General")               # text stays text, its zeros kept
    assert [c[:2] for c in first[1:4]] == [("Kid 0", "s"), ("asap-sas-1", "s"), (ANSWERS[0], "s")]
    assert first[4] == (0.5, "n", "0.0") and second[4] == (1.5, "n", "0.0")
    assert first[5] == (WHEN, "d", "dd.mm.yyyy hh:mm")
    assert first[6][:2] == (True, "b")
    assert _cells(out, 5)[3][:2] == (42, "n")                # an answer the workbook held as a number
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert sum(ws.cell(r, 5).value for r in range(2, 6)) == 8.0   # what =SUM(E:E) adds up


def test_the_graded_workbook_reads_back_as_the_same_text_and_writes_the_same_types_again(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx"))
    first = write_graded_xlsx(_session(sheet), tmp_path / "graded.xlsx")
    again = set_aside(read_sheet(first))
    assert again.frame[HEAD].values.tolist() == sheet.frame[HEAD].values.tolist()
    assert len(again.earlier) == 4
    second = write_graded_xlsx(_session(again), tmp_path / "graded-again.xlsx")
    for row in (2, 3, 5):
        assert _cells(second, row) == _cells(first, row)
    assert _cells(second, 2)[4] == (0.5, "n", "0.0") and _cells(second, 3)[0] == (123, "n", "000000")


def test_csv_output_keeps_the_exact_text_and_a_csv_source_stays_text(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx"))
    out = write_graded_csv(_session(sheet), tmp_path / "graded.csv")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[1][:7] == ["1234567", "Kid 0", "asap-sas-1", ANSWERS[0], "0.5", "2026-03-01 10:00:00", "TRUE"]
    assert rows[2][0] == "000123"
    from_csv = read_sheet(out)          # a CSV's cells are text: "007" as much as 7, so none is typed
    assert from_csv.typed == {}
    graded = write_graded_xlsx(_session(set_aside(from_csv)), tmp_path / "from-csv.xlsx")
    assert [c[:2] for c in _cells(graded, 2)[:5]] == [("1234567", "s"), ("Kid 0", "s"), ("asap-sas-1", "s"),
                                                      (ANSWERS[0], "s"), ("0.5", "s")]


def test_hidden_and_filtered_out_rows_are_said_graded_and_stay_hidden(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx", hide=[3], filtered=[5]))
    notes = [n for n in sheet.notes if n.kind == "hidden_rows"]
    assert notes == ["2 rows of the sheet are hidden or filtered out (rows 3, 5); they are graded and exported like "
                     "the others, and the graded workbook keeps them hidden."]
    assert sheet.hidden_rows == (1, 3) and len(_session(sheet).answers) == 4
    out = write_graded_xlsx(_session(sheet), tmp_path / "graded.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert [bool(ws.row_dimensions[r].hidden) for r in range(2, 6)] == [False, True, False, True]
    assert [n.kind for n in read_sheet(_workbook(tmp_path / "plain.xlsx")).notes if n.kind == "hidden_rows"] == []


def test_one_hidden_row_is_said_in_the_singular(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx", hide=[4]))
    assert [n for n in sheet.notes if n.kind == "hidden_rows"] == [
        "1 row of the sheet is hidden or filtered out (row 4); it is graded and exported like the others, and the "
        "graded workbook keeps it hidden."]


def test_formulas_whose_value_was_never_computed_refuse_the_grading_naming_them(tmp_path):
    """A workbook written by a program (openpyxl, here) stores formulas without their results: a name held by one
    read as blank and would name the answers wrongly. Grading by that column is refused, saying which cells and what
    to do; the file is left as it was. An answer held by one is no refusal: that answer is flagged with its own reason,
    never as a blank one (tests/io/test_formula_in_an_answer_cell.py)."""
    path = _workbook(tmp_path / "class.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["D3"] = '=CONCATENATE("The mRNA ", "leaves the nucleus")'
    ws["B5"] = '=UPPER("ann lee")'
    wb.save(path)
    before = path.read_bytes()
    with pytest.raises(UnsavedResults) as e:
        _session(read_sheet(path))
    assert str(e.value) == ("1 cell in the columns chosen holds a formula whose value was never computed (Name: B5), "
                            "so Grader cannot see what it shows; open and save the sheet in Excel or LibreOffice "
                            "first, then open it again")
    assert e.value.kind == "columns.formulas_without_results" and path.read_bytes() == before


def test_a_formula_outside_the_table_only_gets_a_note(tmp_path):
    path = _workbook(tmp_path / "class.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["A3000"] = "=1+1"
    wb.active["I1"] = "=COUNTA(D2:D5)"      # a count beside the header, in no column of the table
    wb.save(path)
    sheet = read_sheet(path)
    assert len(sheet.frame) == 4 and sheet.columns == HEAD
    assert any(n.kind == "formulas_without_results" and "I1, A3000" in n for n in sheet.notes)
