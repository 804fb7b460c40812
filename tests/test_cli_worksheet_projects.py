"""``grader score`` on a workbook graded worksheet by worksheet in the window (each worksheet its own project file):
without ``--sheet-name`` it scores the worksheet graded last, as the window opens it, and says which and how to score
the others; with it, the worksheet named, with that worksheet's decisions (not the workbook's project's, which grades
another). Real workbooks, project files made by the window's workflow, and real files written and read back. QA: the
workbook always opened at the worksheet of its first project."""
from __future__ import annotations

import shutil

import openpyxl
import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.io.project_store import project_path_for
from sheet_files import written_rows
from grader_app.io.worksheet_projects import saved_worksheets

CHOSEN = {"tiny-ice": "tiny-ice"}


def _workbook(path, period_2=True):
    """'Period 1' (6 students, the most text: read first) and 'Period 2' (4 other students, other column names)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Period 1"
    ws.append(["Student ID", "Name", "Question", "Answer"])
    for i in range(6):
        ws.append([f"S{i}", f"Student {i}", "tiny-ice", f"Ice is less dense than water because of hydrogen bonds {i}"])
    if period_2:
        two = wb.create_sheet("Period 2")
        two.append(["Pupil", "Learner ID", "Item", "Response"])
        for i in range(4):
            two.append([f"Pupil {i}", f"P{i}", "tiny-ice", f"it floats {i}"])
    wb.save(path)
    return path


def _graded(path, library, worksheet=None, decide=()):
    """``worksheet`` of the workbook opened as the window opens it (its own project, if the workbook's grades another),
    ``decide`` [(answer, score, comment)] made there, the project closed."""
    opened = workflow.open_sheet(path, library, worksheet)
    assert opened.store is None or opened.store.path == (opened.project_path or project_path_for(path))
    prepared = workflow.prepare_session(path, opened.sheet, opened.setup["mapping"] if opened.setup else opened.mapping,
                                        CHOSEN, library, opened.store, opened.project_path)
    for key, score, comment in decide:
        prepared.session.decide(key, score, comment=comment)
    workflow.close_project(prepared.store)
    return prepared.session.sheet.sheet_name


@pytest.fixture
def library(tiny_shipped):
    return Library.load([tiny_shipped])


def test_score_scores_the_worksheet_graded_last_says_so_and_scores_another_when_named(tmp_path, library, capsys):
    path = _workbook(tmp_path / "classes.xlsx")
    assert _graded(path, library, decide=[(0, 2, "period one")]) == "Period 1"
    assert _graded(path, library, "Period 2", decide=[(1, 0, "period two")]) == "Period 2"
    own = tmp_path / "classes (Period 2).grader-project"
    shutil.copy(own, tmp_path / "classes (copy).grader-project")   # a copy the teacher kept: not a worksheet's own
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(path), "--out", str(out)]) == 0
    said = capsys.readouterr().err
    assert ("grader: scored the worksheet “Period 2” of classes.xlsx, the one graded last in the window; the worksheet "
            "“Period 1” has its own saved work: to score it, give --sheet-name 'Period 1'.") in said
    assert ("grader: classes (Period 2).grader-project beside the sheet holds 1 decision made in the window; it is in "
            "this file") in said
    rows = written_rows(out)
    assert len(rows) == 4 and (rows[1]["final_score"], rows[1]["comment"]) == ("0", "period two")

    assert run_cli(["score", str(path), "--sheet-name", "Period 1", "--out", str(out)]) == 0
    said = capsys.readouterr().err
    assert "scored the worksheet" not in said   # named: nothing picked
    assert "grader: classes.grader-project beside the sheet holds 1 decision made in the window; it is in" in said
    rows = written_rows(out)
    assert len(rows) == 6 and (rows[0]["final_score"], rows[0]["comment"]) == ("2", "period one")

    _graded(path, library)                       # the window opened again, at Period 2, then Period 1 chosen
    _graded(path, library, "Period 1")
    assert [s.name for s in saved_worksheets(project_path_for(path))] == ["Period 1", "Period 2"]
    assert run_cli(["score", str(path), "--out", str(out)]) == 0
    said = capsys.readouterr().err
    assert ("grader: scored the worksheet “Period 1” of classes.xlsx, the one graded last in the window; the worksheet "
            "“Period 2” has its own saved work: to score it, give --sheet-name 'Period 2'.") in said
    assert len(written_rows(out)) == 6
    assert run_cli(["score", str(path), "--sheet-name", "period 2", "--out", str(out)]) == 0
    assert "classes (Period 2).grader-project beside the sheet holds 1 decision" in capsys.readouterr().err


def test_a_workbook_graded_only_on_its_second_worksheet_is_scored_there(tmp_path, library, capsys):
    path = _workbook(tmp_path / "classes.xlsx")
    assert _graded(path, library, "Period 2", decide=[(3, 1, "")]) == "Period 2"   # the workbook's own project
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(path), "--out", str(out)]) == 0
    said = capsys.readouterr().err
    assert ("grader: scored the worksheet “Period 2” of classes.xlsx, the one graded last in the window; to score "
            "another worksheet, give --sheet-name and its name.") in said
    assert "classes.grader-project beside the sheet holds 1 decision made in the window; it is in this file" in said
    assert len(written_rows(out)) == 4


def test_a_worksheet_graded_last_and_since_removed_leaves_the_workbook_read_as_before(tmp_path, library, capsys):
    path = _workbook(tmp_path / "classes.xlsx")
    _graded(path, library, decide=[(0, 2, "")])
    _graded(path, library, "Period 2", decide=[(1, 0, "")])
    _workbook(path, period_2=False)              # the teacher deleted the worksheet in Excel
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(path), "--out", str(out)]) == 0
    said = capsys.readouterr().err
    assert "scored the worksheet" not in said
    assert "grader: classes.grader-project beside the sheet holds 1 decision made in the window" in said
    assert len(written_rows(out)) == 6
    opened = workflow.open_sheet(path, None)     # the window too
    try:
        assert opened.sheet.sheet_name == "Period 1" and opened.reopened is None and opened.store is not None
    finally:
        opened.store.close()


def test_another_workbooks_project_of_a_name_like_a_worksheets_own_is_not_taken_for_one(tmp_path, library, capsys):
    path = _workbook(tmp_path / "classes.xlsx")
    _graded(path, library, decide=[(0, 2, "")])
    other = _workbook(tmp_path / "classes (Period 2).xlsx")   # its own project: "classes (Period 2).grader-project"
    assert _graded(other, library, "Period 2", decide=[(1, 1, "")]) == "Period 2"
    assert project_path_for(other).name == "classes (Period 2).grader-project"
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(path), "--out", str(out)]) == 0
    said = capsys.readouterr().err
    assert "scored the worksheet" not in said
    assert "grader: classes.grader-project beside the sheet holds 1 decision made in the window" in said
    assert len(written_rows(out)) == 6


def test_the_worksheets_saved_work_is_counted_for_the_columns_dialog_when_it_asks(tmp_path, library):
    """What the columns dialog's list of worksheets says of each (tests/ui/test_worksheet_saved_work.py): read with the
    workbook, on the window's worker, only when the dialog will ask; a copy of a project, or another workbook's of a
    look-alike name, is no worksheet's saved work."""
    path = _workbook(tmp_path / "classes.xlsx")
    _graded(path, library, decide=[(0, 2, ""), (3, 1, "")])
    _graded(path, library, "Period 2")
    shutil.copy(tmp_path / "classes.grader-project", tmp_path / "classes (copy).grader-project")
    _graded(_workbook(tmp_path / "classes (Period 1).xlsx"), library, "Period 1", decide=[(1, 1, "")])
    opened = workflow.open_sheet(path, library, "Period 2", ask=True)   # File ▸ Choose columns… on Period 2
    assert opened.store is None
    work = {name: (saved.decided, saved.answers) for name, saved in opened.worksheets.items()}
    assert work == {"Period 1": (2, 6), "Period 2": (0, 4)}
    opened = workflow.open_sheet(path, library)   # its project answers: no dialog, nothing more read
    try:
        assert opened.store is not None and opened.worksheets == {}
    finally:
        opened.store.close()
