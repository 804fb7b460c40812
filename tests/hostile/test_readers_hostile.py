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
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from grader_app.cli import run_cli
from grader_app.io import SheetError, read_sheet

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))
from compound_files import old_workbook  # noqa: E402

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


# ----- property-based: read_sheet on arbitrary sheets ------------------------------------------

import re  # noqa: E402
import tempfile  # noqa: E402

_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")


def _outcome(path: Path, **kw):
    """A Sheet, or None after checking the SheetError is one plain sentence naming the file."""
    try:
        sheet = read_sheet(path, **kw)
    except SheetError as exc:
        msg = str(exc)
        assert msg and "\n" not in msg and "\r" not in msg and "Traceback" not in msg, msg
        assert path.name in msg and str(path.parent) not in msg, msg
        assert not _SENTENCE_BREAK.search(msg), f"more than one sentence: {msg}"
        return None
    frame = sheet.frame
    assert len(frame) >= 1 and len(frame.columns) >= 1
    assert len(set(sheet.columns)) == len(sheet.columns)
    assert all(isinstance(v, str) for col in frame.columns for v in frame[col].tolist())
    assert all(isinstance(n, str) and "\n" not in n for n in sheet.notes)
    return sheet


def _in_tmp(suffix: str, data: bytes, fn):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"sheet{suffix}"
        p.write_bytes(data)
        return fn(p)


BOMS = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"]
PREFIXES = BOMS + [b"sep=;\r\n", b"sep=\t\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]
SUFFIXES = [".csv", ".tsv", ".txt", ""]

# cells made of what breaks CSV: quotes, delimiters, line breaks, control characters, BOMs, NUL
_NASTY = st.sampled_from(['"', "'", ",", ";", "\t", "|", "\r", "\n", "\r\n", "\x00", "\x1a", "\x0b",
                          "\ufeff", "\u2028", "\x85", "sep=", "=", "é", "€", "😀", " ", ""])
_CELL = st.lists(st.one_of(_NASTY, st.text(max_size=6)), max_size=5).map("".join)


@settings(max_examples=150, deadline=None)
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_csv_arbitrary_bytes_give_a_table_or_one_sentence(prefix, body, suffix):
    _in_tmp(suffix, prefix + body, _outcome)


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.lists(_CELL, max_size=5), max_size=7),
       delimiter=st.sampled_from([",", ";", "\t", "|"]),
       newline=st.sampled_from(["\r\n", "\n", "\r"]),
       quote_all=st.booleans(), raw=st.booleans(),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252"]),
       suffix=st.sampled_from([".csv", ".tsv", ".txt"]))
def test_csv_arbitrary_text_ragged_rows_quotes_and_encodings(rows, delimiter, newline, quote_all, raw,
                                                               encoding, suffix):
    if raw:     # no quoting at all: stray quotes, delimiters and line breaks inside cells
        text = newline.join(delimiter.join(r) for r in rows)
    else:
        buf = io.StringIO()
        csv.writer(buf, delimiter=delimiter, lineterminator=newline,
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL).writerows(rows)
        text = buf.getvalue()
    _in_tmp(suffix, text.encode(encoding, errors="replace"), _outcome)


# well-formed sheets: any text an answer can hold comes back exactly as written
_ANSWER_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="".join(
    chr(i) for i in range(32) if chr(i) not in "\t\n\r"))
_ANSWER = st.text(_ANSWER_CHARS, max_size=40)


@st.composite
def _well_formed(draw):
    n_answers = draw(st.integers(1, 3))
    header = ["Student ID"] + [f"Q{i + 1}" for i in range(n_answers)]
    n_rows = draw(st.integers(1, 6))
    ids = draw(st.lists(st.from_regex(r"S[0-9]{1,4}", fullmatch=True), min_size=n_rows, max_size=n_rows,
                        unique=True))
    body = [[sid] + [draw(_ANSWER) for _ in range(n_answers)] for sid in ids]
    return header, body


def _check_round_trip(sheet, header, body):
    assert sheet is not None
    assert sheet.columns == header and sheet.header_row == 0
    got = [list(r) for r in sheet.frame.itertuples(index=False, name=None)]
    assert got == body


@settings(max_examples=120, deadline=None)
@given(table=_well_formed(), delimiter=st.sampled_from([",", ";", "\t"]),
       newline=st.sampled_from(["\r\n", "\n"]), quote_all=st.booleans(),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"]))
def test_csv_well_formed_answers_read_back_intact(table, delimiter, newline, quote_all, encoding):
    header, body = table
    # Python 3.11's writer quotes a lone "\r" only when it is part of the line ending: otherwise the
    # file it writes is not well-formed (the "\r" ends the row), so quote every field then
    quote_all = quote_all or (newline == "\n" and any("\r" in c for r in body for c in r))
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=newline,
               quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL).writerows([header] + body)
    text = buf.getvalue()
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    if encoding == "cp1252" and not text.isascii():
        try:
            data.decode("utf-8")
            assume(False)       # these bytes are valid UTF-8 too: no reader can tell which was meant
        except UnicodeDecodeError:
            pass
        from grader_app.io.code_pages import WINDOWS, one_byte_text

        assume(one_byte_text(data)[1] == WINDOWS)   # letters that read as words only in a Mac's or DOS's code page
    _check_round_trip(_in_tmp(".csv", data, _outcome), header, body)


# ----- property-based: XLSX --------------------------------------------------------------------

_XLSX_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="".join(
    chr(i) for i in range(32) if chr(i) not in "\t\n") + "\r")   # XML keeps no \r and no C0 controls
_XLSX_ANSWER = st.text(_XLSX_CHARS, max_size=40).filter(lambda s: not re.search(r"_x[0-9A-Fa-f]{4}_", s))


def _workbook_bytes(rows, merges=(), title=None) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.title = title
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"        # a typed "=...", not a formula
    for ref in merges:
        ws.merge_cells(ref)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header_and_body=_well_formed().map(lambda t: t), data=st.data())
def test_xlsx_well_formed_answers_read_back_intact(header_and_body, data):
    header, body = header_and_body
    body = [[r[0]] + [data.draw(_XLSX_ANSWER) for _ in r[1:]] for r in body]
    _check_round_trip(_in_tmp(".xlsx", _workbook_bytes([header] + body), _outcome), header, body)


_REF = st.builds(lambda c, r: f"{c}{r}", st.sampled_from(["A", "B", "C", "D", "Z", "AZ", "XFD", "XFE", "a", ""]),
                 st.sampled_from(["1", "2", "3", "7", "1048576", "1048577", "0", ""]))
_SHEET_XML_BITS = st.one_of(
    st.builds(lambda a, b: f'<mergeCells><mergeCell ref="{a}:{b}"/></mergeCells>', _REF, _REF),
    st.builds(lambda a, t: f'<row><c r="{a}" t="inlineStr"><is><t>{t}</t></is></c></row>', _REF,
              st.sampled_from(["x", "", "&amp;", "  "])),
    st.builds(lambda a, v: f'<row r="{a[1:] or 1}"><c r="{a}"><v>{v}</v></c></row>', _REF,
              st.sampled_from(["1", "-0", "1e308", "nan", "x", ""])),
    st.builds(lambda a: f'<dimension ref="{a}"/>', _REF),
    st.sampled_from(["<row/>", "<row r=\"x\"/>", "<c/>", "<!-- -->", "\x00", "<", "&bogus;", " " * 50]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bits=st.lists(_SHEET_XML_BITS, max_size=4), where=st.sampled_from(["in", "after", "replace"]),
       empty=st.booleans())
def test_xlsx_hostile_sheet_xml_gives_a_table_or_one_sentence(bits, where, empty):
    rows = [] if empty else [["Student ID", "Answer"], ["S1", "ice is less dense"], ["S2", "it is cold"]]
    src = zipfile.ZipFile(io.BytesIO(_workbook_bytes(rows)))
    out = io.BytesIO()
    extra = "".join(bits).encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for n in src.namelist():
            part = src.read(n)
            if n == "xl/worksheets/sheet1.xml":
                if where == "in":
                    part = part.replace(b"</sheetData>", extra + b"</sheetData>")
                elif where == "after":
                    part = part.replace(b"</sheetData>", b"</sheetData>" + extra)
                else:
                    part = re.sub(rb"<sheetData>.*</sheetData>|<sheetData/>", b"<sheetData>" + extra + b"</sheetData>",
                                  part, flags=re.S)
            zf.writestr(n, part)
    _in_tmp(".xlsx", out.getvalue(), _outcome)


_GOOD_XLSX = _workbook_bytes([["Student ID", "Answer"], ["S1", "ice is less dense"], ["S2", "it is cold"]],
                             merges=["A1:B1"])


@settings(max_examples=40, deadline=None)
@given(edits=st.lists(st.tuples(st.integers(0, len(_GOOD_XLSX) - 1), st.integers(0, 255)), max_size=6),
       cut=st.one_of(st.none(), st.integers(0, len(_GOOD_XLSX))), suffix=st.sampled_from([".xlsx", ".xlsm", ".xls", ""]))
def test_xlsx_damaged_bytes_give_a_table_or_one_sentence(edits, cut, suffix):
    data = bytearray(_GOOD_XLSX)
    for at, byte in edits:
        data[at] = byte
    if cut is not None:
        data = data[:cut]
    _in_tmp(suffix, bytes(data), _outcome)


# old Excel 97-2003 workbooks, built byte by byte (tests/io/compound_files.py), damaged: the password's FILEPASS is looked
# for through the compound file's header, allocation table and directory (grader_app.io.old_excel), none of them trusted
_OLD_XLS = [old_workbook(True), old_workbook(False), old_workbook(True, size=600), old_workbook(False, size=9000)]
_OLD_KINDS = ("read.old_excel", "read.old_excel_password")


def _old_excel_said(path: Path) -> str:
    with pytest.raises(SheetError) as info:
        read_sheet(path)
    assert _outcome(path) is None   # one plain sentence naming the file
    assert info.value.kind in _OLD_KINDS, info.value.kind
    return info.value.kind


@settings(max_examples=80, deadline=None)
@given(which=st.integers(0, len(_OLD_XLS) - 1), edits=st.lists(st.tuples(st.integers(8, 2100), st.integers(0, 255)),
                                                                 max_size=8),
       cut=st.one_of(st.none(), st.integers(8, 20000)), suffix=st.sampled_from([".xls", ".xlsx", ""]))
def test_a_damaged_or_truncated_old_workbook_gives_its_sentence(which, edits, cut, suffix):
    data = bytearray(_OLD_XLS[which])   # (its signature kept: without it, it is no compound file)
    for at, byte in edits:
        if at < len(data):
            data[at] = byte
    if cut is not None:
        data = data[:cut]
    _in_tmp(suffix, bytes(data), _old_excel_said)


@settings(max_examples=60, deadline=None)
@given(body=st.binary(max_size=3000), sectors=st.sampled_from([b"\x09\x00", b"\x0c\x00", b"\xff\xff"]))
def test_garbage_after_the_compound_file_signature_is_a_plain_old_workbook(body, sectors):
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(22) + sectors + b"\x06\x00"
    assert _in_tmp(".xls", head + body, _old_excel_said) == "read.old_excel"


def test_an_old_workbook_cut_before_its_directory_is_a_plain_old_workbook():
    data = old_workbook(True)
    for cut in (8, 100, 511, 512, 700, 1024):   # the header, the table, then no directory
        assert _in_tmp(".xls", data[:cut], _old_excel_said) == "read.old_excel", cut
    assert _in_tmp(".xls", data, _old_excel_said) == "read.old_excel_password"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(st.one_of(st.none(), _XLSX_ANSWER, st.integers(-10**6, 10**6),
                                        st.floats(allow_nan=False, allow_infinity=False)), max_size=4),
                     max_size=5),
       merges=st.lists(st.builds(lambda r1, c1, h, w: (r1, c1, r1 + h, c1 + w), st.integers(1, 6),
                                 st.integers(1, 5), st.integers(0, 3), st.integers(0, 3)), max_size=3),
       title=st.sampled_from([None, "Answers", "Sheet 2", "ü'x"]))
def test_xlsx_arbitrary_cells_and_merges_give_a_table_or_one_sentence(rows, merges, title):
    from openpyxl.utils import get_column_letter

    refs, taken = [], set()
    for r1, c1, r2, c2 in merges:     # Excel refuses overlapping merged ranges; so does openpyxl's writer
        cells = {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        if cells & taken or len(cells) == 1:
            continue
        taken |= cells
        refs.append(f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}")
    _in_tmp(".xlsx", _workbook_bytes(rows, refs, title), _outcome)
