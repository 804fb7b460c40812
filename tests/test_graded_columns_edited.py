"""A graded workbook the teacher edited in Excel before opening it again to go on grading: a column of their own added
right of Grader's grading columns or between, the grading columns put in another order, one of them deleted, in English
and in German. The grading columns are recognised and set aside, the teacher's decisions come back, the teacher's
column stays theirs (never offered as answers) where they put it, and grading again writes one set in place, in the
window's path and through ``grader score``. A set missing a column the decisions are read from refuses the sheet in one
sentence, writing nothing. Real workbooks written by the real writer, edited with openpyxl, read back for real."""
from __future__ import annotations

import csv

import openpyxl
import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.io.errors import SheetError
from grader_app.io.graded_columns import ADDED, COLUMN_NAMES, STATUS_WORDS, GradedWords
from grader_app.io.writers import write_graded

TEXTS = ["Ice is less dense than water because of hydrogen bonds.", "Ice floats because it is cold.",
         "The molecules in ice are spaced out so it floats.", "Ice is less dense than water.", "no idea"]
OWN = ["Student ID", "Name", "Question", "Answer"]
NOTES = ["called home", "", "", "", "see after class"]


@pytest.fixture
def library(tiny_bundle):
    return Library.load([tiny_bundle.parent])


def _graded(tmp_path, library, lang):
    """Yesterday's work in ``lang``'s words: scored, three answers decided by the teacher (one with a comment)."""
    path = tmp_path / "class.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(OWN)
        for i, t in enumerate(TEXTS):
            w.writerow([f"S{i}", f"Student {i}", "tiny-ice", t])
    sheet = workflow.read_for_grading(path)
    session, bundles = workflow.start_session(sheet, workflow.guess_columns(sheet, library), library)
    workflow.score_all(session, bundles)
    session.decide(0, 2, comment="well put")
    session.decide(1, 0)
    session.accept(2)
    words = GradedWords(columns=COLUMN_NAMES[lang], status=STATUS_WORDS[lang].get)
    return session, write_graded(session, tmp_path / "class-graded.xlsx", words=words)


def _rows(path):
    wb = openpyxl.load_workbook(path)
    rows = [list(r) for r in wb["Graded"].iter_rows(values_only=True)]
    wb.close()
    return rows


def _rewrite(path, rows):
    """The workbook saved again holding ``rows`` (as a teacher's edit in Excel leaves it)."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Graded"]
    ws.delete_cols(1, ws.max_column)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=v)
    wb.save(path)


def _edit(path, case):
    """The teacher's edit ``case``; the header the sheet holds after it, as read for grading (without Grader's)."""
    rows = _rows(path)
    n = len(OWN)
    notes = ["Notes", *NOTES]
    if case == "added right":
        rows = [[*row, note] for row, note in zip(rows, notes)]
    elif case == "added between":
        rows = [[*row[:n], note, *row[n:]] for row, note in zip(rows, notes)]
    elif case == "reordered":
        order = [4, 5, 2, 0, 1, 3]   # final score and comment first
        rows = [[*row[:n], *(row[n + i] for i in order)] for row in rows]
    elif case == "confidence deleted":
        rows = [[*row[:n + 1], *row[n + 2:]] for row in rows]
    elif case == "reordered, one deleted, a column right":
        order = [2, 4, 0, 5]   # status, final score, model score, comment; no confidence nor flags
        rows = [[*row[:n], *(row[n + i] for i in order), note] for row, note in zip(rows, notes)]
    _rewrite(path, rows)


EDITS = {"added right": [*OWN, "Notes"], "added between": [*OWN, "Notes"], "reordered": OWN,
         "confidence deleted": OWN, "reordered, one deleted, a column right": [*OWN, "Notes"]}
# where the teacher's "Notes" stands in the workbook graded again (the grading columns written anew in place)
AGAIN = {"added right": [*OWN, *ADDED, "Notes"], "added between": [*OWN, "Notes", *ADDED], "reordered": [*OWN, *ADDED],
         "confidence deleted": [*OWN, *ADDED], "reordered, one deleted, a column right": [*OWN, *ADDED, "Notes"]}


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("case", list(EDITS))
def test_an_edited_graded_workbook_keeps_the_decisions_and_the_teachers_column(tmp_path, library, case, lang):
    yesterday, graded = _graded(tmp_path, library, lang)
    _edit(graded, case)
    sheet = workflow.read_for_grading(graded)
    assert sheet.columns == EDITS[case]
    mapping = workflow.guess_columns(sheet, library)
    assert (mapping.answer_column, mapping.item_column, mapping.id_column) == ("Answer", "Question", "Student ID")
    session, bundles = workflow.start_session(sheet, mapping, library)
    assert workflow.take_over_earlier(session).kept == 3
    assert {k: (d.score, d.comment) for k, d in session.decisions.items()} == {
        k: (d.score, d.comment) for k, d in yesterday.decisions.items()}
    workflow.score_all(session, bundles)
    again = _rows(workflow.export_graded(session, tmp_path / "again.xlsx"))
    assert again[0] == AGAIN[case]
    if "Notes" in AGAIN[case]:
        at = AGAIN[case].index("Notes")
        assert [row[at] for row in again[1:]] == [n or None for n in NOTES]
    assert [row[AGAIN[case].index("final_score")] for row in again[1:4]] == [2, 0, 2]


@pytest.mark.parametrize("case", ["added right", "reordered, one deleted, a column right"])
def test_grader_score_grades_the_edited_workbook_again_in_place(tmp_path, tiny_shipped, capsys, case):
    _, graded = _graded(tmp_path, Library.load([tiny_shipped]), "de")
    _edit(graded, case)
    out = tmp_path / "out.xlsx"
    assert run_cli(["score", str(graded), "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert "your 3 earlier decisions are kept" in said.err
    assert _rows(out)[0] == AGAIN[case]


@pytest.mark.parametrize("gone", ["model_score", "status", "final_score"])
def test_a_set_missing_a_column_the_decisions_are_read_from_is_refused_in_one_sentence(tmp_path, tiny_shipped, capsys,
                                                                                      gone):
    _, graded = _graded(tmp_path, Library.load([tiny_shipped]), "en")
    rows = _rows(graded)
    at = rows[0].index(gone)
    _rewrite(graded, [[*row[:at], *row[at + 1:], note] for row, note in zip(rows, ["Notes", *NOTES])])
    before = graded.read_bytes()
    with pytest.raises(SheetError) as refused:
        workflow.read_for_grading(graded)
    said = str(refused.value)
    assert f"“{gone}”" in said and "put" in said and "\n" not in said and said.count(". ") == 0
    assert graded.read_bytes() == before
    out = tmp_path / "out.xlsx"
    assert run_cli(["score", str(graded), "--out", str(out)]) != 0 and not out.exists()
    assert f"“{gone}”" in capsys.readouterr().err


def test_an_ordinary_sheet_with_a_status_and_a_comment_column_is_no_graded_sheet(tmp_path, library):
    path = tmp_path / "class.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([*OWN, "status", "comment", "Notes"])
        for i, t in enumerate(TEXTS):
            w.writerow([f"S{i}", f"Student {i}", "tiny-ice", t, "handed in", "", ""])
    sheet = workflow.read_for_grading(path)
    assert sheet.columns == [*OWN, "status", "comment", "Notes"] and not sheet.earlier


def test_a_graded_csv_with_a_column_added_right_is_unguarded_and_graded_again_in_place(tmp_path, library):
    path = tmp_path / "class.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(OWN)
        for i, t in enumerate([*TEXTS, "=1+2 floats"]):
            w.writerow([f"S{i}", f"Student {i}", "tiny-ice", t])
    sheet = workflow.read_for_grading(path)
    session, _ = workflow.start_session(sheet, workflow.guess_columns(sheet, library), library)
    session.decide(0, 2, comment="well put")
    graded = workflow.export_graded(session, tmp_path / "graded.csv")
    with open(graded, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    with open(graded, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([[*row, note] for row, note in zip(rows, ["Notes", *NOTES, ""])])
    back = workflow.read_for_grading(graded)
    assert back.columns == [*OWN, "Notes"] and back.frame["Answer"].tolist()[-1] == "=1+2 floats"
    again, _ = workflow.start_session(back, workflow.guess_columns(back, library), library)
    assert workflow.take_over_earlier(again).kept == 1
    with open(workflow.export_graded(again, tmp_path / "again.csv"), encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh)) == [*OWN, *ADDED, "Notes"]


def test_the_window_opens_it_with_the_teachers_column_its_own(tmp_path, library):
    _, graded = _graded(tmp_path, library, "de")
    _edit(graded, "added right")
    opened = workflow.open_sheet(graded, library)
    assert opened.sheet.columns == [*OWN, "Notes"]
    assert opened.mapping.answer_column == "Answer" and "Notes" not in opened.mapping.read_columns()
    prepared = workflow.prepare_session(graded, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    try:
        assert prepared.earlier.kept == 3
    finally:
        workflow.close_project(prepared.store)


def test_a_wide_graded_workbook_with_a_column_added_right_keeps_each_answer_columns_decisions(tmp_path, library):
    from test_graded_again import wide_graded

    mapping, graded = wide_graded(tmp_path, library, [[f"S{i}", TEXTS[i], TEXTS[i + 2]] for i in range(2)])
    header = _rows(graded)[0]
    _rewrite(graded, [[*row, note] for row, note in zip(_rows(graded), ["Notes", *NOTES])])
    back = workflow.read_for_grading(graded)
    assert back.columns == ["Student ID", "Q1", "Q2", "Notes"]
    again, _ = workflow.start_session(back, mapping, library)
    assert workflow.take_over_earlier(again).kept == 1
    assert _rows(workflow.export_graded(again, tmp_path / "wide-again.xlsx"))[0] == [*header, "Notes"]
