"""A graded sheet whose status column says the teacher decided a row, but whose final score the teacher cleared in Excel
afterwards: a teacher who clears a score most likely takes that decision back. With a project that remembers what the
sheet held (grader_app/io/sheet_said.py), the decision is taken back like any other edit made in the sheet since
(undecided, in the project file at once, the decision log keeping it) and the opening note says so in a sentence of
its own, as ``grader score`` does (it counted it with the edits taken as decisions before);
where the project cannot tell (it never saw the sheet), its decision stands and the row is named; ``grader score`` does
the same in its file, says so, and changes no project. Before, the row was skipped when read and the project's decision
stood without a word. Real files: the class sheet graded, exported as the export dialog writes it, the exported XLSX
edited with openpyxl (the status cell in English, German or Spanish), opened again."""
from __future__ import annotations

import sqlite3

import openpyxl
import pytest

from test_graded_again import _sheet as class_sheet
from test_sheet_edited_after_project import (_decisions, _export, _graded_2_and_1, _note, _open,  # noqa: F401
                                             english, library, said_it_cannot_tell_row_3, scored_by_cli)
from test_typed_in_sheet import TEXTS

from grader_app import workflow
from grader_app.io.project_store import project_path_for


def _graded_and_taken(tmp_path, library):  # noqa: F811 (the fixture's value, passed on)
    """The class sheet graded (answers 0 and 1 decided, 1 with a comment), exported, and the exported sheet opened once
    in the window (its own project took its decisions and remembers what it held). Returns the exported file."""
    graded = tmp_path / "class-graded.xlsx"
    first = _open(class_sheet(tmp_path / "class.csv", TEXTS), library)
    try:
        first.session.decide(0, 2, comment="well put")
        first.session.decide(1, 1, comment="half of it")
        _export(first, graded)
    finally:
        workflow.close_project(first.store)
    workflow.close_project(_open(graded, library).store)
    assert project_path_for(graded).exists()
    return graded


def _clear(path, key: int, status: str | None = None, comment: str | None = None):
    """In Excel: the answer's final score cleared (``status``: its status cell retyped; ``comment``: its comment)."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    row = key + 2
    assert ws.cell(row, head.index("status") + 1).value in ("reviewed", "overridden", "decided")
    ws.cell(row, head.index("final_score") + 1).value = None
    if status is not None:
        ws.cell(row, head.index("status") + 1).value = status
    if comment is not None:
        ws.cell(row, head.index("comment") + 1).value = comment
    wb.save(path)


@pytest.mark.parametrize("status", [None, "geprüft", "cambiada"], ids=["english", "german", "spanish"])
def test_a_score_cleared_in_the_sheet_takes_the_decision_back_and_is_said_apart_from_the_edits(
        tmp_path, library, english, status):  # noqa: F811
    graded = _graded_and_taken(tmp_path, library)
    _clear(graded, 1, status)
    third = _open(graded, library)
    try:
        got = _decisions(third)
        assert 1 not in got                                      # was: the project's 1 stood without a word
        assert got[0] == (2, "well put")
        assert third.earlier.edited == [1] and third.earlier.taken_back == [1] and not third.earlier.unsure
        assert third.session.waiting_comments == {1: "half of it"}   # as an undo keeps it: waits for a score
        note, news = _note(third)
        assert ("1 final score of your decision was cleared in the sheet since Grader last saved or read it, so that "
                "decision is taken back (row 3, tiny-ice); its answer is scored by the model as one you have not "
                "decided.") in note, note
        assert "as your decision" not in note                    # was: counted with the edits taken as decisions
        assert "earlier decisions" not in note and not news
        third.store.flush()
        assert third.store.decision_count() == 1                 # in the project file at once
        log = [e for e in third.store.decision_log() if e["key"] == 1]
        assert [e["score"] for e in log][-2:] == [1, None]       # the log keeps the decision taken back
    finally:
        workflow.close_project(third.store)
    again = _open(graded, library)                               # opened once more, nothing edited: nothing said
    try:
        assert _decisions(again) == {0: (2, "well put")}
        assert not again.earlier.edited and not again.earlier.unsure
        assert "changed in the sheet" not in _note(again)[0]
        again.session.decide(1, 2)                               # decided again in Grader: stays so
    finally:
        workflow.close_project(again.store)
    last = _open(graded, library)
    try:
        assert _decisions(last)[1][0] == 2 and not last.earlier.edited
    finally:
        workflow.close_project(last.store)


def test_a_project_that_never_saw_the_sheet_keeps_its_decision_and_names_the_row(tmp_path, library, english):  # noqa: F811
    graded = _graded_and_taken(tmp_path, library)
    with sqlite3.connect(project_path_for(graded)) as conn:   # a project saved by an earlier Grader: no sheet remembered
        conn.execute("DELETE FROM meta WHERE name='sheet_said'")
    conn.close()
    _clear(graded, 1)
    third = _open(graded, library)
    try:
        assert _decisions(third)[1] == (1, "half of it")          # the project's kept: Grader cannot tell
        assert third.earlier.unsure == [1] and not third.earlier.edited
        said_it_cannot_tell_row_3(third)
    finally:
        workflow.close_project(third.store)


def test_a_sheet_opened_afresh_leaves_a_cleared_score_undecided_and_does_not_count_it(tmp_path, library, english):  # noqa: F811
    graded = tmp_path / "class-graded.xlsx"
    _graded_2_and_1(tmp_path, library, graded)
    _clear(graded, 1)
    fresh = _open(graded, library)                               # no project of its own yet
    try:
        assert _decisions(fresh) == {0: (2, "")}
        assert fresh.earlier.kept == 1 and not fresh.earlier.edited and not fresh.earlier.unsure
        assert "your 1 earlier decision is kept" in " ".join(str(n) for n in fresh.session.sheet.notes)
    finally:
        workflow.close_project(fresh.store)


@pytest.mark.parametrize("remembered", [True, False], ids=["remembered", "older-project"])
def test_grader_score_takes_the_decision_back_in_its_file_and_says_so(
        tmp_path, library, tiny_bundle, monkeypatch, capsys, remembered):  # noqa: F811
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(tiny_bundle.parent))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    graded = _graded_and_taken(tmp_path, library)
    project = project_path_for(graded)
    if not remembered:
        with sqlite3.connect(project) as conn:
            conn.execute("DELETE FROM meta WHERE name='sheet_said'")
        conn.close()
    _clear(graded, 1, "revisada")
    rows, err = scored_by_cli(graded, tmp_path, capsys)   # the project only read: left as it was
    assert rows[0]["final_score"] == "2"
    if remembered:
        assert rows[1]["status"] not in ("reviewed", "overridden", "decided")   # undecided in this file
        assert ("grader: 1 final score of your decision was cleared in the sheet since Grader last saved or read it, so "
                "that decision is taken back in this file (row 3) and scored by the model as an answer you have not "
                "decided; the project is not changed: open the sheet in the window to take it back there too.") in err
        assert "as your decision (row 3)" not in err
    else:
        assert (rows[1]["final_score"], rows[1]["comment"]) == ("1", "half of it")   # the project's
        assert ("grader: 1 final score or comment in the sheet differs from what the project holds, and Grader cannot "
                "tell which is newer, so this file has the project's (row 3); check that answer.") in err, err
