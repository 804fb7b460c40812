"""An export must never be written over the sheet it was made from (issue 9, item 2).

``grader score SHEET --out SHEET`` used to replace the teacher's workbook (other sheets and
formulas gone) and exit 0. The same file reached through another name (a symlink, a hard link,
``./``) counts as the same file.
"""
from __future__ import annotations

import csv
import os

import openpyxl
import pytest

from grader_app.cli import run_cli
from grader_app.io import SheetError, read_sheet, write_graded
from grader_app.io.paths_check import refuse_overwriting_input, same_file


def _workbook(path):
    """A teacher's workbook: answers on one sheet, a formula, a second sheet of their own."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Answers"
    ws.append(["Student ID", "Answer"])
    ws.append(["S01", "Ice is less dense than water because the molecules form an open lattice, so it floats."])
    ws.append(["S02", "Ice floats because it is cold."])
    ws["D1"] = "=COUNTA(B2:B3)"
    wb.create_sheet("Marks")["A1"] = "the teacher's own notes"
    wb.save(path)
    return path


def _other_names(tmp_path, sheet):
    """The sheet by its own name, through ./, a symlink and a hard link."""
    names = [sheet, tmp_path / "." / sheet.name]
    link = tmp_path / "link.xlsx"
    link.symlink_to(sheet)
    hard = tmp_path / "hard.xlsx"
    os.link(sheet, hard)
    return names + [link, hard]


def test_cli_refuses_out_that_is_the_sheet(tmp_path, tiny_shipped, capsys):
    sheet = _workbook(tmp_path / "answers.xlsx")
    before = sheet.read_bytes()
    for out in _other_names(tmp_path, sheet):
        code = run_cli(["score", str(sheet), "--out", str(out), "--answer-column", "Answer",
                        "--id-column", "Student ID", "--bundle", str(tiny_shipped / "tiny-ice.gradebundle")])
        err = capsys.readouterr().err
        assert code == 2, out
        assert err.startswith("grader: ") and err.count("\n") == 1 and "Traceback" not in err
        assert "is the sheet of answers itself" in err and out.name in err
        assert sheet.read_bytes() == before
    wb = openpyxl.load_workbook(sheet)
    assert wb.sheetnames == ["Answers", "Marks"] and wb["Answers"]["D1"].value == "=COUNTA(B2:B3)"


def test_cli_still_writes_beside_the_sheet(tmp_path, tiny_shipped, capsys):
    sheet = _workbook(tmp_path / "answers.xlsx")
    code = run_cli(["score", str(sheet), "--out", str(tmp_path / "answers-graded.xlsx"), "--answer-column",
                    "Answer", "--bundle", str(tiny_shipped / "tiny-ice.gradebundle"), "--quiet"])
    assert code == 0, capsys.readouterr().err
    assert openpyxl.load_workbook(tmp_path / "answers-graded.xlsx").sheetnames[0] == "Graded"


def test_same_file_follows_links_and_needs_both_to_exist(tmp_path):
    sheet = _workbook(tmp_path / "answers.xlsx")
    for other in _other_names(tmp_path, sheet):
        assert same_file(other, sheet) and same_file(str(other), str(sheet))
    copy = tmp_path / "copy.xlsx"
    copy.write_bytes(sheet.read_bytes())
    assert not same_file(copy, sheet)
    assert not same_file(tmp_path / "not-yet.xlsx", sheet)
    assert not same_file(sheet, None) and not same_file(None, sheet)
    with pytest.raises(SheetError, match=r"^answers\.xlsx is the sheet of answers itself"):
        refuse_overwriting_input(sheet, [None, copy, sheet])
    refuse_overwriting_input(copy, [sheet, None])   # a different file: no complaint


def test_writers_refuse_to_replace_the_source_sheet(tmp_path):
    """The writers check too (the export dialog and any other caller go through them)."""
    from grader_app.core.session import GradingSession, ItemInfo
    from grader_app.core.sheet import ColumnMapping

    src = tmp_path / "class.csv"
    with open(src, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["id", "Answer"], ["1", "Ice is less dense."]])
    before = src.read_bytes()
    sheet = read_sheet(src)
    s = GradingSession(sheet, ColumnMapping(id_column="id", answer_column="Answer", default_item="q"),
                       {"q": ItemInfo(item="q", bundle_id=None, labels=(0, 1), default_threshold=0.8)})
    with pytest.raises(SheetError, match="is the sheet of answers itself"):
        write_graded(s, src)
    hard = tmp_path / "hard.csv"
    os.link(src, hard)
    with pytest.raises(SheetError, match=r"^hard\.csv is the sheet"):
        write_graded(s, hard)
    assert src.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class.csv", "hard.csv"]


def test_a_read_only_file_is_not_replaced_by_an_export(tmp_path):
    """An existing file marked read-only keeps its content and its protection: the export is refused with
    a sentence (the atomic move over it would have succeeded in a writable folder)."""
    from grader_app.io.writers import atomic_write

    target = tmp_path / "protected.csv"
    target.write_text("the teacher's own file\n", encoding="utf-8")
    target.chmod(0o444)
    try:
        with pytest.raises(SheetError, match="protected.csv: that file is read-only; choose another file name"):
            atomic_write(target, lambda f: f.write(b"graded\n"))
        assert target.read_text(encoding="utf-8") == "the teacher's own file\n"
        assert target.stat().st_mode & 0o777 == 0o444
        assert not list(tmp_path.glob(".protected.csv.*.tmp"))
    finally:
        target.chmod(0o644)
    atomic_write(target, lambda f: f.write(b"graded\n"))      # writable again: written
    assert target.read_bytes() == b"graded\n"
