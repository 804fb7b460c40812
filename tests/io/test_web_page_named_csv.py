"""A web page or an Excel 2003 XML workbook saved under a CSV name (an LMS's "Excel" download that is a web page,
renamed .csv by the teacher) is said to be one, with what to do, instead of being read as text whose one line of
markup is a "header row with no answers below it". A CSV whose answers merely hold a "<" is still read."""
from __future__ import annotations

import pytest

from grader_app.io.errors import SheetError
from grader_app.workflow import read_sheet

PAGE = (b"<html><head><meta charset='utf-8'></head><body><table>\r\n<tr><td>Name</td><td>Answer</td></tr>\r\n"
        b"<tr><td>Ann</td><td>Ice floats</td></tr>\r\n</table></body></html>\r\n")
XML = (b"\xef\xbb\xbf<?xml version=\"1.0\"?>\r\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">\r\n"
       b"<Worksheet ss:Name=\"Sheet1\"><Table><Row><Cell><Data ss:Type=\"String\">Name</Data></Cell></Row></Table>"
       b"</Worksheet></Workbook>\r\n")
DOCTYPE = b"\r\n  <!DOCTYPE html>\n<HTML>\n<body><table><tr><th>Name</th><th>Answer</th></tr></table></body></HTML>\n"


@pytest.mark.parametrize("data", [PAGE, XML, DOCTYPE, "\ufeff".encode("utf-16-le") + PAGE.decode().encode("utf-16-le")],
                         ids=["web page", "Excel 2003 XML", "doctype", "UTF-16 web page"])
@pytest.mark.parametrize("name", ["grades.csv", "grades.txt", "grades.tsv"])
def test_markup_under_a_text_name_is_said_to_be_a_web_page(tmp_path, data, name):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(SheetError) as info:
        read_sheet(p)
    said = str(info.value)
    assert info.value.kind == "read.web_page_not_csv"
    assert said.startswith(name) and "web page" in said and ".xlsx" in said
    assert p.read_bytes() == data                   # nothing lost


def test_a_csv_whose_answers_begin_with_a_bracket_is_still_read(tmp_path):
    p = tmp_path / "answers.csv"
    p.write_text("Name,Answer\nAnn,<5 because it is less\nBo,<html> is a tag\n", encoding="utf-8")
    sheet = read_sheet(p)
    assert list(sheet.frame["Answer"]) == ["<5 because it is less", "<html> is a tag"]


def test_a_csv_whose_first_header_begins_with_a_bracket_is_still_read(tmp_path):
    p = tmp_path / "answers.csv"
    p.write_text("<Name>,Answer\nAnn,floats\n", encoding="utf-8")
    assert list(read_sheet(p).frame["Answer"]) == ["floats"]
