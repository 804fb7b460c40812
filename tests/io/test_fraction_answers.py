"""Answers typed as fractions: a student who types "0 3/4" into Excel (the way to keep 3/4 from becoming a date) gets
the number 0.75 shown as "3/4" by the cell's fraction format; Grader read "0.75", so the teacher saw and scored an
answer nobody wrote. A cell with a fraction format now reads as Excel shows it ("3/4", "1 1/2", "-2/3", "5/8" in
eighths, "2" for a whole number); the graded workbook still writes back the number with its format. Other numbers
("0.75", "42") read as before. Real workbooks written and opened through ``read_sheet``."""
from __future__ import annotations

import openpyxl

from grader_app.workflow import read_sheet


def test_fraction_formatted_answers_read_as_excel_shows_them(tmp_path):
    p = tmp_path / "fractions.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    rows = [["Name", "Answer"], ["Ann", 0.75], ["Bo", 1.5], ["Cy", -2 / 3], ["Di", 0.625], ["Ed", 2], ["Flo", 0.75],
            ["Gus", 42], ["Hal", 0.25], ["Ida", 1 / 3]]
    for row in rows:
        ws.append(row)
    for cell, code in {"B2": "# ?/?", "B3": "# ?/?", "B4": "# ??/??", "B5": "# ?/8", "B6": "# ?/?", "B9": "# ?/4",
                       "B10": "???/???"}.items():
        ws[cell].number_format = code
    wb.save(p)
    sheet = read_sheet(p)
    assert list(sheet.frame["Answer"]) == ["3/4", "1 1/2", "-2/3", "5/8", "2", "0.75", "42", "1/4", "1/3"]
    typed = {r: cell.value for (r, column), cell in sheet.typed.items() if column == "Answer"}
    assert typed[0] == 0.75 and typed[1] == 1.5       # written back as the numbers they are


def test_fraction_answers_go_back_as_numbers_with_their_format(tmp_path):
    from grader_app.core.session import GradingSession, ItemInfo
    from grader_app.core.sheet import LONG, ColumnMapping
    from grader_app.io import write_graded_xlsx

    p = tmp_path / "quiz.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["Name", "Question", "Answer"], ["Ann", "q1", 0.75], ["Bo", "q1", 1.5], ["Cy", "q1", "a half"]]:
        ws.append(row)
    ws["C2"].number_format = ws["C3"].number_format = "# ?/?"
    wb.save(p)
    sheet = read_sheet(p)
    assert list(sheet.frame["Answer"]) == ["3/4", "1 1/2", "a half"]
    mapping = ColumnMapping(layout=LONG, name_column="Name", item_column="Question", answer_column="Answer")
    session = GradingSession(sheet, mapping, {"q1": ItemInfo(item="q1", bundle_id="b", labels=(0, 1),
                                                             default_threshold=0.8)})
    for a in session.answers:
        session.decide(a.key, 1)
    out = openpyxl.load_workbook(write_graded_xlsx(session, tmp_path / "graded.xlsx")).worksheets[0]
    assert [(out.cell(r, 3).value, out.cell(r, 3).number_format) for r in (2, 3)] == [(0.75, "# ?/?"), (1.5, "# ?/?")]
    assert read_sheet(tmp_path / "graded.xlsx").frame["Answer"].tolist()[:2] == ["3/4", "1 1/2"]
