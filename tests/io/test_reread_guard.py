"""Grader reads its own graded CSV back (reopened, or learned from as a marked sheet): the formula guard's
quote that the writer put in front of "=1+2" is taken off again, and only there; a student's own leading
apostrophe, in an ordinary sheet or in a graded one, survives. Real files written and read back."""
from __future__ import annotations

import csv

import pytest

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, WIDE, ColumnMapping
from grader_app.io import read_sheet, write_graded_csv, write_graded_xlsx
from grader_app.io.columns import added_by_grader

RISKY = ["=1+2", "@SUM(A1:A3)", "+44 20 7946 0000", "-x-", "\t=1", "\u200b=2", "\uff1d3", "=HYPERLINK(\"x\",\"y\")"]
OWN_QUOTES = ["'=1+2", "''=2", "'quoted by the student", "'", "'-4", "it's fine", "'\t=1"]
PLAIN = ["-2", "+3.5", "Water expands when it freezes, so ice floats."]
ANSWERS = RISKY + OWN_QUOTES + PLAIN


def _write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _long(tmp_path):
    rows = [["Student ID", "Name", "Answer", "=Note"]]
    rows += [[f"=S{i}" if i == 3 else f"S{i}", f"Kid {i}", a, "@x" if i == 0 else ""] for i, a in enumerate(ANSWERS)]
    sheet = read_sheet(_write(tmp_path / "class.csv", rows))
    assert sheet.frame["Answer"].tolist() == ANSWERS
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", name_column="Name", answer_column="Answer",
                            default_item="Q")
    s = GradingSession(sheet, mapping, {"Q": ItemInfo(item="Q", labels=(0, 1, 2))})
    for a in s.answers[:5]:
        s.decide(a.key, 1, comment="=see me" if a.key == 0 else "")
    return s, rows


def test_a_graded_csv_read_back_has_the_answers_as_they_were(tmp_path):
    s, rows = _long(tmp_path)
    out = write_graded_csv(s, tmp_path / "class-graded.csv")
    raw = out.read_text(encoding="utf-8-sig")
    assert "'=1+2" in raw and "''=1+2" in raw      # the file is formula-safe: each risky cell is quoted
    back = read_sheet(out)
    assert back.columns[:4] == rows[0]              # the risky header "=Note" too
    assert back.frame["Answer"].tolist() == ANSWERS
    assert back.frame["Student ID"].tolist() == [r[0] for r in rows[1:]]
    assert back.frame["=Note"].tolist() == [r[3] for r in rows[1:]]
    assert back.frame["comment"].tolist()[0] == "=see me"


def test_reading_it_again_and_again_adds_nothing(tmp_path):
    s, _ = _long(tmp_path)
    path = write_graded_csv(s, tmp_path / "one.csv")
    for n in range(2):
        sheet = read_sheet(path)
        mapping = ColumnMapping(layout=LONG, id_column="Student ID", name_column="Name", answer_column="Answer",
                                default_item="Q")
        again = GradingSession(sheet, mapping, {"Q": ItemInfo(item="Q", labels=(0, 1, 2))})
        path = write_graded_csv(again, tmp_path / f"again-{n}.csv")
        assert read_sheet(path).frame["Answer"].tolist() == ANSWERS


def test_a_wide_graded_csv_read_back(tmp_path):
    rows = [["ID", "Q1", "=Q2"]] + [[f"S{i}", a, b] for i, (a, b) in enumerate(zip(ANSWERS, reversed(ANSWERS)))]
    sheet = read_sheet(_write(tmp_path / "wide.csv", rows))
    mapping = ColumnMapping(layout=WIDE, id_column="ID", answer_columns={"Q1": "Q1", "=Q2": "Q2"})
    s = GradingSession(sheet, mapping, {q: ItemInfo(item=q, labels=(0, 1)) for q in ("Q1", "Q2")})
    back = read_sheet(write_graded_csv(s, tmp_path / "wide-graded.csv"))
    assert back.columns[:3] == ["ID", "Q1", "=Q2"]
    assert back.frame["Q1"].tolist() == ANSWERS and back.frame["=Q2"].tolist() == list(reversed(ANSWERS))
    assert added_by_grader("=Q2 model_score", back.columns)


@pytest.mark.parametrize("header", [["Student ID", "Answer"], ["Student ID", "Answer", "comment"],
                                    ["Answer", "model_score", "confidence", "status", "flags", "comment"],
                                    ["ID", "Answer", "Other model_score", "Other confidence", "Other status",
                                     "Other flags", "Other final_score", "Other comment"]])
def test_a_students_own_apostrophe_survives_in_any_other_sheet(tmp_path, header):
    """Not Grader's graded header (not all six grading columns, or named after no column): read as it stands."""
    rows = [header] + [[f"S{i}", a, *([""] * (len(header) - 2))] for i, a in enumerate(["'=1+2", "'@x", "''=3"])]
    sheet = read_sheet(_write(tmp_path / "own.csv", rows))
    assert sheet.frame.iloc[:, 1].tolist() == ["'=1+2", "'@x", "''=3"]


def test_the_workbook_needs_no_quote_at_all(tmp_path):
    s, _ = _long(tmp_path)
    back = read_sheet(write_graded_xlsx(s, tmp_path / "class-graded.xlsx"))
    assert back.frame["Answer"].tolist()[len(RISKY):] == OWN_QUOTES + PLAIN
    assert back.frame["Answer"].tolist()[:3] == RISKY[:3]


def test_the_reversible_guard_is_undone_exactly_and_stays_safe():
    from grader_app.io.formula_guard import guard, guard_reversibly, is_risky, unguard

    for text in ANSWERS + ["", "''", "'''=x", "'a", "=", "\r=1", "'\u2212 1"]:
        written = guard_reversibly(text)
        assert unguard(written) == text
        assert not is_risky(written)
        if not text.startswith("'"):
            assert written == guard(text)     # the same file as before for every text without a leading quote
