"""read_sheet on real files written in tmp_path: awkward-but-valid inputs and every bad input."""
from __future__ import annotations

import datetime as dt
import zipfile

import numpy as np
import openpyxl
import pytest

from grader_app.io import SheetError, read_sheet
from grader_app.io import readers, xlsx_reader

ROWS = [
    ["Student ID", "Name", "Answer"],
    ["007", "Zoë Ørsted", "The vinegar amount, the container size; and rinse time."],
    ["012", "Léa", "Type of vinegar"],
]


def _csv_bytes(rows, delimiter=",") -> str:
    def q(c):
        if any(ch in c for ch in (delimiter, '"', "\n", "\r")):
            return '"' + c.replace('"', '""') + '"'
        return c
    return "\r\n".join(delimiter.join(q(c) for c in r) for r in rows) + "\r\n"


def _records(sheet):
    return [list(sheet.frame.columns)] + [list(r) for r in sheet.frame.itertuples(index=False, name=None)]


# ----- CSV ------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
])
def test_csv_unicode_encodings(tmp_path, encoding, bom):
    p = tmp_path / "class.csv"
    p.write_bytes(bom + _csv_bytes(ROWS).encode(encoding))
    sheet = read_sheet(p)
    assert _records(sheet) == ROWS
    assert all(dt_ == np.dtype(object) for dt_ in sheet.frame.dtypes)
    assert sheet.source == p and sheet.header_row == 0


def test_csv_windows_1252_fallback(tmp_path):
    rows = [["id", "answer"], ["1", "café – naïve “quoted” answer"], ["2", "€5 of vinegar"]]
    p = tmp_path / "legacy.csv"
    p.write_bytes(_csv_bytes(rows).encode("cp1252"))
    sheet = read_sheet(p)
    assert _records(sheet) == rows
    assert any("Windows-1252" in n for n in sheet.notes)


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no BOM", "BOM"])
def test_csv_mostly_utf8_with_a_windows_1252_line_keeps_the_utf8_names(tmp_path, bom):
    """A UTF-8 file with one row pasted in from a Windows-1252 file: the UTF-8 rows are not turned into
    mojibake (JosÃ©), the odd line is read as Windows-1252, and the note names it. With a BOM (Excel's "CSV UTF-8")
    too: the odd line lost its letters to "�" with no word (QA s51b #8)."""
    head = _csv_bytes([["Name", "Answer"], ["José Müller", "vinegar"], ["Zoë Ñúñez", "container"]]).encode("utf-8")
    tail = _csv_bytes([["René Côté", "the café analogy: naïve but right"]]).encode("cp1252")
    p = tmp_path / "mixed.csv"
    p.write_bytes(bom + head + tail)
    sheet = read_sheet(p)
    assert sheet.frame["Name"].tolist() == ["José Müller", "Zoë Ñúñez", "René Côté"]
    assert sheet.frame["Answer"].tolist()[-1] == "the café analogy: naïve but right"
    assert any("Line 4 of the file is not UTF-8 and was read as Windows-1252" in n for n in sheet.notes), sheet.notes
    assert not any("\ufffd" in str(v) for v in sheet.frame.to_numpy().ravel())


def test_csv_with_a_bom_whose_only_accented_line_is_windows_1252_is_repaired_and_said(tmp_path):
    """The BOM says UTF-8, so a file whose only accented line is not UTF-8 is still read line by line (without a BOM
    such a file is read as Windows-1252 throughout, which gives the same letters)."""
    rows = _csv_bytes([["Name", "Answer"], ["Ann Lee", "vinegar"], ["René Côté", "rinse"]])
    p = tmp_path / "bom-1252.csv"
    p.write_bytes(b"\xef\xbb\xbf" + rows.encode("cp1252"))
    sheet = read_sheet(p)
    assert sheet.frame["Name"].tolist() == ["Ann Lee", "René Côté"]
    assert any("Line 3 of the file is not UTF-8" in n for n in sheet.notes), sheet.notes


@pytest.mark.parametrize("where", ["early", "late"])
def test_csv_stray_nul_is_removed_wherever_it_is(tmp_path, where):
    """One NUL pasted into an answer: the file is read (not refused as binary), the NUL is dropped and
    said, whether it falls in the first 8 KB or later."""
    rows = [["Name", "Answer"]] + [[f"S{i}", f"answer number {i} about vinegar"] for i in range(400)]
    at = 2 if where == "early" else 390
    rows[at][1] = "mass\x00 of vinegar"
    p = tmp_path / "nul.csv"
    p.write_bytes(_csv_bytes(rows).encode("utf-8"))
    sheet = read_sheet(p)
    assert len(sheet) == 400 and sheet.frame["Answer"].tolist()[at - 1] == "mass of vinegar"
    assert any("Removed 1 NUL character" in n for n in sheet.notes)


@pytest.mark.parametrize("delimiter,suffix", [(";", ".csv"), ("\t", ".csv"), ("\t", ".tsv"), (",", ".txt"), (";", ".txt")])
def test_csv_delimiters_sniffed(tmp_path, delimiter, suffix):
    # commas inside answers must not fool the sniffer for ';' and tab files
    rows = [["Student ID", "Question", "Answer"],
            ["S01", "q1", "first, the mass, then the vinegar"],
            ["S02", "q1", "size, shape, and type"],
            ["S03", "q2", "tRNA, codon, anticodon"]]
    p = tmp_path / f"sheet{suffix}"
    p.write_text(_csv_bytes(rows, delimiter), encoding="utf-8")
    assert _records(read_sheet(p)) == rows


def test_csv_quoted_newlines_and_quotes(tmp_path):
    rows = [["id", "answer"], ["1", 'line one\nline two with "quotes"'], ["2", "plain"]]
    p = tmp_path / "multi.csv"
    p.write_text(_csv_bytes(rows), encoding="utf-8", newline="")
    sheet = read_sheet(p)
    assert sheet.frame.iloc[0, 1] == 'line one\nline two with "quotes"'
    assert len(sheet) == 2


def test_csv_keeps_exact_text(tmp_path):
    rows = [["id", "score", "answer"], ["007", "1.0", "  spaced  "], ["0012", "3", "=1+1"]]
    p = tmp_path / "exact.csv"
    p.write_text(_csv_bytes(rows), encoding="utf-8")
    sheet = read_sheet(p)
    assert sheet.frame.iloc[0].tolist() == ["007", "1.0", "  spaced  "]
    assert sheet.frame.iloc[1].tolist() == ["0012", "3", "=1+1"]


def test_csv_title_rows_empty_rows_and_columns(tmp_path):
    text = ("Year 9 Science,,,\r\n"
            ",,,\r\n"
            "Student ID,Name,,Answer,\r\n"
            "S01,Ann,x,Mass of vinegar,\r\n"
            ",,,,\r\n"
            "S02,Ben,,Type of container,\r\n")
    p = tmp_path / "title.csv"
    p.write_text(text, encoding="utf-8")
    sheet = read_sheet(p)
    assert sheet.columns == ["Student ID", "Name", "Column 3", "Answer"]   # empty last column dropped
    assert sheet.header_row == 2
    assert sheet.frame["Answer"].tolist() == ["Mass of vinegar", "Type of container"]
    assert any("title row" in n for n in sheet.notes)


def test_csv_duplicate_headers_made_unique(tmp_path):
    p = tmp_path / "dups.csv"
    p.write_text("Name,Answer,Answer,Answer\nA,x,y,z\n", encoding="utf-8")
    assert read_sheet(p).columns == ["Name", "Answer", "Answer (2)", "Answer (3)"]


def test_csv_ragged_rows_padded(tmp_path):
    p = tmp_path / "ragged.csv"
    p.write_text("id,answer,extra\n1,short\n2,longer,more,spill\n", encoding="utf-8")
    sheet = read_sheet(p)
    assert sheet.columns == ["id", "answer", "extra", "Column 4"]
    assert sheet.frame.iloc[0].tolist() == ["1", "short", "", ""]
    assert sheet.frame.iloc[1].tolist() == ["2", "longer", "more", "spill"]


# ----- XLSX -----------------------------------------------------------------------------------

def _wb_save(wb, path):
    wb.save(path)
    return path


def test_xlsx_values_as_text(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student ID", "Score", "Ratio", "Date", "When", "Flag", "Answer"])
    ws.append(["007", 3, 2.5, dt.date(2024, 3, 5), dt.datetime(2024, 3, 5, 9, 30), True, "Needs 3 facts"])
    ws.append(["S2", 3.0, 0.1 + 0.2, dt.datetime(2024, 1, 2), None, False, "1.0"])
    sheet = read_sheet(_wb_save(wb, tmp_path / "types.xlsx"))
    assert sheet.frame.iloc[0].tolist() == ["007", "3", "2.5", "2024-03-05", "2024-03-05 09:30:00", "TRUE", "Needs 3 facts"]
    assert sheet.frame.iloc[1].tolist() == ["S2", "3", "0.3", "2024-01-02", "", "FALSE", "1.0"]
    assert sheet.sheet_name == "Sheet"


def test_xlsx_title_row_merged_cells_and_header_search(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Year 9 Science — unit test answers"
    ws.merge_cells("A1:D1")
    ws.append([])
    ws.append(["Student ID", "Name", "Question", "Answer"])
    ws.append(["S01", "Ann", "asap-sas-1", "How much vinegar"])
    ws.append(["S02", "Ben", None, "The size of the containers"])
    ws.append(["S03", "Cat", None, "What kind of vinegar"])
    ws.merge_cells("C4:C6")          # one question label merged down over three answers
    ws["C4"] = "asap-sas-1"
    sheet = read_sheet(_wb_save(wb, tmp_path / "merged.xlsx"))
    assert sheet.columns == ["Student ID", "Name", "Question", "Answer"]
    assert sheet.header_row == 2
    assert sheet.frame["Question"].tolist() == ["asap-sas-1"] * 3
    assert sheet.frame["Answer"].tolist()[1] == "The size of the containers"


def test_xlsx_formulas_read_as_cached_values(tmp_path):
    # openpyxl cannot compute formulas, so write the cached value into the XML the way Excel does
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "total", "answer"])
    ws.append(["1", "=1+2", "text"])
    path = _wb_save(wb, tmp_path / "formula.xlsx")
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    assert "<f>1+2</f><v></v>" in xml or "<f>1+2</f><v />" in xml
    xml = xml.replace("<f>1+2</f><v></v>", "<f>1+2</f><v>3</v>").replace("<f>1+2</f><v />", "<f>1+2</f><v>3</v>")
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    sheet = read_sheet(path)
    assert sheet.frame.iloc[0].tolist() == ["1", "3", "text"]


def test_xlsx_zero_padded_ids_read_as_excel_shows_them(tmp_path):
    """Ids stored as numbers with a "000000" format: Excel shows 000123, and so must Grader (the LMS files
    carry the id, and 123 matches no one there)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student ID", "Score", "Answer"])
    ws.append([123, 45, "vinegar"])
    ws.append([4567, 3.0, "size of container"])
    for r in (2, 3):
        ws.cell(r, 1).number_format = "000000"
        ws.cell(r, 2).number_format = "0.00"          # not a zero pad: shown with its decimals
    sheet = read_sheet(_wb_save(wb, tmp_path / "ids.xlsx"))
    assert sheet.frame["Student ID"].tolist() == ["000123", "004567"]
    assert sheet.frame["Score"].tolist() == ["45.00", "3.00"]
    assert sheet.stored_values("Score") == ["45", "3"]   # as a mark: the number the cell holds


def test_xlsx_formula_without_saved_result_refuses_grading_by_its_column_naming_the_cells(tmp_path):
    """A workbook written by a program holds formulas without results: those cells would read as empty (an id, a
    name or an answer lost), so grading by that column is refused, saying which cells and what to do (open and save
    it); the sheet itself opens (tests/io/test_formula_in_teachers_column.py)."""
    from grader_app.core.session import GradingSession
    from grader_app.core.unsaved_formulas import UnsavedResults
    from grader_app.io.columns import guess_columns

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["First", "Last", "Student ID", "Answer"])
    ws.append(["ana", "ruiz", '=LOWER(A2&"."&B2)', "vinegar"])
    ws.append(["bo", "li", '=LOWER(A3&"."&B3)', "container"])
    sheet = read_sheet(_wb_save(wb, tmp_path / "formulas.xlsx"))
    mapping = guess_columns(sheet)
    assert mapping.answer_column == "Answer" and mapping.id_column is None   # a column that reads empty: not guessed
    mapping.default_item = "q1"
    assert len(GradingSession(sheet, mapping).answers) == 2
    mapping.id_column = "Student ID"                                          # chosen by the teacher
    with pytest.raises(UnsavedResults) as e:
        GradingSession(sheet, mapping)
    assert "2 cells in the columns chosen hold formulas whose value was never computed (Student ID: C2, C3)" in str(e.value)
    assert "open and save the sheet in Excel or LibreOffice" in str(e.value)


def test_xlsx_picks_sheet_with_most_text_or_named(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Cover"
    wb.active.append(["Teacher", "Ms Grey"])
    wb.active.append(["Term", 2])
    nums = wb.create_sheet("Marks")
    nums.append(["id", "mark"])
    for i in range(10):
        nums.append([i, i * 2])
    ans = wb.create_sheet("Answers")
    ans.append(["Student", "Answer"])
    for i in range(5):
        ans.append([f"Kid {i}", f"an answer about vinegar number {i}"])
    path = _wb_save(wb, tmp_path / "multi.xlsx")
    sheet = read_sheet(path)
    assert sheet.sheet_name == "Answers" and len(sheet) == 5
    assert any("Answers" in n for n in sheet.notes)
    marks = read_sheet(path, sheet_name="marks")          # case-insensitive
    assert marks.sheet_name == "Marks" and marks.frame["mark"].tolist()[:3] == ["0", "2", "4"]
    with pytest.raises(SheetError, match="no sheet named “Scores”.*“Cover”, “Marks”, “Answers”"):
        read_sheet(path, sheet_name="Scores")


def test_xlsm_and_duplicate_headers_and_numbers_as_text(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ID", "Answer", "Answer", None, None])
    ws.append(["007", "first", "second", "orphan", None])
    path = tmp_path / "macro.xlsm"
    wb.save(path)
    sheet = read_sheet(path)
    assert sheet.columns == ["ID", "Answer", "Answer (2)", "Column 4"]
    assert sheet.frame.iloc[0].tolist() == ["007", "first", "second", "orphan"]


def test_xlsx_wrong_dimension_still_reads_all_rows(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "answer"])
    for i in range(4):
        ws.append([str(i), f"answer {i}"])
    path = _wb_save(wb, tmp_path / "dim.xlsx")
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(b'ref="A1:B5"', b'ref="A1:A1"')
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    sheet = read_sheet(path)
    assert len(sheet) == 4 and sheet.frame.iloc[3].tolist() == ["3", "answer 3"]


# ----- bad input ------------------------------------------------------------------------------

def _message(path, **kw) -> str:
    with pytest.raises(SheetError) as info:
        read_sheet(path, **kw)
    msg = str(info.value)
    assert "\n" not in msg and "Traceback" not in msg
    assert str(path.parent) not in msg, "messages name the file, not its full path"
    return msg


def test_missing_file(tmp_path):
    msg = _message(tmp_path / "gone.csv")
    assert "gone.csv" in msg and "not found" in msg


def test_directory(tmp_path):
    (tmp_path / "answers.xlsx").mkdir()
    msg = _message(tmp_path / "answers.xlsx")
    assert "folder" in msg


def test_unreadable_file(tmp_path, monkeypatch):
    p = tmp_path / "locked.csv"
    p.write_text("id,answer\n1,x\n", encoding="utf-8")
    p.chmod(0)
    real_open = open

    def deny(path, *a, **k):          # root can read a chmod 000 file, so refuse like the OS would
        if str(path) == str(p):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **k)

    monkeypatch.setattr(readers, "open", deny, raising=False)
    msg = _message(p)
    assert "locked.csv" in msg and "permission" in msg


def test_empty_file(tmp_path):
    for name in ("empty.csv", "empty.xlsx"):
        (tmp_path / name).write_bytes(b"")
        assert "empty" in _message(tmp_path / name)
    (tmp_path / "blank.csv").write_text("\r\n ,, \r\n", encoding="utf-8")
    assert "empty" in _message(tmp_path / "blank.csv")


def test_header_only(tmp_path):
    p = tmp_path / "head.csv"
    p.write_text("Student ID,Answer\n,\n", encoding="utf-8")
    assert "header row but no answers" in _message(p)
    wb = openpyxl.Workbook()
    wb.active.append(["Student ID", "Answer"])
    assert "header row but no answers" in _message(_wb_save(wb, tmp_path / "head.xlsx"))


def test_empty_workbook_sheet(tmp_path):
    wb = openpyxl.Workbook()
    assert "no data" in _message(_wb_save(wb, tmp_path / "nothing.xlsx"))


OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def test_legacy_xls(tmp_path):
    p = tmp_path / "old.xls"
    p.write_bytes(OLE_HEADER + "Workbook".encode("utf-16-le") + b"\x00" * 100)
    msg = _message(p)
    assert "old.xls" in msg and "save it as .xlsx or CSV from Excel" in msg


def test_encrypted_xlsx(tmp_path):
    p = tmp_path / "secret.xlsx"
    p.write_bytes(OLE_HEADER + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 8
                  + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100)
    msg = _message(p)
    assert "password-protected" in msg and "remove the password" in msg


def test_truncated_xlsx(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["id", "answer"])
    wb.active.append(["1", "text"])
    good = _wb_save(wb, tmp_path / "good.xlsx").read_bytes()
    p = tmp_path / "cut.xlsx"
    p.write_bytes(good[: len(good) // 2])
    msg = _message(p)
    assert "cut.xlsx" in msg and "damaged" in msg


def test_zip_that_is_no_workbook(tmp_path):
    p = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("holiday.txt", "not a workbook")
    msg = _message(p)
    assert "zip archive but not an Excel workbook" in msg


@pytest.mark.parametrize("name,what", [("essay.pdf", "PDF"), ("answers.docx", "Word"), ("sheet.ods", "OpenDocument"),
                                       ("data.parquet", ".parquet")])
def test_unsupported_suffix(tmp_path, name, what):
    p = tmp_path / name
    p.write_bytes(b"%PDF-1.4 whatever")
    msg = _message(p)
    assert what in msg and ".xlsx" in msg and "CSV" in msg


def test_binary_file_as_csv(tmp_path):
    p = tmp_path / "picture.csv"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "binary data, not CSV text" in _message(p)


def test_workbook_named_csv(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["id", "answer"])
    data = _wb_save(wb, tmp_path / "x.xlsx").read_bytes()
    p = tmp_path / "really.csv"
    p.write_bytes(data)
    assert "rename it to end in .xlsx" in _message(p)


def test_xlsx_excel_escaped_carriage_return(tmp_path):
    # Excel writes a CR inside a cell as _x000D_; openpyxl hands that through literally
    wb = openpyxl.Workbook()
    wb.active.append(["id", "answer"])
    wb.active.append(["1", "first line_x000D_\nsecond line"])
    sheet = read_sheet(_wb_save(wb, tmp_path / "cr.xlsx"))
    assert sheet.frame.iloc[0, 1] == "first line\r\nsecond line"


def test_csv_excel_sep_hint_line(tmp_path):
    p = tmp_path / "hint.csv"
    p.write_text("sep=;\r\nid;answer\r\n1;a, b, c\r\n2;d\r\n", encoding="utf-8")
    sheet = read_sheet(p)
    assert sheet.columns == ["id", "answer"] and sheet.frame["answer"].tolist() == ["a, b, c", "d"]


def test_long_question_headers_are_still_the_header(tmp_path):
    q1 = "After reading the group's procedure, describe what additional information you would need to replicate it"
    q2 = "Starting with mRNA leaving the nucleus, list and describe four major steps involved in protein synthesis"
    p = tmp_path / "wide.csv"
    p.write_text(f'id,name,"{q1}","{q2}"\n1,Ann,yes,no\n2,Bo,short,also short\n', encoding="utf-8")
    sheet = read_sheet(p)
    assert sheet.columns == ["id", "name", q1, q2] and len(sheet) == 2


def test_numbered_question_headers_keep_the_first_student(tmp_path):
    """A header whose question columns are numbered is the header: the first student is not taken for it."""
    p = tmp_path / "numbered.csv"
    p.write_text("Name,1,2,3\nAna,chlorophyll,glucose,oxygen\nBo,sunlight,water,carbon dioxide\n", encoding="utf-8")
    sheet = read_sheet(p)
    assert sheet.columns == ["Name", "1", "2", "3"]
    assert sheet.frame["Name"].tolist() == ["Ana", "Bo"]
    assert not any("title row" in n for n in sheet.notes)


def test_form_questions_longer_than_200_characters_are_the_header(tmp_path):
    q1 = "After reading the group's procedure for the acid rain experiment, " * 4
    q2 = "Using the students' data table, explain which sample was affected the most by the acid. " * 3
    assert len(q1) > 200 and len(q2) > 200
    p = tmp_path / "form.csv"
    p.write_text(_csv_bytes([["Timestamp", "Email address", "Name", q1, q2],
                             ["2024/03/05 9:01:11", "ana@school.edu", "Ana Ruiz", "size of container", "marble"],
                             ["2024/03/05 9:02:40", "bo@school.edu", "Bo Li", "type of vinegar", "limestone"]]),
                 encoding="utf-8")
    sheet = read_sheet(p)
    assert sheet.columns[:3] == ["Timestamp", "Email address", "Name"] and len(sheet) == 2
    assert sheet.frame["Name"].tolist() == ["Ana Ruiz", "Bo Li"]


def test_a_row_of_column_numbers_above_the_header_is_passed_over(tmp_path):
    p = tmp_path / "numbers.csv"
    p.write_text("1,2,3\nStudent ID,Name,Answer\nS1,Ann,mass\nS2,Bo,vinegar\n", encoding="utf-8")
    sheet = read_sheet(p)
    assert sheet.columns == ["Student ID", "Name", "Answer"] and sheet.header_row == 1


def test_xlsx_saved_with_xls_suffix_is_read(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["id", "answer"])
    wb.active.append(["1", "a real answer"])
    p = tmp_path / "renamed.xls"
    wb.save(p)
    assert read_sheet(p).frame.iloc[0].tolist() == ["1", "a real answer"]


def test_csv_long_answer_over_default_field_limit(tmp_path):
    essay = "word " * 40000          # 200,000 characters, over the csv module's default limit
    p = tmp_path / "long.csv"
    p.write_text(f'id,answer\n1,"{essay}"\n', encoding="utf-8")
    assert read_sheet(p).frame.iloc[0, 1] == essay


def test_encrypted_xlsx_with_directory_after_the_data(tmp_path):
    p = tmp_path / "big-secret.xlsx"
    p.write_bytes(OLE_HEADER + b"\x5a" * (5 * 1024 * 1024) + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64)
    assert "password-protected" in _message(p)


def test_csv_utf16_without_bom(tmp_path):
    p = tmp_path / "nobom.txt"
    p.write_bytes(_csv_bytes(ROWS, "\t").encode("utf-16-le"))
    assert _records(read_sheet(p)) == ROWS


def test_xlsx_prefers_a_visible_sheet(tmp_path):
    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "Old answers"
    hidden.append(["id", "answer"])
    for i in range(9):
        hidden.append([str(i), f"an old answer with several words {i}"])
    hidden.sheet_state = "hidden"
    shown = wb.create_sheet("This term")
    shown.append(["id", "answer"])
    shown.append(["1", "the new answer"])
    wb.active = 1
    assert read_sheet(_wb_save(wb, tmp_path / "hidden.xlsx")).sheet_name == "This term"


# ----- hostile layouts (issue 9: items 6, 7, 10) ----------------------------------------------

def _patch_sheet_xml(path, edit):
    """Rewrite the first worksheet's XML of the workbook at ``path`` with ``edit(bytes) -> bytes``."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["xl/worksheets/sheet1.xml"] = edit(parts["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    return path


def _two_answers(path, extra=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student ID", "Question", "Answer"])
    ws.append(["S1", "q1", "ice is less dense than water"])
    ws.append(["S2", None, "it is cold outside"])
    for ref, value in (extra or {}).items():
        ws[ref] = value
    return _wb_save(wb, path)


def _add_merge(ref):
    return lambda xml: xml.replace(b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="'
                                   + ref.encode() + b'"/></mergeCells>')


def _peak_mb(fn):
    import tracemalloc
    tracemalloc.start()
    try:
        result = fn()
        return result, tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def test_xlsx_merge_down_a_column_fills_only_the_data_rows(tmp_path):
    # a question label merged down most of a column (the whole column, B2:B1048576, took 36 s and
    # 1.9 GB when every merged cell was filled); the small version keeps the test quick either way
    path = _patch_sheet_xml(_two_answers(tmp_path / "colmerge.xlsx"), _add_merge("B2:B60000"))
    sheet, peak = _peak_mb(lambda: read_sheet(path))
    assert sheet.frame.shape == (2, 3)
    assert sheet.frame["Question"].tolist() == ["q1", "q1"]
    assert peak < 20, f"read used {peak:.0f} MB"


def test_xlsx_merge_to_the_sheet_corner_is_clipped_to_the_data_area(tmp_path):
    # like F10:XFD1048576: a merge reaching far past the answers fills only the cells of the data area
    path = _patch_sheet_xml(_two_answers(tmp_path / "corner.xlsx", {"D2": "extra"}), _add_merge("D2:AZ3000"))
    sheet, peak = _peak_mb(lambda: read_sheet(path))
    assert sheet.columns == ["Student ID", "Question", "Answer", "Column 4"]
    assert sheet.frame.shape == (2, 4)
    assert sheet.frame["Column 4"].tolist() == ["extra", "extra"]
    assert peak < 20, f"read used {peak:.0f} MB"


def test_xlsx_lone_far_away_cell_is_not_part_of_the_table(tmp_path):
    path = _two_answers(tmp_path / "stray.xlsx", {"A1048576": "oops", "XFD1": "stray"})
    sheet, peak = _peak_mb(lambda: read_sheet(path))
    assert sheet.columns == ["Student ID", "Question", "Answer"]
    assert sheet.frame["Student ID"].tolist() == ["S1", "S2"]
    note = " ".join(sheet.notes)
    assert "A1048576" in note and "XFD1" in note
    assert peak < 30, f"read used {peak:.0f} MB"


def _padded_workbook(path, pad_bytes):
    """A valid workbook whose worksheet XML carries ``pad_bytes`` of whitespace (a tiny file)."""
    _two_answers(path)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    head, tail = parts["xl/worksheets/sheet1.xml"].split(b"</sheetData>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            if n != "xl/worksheets/sheet1.xml":
                zf.writestr(n, data)
                continue
            with zf.open(n, "w", force_zip64=True) as f:
                f.write(head)
                for _ in range(pad_bytes // (1 << 20)):
                    f.write(b" " * (1 << 20))
                f.write(b"</sheetData>" + tail)
    return path


def test_xlsx_part_inflating_past_the_cap_is_refused(tmp_path, monkeypatch):
    # the file holds 1 GiB of whitespace in 1 MB; here the cap is lowered to 1 MiB instead
    monkeypatch.setattr(xlsx_reader, "_MAX_PART_BYTES", 1 << 20)
    path = _padded_workbook(tmp_path / "padded.xlsx", 8 << 20)
    assert path.stat().st_size < 100_000
    (msg, peak) = _peak_mb(lambda: _message(path))
    assert "padded.xlsx" in msg and "too large" in msg and "save it again" in msg
    assert peak < 5, f"refusing used {peak:.0f} MB"


def _claim_size(path, part, size):
    """Rewrite the uncompressed size the zip's central directory records for ``part``."""
    data = bytearray(path.read_bytes())
    name = part.encode()
    at = data.index(b"PK\x01\x02")
    while data[at + 46:at + 46 + len(name)] != name:
        at = data.index(b"PK\x01\x02", at + 4)
    data[at + 24:at + 28] = size.to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo(part).file_size == size
    return path


def test_xlsx_part_size_is_measured_not_taken_from_the_zip_directory(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_reader, "_MAX_PART_BYTES", 1 << 20)
    # a directory claiming 4 GB for a small part does not get a good workbook refused ...
    boast = _claim_size(_two_answers(tmp_path / "boast.xlsx"), "xl/worksheets/sheet1.xml", 0xFFFFFFF0)
    assert read_sheet(boast).frame["Answer"].tolist() == ["ice is less dense than water", "it is cold outside"]
    # ... and one claiming 100 bytes for 4 MiB of XML does not get it read
    liar = _claim_size(_padded_workbook(tmp_path / "liar.xlsx", 4 << 20), "xl/worksheets/sheet1.xml", 100)
    msg = _message(liar)
    assert "liar.xlsx" in msg and ("too large" in msg or "damaged" in msg)


def test_xlsx_under_the_cap_still_reads(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_reader, "_MAX_PART_BYTES", 4 << 20)
    sheet = read_sheet(_padded_workbook(tmp_path / "some-space.xlsx", 2 << 20))
    assert sheet.frame["Answer"].tolist() == ["ice is less dense than water", "it is cold outside"]


def test_csv_unterminated_quote_is_reported(tmp_path):
    p = tmp_path / "quote.csv"
    p.write_text('id,answer\n1,fine\n2,"never closed\n3,swallowed\n4,also swallowed\n', encoding="utf-8")
    sheet = read_sheet(p)
    assert len(sheet) == 2                       # still read: the teacher sees the table and the note
    notes = [n for n in sheet.notes if "quote" in n]
    assert len(notes) == 1 and "row 3" in notes[0].lower() and "never closed" in notes[0]


def test_csv_closed_multiline_quote_at_the_end_is_no_problem(tmp_path):
    p = tmp_path / "ok.csv"
    p.write_text('id,answer\n1,fine\n2,"two\nlines"\n', encoding="utf-8")
    sheet = read_sheet(p)
    assert sheet.frame["answer"].tolist() == ["fine", "two\nlines"]
    assert not any("quote" in n for n in sheet.notes)


def test_csv_ragged_row_is_read_and_named_in_a_note(tmp_path):
    # an unquoted comma in an answer gives one row more fields than the header; it must not be taken
    # for the header (which used to leave one answer and columns named after a student's words)
    p = tmp_path / "ragged.csv"
    p.write_text("Student ID,Answer\nS1,Ice floats because it is less dense\n"
                 "S2,It floats, because, the lattice, is open\nS3,Because it is cold and light\n",
                 encoding="utf-8")
    sheet = read_sheet(p)
    assert sheet.header_row == 0
    assert sheet.columns == ["Student ID", "Answer", "Column 3", "Column 4", "Column 5"]
    assert sheet.frame["Student ID"].tolist() == ["S1", "S2", "S3"]
    assert sheet.frame.iloc[1].tolist() == ["S2", "It floats", " because", " the lattice", " is open"]
    ragged = [n for n in sheet.notes if "more fields" in n]
    assert len(ragged) == 1 and "comma?): row 3;" in ragged[0] and "Column 3" in ragged[0]


def _deny_inside(monkeypatch, folder):
    """Make ``folder`` unreadable: for real when not root, else by refusing like the OS would."""
    import os
    from pathlib import Path

    folder.chmod(0)
    if os.geteuid() == 0:
        real_stat = os.stat

        def stat(path, *a, **k):
            if isinstance(path, (str, os.PathLike)) and Path(os.fspath(path)).parent == folder:
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real_stat(path, *a, **k)

        monkeypatch.setattr(os, "stat", stat)


def test_sheet_in_a_folder_without_permission(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    p = folder / "answers.csv"
    p.write_text("id,answer\n1,x y z\n", encoding="utf-8")
    try:
        _deny_inside(monkeypatch, folder)
        msg = _message(p)
    finally:
        monkeypatch.undo()
        folder.chmod(0o700)
    assert "answers.csv" in msg and "permission" in msg


def test_xlsx_without_openpyxls_parser_internals_still_reads(tmp_path, monkeypatch):
    # the cells come from openpyxl's streaming parser; should a future openpyxl move it, the public
    # iter_rows still gives every value (merged ranges then stay unfilled)
    monkeypatch.setattr(xlsx_reader, "_worksheet_parser", lambda ws: None)
    sheet = read_sheet(_two_answers(tmp_path / "plain.xlsx", {"A1048576": "far"}))
    assert sheet.columns == ["Student ID", "Question", "Answer"]
    assert sheet.frame["Answer"].tolist() == ["ice is less dense than water", "it is cold outside"]
    assert any("A1048576" in n for n in sheet.notes)
