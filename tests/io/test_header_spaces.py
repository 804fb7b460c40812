"""Headers with stray spaces ("Answer ", " Student ID"), non-breaking or doubled spaces, line breaks or
another case: the sheet is recognised and mapped as if they were tidy, and the graded sheet written back
carries the headers exactly as the file had them. Real files written and read back."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, WIDE, Sheet
from grader_app.io import guess_columns, read_sheet, write_graded_csv, write_graded_xlsx
from grader_app.io.columns import added_by_grader
from grader_app.io.lms import recognise

sys.path.insert(0, str(Path(__file__).resolve().parent / "lms"))
import lms_sheets as L  # noqa: E402

NBSP = "\u00a0"
LONG_HEAD = [" Student ID", f"Student{NBSP}Name", "Question  Id", "ANSWER "]
LONG_TIDY = ["Student ID", "Student Name", "Question Id", "ANSWER"]
ANSWERS = ["The cell wall holds the plant cell up.", "Water moves by osmosis across the membrane.",
           "Mitochondria release energy from glucose.", "The nucleus holds the genetic material."]


def _write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))


def _long_rows():
    return [LONG_HEAD] + [[f"S{i % 2}", f"Kid {i % 2}", f"q{i // 2 + 1}", a] for i, a in enumerate(ANSWERS)]


def _session(sheet, mapping):
    s = GradingSession(sheet, mapping)
    return GradingSession(sheet, mapping, {i: ItemInfo(item=i, labels=(0, 1, 2)) for i in s.item_keys()})


def test_a_long_sheet_is_mapped_and_written_back_with_its_own_headers(tmp_path):
    sheet = read_sheet(_write_csv(tmp_path / "class.csv", _long_rows()))
    assert sheet.columns == LONG_TIDY                        # matched and shown tidy
    m = guess_columns(sheet)
    assert (m.layout, m.id_column, m.name_column, m.item_column, m.answer_column) == (LONG, *LONG_TIDY)
    s = _session(sheet, m)
    header = _read_csv(write_graded_csv(s, tmp_path / "class-graded.csv"))[0]
    assert header[:4] == LONG_HEAD                            # exactly as the file had them
    ws = openpyxl.load_workbook(write_graded_xlsx(s, tmp_path / "class-graded.xlsx")).active
    assert [c.value for c in ws[1]][:4] == LONG_HEAD
    again = read_sheet(tmp_path / "class-graded.csv")         # read again, the same columns
    assert again.columns[:4] == LONG_TIDY and guess_columns(again).answer_column == "ANSWER"


def test_a_workbook_header_with_a_line_break_and_spaces_comes_back_unchanged(tmp_path):
    head = ["ID ", f"Name{NBSP}", "Q1\nCells", "  q2  "]
    rows = [head] + [[f"S{i}", f"Kid {i}", a, b] for i, (a, b) in enumerate(zip(ANSWERS, reversed(ANSWERS)))]
    path = L.write_xlsx(tmp_path / "wide.xlsx", rows)
    sheet = read_sheet(path)
    assert sheet.columns == ["ID", "Name", "Q1 Cells", "q2"]
    m = guess_columns(sheet)
    assert m.layout == WIDE and set(m.answer_columns) == {"Q1 Cells", "q2"} and m.id_column == "ID"
    s = _session(sheet, m)
    header = _read_csv(write_graded_csv(s, tmp_path / "wide-graded.csv"))[0]
    assert header[:4] == head
    assert "q2 model_score" in header                        # grading columns named after the tidy name
    ws = openpyxl.load_workbook(write_graded_xlsx(s, tmp_path / "wide-graded.xlsx")).active
    assert [c.value for c in ws[1]][:4] == head
    again = read_sheet(tmp_path / "wide-graded.csv")
    assert added_by_grader("q2 model_score", again.columns)
    assert set(guess_columns(again).answer_columns) == {"Q1 Cells", "q2"}


def _mess(header: str, k: int) -> str:
    spaced = header.replace(" ", NBSP if k % 3 == 0 else "  ")
    return [" " + spaced, spaced + " ", spaced.upper(), spaced.lower()][k % 4]


@pytest.mark.parametrize("make", [L.canvas_student_analysis, L.moodle_responses, L.moodle_worksheet, L.google_forms,
                                  L.blackboard_by_user, L.blackboard_by_question, L.brightspace_questions])
def test_an_lms_export_with_untidy_headers_is_recognised_and_written_back_unchanged(tmp_path, make):
    tidy = read_sheet(make(tmp_path))
    expected = recognise(tidy)
    rows = [[_mess(h, k) for k, h in enumerate(tidy.columns)]] + tidy.frame.values.tolist()
    path = _write_csv(tmp_path / "untidy.csv", rows)
    sheet = read_sheet(path)
    found = recognise(sheet)
    assert (found.system, found.kind) == (expected.system, expected.kind)
    m = guess_columns(sheet)
    s = _session(sheet, m)
    assert len(s.answers) == len(GradingSession(tidy, expected.mapping).answers)
    assert _read_csv(write_graded_csv(s, tmp_path / "untidy-graded.csv"))[0][:len(rows[0])] == rows[0]


def test_recognising_a_sheet_built_in_memory_does_not_need_tidy_headers():
    """Moodle's responses export known by its grade column " Grade/4.00" (no "Completed" column)."""
    head = [" GRADE/4.00" if h == "Grade/4.00" else h for h in L.MOODLE_HEAD if h != "Completed"]
    row = ["Lee", "Ann", "ann@x.edu", "Finished", "4 March 2024 10:00 AM", "12 mins", "-", L.A_GOOD, L.P_SOME]
    found = recognise(Sheet(frame=pd.DataFrame([row], columns=head, dtype=object)))
    assert found is not None and found.system == "Moodle"


def test_find_column_ignores_spaces_and_case_but_never_guesses_between_two():
    from grader_app.io.headers import find_column

    cols = ["Student ID", "Answer", "Name", "name "]
    assert find_column(cols, "Answer") == "Answer"
    assert find_column(cols, " answer ") == "Answer"
    assert find_column(cols, f"student{NBSP}id") == "Student ID"
    assert find_column(cols, "Name") == "Name"            # the exact header wins
    assert find_column(cols, "NAME") is None               # two columns differ only in spaces or case
    assert find_column(cols, "Email") is None
