"""Grader's advice for students who share a name in a sheet without ids is "add a column of student ids" (QA: once the
sheet had a project, the advice was a dead end: the stored columns were used without asking, the new column ignored,
the note still said the sheet had no id column, and ``grader score`` left the decisions out for "other column
choices"). Now the sheet that gained a column of ids asks for the columns once, that column chosen, and every decision
goes to its answer by its cell; a teacher who keeps the columns as they were is not asked again; ``grader score``
takes the decisions the same way and says so. And a project beside another class's sheet of the same name is said to
be another sheet's, not a sheet that lost its columns (QA: the teacher was sent looking for a 'Student ID' column).
Real sheets written and read back, real project files, through the workflow the window runs."""
from __future__ import annotations

import csv
from dataclasses import replace

import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli.project_beside import restore_beside
from grader_app.io.notes import shared_names
from grader_app.io.project_store import project_path_for

QUESTIONS = ("Q1", "Q2")


@pytest.fixture
def library(tiny_bundle):
    """A real library (the tiny ice model); the sheets' questions Q1, Q2 are none of its, so the teacher scores them."""
    return Library.load([tiny_bundle.parent])


def namesakes_rows(ids: bool = False, questions=QUESTIONS) -> list[list[str]]:
    """Ann, then two Emily Nguyens one after the other, two ``questions`` each (long); with ``ids``, a Student ID column
    in front, as the teacher adds it in Excel."""
    rows = [["Name", "Question", "Answer"]]
    for name, tag in (("Ann Lee", "a"), ("Emily Nguyen", "e1"), ("Emily Nguyen", "e2")):
        rows += [[name, q, f"{tag} wrote this for {q}"] for q in questions]
    if ids:
        rows = [["Student ID", *rows[0]]] + [[f"S{(i - 1) // 2 + 1}", *r] for i, r in enumerate(rows[1:], 1)]
    return rows


def write_rows(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def graded(path, library, score_of) -> dict[str, int]:
    """The sheet opened as the window opens it, its guess taken, every answer given ``score_of(answer)`` with a
    comment; the project closed. Returns the text of each answer decided -> its score."""
    opened = workflow.open_sheet(path, library)
    prepared = workflow.prepare_session(path, opened.sheet, opened.mapping, {}, library)
    for a in prepared.session.answers:
        prepared.session.decide(a.key, score_of(a), comment=f"on {a.text[:2]}")
    decided = {a.text: score_of(a) for a in prepared.session.answers}
    assert not prepared.store.close()
    return decided


def decided(session) -> dict[str, tuple[str, int, str]]:
    return {session.answers[k].text: (session.answers[k].student, d.score, d.comment)
            for k, d in session.decisions.items()}


def test_a_sheet_that_gained_an_id_column_asks_once_with_it_chosen_and_keeps_every_decision(tmp_path, library):
    sheet = write_rows(tmp_path / "class.csv", namesakes_rows())
    scores = graded(sheet, library, lambda a: 2 if a.text.startswith("e2") else 1)
    write_rows(sheet, namesakes_rows(ids=True))           # the teacher follows the advice
    opened = workflow.open_sheet(sheet, library)
    assert opened.store is None and opened.project_error is None and opened.changed is not None
    assert opened.changed.mapping.id_column == "Student ID"
    assert (opened.changed.mapping.name_column, opened.changed.mapping.item_column) == ("Name", "Question")
    assert str(opened.changed.said) == (
        "this sheet has a new column “Student ID” of student ids, which class.grader-project was made without; it is "
        "chosen above for the students' ids, so students who share a name are told apart by it: start scoring, and "
        "your 6 decisions stay with their answers, or choose no id column to keep the students as before")
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.changed.mapping, opened.changed.chosen, library)
    session = prepared.session
    assert prepared.restored["decisions"] == 6 and prepared.restored["dropped"] == 0
    assert not session.namesakes and prepared.unused_ids is None
    got = decided(session)
    assert {text: score for text, (_, score, _) in got.items()} == scores
    assert got["e1 wrote this for Q1"][0] == "Emily Nguyen · S2" and got["e2 wrote this for Q2"][0] == "Emily Nguyen · S3"
    assert got["e2 wrote this for Q2"][2] == "on e2"
    assert not prepared.store.close()
    again = workflow.open_sheet(sheet, library)           # the project now has the ids: nothing asked
    assert again.changed is None and again.store is not None and again.setup["mapping"].id_column == "Student ID"
    again.store.close()


def test_columns_kept_as_they_were_are_not_asked_again_and_the_note_names_the_column_not_chosen(tmp_path, library):
    sheet = write_rows(tmp_path / "class.csv", namesakes_rows())
    graded(sheet, library, lambda a: 1)
    write_rows(sheet, namesakes_rows(ids=True))
    opened = workflow.open_sheet(sheet, library)
    assert opened.changed is not None
    prepared = workflow.prepare_session(sheet, opened.sheet, replace(opened.changed.mapping, id_column=None),
                                        opened.changed.chosen, library)   # the teacher chose no id column
    assert prepared.restored["decisions"] == 6 and prepared.session.namesakes
    assert prepared.unused_ids == "Student ID"
    note = shared_names(prepared.session.namesakes, prepared.unused_ids)
    assert "has no student id column" not in note
    assert "the sheet's column “Student ID” is not chosen for the student ids" in note and "Choose “Student ID” for" in note
    assert not prepared.store.close()
    again = workflow.open_sheet(sheet, library)
    assert again.changed is None and again.store is not None   # asked once, not at every opening
    again.store.close()
    asked = workflow.open_sheet(sheet, library, ask=True)       # File ▸ Choose columns…: asked, as the project has them
    assert asked.store is None and asked.changed is not None and asked.changed.said is None
    assert asked.changed.mapping.id_column is None and asked.changed.mapping.answer_column == "Answer"


def test_grader_score_takes_the_decisions_by_their_cells_and_says_so(tmp_path, library):
    sheet = write_rows(tmp_path / "class.csv", namesakes_rows())
    scores = graded(sheet, library, lambda a: 2 if a.text.startswith("e1") else 0)
    write_rows(sheet, namesakes_rows(ids=True))
    sheet_read = workflow.read_for_grading(sheet)
    mapping = workflow.guess_columns(sheet_read)
    assert mapping.id_column == "Student ID"                # what the command guesses
    session, _ = workflow.start_session(sheet_read, mapping, library)
    beside = restore_beside(sheet, session)
    assert {session.answers[k].text: d.score for k, d in session.decisions.items()} == scores
    [line] = beside.lines
    assert line.startswith("class.grader-project beside the sheet holds 6 decisions made in the window; they are in "
                           "this file"), line
    assert "made without the column “Student ID” for the student ids" in line


def test_a_project_beside_another_classs_sheet_of_the_same_name_says_so(tmp_path, library):
    sheet = write_rows(tmp_path / "quiz.csv", namesakes_rows(ids=True))
    graded(sheet, library, lambda a: 1)
    other = [["Name", "Question", "Answer"]] + [[f"Pupil {i}", q, f"class B answer {i} to {q}"]
                                                for i in range(5) for q in QUESTIONS]
    write_rows(sheet, other)                                # another class's quiz.csv in the copied folder
    project = project_path_for(sheet)
    before = project.read_bytes()
    opened = workflow.open_sheet(sheet, library)
    assert opened.store is None and opened.changed is None and opened.project_error is not None
    assert opened.project_error.kind == "project.none_in_sheet"
    assert str(opened.project_error) == (
        "none of the 6 decisions in quiz.grader-project are on answers in this quiz.csv: it was made for another sheet "
        "(another class?); open that sheet, or move quiz.grader-project to another folder to grade this one afresh")
    assert project.read_bytes() == before                   # nothing written


def test_a_sheet_that_only_lost_its_id_column_is_still_asked_about_its_columns(tmp_path, library):
    """The same answers, the id column deleted: its texts are here, so it is this project's sheet, asked again."""
    sheet = write_rows(tmp_path / "quiz.csv", namesakes_rows(ids=True))
    graded(sheet, library, lambda a: 1)
    write_rows(sheet, [r[1:] for r in namesakes_rows(ids=True)])
    opened = workflow.open_sheet(sheet, library)
    assert opened.project_error is None and opened.changed is not None
    assert opened.changed.said.kind == "project.columns_gone"
