"""Excel's escapes in a cell's text (ECMA-376 ST_Xstring): ``_xHHHH_`` stands for the character U+HHHH, whatever it is
(Excel writes a carriage return as ``_x000D_``, and shows "CAG_x6904_2" as "CAG椄2"), and a text that holds such a
pattern itself is stored with its underscore escaped, ``_x005F_``: a student who typed "_x000D_" is stored as
"_x005F_x000D_". Grader used to decode only the control characters, after openpyxl had taken every "x005F_" out of
the shared strings: the typed "_x000D_" was graded as a carriage return, "CAG_x6904_2" as that text, not the letter
Excel shows. And its graded workbook wrote a CSV's answer "_x000D_" as it stood, which Excel shows (and Grader read
back) as a line break. Now each cell is read as Excel shows it, and every text written so that Excel shows it, and
Grader reads it back, exactly. Real workbooks, the first with a shared-strings part as Excel writes one."""
from __future__ import annotations

import csv
import io
import zipfile

import openpyxl
import pytest

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io import read_sheet, write_graded_csv, write_graded_xlsx
from grader_app.io.scored_by import read_scored_by
from grader_app.io.summary_sheet import summary_writer

# as stored in the workbook -> as Excel shows it
STORED = {"_x005F_x000D_": "_x000D_", "CAG_x6904_2": "CAG椄2", "first_x000D_\nsecond": "first\r\nsecond",
          "my_x005F_x0041_var": "my_x0041_var", "_x005F_x005F_x005F_x000D_": "_x005F_x000D_", "a_x00_b": "a_x00_b",
          "_x005f_x000d_": "_x000d_", "plain": "plain"}
TYPED = ["_x000D_", "CAG_x6904_2", "_x005F_x000D_", "tab_x0009_here", "a_b_x12_", "_x0041__x0042_", "plain"]


def _excel_workbook(tmp_path, texts: list[str]):
    """A workbook whose answers sit in a shared-strings part holding ``texts`` as they stand, as Excel writes one."""
    base = tmp_path / "base.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Student ID", "Answer"])
    for i in range(len(texts)):
        wb.active.append([f"S{i}", f"PLACE{i}HOLDER"])
    wb.save(base)
    strings = "".join(f"<si>{t}</si>" if t.startswith("<r>") else f"<si><t xml:space=\"preserve\">{t}</t></si>"
                      for t in texts)
    shared = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
              f'main" count="{len(texts)}" uniqueCount="{len(texts)}">{strings}</sst>').encode()
    out = io.BytesIO()
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                for i in range(len(texts)):
                    data = data.replace(f't="inlineStr"><is><t>PLACE{i}HOLDER</t></is>'.encode(), f't="s"><v>{i}</v>'.encode())
                assert b"HOLDER" not in data
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.'
                                    b'org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                                    b"</Relationships>")
            zout.writestr(item, data)
        zout.writestr("xl/sharedStrings.xml", shared)
    path = tmp_path / "answers.xlsx"
    path.write_bytes(out.getvalue())
    return path


def test_shared_strings_are_read_as_excel_shows_them(tmp_path):
    sheet = read_sheet(_excel_workbook(tmp_path, list(STORED)))
    assert sheet.frame["Answer"].tolist() == list(STORED.values())


def test_rich_text_runs_are_joined_and_a_reading_aid_left_out(tmp_path):
    """A cell of several runs (a bold word) is its runs' text joined, escapes decoded; a Japanese workbook's reading
    aid (furigana, ``rPh``) is no part of what the cell shows."""
    runs = ('<r><t xml:space="preserve">ice </t></r><r><rPr><b/></rPr><t>floats_x000D_</t></r>'
            '<rPh sb="0" eb="1"><t>アイス</t></rPh>')
    assert read_sheet(_excel_workbook(tmp_path, [runs, "plain"])).frame["Answer"].tolist() == ["ice floats\r", "plain"]


def _graded(tmp_path, answers: list[str], suffix: str):
    path = tmp_path / "answers.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["Student ID", "Question", "Answer"]] + [[f"S{i}", "Q1", a] for i, a in enumerate(answers)])
    sheet = read_sheet(path)
    assert sheet.frame["Answer"].tolist() == answers
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", item_column="Question", answer_column="Answer")
    session = GradingSession(sheet, mapping, {"Q1": ItemInfo(item="Q1", bundle_id="b", labels=(0, 1), default_threshold=0.8)})
    write = write_graded_xlsx if suffix == ".xlsx" else write_graded_csv
    return write(session, tmp_path / f"graded{suffix}")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_typed_escape_comes_back_from_the_graded_sheet_exactly(tmp_path, suffix):
    back = read_sheet(_graded(tmp_path, TYPED, suffix))
    assert back.frame["Answer"].tolist() == TYPED


def test_the_graded_workbook_stores_a_typed_escape_as_excel_does(tmp_path):
    """Excel shows the stored text decoded: the graded workbook's must decode to the student's own text."""
    out = _graded(tmp_path, TYPED, ".xlsx")
    cells = [c.value for c in openpyxl.load_workbook(out).worksheets[0]["C"]][1:]
    assert cells[0] == "_x005F_x000D_" and cells[1] == "CAG_x005F_x6904_2" and cells[-1] == "plain"


def test_the_summary_record_of_a_question_named_with_an_escape_names_it_again(tmp_path):
    """The Summary sheet's record of which model scored each question, read back when the graded workbook is opened
    again, named a question "Q_x0041_" as "Q_x005F_x0041_" once its text was stored as Excel stores it."""
    path = tmp_path / "answers.csv"
    path.write_text("Student ID,Question,Answer\r\nS1,Q_x0041_,ice floats\r\n", encoding="utf-8")
    sheet = read_sheet(path)
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", item_column="Question", answer_column="Answer")
    session = GradingSession(sheet, mapping, {"Q_x0041_": ItemInfo(item="Q_x0041_", bundle_id="bundle-1", labels=(0, 1),
                                                                  default_threshold=0.8)})
    out = write_graded_xlsx(session, tmp_path / "graded.xlsx", extra_sheets=summary_writer(session))
    assert [r.question for r in read_scored_by(out, "Graded")] == ["Q_x0041_"]
    assert read_sheet(out).frame["Question"].tolist() == ["Q_x0041_"]
