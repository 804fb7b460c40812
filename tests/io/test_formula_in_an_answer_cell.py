"""An answer cell holding a formula whose value was never saved (a tool that does not compute formulas wrote the
workbook) is one answer Grader cannot see, not a reason to refuse the class: the other answers are graded, that one
reads as empty and is flagged with its own reason (never "blank", never grouped with the blank ones), the sheet's note
names its cell and says what to do, and nothing is lost: the graded workbook keeps the formula in its cell, and once
the file is saved in Excel the answer is read like any other. QA: one such cell (D32 of 150 answers) stopped the
scoring of the whole class. A student's id, name or question made by such a formula still refuses the grading
(tests/io/test_formula_in_teachers_column.py): the answers would be named or filed wrongly."""
from __future__ import annotations

import re
import zipfile

import openpyxl

from grader_app.core import flags
from grader_app.core.groups import group_answers
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io import read_sheet, write_graded_xlsx

MAPPING = ColumnMapping(layout=LONG, id_column="Student ID", name_column="Name", item_column="Question",
                        answer_column="Answer")
ANSWERS = ["the amount of vinegar", "", "tRNA brings amino acids", "", "White, it reflects light", "the mass of it"]
FORMULA = '=CONCATENATE("mitosis ", "splits the nucleus")'


def _workbook(path):
    """Six students answering one question, two of them leaving it blank; the fourth answer (D5) a formula written by
    openpyxl, which saves no value."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student ID", "Name", "Question", "Answer"])
    for i, answer in enumerate(ANSWERS, start=1):
        ws.append([f"S{i}", f"Kid {i}", "asap-sas-1", answer or None])
    ws["D5"] = FORMULA
    wb.save(path)
    return path


def _saved_in_excel(path, value: str):
    """The workbook as Excel saves it: D5's formula with its value."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    xml, n = re.subn(r'<c r="D5"([^>]*)>(<f>.*?</f>)<v ?/>\s*</c>', rf'<c r="D5" t="str">\2<v>{value}</v></c>',
                     parts["xl/worksheets/sheet1.xml"].decode())
    assert n == 1
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def _session(sheet):
    return GradingSession(sheet, MAPPING, {"asap-sas-1": ItemInfo(item="asap-sas-1", bundle_id="b", labels=(0, 1, 2),
                                                                  default_threshold=0.8)})


def test_the_class_is_graded_and_the_answer_that_shows_nothing_is_flagged_with_its_own_reason(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx"))
    notes = [str(n) for n in sheet.notes if getattr(n, "kind", "") == "formulas_without_results"]
    assert len(notes) == 1 and "(D5)" in notes[0] and "open the file in Excel, save it, and open it again" in notes[0]
    s = _session(sheet)
    assert [a.text for a in s.answers] == ANSWERS[:3] + [""] + ANSWERS[4:]
    assert s.flags[3] == [flags.UNSAVED]                 # not "blank": the student may well have written something
    assert s.flags[1] == [flags.BLANK] and s.flags[0] == []
    assert [k for k in range(len(ANSWERS)) if flags.UNSAVED in s.flags[k]] == [3]
    s.set_predictions(range(len(ANSWERS)), [[0.01, 0.01, 0.98]] * len(ANSWERS))
    assert s.needs_teacher(3) and not s.needs_teacher(0)
    # never grouped with the blank answers (a score given to them all would reach it unread)
    alone = [k for k in range(len(ANSWERS)) if flags.scored_alone(s.flags[k])]
    groups = group_answers([a.text for a in s.answers], alone=alone)
    assert [g.members for g in groups if 3 in g.members] == [(3,)]
    assert [g.members for g in groups if 1 in g.members] == [(1,)]


def test_nothing_is_lost_the_graded_workbook_keeps_the_formula_and_excel_s_value_is_read_once_saved(tmp_path):
    path = _workbook(tmp_path / "class.xlsx")
    s = _session(read_sheet(path))
    for a in s.answers:
        if a.key != 3:
            s.decide(a.key, 1)
    ws = openpyxl.load_workbook(write_graded_xlsx(s, tmp_path / "graded.xlsx")).worksheets[0]
    assert (ws["D5"].value, ws["D5"].data_type) == (FORMULA, "f")
    assert (ws["D2"].value, ws["D2"].data_type) == ("the amount of vinegar", "s")
    again = _session(read_sheet(_saved_in_excel(path, "mitosis splits the nucleus")))
    assert again.answers[3].text == "mitosis splits the nucleus"
    assert not any(flags.UNSAVED in again.flags[k] for k in range(len(ANSWERS)))
