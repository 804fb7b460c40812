"""A formula without a saved result (a cell a script or another program wrote: openpyxl saves none) refuses the
sheet only where Grader needs what it shows: in a column it reads (the student's id or name, the question, the
answers; a score column it learns from; the grading columns of a sheet graded before). In a column of the teacher's
own beside them ("Late?", "Total") the sheet opens, a note names the cells and says what to do, and the graded
workbook keeps the teacher's formula as a formula (one whose result was saved too), while a student's answer starting
with "=" stays text. QA: one such cell in a "Late?" column refused the whole sheet, so the teacher could not grade.
Real workbooks are written with openpyxl (results saved into the file's XML where a test needs them), read, graded,
written and read back."""
from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, WIDE, ColumnMapping
from grader_app.core.unsaved_formulas import UnsavedResults
from grader_app.io import SheetError, read_sheet, write_graded_csv, write_graded_xlsx
from grader_app.io.earlier_grading import set_aside
from grader_app.io.graded_columns import ADDED

HEAD = ["Student ID", "Name", "Question", "Answer", "Late?"]
ANSWERS = ["the amount of vinegar", "=1+1", "tRNA brings amino acids", "White, it reflects light"]
LATE = '=IF(B4="Kid 2","yes","no")'
MAPPING = ColumnMapping(layout=LONG, id_column="Student ID", name_column="Name", item_column="Question",
                        answer_column="Answer")


def _workbook(path, formulas: dict[str, str]):
    """Four students answering one question, a "Late?" column of the teacher's holding "no"; ``formulas``: cells
    written as formulas by openpyxl (no saved result)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEAD)
    for i, answer in enumerate(ANSWERS, start=1):
        ws.append([f"S{i}", f"Kid {i}", "asap-sas-1", answer, "no"])
        ws.cell(i + 1, 4).data_type = "s"        # "=1+1" typed by a student, stored as text
    for ref, formula in formulas.items():
        ws[ref] = formula
    wb.save(path)
    return path


def _save_results(path, results: dict[str, str], shared: tuple[str, str] | None = None):
    """The workbook at ``path`` as Excel saves it: each cell of ``results`` (its formula written by openpyxl) with its
    result saved (a number, else a text); ``shared`` (first, last) of one column: the first cell's formula shared down
    to the last, the cells below holding only a reference to it, as Excel writes a formula filled down."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, value in results.items():
        kind = "" if re.fullmatch(r"-?[0-9.]+", value) else ' t="str"'

        def saved(m, ref=ref, value=value, kind=kind):
            f = m.group(2)
            if shared is not None and ref == shared[0]:
                f = f'<f t="shared" ref="{shared[0]}:{shared[1]}" si="0">{m.group(3)}</f>'
            elif shared is not None:
                f = '<f t="shared" si="0" />'
            return f'<c r="{ref}"{m.group(1)}{kind}>{f}<v>{value}</v></c>'
        xml, n = re.subn(rf'<c r="{ref}"([^>]*)>(<f>(.*?)</f>)<v ?/>\s*</c>', saved, xml)
        assert n == 1, ref
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    return path


def _graded(sheet, path, mapping=MAPPING, csv=False):
    s = GradingSession(sheet, mapping, {"asap-sas-1": ItemInfo(item="asap-sas-1", bundle_id="b", labels=(0, 1, 2, 3),
                                                               default_threshold=0.8)})
    for a in s.answers:
        s.decide(a.key, a.key % 4)
    return write_graded_csv(s, path) if csv else write_graded_xlsx(s, path)


def _formula_notes(sheet):
    return [n for n in sheet.notes if getattr(n, "kind", "") == "formulas_without_results"]


def test_a_formula_without_a_result_in_the_teachers_own_column_opens_grades_and_stays_a_formula(tmp_path):
    path = _workbook(tmp_path / "late.xlsx", {"E4": LATE})
    sheet = read_sheet(path)                     # refused the whole sheet before
    assert sheet.columns == HEAD and len(sheet) == 4
    assert list(sheet.frame["Late?"]) == ["no", "no", "", "no"]
    [note] = _formula_notes(sheet)
    assert "(E4)" in note and "Excel" in note and "keeps" in note
    ws = openpyxl.load_workbook(_graded(sheet, tmp_path / "m.xlsx")).worksheets[0]
    assert [c.value for c in ws[1]] == [*HEAD, *ADDED]
    assert (ws["E4"].value, ws["E4"].data_type) == (LATE, "f")          # the teacher's formula, still a formula
    assert [(ws[f"E{r}"].value, ws[f"E{r}"].data_type) for r in (2, 3, 5)] == [("no", "s")] * 3
    # the students' answers are text, "=1+1" too, never a formula
    assert [(ws[f"D{r}"].value, ws[f"D{r}"].data_type) for r in range(2, 6)] == [(a, "s") for a in ANSWERS]
    assert ws["D3"].quotePrefix
    assert [ws.cell(r, 6 + ADDED.index("final_score")).value for r in range(2, 6)] == [0, 1, 2, 3]


def test_the_graded_workbook_reads_back_and_grades_again_keeping_the_formula(tmp_path):
    first = _graded(read_sheet(_workbook(tmp_path / "late.xlsx", {"E4": LATE})), tmp_path / "m.xlsx")
    again = set_aside(read_sheet(first))
    assert again.columns == HEAD and len(again.earlier) == 4
    assert "(E4)" in _formula_notes(again)[0]
    ws = openpyxl.load_workbook(_graded(again, tmp_path / "m2.xlsx")).worksheets[0]
    assert (ws["E4"].value, ws["E4"].data_type) == (LATE, "f")
    assert [ws[f"D{r}"].data_type for r in range(2, 6)] == ["s"] * 4


def test_the_graded_csv_holds_the_cell_empty_as_grader_read_it(tmp_path):
    out = _graded(read_sheet(_workbook(tmp_path / "late.xlsx", {"E4": LATE})), tmp_path / "m.csv", csv=True)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[3].startswith("S3,Kid 3,asap-sas-1,tRNA brings amino acids,,")
    assert lines[2].startswith("S2,Kid 2,asap-sas-1,'=1+1,no,")


@pytest.mark.parametrize("cell, column", [("B5", "Name"), ("C2", "Question"), ("A4", "Student ID")])
def test_a_formula_without_a_result_in_a_column_grader_reads_refuses_the_grading_naming_it(tmp_path, cell, column):
    """The sheet is read (another column may be chosen), but no grading starts on cells Grader cannot see: a name or a
    question read as empty would name or file answers wrongly (an answer's cell is one answer flagged:
    tests/io/test_formula_in_an_answer_cell.py). The file is left as it was."""
    path = _workbook(tmp_path / "class.xlsx", {cell: '=UPPER("x")', "E4": LATE})
    before = path.read_bytes()
    sheet = read_sheet(path)
    with pytest.raises(UnsavedResults) as e:
        GradingSession(sheet, MAPPING, {})
    assert e.value.kind == "columns.formulas_without_results"
    assert str(e.value) == (f"1 cell in the columns chosen holds a formula whose value was never computed ({column}: "
                            f"{cell}), so Grader cannot see what it shows; open and save the sheet in Excel or "
                            "LibreOffice first, then open it again")
    assert path.read_bytes() == before
    unread = ColumnMapping(layout=LONG, item_column="Question", answer_column="Answer")
    if column in ("Student ID", "Name"):        # without that column chosen, it grades
        assert len(GradingSession(sheet, unread, {}).answers) == 4


def test_several_cells_in_the_columns_chosen_are_counted_and_named_by_column(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx", {"D3": "=1", "D5": "=2", "B2": "=3", "D4": "=4"}))
    with pytest.raises(UnsavedResults) as e:
        GradingSession(sheet, MAPPING, {})
    assert e.value.values["count"] == 1            # the answers' cells are answers flagged, not a refusal
    assert "(Name: B2)" in str(e.value)
    sheet = read_sheet(_workbook(tmp_path / "more.xlsx", {"B3": "=1", "B5": "=2", "A2": "=3", "D4": "=4"}))
    with pytest.raises(UnsavedResults) as e:
        GradingSession(sheet, MAPPING, {})
    assert e.value.values["count"] == 3
    assert "(Student ID: A2; Name: B3, B5)" in str(e.value)
    assert str(e.value).startswith("3 cells in the columns chosen hold formulas whose value was never computed")


def test_one_column_per_question_grades_an_answer_column_holding_one_and_keeps_the_formula(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student", "Q1", "Q2", "Total"])
    for i in range(3):
        ws.append([f"Kid {i}", f"answer one {i}", f"answer two {i}", i])
    ws["D3"] = "=SUM(1,2)"
    ws["C4"] = '=CONCATENATE("an ", "answer")'
    wb.save(tmp_path / "wide.xlsx")
    sheet = read_sheet(tmp_path / "wide.xlsx")
    both = ColumnMapping(layout=WIDE, name_column="Student", answer_columns={"Q1": "Q1", "Q2": "Q2"})
    s = GradingSession(sheet, both, {})
    assert [a.key for a in s.answers if a.key in s.unsaved] == [5] and s.answers[5].column == "Q2"
    one = ColumnMapping(layout=WIDE, name_column="Student", answer_columns={"Q1": "Q1"})
    s = GradingSession(sheet, one, {})
    out = write_graded_xlsx(s, tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert (ws["D3"].value, ws["D3"].data_type) == ("=SUM(1,2)", "f")
    assert (ws["C4"].value, ws["C4"].data_type) == ('=CONCATENATE("an ", "answer")', "f")   # not read: the teacher's


def test_a_formula_whose_result_was_saved_stays_a_formula_in_the_teachers_column_and_a_value_in_grader_s(tmp_path):
    """A sheet saved by Excel: the teacher's "Late?" formula filled down (Excel shares it: the cells below hold only a
    reference to the first) comes back as the same formula in each row, moved with it; a name made by a formula (a
    column Grader reads) is written as the name it showed, so the graded workbook reads back without a refusal."""
    path = _workbook(tmp_path / "late.xlsx", {"E2": '=IF(B2="Kid 2","yes","no")', "E3": "=0", "E4": "=0", "E5": "=0",
                                               "B3": '=CONCATENATE("Kid ", "2")'})
    _save_results(path, {"E2": "no", "E3": "yes", "E4": "no", "E5": "no"}, shared=("E2", "E5"))
    _save_results(path, {"B3": "Kid 2"})
    sheet = read_sheet(path)
    assert not _formula_notes(sheet)
    assert list(sheet.frame["Late?"]) == ["no", "yes", "no", "no"] and sheet.frame["Name"][1] == "Kid 2"
    out = _graded(sheet, tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert [(ws[f"E{r}"].value, ws[f"E{r}"].data_type) for r in range(2, 6)] == [
        (f'=IF(B{r}="Kid 2","yes","no")', "f") for r in range(2, 6)]
    assert (ws["B3"].value, ws["B3"].data_type) == ("Kid 2", "s")
    again = set_aside(read_sheet(out))
    assert len(GradingSession(again, MAPPING, {}).answers) == 4


def test_under_title_rows_the_teachers_formula_stays_in_its_cell_reading_the_same_cells(tmp_path):
    """The graded workbook is the teacher's worksheet with Grader's columns added: the title rows stay above the table,
    which keeps its rows, so the teacher's formula is written as it was, where it was."""
    path = tmp_path / "titled.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Year 9 Science"
    ws.append([])
    ws.append(["Student", "Question", "Answer", "Total"])
    for i in range(3):
        ws.append([f"Kid {i}", "asap-sas-1", f"answer {i}", i])
    ws["D5"] = "=SUM(D4,1)"
    wb.save(path)
    sheet = read_sheet(path)
    assert list(sheet.frame["Total"]) == ["0", "", "2"] and "(D5)" in _formula_notes(sheet)[0]
    s = GradingSession(sheet, ColumnMapping(layout=LONG, name_column="Student", item_column="Question",
                                            answer_column="Answer"), {})
    ws = openpyxl.load_workbook(write_graded_xlsx(s, tmp_path / "m.xlsx")).worksheets[0]
    assert ws["A1"].value == "Year 9 Science" and ws["A3"].value == "Student"
    assert (ws["D5"].value, ws["D5"].data_type) == ("=SUM(D4,1)", "f")      # its row, its formula
    assert ws["D4"].value == 0 and ws["D6"].value == 2


def test_a_formula_without_a_result_in_the_header_still_refuses_the_sheet(tmp_path):
    """The header names the column (in the columns dialog, the project file, every export): one that cannot be seen is
    still refused when the sheet is read, saying which cell."""
    path = _workbook(tmp_path / "class.xlsx", {"E1": '=CONCATENATE("La", "te?")'})
    with pytest.raises(SheetError) as e:
        read_sheet(path)
    assert e.value.kind == "read.formulas_without_results" and "(E1)" in str(e.value)


def test_a_formula_without_a_result_in_a_graded_sheets_grading_column_refuses_it(tmp_path):
    """The final score of a sheet graded before is read as the teacher's decision: one that cannot be seen would read
    as a score cleared in the sheet."""
    graded = _graded(read_sheet(_workbook(tmp_path / "class.xlsx", {})), tmp_path / "m.xlsx")
    wb = openpyxl.load_workbook(graded)
    final = 6 + ADDED.index("final_score")
    wb.worksheets[0].cell(3, final).value = "=1+1"
    wb.save(graded)
    sheet = read_sheet(graded)
    with pytest.raises(SheetError) as e:
        set_aside(sheet)
    assert e.value.kind == "columns.formulas_without_results"
    assert f"(final_score: {openpyxl.utils.get_column_letter(final)}3)" in str(e.value)
