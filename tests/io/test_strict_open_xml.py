"""A workbook saved in Excel as "Strict Open XML Spreadsheet (*.xlsx)" names its parts in the strict namespaces
(purl.oclc.org/ooxml/...), which the workbook library does not read: it finds no worksheet in it. The teacher was told
the file "has no worksheets; add the answers to a sheet", though the answers are there; now they are told what the
file is and how to save it so Grader reads it. A workbook that really has no worksheet keeps its sentence. The strict
file here is a real workbook with its namespaces rewritten to the strict ones, as Excel writes them."""
from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from grader_app.io.errors import SheetError
from grader_app.workflow import read_sheet

TRANSITIONAL = {b"http://schemas.openxmlformats.org/spreadsheetml/2006/main": b"http://purl.oclc.org/ooxml/spreadsheetml/main",
                b"http://schemas.openxmlformats.org/officeDocument/2006/relationships":
                    b"http://purl.oclc.org/ooxml/officeDocument/relationships"}


def strict_copy(workbook: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            for old, new in TRANSITIONAL.items():
                data = data.replace(old, new)
            zout.writestr(item, data)
    return out.getvalue()


def test_a_strict_open_xml_workbook_is_told_to_be_saved_as_an_excel_workbook(tmp_path):
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Name", "Answer"])
    wb.active.append(["Ann", "Ice floats"])
    wb.save(plain)
    p = tmp_path / "Quiz 4.xlsx"
    p.write_bytes(strict_copy(plain.read_bytes()))
    with pytest.raises(SheetError) as info:
        read_sheet(p)
    said = str(info.value)
    assert info.value.kind == "read.strict_xml"
    assert said.startswith("Quiz 4.xlsx") and "Strict Open XML" in said and "Excel Workbook (.xlsx)" in said


def test_a_workbook_with_no_worksheet_keeps_its_sentence(tmp_path):
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.save(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/workbook.xml":
                start, end = data.index(b"<sheets>"), data.index(b"</sheets>") + len(b"</sheets>")
                data = data[:start] + b"<sheets/>" + data[end:]
            zout.writestr(item, data)
    p = tmp_path / "none.xlsx"
    p.write_bytes(out.getvalue())
    with pytest.raises(SheetError) as info:
        read_sheet(p)
    assert info.value.kind == "read.no_worksheets"
