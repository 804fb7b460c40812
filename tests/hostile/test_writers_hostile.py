"""Hostile input for the writers: any text a student (or a sheet) can hold, written and read back.

Property-based (Hypothesis), real files in a temporary folder:

* XLSX: whatever the answers, headers, question ids and comments (any Unicode, controls included;
  surrogate-free, as no reader can produce a lone surrogate), the workbook written opens in
  openpyxl; no cell of any sheet is a formula, and a text that a spreadsheet would take for one
  carries Excel's quote prefix; each text reads back as written except for what XML cannot
  carry: the characters XML 1.0 forbids are gone, and a carriage return reads back as a line feed
  (XML parsers turn every raw CR into LF).
* CSV: every cell reads back (csv module) as written, or with one ``'`` in front where a
  spreadsheet could read it as a formula (and after a ";", tab or line break inside it where a program splitting the
  line there would start a cell with one), and then no cell would be read as one; Grader's own reader gives every
  text back exactly.
* Canvas CSV: students whose ids differ at all (even only in whitespace) never share a row.

The test's own idea of "a spreadsheet would read this as a formula" is written here, apart from
the writer's, so a writer that guards too little fails.
"""
from __future__ import annotations

import csv
import re
import tempfile
import unicodedata
from pathlib import Path

import openpyxl
import pandas as pd
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping, Sheet
from grader_app.io.canvas import canvas_rows, write_canvas_csv
from grader_app.io.readers import read_sheet
from grader_app.io.summary_sheet import summary_writer
from grader_app.io.writers import write_graded_csv, write_graded_xlsx

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# any code point but surrogates, with the dangerous starts and the XML-forbidden ones made common
ANY_CHAR = st.characters(blacklist_categories=("Cs",))
NASTY = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", " ", "\u200b", "\ufeff", "\u2060", "＝", "＋", "－",
                         "＠", "﹦", "\u3000", "\u00a0", "\u2212", "\x00", "\x01", "\x0b", "\x1f", "\ufffe",
                         "\uffff", "\r\n", "'", "1", "e", ".", "\u0338", "\U0001f9a0", ";", ",", '"'])
TEXT = st.lists(st.one_of(NASTY, ANY_CHAR, st.text(ANY_CHAR, max_size=4)), max_size=12).map("".join)


def xml_char(ch: str) -> bool:
    """XML 1.0's Char production."""
    c = ord(ch)
    return c in (0x9, 0xA, 0xD) or 0x20 <= c <= 0xD7FF or 0xE000 <= c <= 0xFFFD or 0x10000 <= c <= 0x10FFFF


def as_xlsx_reads_it(text: str) -> str:
    """What any XML reader gets back: XML-forbidden characters gone, CR and CRLF as LF."""
    return "".join(ch for ch in text if xml_char(ch)).replace("\r\n", "\n").replace("\r", "\n")


_NUMBER = re.compile(r"[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][+-]?[0-9]+)?", re.ASCII)


def spreadsheet_reads_formula(cell: str) -> bool:
    """Would Excel / LibreOffice / Sheets, reading this cell, start a formula (or a control)?"""
    if cell[:1] in ("\t", "\r"):
        return True
    if _NUMBER.fullmatch(cell) or cell.strip(" ") in ("-", "+"):   # a number, or a sign alone: no formula
        return False

    def lead(s):
        i = 0
        while i < len(s) and (s[i].isspace() or unicodedata.category(s[i]) in ("Cc", "Cf", "Zs", "Zl", "Zp")):
            i += 1
        return s[i:]

    head = lead(cell)
    return head[:1] in ("=", "+", "-", "@") or lead(unicodedata.normalize("NFKC", head))[:1] in ("=", "+", "-", "@")


def session_of(answers: list[str], header: str, items: list[str] | None = None, ids: list[str] | None = None):
    n = len(answers)
    ids = ids or [f"S{i}" for i in range(n)]
    cols = {"id": ids, header: [f"note {i}" for i in range(n)], "Answer": answers}
    if items is not None:
        cols["Question"] = items
    frame = pd.DataFrame(cols, dtype=object)
    mapping = ColumnMapping(layout=LONG, id_column="id", answer_column="Answer",
                            item_column="Question" if items is not None else None,
                            default_item=None if items is not None else "Q1")
    s = GradingSession(Sheet(frame=frame), mapping)
    for item in s.item_keys():
        s.set_item_info(ItemInfo(item=item, bundle_id=None, labels=(0, 1, 2), title=item))
    return s


@SETTINGS
@given(answers=st.lists(TEXT, min_size=1, max_size=4), header=TEXT, comment=TEXT,
       items=st.lists(TEXT, min_size=1, max_size=2))
def test_xlsx_opens_holds_no_formula_and_keeps_every_carried_character(answers, header, comment, items):
    assume(header not in ("id", "Answer", "Question", ""))
    items = [items[i % len(items)] for i in range(len(answers))]
    assume(all(it.strip() for it in items))
    s = session_of(answers, header, items)
    s.decide(0, 1, comment=comment)
    with tempfile.TemporaryDirectory() as tmp:
        out = write_graded_xlsx(s, Path(tmp) / "g.xlsx", extra_sheets=summary_writer(s))
        wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and spreadsheet_reads_formula(cell.value):
                    assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
    ws = wb["Graded"]
    head = [c.value for c in ws[1]]
    assert head[:4] == ["id", as_xlsx_reads_it(header) or None, "Answer", "Question"]
    col = {name: j for j, name in enumerate(head, start=1)}
    for r, text in enumerate(answers, start=2):
        got = ws.cell(row=r, column=col["Answer"]).value
        assert (got or "") == as_xlsx_reads_it(text), (text, got)
        assert (ws.cell(row=r, column=col["Question"]).value or "") == as_xlsx_reads_it(items[r - 2])
    assert (ws.cell(row=2, column=col["comment"]).value or "") == as_xlsx_reads_it(comment)
    summary_texts = {c.value for row in wb["Summary"].iter_rows() for c in row if isinstance(c.value, str)}
    for item in s.item_keys():
        assert as_xlsx_reads_it(str(item)) in summary_texts or not as_xlsx_reads_it(str(item))


@SETTINGS
@given(answers=st.lists(TEXT, min_size=1, max_size=5), header=TEXT, comment=TEXT)
def test_csv_reads_back_exactly_and_no_cell_is_a_formula(answers, header, comment):
    assume(header not in ("id", "Answer", ""))
    s = session_of(answers, header)
    s.decide(0, 2, comment=comment)
    with tempfile.TemporaryDirectory() as tmp:
        out = write_graded_csv(s, Path(tmp) / "g.csv")
        with open(out, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        back = read_sheet(out).frame   # Grader's own reader takes every guard off again
    assert len(rows) == 1 + len(answers)
    for row in rows:
        for cell in row:
            assert not spreadsheet_reads_formula(cell), cell
    assert [str(v) for v in back["Answer"]] == [t.replace("\x00", "") for t in answers] or "\x00" in "".join(answers)

    def same(got, text):   # the guard is a "'" at the start, and after a break where a cell could begin
        return got == text or got == "'" + text or (got.replace("'", "") == text.replace("'", "") and got != text)

    assert same(rows[0][1], header)
    comment_col = rows[0].index("comment")
    assert same(rows[1][comment_col], comment)
    for r, text in enumerate(answers, start=1):
        got = rows[r][2]
        assert same(got, text), (text, got)


@SETTINGS
@given(ids=st.lists(TEXT.filter(lambda t: t.strip()), min_size=2, max_size=5, unique=True))
def test_canvas_never_merges_two_distinct_ids(ids):
    s = session_of([f"answer {i}" for i in range(len(ids))], "note", ids=ids)
    for a in s.answers:
        s.decide(a.key, a.key % 3)
    rows = canvas_rows(s)
    body = rows[2:]
    assert len(body) == len(ids)
    assert [r[5] for r in body] == [str(i % 3) for i in range(len(ids))]   # nobody's score overwritten
    with tempfile.TemporaryDirectory() as tmp:
        with open(write_canvas_csv(s, Path(tmp) / "c.csv").path, encoding="utf-8-sig", newline="") as f:
            back = list(csv.reader(f))
    assert back == rows
    for row in back:
        for cell in row:
            assert not spreadsheet_reads_formula(cell), cell
