"""A graded sheet with a project file beside it, edited again in Excel, then opened again: the scores the teacher changed
or filled in in the sheet since Grader last wrote or read it are taken as decisions (written to the project at once)
and the opening note counts and names them; a decision changed or undone in Grader since stays so; and where the
project cannot tell which side is newer (a project saved before it remembered its sheets) it keeps its own and the
opening note names those rows (grader_app/io/sheet_said.py). QA: the project's record won and the Excel edits were lost
without a word. Real files: the sheet written, opened with its real project file, exported through the export
dialog's work, the exported XLSX edited with openpyxl, opened again."""
from __future__ import annotations

import sqlite3

import openpyxl
import pytest

from test_graded_again import _sheet as class_sheet
from test_typed_in_sheet import TEXTS

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.io.project_store import project_path_for


@pytest.fixture
def library(tiny_bundle):
    return Library.load([tiny_bundle.parent])


@pytest.fixture
def english(qapp):
    from grader_app.ui import i18n

    assert i18n.install("en")


def _open(path, library):
    """Open ``path`` as the window does: with its own project if it has one, else a new one."""
    opened = workflow.open_sheet(path, library)
    if opened.store is not None:
        return workflow.prepare_session(path, opened.sheet, opened.setup["mapping"], opened.setup["item_bundles"],
                                        library, store=opened.store)
    return workflow.prepare_session(path, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)


def _export(prepared, path):
    """The graded XLSX written as the export dialog writes it (its worker's function, run here)."""
    from grader_app.ui.export_formats import XLSX
    from grader_app.ui.export_work import work_for

    written = work_for(prepared.session, XLSX, path, None, prepared.store).run()
    prepared.store.flush()
    return written


def _edit(path, changes: dict[int, str]):
    """The teacher's Excel edits: answer key -> the final score typed (the header is row 1)."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    final, comment = head.index("final_score") + 1, head.index("comment") + 1
    for key, score in changes.items():
        ws.cell(key + 2, final).value = score
        ws.cell(key + 2, comment).value = "changed in Excel"
    wb.save(path)


def _graded_2_and_1(tmp_path, library, graded):
    """The class sheet graded in the window (answer 0 scored 2, answer 1 scored 1), exported to ``graded``, closed."""
    first = _open(class_sheet(tmp_path / "class.csv", TEXTS), library)
    try:
        first.session.decide(0, 2)
        first.session.decide(1, 1)
        _export(first, graded)
    finally:
        workflow.close_project(first.store)


def scored_by_cli(graded, tmp_path, capsys) -> tuple[list[dict], str]:
    """``grader score`` on ``graded`` with its project beside it: the rows of the CSV written and what the command said
    on stderr; the project file, only read, is byte for byte as it was."""
    import csv
    import hashlib

    from grader_app.cli import run_cli

    project = project_path_for(graded)
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(graded), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before
    return rows, err


def _note(prepared):
    from grader_app.ui.opening_notes import opened_is_news, opened_note

    return opened_note(prepared, prepared.store.path.name), opened_is_news(prepared)


def said_it_cannot_tell_row_3(prepared):
    """The opening note names row 3 as one whose sheet and project differ with no telling which is newer, as a warning
    that keeps its time (not news)."""
    note, news = _note(prepared)
    assert ("1 final score or comment in the sheet differs from what class-graded.grader-project holds, and Grader "
            "cannot tell which is newer, so it kept the project's (row 3, tiny-ice); check that answer.") in note
    assert not news


def _decisions(prepared):
    return {k: (d.score, d.comment) for k, d in prepared.session.decisions.items()}


def test_scores_changed_in_the_exported_sheet_are_taken_over_the_project_and_said(tmp_path, library, english):
    # the class sheet graded in the window: three decisions, exported, the project closed
    first = _open(class_sheet(tmp_path / "class.csv", TEXTS), library)
    try:
        s = first.session
        s.decide(0, 2, comment="well put")
        s.decide(1, 0)
        s.decide(2, 1)
        graded = _export(first, tmp_path / "class-graded.xlsx")
        s.decide(2, 2)                          # changed in Grader after the export: the project is newer there
    finally:
        workflow.close_project(first.store)
    # the exported sheet opened in the window (so it has its own project now), then closed
    second = _open(graded, library)
    try:
        assert _decisions(second)[0] == (2, "well put")
    finally:
        workflow.close_project(second.store)
    assert project_path_for(graded).exists()
    # in Excel: a decided answer's score changed, an open one filled in
    open_key = next(k for k in range(len(TEXTS)) if k not in (0, 1, 2))
    _edit(graded, {1: "2", open_key: "1"})
    third = _open(graded, library)
    try:
        got = _decisions(third)
        assert got[1] == (2, "changed in Excel")                 # was lost: the project's 0 won without a word
        assert got[open_key] == (1, "changed in Excel")
        assert got[0] == (2, "well put")
        note, news = _note(third)
        assert ("Took 2 final scores or comments changed in the sheet since Grader last saved or read it as your decisions "
                "(row 3, tiny-ice; row ") in note
        assert not news                                          # a warning that keeps its time
        third.store.flush()
        assert third.store.decision_count() == len(got)          # in the project file at once
    finally:
        workflow.close_project(third.store)
    # opened once more, nothing edited: the project's record, nothing said
    fourth = _open(graded, library)
    try:
        assert _decisions(fourth) == got
        assert "changed in the sheet" not in _note(fourth)[0] and not fourth.earlier.unsure
    finally:
        workflow.close_project(fourth.store)


def test_a_decision_changed_in_grader_after_the_sheet_was_read_stays(tmp_path, library, english):
    graded = tmp_path / "class-graded.xlsx"
    _graded_2_and_1(tmp_path, library, graded)
    second = _open(graded, library)                              # takes the sheet's decisions: 2 and 1
    try:
        second.session.decide(0, 0)                              # then changed in Grader
        second.session.restore(1, None)                          # and undone
    finally:
        workflow.close_project(second.store)
    _edit(graded, {3: "2"})                                      # another answer edited in Excel
    third = _open(graded, library)
    try:
        got = _decisions(third)
        assert got[0][0] == 0 and 1 not in got and got[3] == (2, "changed in Excel")
        assert third.earlier.edited == [3] and not third.earlier.unsure
    finally:
        workflow.close_project(third.store)


def test_a_project_that_never_saw_the_sheet_keeps_its_own_and_names_the_rows(tmp_path, library, english):
    graded = tmp_path / "class-graded.xlsx"
    _graded_2_and_1(tmp_path, library, graded)
    second = _open(graded, library)
    workflow.close_project(second.store)
    # a project saved by an earlier Grader remembers no sheet: it must still open, unchanged otherwise
    with sqlite3.connect(project_path_for(graded)) as conn:
        conn.execute("DELETE FROM meta WHERE name='sheet_said'")
    conn.close()
    _edit(graded, {1: "0"})
    third = _open(graded, library)
    try:
        assert _decisions(third)[1][0] == 1                      # the project's kept: Grader cannot tell
        assert third.earlier.unsure == [1]
        said_it_cannot_tell_row_3(third)
    finally:
        workflow.close_project(third.store)
    again = _open(graded, library)                               # said once: what the sheet holds is remembered now
    try:
        assert not again.earlier.unsure and _decisions(again)[1][0] == 1
    finally:
        workflow.close_project(again.store)


@pytest.mark.parametrize("remembered", [True, False], ids=["remembered", "older-project"])
def test_grader_score_takes_the_sheets_edits_as_the_window_would_and_changes_no_project(
        tmp_path, library, tiny_bundle, monkeypatch, capsys, remembered):
    """``grader score`` on a graded sheet whose project took its decisions: a score changed in Excel since is in the
    file written (it was the project's older decision before), one the project cannot place is the project's, and
    both are said; the project file is only read."""


    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(tiny_bundle.parent))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    graded = tmp_path / "class-graded.xlsx"
    _graded_2_and_1(tmp_path, library, graded)
    workflow.close_project(_open(graded, library).store)       # opened in the window once: its project took them
    project = project_path_for(graded)
    if not remembered:   # a project saved by an earlier Grader remembers no sheet: it cannot tell which is newer
        with sqlite3.connect(project) as conn:
            conn.execute("DELETE FROM meta WHERE name='sheet_said'")
        conn.close()
    _edit(graded, {1: "0"})
    rows, err = scored_by_cli(graded, tmp_path, capsys)   # the project only read: left as it was
    assert rows[0]["final_score"] == "2"
    if remembered:
        assert (rows[1]["final_score"], rows[1]["comment"]) == ("0", "changed in Excel")    # was the project's 1
        assert ("grader: 1 final score or comment changed in the sheet since Grader last saved or read it is in this file "
                "as your decision (row 3); the project is not changed: open the sheet in the window to keep it there.") in err
    else:
        assert rows[1]["final_score"] == "1"
        assert ("grader: 1 final score or comment in the sheet differs from what the project holds, and Grader cannot tell "
                "which is newer, so this file has the project's (row 3); check that answer.") in err, err
