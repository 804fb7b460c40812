"""A .xls that is text: Blackboard's downloads are tab-separated text named .xls (usually UTF-16 with a
BOM), and are read as the CSV they are, every cell exactly as written. What is really a workbook of
Excel 97-2003 keeps its sentence (save it as .xlsx), and binary data or markup named .xls is "not a
real Excel workbook". Every file here is written to disk and opened through ``read_sheet``, as the
app opens a sheet."""
from __future__ import annotations

import csv
import io
import random

import pytest

from grader_app.io.errors import SheetError
from grader_app.io.lms import recognise
from grader_app.io.readers import read_sheet

ICE = "Why does ice float on water?"
PLANTS = "How do plants make their food?"

# Blackboard's "Download Results", By User; the names and answers are made up
BY_USER = [
    ["Last Name", "First Name", "Username", "Student ID",
     "Question ID 1", "Question 1", "Answer 1", "Possible Points 1", "Auto Score 1", "Manual Score 1",
     "Question ID 2", "Question 2", "Answer 2", "Possible Points 2", "Auto Score 2", "Manual Score 2"],
    ["Müller", "Jürgen", "jmueller", "00123", "q_11", ICE, "Ice is less dense; it floats.", "2", "", "",
     "q_12", PLANTS, "Photosynthesis, with light.", "2", "", ""],
    ["Nguyễn", "Thị Lan", "lnguyen", "00456", "q_11", ICE, "Its molecules form an open lattice,\nso it is lighter.",
     "2", "", "", "q_12", PLANTS, "They use sunlight — «soleil».", "2", "", ""],
    ["Ångström", "Zoë", "zangstrom", "", "q_11", ICE, "", "2", "", "", "q_12", PLANTS, "Roots eat soil.", "2", "", ""],
]

# Grade Center > Work Offline > Download (the whole Grade Center): grades, no answers
GRADE_CENTER = [
    ["Last Name", "First Name", "Username", "Student ID", "Last Access", "Availability",
     "Quiz 1 [Total Pts: 10 Score] |123456"],
    ["Müller", "Jürgen", "jmueller", "00123", "2024-03-04 10:12:00", "Available", "7.00000"],
    ["Nguyễn", "Thị Lan", "lnguyen", "00456", "2024-03-04 10:20:00", "Available", ""],
]


def _text(rows, delimiter="\t") -> str:
    """The rows as Blackboard writes them: every cell in quotes, CRLF line ends."""
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


ENCODINGS = {   # name: (how the text becomes bytes, the encoding the reader's note names)
    "utf-16-le with BOM": (lambda t: b"\xff\xfe" + t.encode("utf-16-le"), "UTF-16"),
    "utf-16-be with BOM": (lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "UTF-16"),
    "utf-16-le without BOM": (lambda t: t.encode("utf-16-le"), "UTF-16"),
    "utf-8": (lambda t: t.encode("utf-8"), "UTF-8"),
    "utf-8 with BOM": (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "UTF-8"),
}


def _cells(sheet):
    return [list(sheet.frame.columns)] + [list(r) for r in sheet.frame.itertuples(index=False, name=None)]


def _problem(path) -> SheetError:
    with pytest.raises(SheetError) as info:
        read_sheet(path)
    problem = info.value
    msg = str(problem)
    assert "\n" not in msg and path.name in msg and str(path.parent) not in msg
    return problem


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_blackboard_download_as_tab_separated_text_xls_is_read_cell_for_cell(tmp_path, encoding):
    encode, said = ENCODINGS[encoding]
    p = tmp_path / "Test 3 results.xls"
    p.write_bytes(encode(_text(BY_USER)))
    sheet = read_sheet(p)
    assert _cells(sheet) == BY_USER
    assert sheet.frame.iloc[0, 3] == "00123"                      # the zeros stay: every cell is text
    assert f"Read as {said} text, tab-separated." in sheet.notes
    assert not any("Excel" in n for n in sheet.notes)


def test_text_xls_with_commas_is_read_too(tmp_path):
    p = tmp_path / "results.xls"
    p.write_bytes(b"\xff\xfe" + _text(BY_USER, delimiter=",").encode("utf-16-le"))
    sheet = read_sheet(p)
    assert _cells(sheet) == BY_USER
    assert "Read as UTF-16 text, comma-separated." in sheet.notes


@pytest.mark.parametrize("rows,system", [(BY_USER, "Blackboard"), (GRADE_CENTER, None)])
def test_text_xls_is_recognised_exactly_as_the_same_text_saved_as_csv(tmp_path, rows, system):
    data = b"\xff\xfe" + _text(rows).encode("utf-16-le")
    as_xls, as_csv = tmp_path / "download.xls", tmp_path / "download.csv"
    as_xls.write_bytes(data)
    as_csv.write_bytes(data)
    xls, csv_ = read_sheet(as_xls), read_sheet(as_csv)
    assert _cells(xls) == _cells(csv_) == rows
    found_xls, found_csv = recognise(xls), recognise(csv_)
    assert (found_xls and found_xls.system) == (found_csv and found_csv.system) == system
    if system:
        assert found_xls.kind == found_csv.kind
        assert [r.get("username") for r in found_xls.identifiers.rows] == ["jmueller", "lnguyen", "zangstrom"]
        assert found_xls.mapping.answer_columns == {"Answer 1": "Q1", "Answer 2": "Q2"}


def test_real_excel_97_2003_workbook_keeps_its_sentence(tmp_path):
    p = tmp_path / "old.xls"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "Workbook".encode("utf-16-le") + b"\x00" * 100)
    problem = _problem(p)
    assert problem.kind == "read.old_excel" and "Excel 97-2003" in str(problem)


def test_random_bytes_named_xls_are_not_a_real_workbook(tmp_path):
    data = random.Random(20240304).randbytes(4096)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"PK", b"\xd0\xcf"))
    p = tmp_path / "grades.xls"
    p.write_bytes(data)
    problem = _problem(p)
    assert problem.kind == "read.not_real_xls" and "not a real Excel workbook" in str(problem)


STRAY_NUL = b"Name\tAnswer\r\n" + b"Ann\tIce is less dense than water.\r\n" * 20 + b"Bo\tfloats\x00\r\n"


@pytest.mark.parametrize("data", [
    b"<html><body><table><tr><td>Name</td><td>Answer</td></tr><tr><td>Ann</td><td>floats</td></tr></table>",
    b"\xef\xbb\xbf<?xml version=\"1.0\"?>\r\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">",
    STRAY_NUL,                                                        # a NUL byte in what is otherwise text
    b"\xff\xfe" + "Name\tAnswer\r\n".encode("utf-16-le") + b"\x00",  # UTF-16 cut in the middle of a character
], ids=["web page", "Excel 2003 XML", "NUL bytes", "broken UTF-16"])
def test_markup_and_damaged_text_named_xls_are_not_a_real_workbook(tmp_path, data):
    p = tmp_path / "export.xls"
    p.write_bytes(data)
    assert _problem(p).kind == "read.not_real_xls"


def test_the_same_nul_bytes_in_a_csv_are_still_removed_with_a_note(tmp_path):
    p = tmp_path / "export.csv"
    p.write_bytes(STRAY_NUL)
    sheet = read_sheet(p)
    assert _cells(sheet) == [["Name", "Answer"]] + [["Ann", "Ice is less dense than water."]] * 20 + [["Bo", "floats"]]
    assert any("NUL" in n for n in sheet.notes)
