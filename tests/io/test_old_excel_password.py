"""An old Excel 97-2003 workbook (.xls) saved with a password is told so with the old format, in one sentence (QA s53f
finding 7): told only to save it as .xlsx, the teacher did, and was then told it was password-protected, since Excel
keeps the password through "Save As". The workbooks are built byte by byte (:mod:`compound_files`): its stream in
sectors of its own or in the mini stream, a FILEPASS right after the BOF or after a WRITEPROT."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from grader_app.io import SheetError, read_sheet
from grader_app.io.old_excel import encrypted_package, encrypted_xls

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compound_files import compound_file, old_workbook, workbook_stream  # noqa: E402


def _problem(path) -> SheetError:
    with pytest.raises(SheetError) as info:
        read_sheet(path)
    return info.value


@pytest.mark.parametrize("size", [4096, 20000, 600])   # in sectors of its own, or a small one in the mini stream
@pytest.mark.parametrize("suffix", [".xls", ".xlsx"])   # renamed .xlsx it is still the old workbook
def test_a_password_protected_xls_says_both_in_one_go(tmp_path, size, suffix):
    path = tmp_path / f"Klasse 9b{suffix}"
    path.write_bytes(old_workbook(encrypted=True, size=size))
    problem = _problem(path)
    assert problem.kind == "read.old_excel_password"
    said = str(problem)
    assert said.startswith(f"Klasse 9b{suffix} is in the old Excel 97-2003 (.xls) format and protected by a password")
    assert "Encrypt with Password" in said and "save it as .xlsx" in said


@pytest.mark.parametrize("size", [4096, 600])
def test_an_xls_without_a_password_keeps_its_sentence(tmp_path, size):
    path = tmp_path / "old.xls"
    path.write_bytes(old_workbook(encrypted=False, size=size))
    assert not encrypted_xls(path)
    problem = _problem(path)
    assert problem.kind == "read.old_excel" and "password" not in str(problem)


def test_a_write_protection_record_before_the_password_one_is_read_past(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(old_workbook(encrypted=True, write_protected=True))
    assert encrypted_xls(path)


def test_excel_95s_book_stream_is_read_too_and_another_stream_is_not(tmp_path):
    book, other = tmp_path / "book.xls", tmp_path / "other.xls"
    book.write_bytes(compound_file(workbook_stream(True), name="Book"))
    other.write_bytes(compound_file(workbook_stream(True), name="Ole10Native"))   # a BOF and FILEPASS, no workbook
    assert encrypted_xls(book) and not encrypted_xls(other)
    assert _problem(other).kind == "read.old_excel"


# a workbook of Excel 2007 or later saved with a password is a compound file holding "EncryptedPackage" (beside
# "EncryptionInfo"); renamed .xls, it used to get the old-format sentence, and saving it as .xlsx changes nothing
@pytest.mark.parametrize("suffix", [".xls", ".xlsx", ""])
def test_a_password_protected_xlsx_is_told_so_under_any_name(tmp_path, suffix):
    path = tmp_path / f"Klasse 9b{suffix}"
    path.write_bytes(compound_file(bytes(600), name="EncryptedPackage"))
    assert encrypted_package(path) and not encrypted_xls(path)
    problem = _problem(path)
    assert problem.kind == "read.password"
    assert str(problem).startswith(f"Klasse 9b{suffix} is password-protected")


def test_an_old_workbook_whose_cells_hold_the_words_is_not_taken_for_an_encrypted_xlsx(tmp_path):
    stream = workbook_stream(False) + "EncryptedPackage".encode("utf-16-le")   # a cell's text, in the workbook stream
    path = tmp_path / "old.xls"
    path.write_bytes(compound_file(stream))
    assert not encrypted_package(path)
    assert _problem(path).kind == "read.old_excel"
