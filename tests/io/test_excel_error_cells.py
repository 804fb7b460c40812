"""An answer cell of a workbook that shows an Excel error (#NAME?, #N/A, #DIV/0!) instead of a value: what a student
typed beginning with "=", "+" or "-" ("- less dense than water") Excel took for a formula, and shows "#NAME?"; the
student's words are only in the formula bar. The error was read as the answer, scored and grouped with the others'
("#NAME?" twice, one group) without a word: the teacher, seeing "#NAME?", gave it nothing. The answer still reads as
the cell shows it (nothing is guessed), and a note names the cells and says what to do. Real files, written by
openpyxl and given their error values as Excel saves them, read back as the window and ``grader score`` read them."""
from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

import openpyxl

from grader_app.io.readers import read_sheet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scored_by_the_cli import score_with_bundle  # noqa: E402

ANSWERS = ["Ice is less dense than liquid water.", "ERROR1", "ERROR2", "Its molecules are held further apart.",
           "Hydrogen bonds hold it in an open lattice.", "ERROR3"]
# as Excel saves them: the formula a student's typing made, and the error it shows
ERRORS = {"ERROR1": '<f>-less+dense</f><v>#NAME?</v>', "ERROR2": '<v>#N/A</v>', "ERROR3": '<f>1/0</f><v>#DIV/0!</v>'}


def _workbook(path, answers=ANSWERS):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student ID", "Name", "Answer"])
    for i, answer in enumerate(answers, start=1):
        ws.append([f"S{i}", f"Kid {i}", answer])
    ws["E1"] = "ERROR3"            # beside the table: a teacher's own count, no answer
    wb.save(path)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for marker, cell in ERRORS.items():
        xml, n = re.subn(rf'<c r="([A-Z]+\d+)" t="inlineStr"><is><t>{marker}</t></is></c>', rf'<c r="\1" t="e">{cell}</c>',
                         xml)
        assert n or marker not in answers
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def test_answers_showing_an_excel_error_are_named_in_a_note(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx"))
    assert sheet.frame["Answer"].tolist() == [ANSWERS[0], "#NAME?", "#N/A", ANSWERS[3], ANSWERS[4], "#DIV/0!"]
    said = [n for n in sheet.notes if getattr(n, "kind", "") == "excel_errors"]
    assert [n.values for n in said] == [{"count": 3, "cells": "C3 #NAME?, C4 #N/A, C7 #DIV/0!"}]
    assert str(said[0]) == ("3 cells of the table show an Excel error instead of a value (C3 #NAME?, C4 #N/A, "
                            "C7 #DIV/0!), read as that text; an answer typed beginning with =, + or - becomes a "
                            "formula in Excel: put an apostrophe before it there (the formula bar shows the student's "
                            "words), save, and open the sheet again.")


def test_a_workbook_without_errors_in_its_table_says_nothing_of_them(tmp_path):
    answers = [a if not a.startswith("ERROR") else "It floats." for a in ANSWERS]
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx", answers))
    assert "excel_errors" not in [getattr(n, "kind", "") for n in sheet.notes]


def test_grader_score_prints_the_note_and_leaves_the_workbook_as_it_was(tmp_path, shipped_bundle, capsys):
    path = _workbook(tmp_path / "class.xlsx")
    said = score_with_bundle(path, tmp_path / "graded.xlsx", shipped_bundle, capsys)
    assert "3 cells of the table show an Excel error instead of a value" in said.err
