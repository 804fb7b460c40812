"""QA (s51b #3): a CSV is split at the list separator of the program that opens it, not at the one it was written
with. Grader writes a comma CSV for an .xlsx sheet; Excel in Germany or Spain opens a double-clicked .csv at ";", so a
student's ``Osmosis moves water;=cmd|' /C calc'!A0;`` became a cell of its own that began with "=" (the field was not
quoted: ";" is not the writer's delimiter). The reverse held for a ";" sheet opened where the separator is ",".

Every CSV Grader writes (the graded sheet, the feedback sheet, each LMS file, the points sheet, the lists of the
students left out) is written for real from a real sheet (.xlsx, and a ";" CSV) whose ids, names, question, answers and
comments hide formulas behind ",", ";", a tab or a line break, then read back with Python's csv reader at ",", ";" and
tab: no cell a spreadsheet would read as a formula. The graded CSV still reads back through Grader's own reader with
every text exactly as the student typed it, and every file still reads at its own delimiter as a table."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io.feedback import write_feedback
from grader_app.io.formula_guard import guard_cell, guard_cell_reversibly, unguard_cell
from grader_app.io.lms import FORMATS, NothingMatched
from grader_app.io.readers import read_sheet
from grader_app.io.writers import write_graded_csv
from test_writers_hostile import TEXT, spreadsheet_reads_formula

SEPARATORS = (",", ";", "\t")
ANSWERS = [
    "Osmosis moves water;=cmd|' /C calc'!A0;",
    "Active transport uses ATP,=cmd|' /C calc'!A0,",
    "Diffusion goes from high to low;=1+1;",
    "Protein channels;@SUM(1+1)*cmd|' /C calc'!A0;",
    "Pumps move ions\t-2+3+cmd|' /C calc'!A0",
    "The cell membrane\n=HYPERLINK(\"http://example.invalid\",\"x\")",
    'Water;"=1+1" and more',
    "Water moves; -5 degrees, +3 more, @home",
    "Osmosis, diffusion; active transport ;-) and 1,5 or -2",
]
PEOPLE = [("S1", "Ann;=1+1 Lee", "ann@example.org", "ann"),
          ("S2", "Ben\t@SUM(1) Okafor", "ben@example.org", "ben"),
          ("S3;+cmd|' /C calc'!A0", "Cara,-Diaz", "cara@example.org", "cara"),
          ("S4", "Dev Rao", "dev@example.org", "dev,=1+1")]
QUESTION = "Cell transport;=1+1"
COMMENT = "Well done;=HYPERLINK(\"http://example.invalid\",\"click\"),+1 ;-)"


def reads_formula(cell: str) -> bool:
    """A spreadsheet would start a formula with this cell: a risky start (the writers' hostile test says which) with
    something to compute after its signs and spaces (";-)" in a comment computes nothing: a sign before ")", or before
    nothing at all)."""
    if not spreadsheet_reads_formula(cell):
        return False
    rest = cell.lstrip(" \t\r\n\u00a0\u200b\ufeff\u2060\u3000=+-@\u2212＝＋－＠﹦")
    return bool(rest) and rest[0] not in ")]}>/\\|:;,!?*^&%~"


def rows_of(folder: Path) -> list[list[str]]:
    rows = [["Student ID", "Name", "Email", "Username", "Question", "Answer"]]
    for i, answer in enumerate(ANSWERS):
        sid, name, email, user = PEOPLE[i % len(PEOPLE)]
        if i >= len(PEOPLE):
            sid, name, email, user = f"S{i + 1}", f"Student {i + 1}", f"s{i + 1}@example.org", f"s{i + 1}"
        rows.append([sid, name, email, user, QUESTION, answer])
    return rows


def xlsx_sheet(folder: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    for row in rows_of(folder):
        wb.active.append(row)
    path = folder / "class.xlsx"
    wb.save(path)
    return path


def semicolon_sheet(folder: Path) -> Path:
    path = folder / "class.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(rows_of(folder))
    return path


def session_of(path: Path) -> GradingSession:
    sheet = read_sheet(path)
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", name_column="Name", item_column="Question",
                            answer_column="Answer")
    probe = GradingSession(sheet, mapping)
    items = {it: ItemInfo(item=it, title=it, labels=(0, 1, 2)) for it in probe.item_keys()}
    session = GradingSession(sheet, mapping, items=items)
    for a in session.answers:
        session.decide(a.key, a.key % 3, comment=COMMENT)
    return session


def written_files(session: GradingSession, out: Path) -> list[Path]:
    """Every CSV Grader writes for this session: the graded sheet, the feedback sheet, each export format (its list of
    the students left out too)."""
    out.mkdir()
    files = [write_graded_csv(session, out / "graded.csv"), write_feedback(session, out / "feedback.csv")]
    for fmt in FORMATS:
        try:
            result = fmt.write(session, out / f"{fmt.key}{fmt.suffix}")
        except NothingMatched:
            continue
        files.append(result.path)
        if result.report is not None:
            files.append(result.report)
    return files


def cells(path: Path, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


@pytest.mark.parametrize("make", [xlsx_sheet, semicolon_sheet], ids=["xlsx sheet", "semicolon CSV sheet"])
def test_no_file_starts_a_formula_whichever_separator_splits_it(tmp_path, make):
    session = session_of(make(tmp_path))
    files = written_files(session, tmp_path / "out")
    assert {p.name for p in files} >= {"graded.csv", "feedback.csv", "points.csv"}
    assert any(p.name.endswith("-unmatched.csv") for p in files)   # S3's id cannot go into an LMS file
    found = {}
    for path in files:
        for sep in SEPARATORS:
            bad = [c for row in cells(path, sep) for c in row if reads_formula(c)]
            if bad:
                found[f"{path.name} read at {sep!r}"] = bad
    assert found == {}


@pytest.mark.parametrize("make", [xlsx_sheet, semicolon_sheet], ids=["xlsx sheet", "semicolon CSV sheet"])
def test_the_files_still_read_as_tables_and_the_graded_sheet_reads_back_exactly(tmp_path, make):
    session = session_of(make(tmp_path))
    files = written_files(session, tmp_path / "out")
    for path in files:
        teachers = path.name in ("graded.csv", "feedback.csv", "points.csv") or path.name.endswith("-unmatched.csv")
        own = ";" if make is semicolon_sheet and teachers else ","   # an LMS reads commas; the teacher, their own
        rows = cells(path, own)
        assert len({len(r) for r in rows}) == 1, path.name   # every row as long as the header: no cell split off
        assert len(read_sheet(path).frame) >= 1, path.name     # Grader's own reader reads it
    graded = read_sheet(tmp_path / "out" / "graded.csv").frame
    assert list(graded["Answer"]) == ANSWERS
    original = rows_of(tmp_path)[1:]
    for column, j in (("Student ID", 0), ("Name", 1), ("Username", 3), ("Question", 4)):
        assert list(graded[column]) == [r[j] for r in original], column
    assert set(graded["comment"]) == {COMMENT}


def test_an_identifier_with_a_formula_after_a_separator_is_left_out_and_said(tmp_path):
    """An LMS matches a student by the identifier as typed: one that would be written with a guard inside is not
    written at all (it would match nobody), and the list of the students left out says why."""
    session = session_of(xlsx_sheet(tmp_path))
    result = next(f for f in FORMATS if f.key == "blackboard-grade-center").write(session, tmp_path / "bb.csv")
    reasons = {u.student: u.reason for u in result.unmatched}
    assert list(reasons) == ["Dev Rao · S4"], reasons   # matched by username, "dev,=1+1"
    reason = reasons["Dev Rao · S4"]
    assert reason.kind == "unsafe_identifier" and reason.values["cause"] == "formula_inside", reason
    assert "“=” after a comma, semicolon or tab" in str(reason)
    assert not any("dev," in c for row in cells(result.path, ",") for c in row)
    listed = cells(result.report, ",")
    assert any("“=” after a comma, semicolon or tab" in c for row in listed for c in row), listed


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(text=TEXT.map(lambda t: t.replace("\x00", "")), extra=st.sampled_from(["", ";=1", ",+A1", "\t@B", "\n-C1",
                                                                              ';"=x"', ";'=1", ";''-z", ";-)"]),
       delimiter=st.sampled_from(SEPARATORS))
def test_the_guard_comes_off_exactly_and_leaves_no_formula_after_any_other_separator(text, extra, delimiter):
    """Any text, written with any of the three delimiters: the graded CSV's guard comes off exactly, and split where
    another program could split it (another separator, a line break), no piece starts a formula."""
    text = text + extra
    guarded = guard_cell_reversibly(text, delimiter)
    assert unguard_cell(guarded, delimiter) == text
    for written in (guarded, guard_cell(text, delimiter)):
        for sep in SEPARATORS:
            if sep != delimiter:   # a field holding its own delimiter is quoted: split there, it stays whole
                assert not any(reads_formula(p) for p in pieces(written, sep)), (text, written, sep)


def pieces(value: str, sep: str) -> list[str]:
    """The cells a spreadsheet splitting at ``sep`` (and at line breaks) could make of ``value`` where the field is not
    the first of its line (its opening quote, if any, is then not seen): a piece that opens with double quotes is read
    without them."""
    parts = [value]
    for cut in (sep, "\r", "\n"):
        parts = [p for part in parts for p in part.split(cut)]
    return parts[:1] + [p.lstrip('"') for p in parts[1:]]
