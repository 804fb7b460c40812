"""A cell a spreadsheet starts inside a field runs on past it, into the writer's delimiter and the next field, when the
spreadsheet splits at another separator; so does the first field of a line. A sign alone or a signed number there was
left unguarded ("-1" computes nothing), but what follows can make it a formula: Excel in Germany or Spain opens a comma
CSV at ";" and reads "," as the decimal mark, so a wide sheet's answers "see;-1" and "5+cmd|' /C calc'!A0" side by
side gave the cell "-1,5+cmd|' /C calc'!A0", -1.5 plus a DDE call (QA h4, LMS round trip); so did a Moodle upload whose
student is named "-1" "5+cmd|' /C calc'!A0" (a name a student may edit in their profile). Such a piece is guarded now
wherever it starts a cell and runs to the field's end; a whole field that is a number in the middle of a line, a name
"-Anna" and a smile ";-)" are written as before, and Grader reads its graded CSV back exactly.

Real files written by the real exporters, then read as such a spreadsheet reads them (split at ";", "," or tab)."""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import WIDE, ColumnMapping
from grader_app.io import read_sheet, write_graded_csv
from grader_app.io.formula_guard import guard_cell, guard_cell_reversibly, is_risky, unguard_cell
from grader_app.io.lms import export_format

_LMS_TESTS = str(Path(__file__).resolve().parent / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402

DDE = "5+cmd|' /C calc'!A0"
# (Q1, Q2) a student typed side by side; each pair ran into one formula for a spreadsheet splitting elsewhere
PAIRS = [("see below;-1", DDE), ("see below;-", DDE), ("see below;+2.5", DDE), ("line one\t-1", DDE)]
HARMLESS = [("-1", "2"), ("Good ;-)", "-Anna"), ("5", "-2"), ("It is cold.", "Ice floats.")]


def _formula(cell: str) -> bool:
    """A cell a spreadsheet could compute: risky text whose sign is not followed by a closing bracket (a smile ";-)"
    reads "-)...", which no spreadsheet takes for a formula)."""
    return is_risky(cell) and not re.match(r"[\s\"]*[-+=@]+\s*[)\]}]", cell)


def _spreadsheet_cells(path: Path, encoding: str = "utf-8-sig"):
    """Every cell of ``path`` as a spreadsheet splitting at ";", "," or a tab reads it."""
    text = path.read_text(encoding=encoding)
    for sep in ";,\t":
        for row in csv.reader(text.splitlines(), delimiter=sep):
            yield from row


def _wide_session(tmp_path, pairs):
    rows = [["Student ID", "Name", "Q1", "Q2"]]
    rows += [[f"S{i:03d}", f"Kid {i}", a, b] for i, (a, b) in enumerate(pairs)]
    sheet = read_sheet(L.write_csv(tmp_path / "class.csv", rows))
    mapping = ColumnMapping(layout=WIDE, id_column="Student ID", name_column="Name",
                            answer_columns={"Q1": "Q1", "Q2": "Q2"})
    items = {q: ItemInfo(item=q, labels=(-1, 0, 1, 2)) for q in ("Q1", "Q2")}
    session = GradingSession(sheet, mapping, items)
    for a in session.answers:
        session.decide(a.key, -1 if a.key % 2 else 2, comment="Good ;-)" if a.key == 0 else "")
    return session, rows


def test_answers_side_by_side_never_run_into_a_formula_in_the_graded_csv(tmp_path):
    session, rows = _wide_session(tmp_path, PAIRS + HARMLESS)
    out = write_graded_csv(session, tmp_path / "graded.csv")
    formulas = [c for c in _spreadsheet_cells(out) if _formula(c)]
    assert formulas == [], formulas
    # read back by Grader: each answer as the student typed it, the scores as given
    back = read_sheet(out)
    assert [[back.frame.at[r, c] for c in ("Q1", "Q2")] for r in range(len(rows) - 1)] == [r[2:] for r in rows[1:]]
    assert back.frame["Q1 final_score"].tolist()[:2] == ["2", "2"]
    # what needs no guard is written as before: a number alone in its field, a smile, a name with a dash
    line = out.read_text(encoding="utf-8-sig").splitlines()[len(PAIRS) + 1]
    assert line.startswith("S004,Kid 4,-1,2,")
    assert ",Good ;-)," in out.read_text(encoding="utf-8-sig") and ",'-Anna," in out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("first,last", [("-1", DDE), ("+", DDE), ("-2.5", DDE)])
def test_a_name_first_in_the_line_never_runs_into_a_formula_in_an_lms_file(tmp_path, first, last):
    rows = L.moodle_rows()
    rows[1][0], rows[1][1] = last, first             # Moodle's Responses: Last name, First name
    session = L.session_for(L.write_csv(tmp_path / "quiz-4-responses.csv", rows, bom=True), L.by_text)
    for key in ("moodle-gradebook", "points", "canvas-gradebook"):
        written = export_format(key).write(session, tmp_path / f"{key}.csv").path
        formulas = [c for c in _spreadsheet_cells(written) if _formula(c)]
        assert formulas == [], (key, formulas)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_graded_csvs_guard_still_comes_off_exactly(delimiter):
    texts = ["see below;-1", "x;-", "x;+2,5", "a\t-1", "-1", "-", "'-1", "x;'-1", "x;''-", "Good ;-)", "a;-1;b",
             "a;-1\nb", "-Anna", "x,-3"]
    for text in texts:
        for first in (False, True):
            written = guard_cell_reversibly(text, delimiter, first=first)
            assert unguard_cell(written, delimiter, first=first) == text, (text, delimiter, first, written)
    assert guard_cell("-1", delimiter) == "-1" and guard_cell("-", delimiter) == "-"      # a field in the middle
    assert guard_cell("-1", delimiter, first=True) == "'-1"                               # the line's first field
    assert guard_cell("a;-1;b", delimiter) == "a;-1;b" if delimiter == ";" else True       # a cell ending in the field
