"""Hostile input for the sheet readers: real files written to tmp_path and read back.

Property-based (Hypothesis) over the CSV and XLSX readers: whatever the bytes, text, quotes,
delimiters, encodings, BOMs, control characters, ragged rows or empty sheets, ``read_sheet``
returns a table or raises :class:`SheetError` with one sentence, never anything else; and a
well-formed sheet gives back every answer cell exactly as written. Plus ``grader score`` on
hostile sheets: the reader's notes on stderr, unreadable paths as one sentence with exit 2.
"""
from __future__ import annotations

import csv
import io
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from grader_app.cli import run_cli
from grader_app.io import SheetError, read_sheet

# ----- grader score on hostile sheets ----------------------------------------------------------


@pytest.fixture
def bundle(tmp_path, tiny_bundle, monkeypatch):
    shipped = tmp_path / "bundles"
    shipped.mkdir()
    moved = tiny_bundle.rename(shipped / tiny_bundle.name)
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(shipped))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    return moved


def _score(capsys, *args):
    code = run_cli(["score", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_score_prints_the_readers_notes_on_stderr(tmp_path, bundle, capsys):
    sheet = tmp_path / "quote.csv"
    sheet.write_text('Student ID,Answer\nS1,Ice is less dense than water.\nS2,"Ice floats because\n'
                     'S3,It is cold.\nS4,The lattice is open.\n', encoding="utf-8")
    notes = read_sheet(sheet).notes
    assert any("quote" in n for n in notes)
    code, out, err = _score(capsys, sheet, "--out", tmp_path / "graded.csv", "--bundle", bundle)
    assert code == 0, err
    assert "Scored 2 answers" in out
    lines = err.splitlines()
    for note in notes:
        assert sum(1 for line in lines if line.endswith(note)) == 1, (note, err)
    assert len(lines) == len(notes)


def test_score_quiet_prints_no_notes(tmp_path, bundle, capsys):
    sheet = tmp_path / "plain.csv"
    sheet.write_text("Student ID,Answer\nS1,Ice is less dense than water.\nS2,It is cold.\n", encoding="utf-8")
    code, out, err = _score(capsys, sheet, "--out", tmp_path / "graded.csv", "--bundle", bundle, "--quiet")
    assert code == 0 and out == "" and err == ""


def _deny(monkeypatch, target: Path, *, inside: bool):
    """Make ``target`` unreadable (``inside``: a folder whose entries cannot be reached): for real
    when not root, else by refusing the way the OS would, since root reads anything."""
    target.chmod(0)
    if os.geteuid() != 0:
        return
    import builtins

    real_stat, real_open = os.stat, builtins.open

    def hit(path, folder: bool) -> bool:
        if not isinstance(path, (str, os.PathLike)):
            return False
        p = Path(os.fspath(path))
        return p.parent == target if folder else p == target

    def stat(path, *a, **k):                  # a folder without search permission hides its entries
        if hit(path, True):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *a, **k)

    def open_(path, *a, **k):
        if hit(path, inside):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, *a, **k)

    if inside:
        monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(builtins, "open", open_)


@pytest.mark.parametrize("case", ["folder", "locked folder", "unreadable file"])
def test_score_on_an_unreadable_path_is_one_sentence(case, tmp_path, bundle, capsys, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir()
    sheet = folder / "answers.csv"
    sheet.write_text("Student ID,Answer\nS1,Ice is less dense than water.\n", encoding="utf-8")
    out = tmp_path / "graded.csv"
    try:
        if case == "folder":
            code, stdout, err = _score(capsys, folder, "--out", out, "--bundle", bundle)
        else:
            _deny(monkeypatch, folder if case == "locked folder" else sheet, inside=case == "locked folder")
            code, stdout, err = _score(capsys, sheet, "--out", out, "--bundle", bundle)
    finally:
        monkeypatch.undo()
        folder.chmod(0o700)
        sheet.chmod(0o600)
    assert code == 2, err
    assert err.startswith("grader: ") and err.count("\n") == 1 and "Traceback" not in err
    assert ("folder" in err) if case == "folder" else ("permission" in err)
    assert str(tmp_path) not in err
    assert not out.exists()
