"""A sheet whose project was made with a column the sheet no longer has (QA: the teacher renamed the answers' header
"Cell membrane" to "Cell membrane answer" in Excel, and the sheet would not open again: "The sheet has no column named
'Cell membrane' for the answer", with no way on but renaming it back, which was not said, or deleting the project and
its decisions). Now the columns are asked again, prefilled with the project's choices and the column found holding
the gone column's answers, and the decisions go with the columns chosen: each only to the same student's identical
answer to the same question; columns that would leave one behind are refused, saying what to do, with nothing
changed. Real sheets written and read back, real project files, through the workflow the window runs."""
from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.io.project_store import ProjectError, ProjectStore, project_path_for

ICE = "Ice is less dense than water because of hydrogen bonds."
COLD = "Ice floats because it is cold."
SPACED = "The molecules in ice are spaced out so it floats."


@pytest.fixture
def library(tiny_bundle):
    """A real library (the tiny ice model); the sheets' questions Q1, Q2 are none of its, so the teacher scores them."""
    return Library.load([tiny_bundle.parent])


def write_rows(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def rows_of(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


# one row per student, a column per question; Ann wrote the same in both, Ben the same as Ann in Q1
ROWS = [["Student ID", "Name", "Q1", "Q2"],
        ["S1", "Ann", ICE, ICE],
        ["S2", "Ben", ICE, COLD],
        ["S3", "Cara", SPACED, "no idea"],
        ["S4", "Dev", COLD, SPACED]]


def graded(tmp_path, library, decide: dict[tuple[str, str], int], rows=ROWS):
    """The sheet opened as the window opens it, its guess taken, the answers of (student id, question) in ``decide``
    given their scores; the project closed. Returns the sheet's path."""
    path = write_rows(tmp_path / "class.csv", rows)
    opened = workflow.open_sheet(path, library)
    prepared = workflow.prepare_session(path, opened.sheet, opened.mapping, {}, library)
    session = prepared.session
    for a in session.answers:
        if (a.student.split(" · ")[-1], a.item) in decide:
            session.decide(a.key, decide[a.student.split(" · ")[-1], a.item], comment=f"on {a.item}")
    assert not prepared.store.close()
    return path


def renamed(path, old: str, new: str):
    rows = rows_of(path)
    rows[0] = [new if c == old else c for c in rows[0]]
    return write_rows(path, rows)


def decided(session) -> dict[tuple[str, str, str], int]:
    return {(session.answers[k].student.split(" · ")[-1], session.answers[k].item, session.answers[k].text): d.score
            for k, d in session.decisions.items()}


def stored(project) -> tuple[int, dict]:
    con = sqlite3.connect(str(project))
    try:
        n = con.execute("SELECT count(*) FROM decisions").fetchone()[0]
        mapping = json.loads(con.execute("SELECT value FROM meta WHERE name='mapping'").fetchone()[0])
        return n, mapping
    finally:
        con.close()


def test_a_renamed_answer_column_is_asked_again_found_and_every_decision_goes_with_its_answer(tmp_path, library):
    sheet = graded(tmp_path, library, {("S1", "Q1"): 2, ("S2", "Q1"): 1, ("S4", "Q2"): 0})
    renamed(sheet, "Q1", "Q1 answers")
    rows = rows_of(sheet)
    write_rows(sheet, [rows[0], *reversed(rows[1:])])   # sorted in Excel too
    opened = workflow.open_sheet(sheet, library)
    assert opened.store is None and opened.project_error is None and opened.changed is not None
    assert opened.changed.mapping.answer_columns == {"Q1 answers": "Q1", "Q2": "Q2"}   # the question keeps its id
    assert opened.changed.mapping.id_column == "Student ID" and opened.changed.mapping.name_column == "Name"
    assert (opened.changed.said.kind, opened.changed.said.values["count"]) == ("project.columns_renamed", 3)
    assert str(opened.changed.said) == (
        "this sheet has no column “Q1” any more, which class.grader-project was made with; “Q1 answers” holds the same "
        "answers and is chosen in its place: check the columns and start scoring, and your 3 decisions stay with their "
        "answers")
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.changed.mapping, opened.changed.chosen, library)
    assert prepared.restored["decisions"] == 3 and prepared.restored["dropped"] == 0
    assert decided(prepared.session) == {("S1", "Q1", ICE): 2, ("S2", "Q1", ICE): 1, ("S4", "Q2", SPACED): 0}
    assert {d.comment for d in prepared.session.decisions.values()} == {"on Q1", "on Q2"}
    assert not prepared.store.close()
    again = workflow.open_sheet(sheet, library)   # the project now knows the new header: no question asked
    assert again.changed is None and again.store is not None
    assert again.setup["mapping"].answer_columns == {"Q1 answers": "Q1", "Q2": "Q2"}
    again.store.close()


def test_a_decision_goes_only_to_the_same_students_identical_answer_to_the_same_question(tmp_path, library):
    """Ann's Q1 and Q2 read the same, and so do Ann's and Ben's Q1: only Ann's Q1 had a decision, and only it has one
    after both headers were renamed."""
    sheet = graded(tmp_path, library, {("S1", "Q1"): 2})
    renamed(renamed(sheet, "Q1", "Question 1"), "Q2", "Question 2")
    opened = workflow.open_sheet(sheet, library)
    assert opened.changed.mapping.answer_columns == {"Question 1": "Q1", "Question 2": "Q2"}
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.changed.mapping, opened.changed.chosen, library)
    assert decided(prepared.session) == {("S1", "Q1", ICE): 2}
    key, = prepared.session.decisions
    assert prepared.session.answers[key].column == "Question 1"
    prepared.store.close()


def test_columns_that_would_leave_a_decision_behind_are_refused_saying_what_to_do_and_nothing_changes(tmp_path, library):
    sheet = graded(tmp_path, library, {("S1", "Q1"): 2, ("S3", "Q1"): 0})
    project = project_path_for(sheet)
    before = stored(project)
    rows = rows_of(sheet)
    rows[0][2], rows[3][2] = "Q1 answers", SPACED + " (typo fixed)"   # renamed, and Cara's answer edited
    write_rows(sheet, rows)
    opened = workflow.open_sheet(sheet, library)
    assert opened.changed.mapping.answer_columns == {"Q1 answers": "Q1", "Q2": "Q2"}   # found by Ann's and the rest
    with pytest.raises(ProjectError) as refused:
        workflow.prepare_session(sheet, opened.sheet, opened.changed.mapping, opened.changed.chosen, library)
    assert refused.value.kind == "project.columns_lose"
    assert str(refused.value) == (
        "class.grader-project holds 1 decision or comment on an answer that the columns chosen do not hold as it was "
        "(the same student, question and text), so nothing was changed; choose the column that holds that answer, or "
        "rename the column back to “Q1” in the sheet and open it again")
    assert stored(project) == before   # the decisions and the columns the project was made with, as they were
    # the way out it names: the header back as it was opens as before, the edited answer's decision said dropped
    write_rows(sheet, [["Student ID", "Name", "Q1", "Q2"], *rows[1:]])
    again = workflow.open_sheet(sheet, library)
    assert again.changed is None and again.store is not None
    prepared = workflow.prepare_session(sheet, again.sheet, again.setup["mapping"], again.setup["item_bundles"], library,
                                        again.store)
    assert decided(prepared.session) == {("S1", "Q1", ICE): 2} and prepared.restored["dropped"] == 1
    prepared.store.close()


def test_a_gone_column_nothing_holds_is_asked_for_with_the_way_back(tmp_path, library):
    sheet = graded(tmp_path, library, {("S2", "Q2"): 1})
    rows = rows_of(sheet)
    write_rows(sheet, [[*r[:3], "unused"] if i else ["Student ID", "Name", "Q1", "Notes"] for i, r in enumerate(rows)])
    opened = workflow.open_sheet(sheet, library)
    assert opened.changed.mapping.answer_columns == {"Q1": "Q1"}    # the stored choice still there; nothing in Q2's place
    assert str(opened.changed.said) == (
        "this sheet has no column “Q2” any more, which class.grader-project was made with; choose the columns above "
        "again, and your 1 decision stays with its answer, or rename the column back to “Q2” in the sheet and open it "
        "again")
    with pytest.raises(ProjectError, match="rename the column back to “Q2”"):
        workflow.prepare_session(sheet, opened.sheet, opened.changed.mapping, opened.changed.chosen, library)
    assert stored(project_path_for(sheet))[0] == 1


def test_a_project_without_decisions_asks_again_prefilled(tmp_path, library):
    sheet = graded(tmp_path, library, {})
    renamed(sheet, "Student ID", "Student number")
    opened = workflow.open_sheet(sheet, library)
    assert opened.changed.mapping.id_column == "Student number"   # the guess's, in the gone one's place
    assert opened.changed.said.kind == "project.columns_gone_undecided"
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.changed.mapping, opened.changed.chosen, library)
    assert not prepared.session.decisions
    prepared.store.close()
    with ProjectStore.open(project_path_for(sheet), read_only=True) as store:
        assert store.load_setup()["mapping"].id_column == "Student number"
