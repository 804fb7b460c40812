"""An OpenDocument spreadsheet (LibreOffice's .ods) renamed .xlsx, .csv or .xls, as a teacher does to get a program to
take it: told what it is and how to save it (read.ods), where it was "a zip archive but not an Excel workbook" or
"an Excel workbook or other zip file, not a CSV text file; rename it to end in .xlsx" (which would not have helped).
The spreadsheet here is a zip laid out as an .ods is: its first part, stored, the "mimetype"."""
from __future__ import annotations

import zipfile

import pytest

from grader_app.io.errors import SheetError
from grader_app.workflow import read_sheet

ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet"


def ods(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), ODS_TYPE)                 # first and stored, as the format asks
        z.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", "<manifest:manifest/>", zipfile.ZIP_DEFLATED)
    return path


@pytest.mark.parametrize("name", ["answers.xlsx", "answers.csv", "answers.xls", "answers.xlsm", "answers"])
def test_an_opendocument_spreadsheet_under_another_name_is_said_to_be_one(tmp_path, name):
    p = ods(tmp_path / name)
    before = p.read_bytes()
    with pytest.raises(SheetError) as info:
        read_sheet(p)
    assert info.value.kind == "read.ods" and str(info.value).startswith(f"{name} is an OpenDocument spreadsheet")
    assert p.read_bytes() == before


def test_another_zip_named_xlsx_keeps_its_sentence(tmp_path):
    p = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("mimetype", "text/plain")
        z.writestr("holiday.txt", "not a workbook")
    with pytest.raises(SheetError) as info:
        read_sheet(p)
    assert info.value.kind == "read.zip_not_workbook"
