"""A workbook with title rows above the header, graded in the window and exported: the graded workbook keeps the title
rows and the table's rows (tests/io/test_title_rows_kept.py), so what reads a graded sheet back must still find it
there. Opened again with its project beside it, a score the teacher changed in Excel on the graded sheet (in the row
Excel shows it in, below the title rows) is taken and said with that row; `grader score` on it keeps the earlier
decisions and writes the title rows again; `grader learn` learns from its final scores. Real workbooks written with
openpyxl, a real project file, the real export, the real command line."""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest

from test_sheet_edited_after_project import _export, _open
from test_typed_in_sheet import TEXTS

from grader_app import workflow
from grader_app.bundles import read_bundle
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.io.graded_columns import ADDED
from grader_app.io.project_store import project_path_for
from grader_app.io.writers import write_graded

sys.path.insert(0, str(Path(__file__).resolve().parent / "learn"))
from invented import invented_class  # noqa: E402

TITLE = "Year 8 Physics – floating and sinking"
HEAD = ["Student ID", "Name", "Question", "Answer"]


def _titled(path, rows, head=HEAD):
    """``rows`` under two title rows (the title merged over the table, "Max: 2" beside it; the teacher's name) and an
    empty row: the header in row 4."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["F1"], ws["A2"] = TITLE, "Max: 2", "Ms Okafor"
    ws.merge_cells("A1:D1")
    ws.append([])
    ws.append(head)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _class(tmp_path):
    return _titled(tmp_path / "class.xlsx", [[f"S{i}", f"Student {i}", "tiny-ice", t] for i, t in enumerate(TEXTS)])


@pytest.fixture
def library(tiny_shipped):
    return Library.load([tiny_shipped])


@pytest.fixture
def english(qapp):
    from grader_app.ui import i18n

    assert i18n.install("en")


def _graded_in_the_window(tmp_path, library):
    """The titled class graded in the window: answers 0 and 1 decided, exported with the export dialog's work."""
    first = _open(_class(tmp_path), library)
    try:
        first.session.decide(0, 2, comment="well put")
        first.session.decide(1, 0)
        graded = _export(first, tmp_path / "class-graded.xlsx")
    finally:
        workflow.close_project(first.store)
    return graded


def _sheet_rows(path):
    ws = openpyxl.load_workbook(path).worksheets[0]
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_the_graded_sheet_keeps_its_title_rows_and_an_edit_in_it_is_taken_with_its_row(tmp_path, library, english):
    graded = _graded_in_the_window(tmp_path, library)
    rows = _sheet_rows(graded)
    assert rows[0][:6] == [TITLE, None, None, None, None, "Max: 2"] and rows[1][0] == "Ms Okafor"
    assert rows[3][:len(HEAD) + len(ADDED)] == [*HEAD, *ADDED]
    assert [r[0] for r in rows[4:4 + len(TEXTS)]] == [f"S{i}" for i in range(len(TEXTS))]
    second = _open(graded, library)                  # the graded sheet opened: its own project now, the decisions kept
    try:
        assert second.session.sheet.header_row == 3
        assert {k: d.score for k, d in second.session.decisions.items()} == {0: 2, 1: 0}
    finally:
        workflow.close_project(second.store)
    assert project_path_for(graded).exists()
    wb = openpyxl.load_workbook(graded)              # in Excel: answer 1's score changed, in the row Excel shows it in
    ws = wb.worksheets[0]
    final = HEAD.index("Answer") + 2 + ADDED.index("final_score")
    assert ws.cell(6, 1).value == "S1" and ws.cell(6, final).value == 0
    ws.cell(6, final).value = 1
    wb.save(graded)
    third = _open(graded, library)
    try:
        assert third.session.decisions[1].score == 1 and third.earlier.edited == [1]
        from grader_app.ui.opening_notes import opened_note

        assert "(row 6, tiny-ice)" in opened_note(third, third.store.path.name)
    finally:
        workflow.close_project(third.store)


def test_grader_score_on_the_graded_sheet_keeps_the_decisions_and_the_title_rows(tmp_path, library, capsys):
    graded = _graded_in_the_window(tmp_path, library)
    project_path_for(graded).unlink(missing_ok=True)     # the sheet's own decisions, no project beside it
    out = tmp_path / "again.xlsx"
    assert run_cli(["score", str(graded), "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert "This sheet was graded with Grader before: your 2 earlier decisions are kept" in said.err
    rows, before = _sheet_rows(out), _sheet_rows(graded)
    assert rows[:3] == before[:3] and rows[3] == before[3]       # the title rows, the header: as the graded sheet's
    assert [str(r) for r in openpyxl.load_workbook(out).worksheets[0].merged_cells.ranges] == ["A1:D1"]
    final = HEAD.index("Answer") + 1 + ADDED.index("final_score")
    assert [r[final] for r in rows[4:6]] == [2, 0]


def test_grader_learn_learns_from_a_graded_sheet_with_title_rows(tmp_path, monkeypatch):
    from grader_app.core.session import GradingSession
    from grader_app.io.columns import guess_columns
    from grader_app.io.readers import read_sheet

    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(tmp_path / "shipped"))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    texts, gold = invented_class(70, seed=3)
    path = _titled(tmp_path / "last-year.xlsx", [[f"S{i:03d}", "Q1", t] for i, t in enumerate(texts)],
                   ["Student", "Question", "Answer"])
    sheet = read_sheet(path)
    assert sheet.header_row == 3 and len(sheet) == 70
    session = GradingSession(sheet, guess_columns(sheet))
    for a in session.answers:
        if a.key % 5:                                    # four in five decided last year
            session.decide(a.key, gold[a.key])
    export = write_graded(session, tmp_path / "last-year-graded.xlsx")
    assert _sheet_rows(export)[0][0] == TITLE
    code = run_cli(["learn", str(export), "--score-column", "final_score", "--out", str(tmp_path / "learned"),
                    "--quiet"])
    assert code == 0
    assert read_bundle(tmp_path / "learned" / "q1.gradebundle").manifest["provenance"]["marks"] == 56
