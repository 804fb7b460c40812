"""A graded sheet of one column per question opened again after a column of student ids and question columns were
added in Excel: the sentence that says why the columns are asked again names them all (it named the ids only, and the
new questions were ticked without a word), with or without decisions made, one question or several; and it is news
(``ChangedColumns.news``: the dialog says it in its own words, not as a problem), as it is for a column gone it is not.
Real sheets written and read back, the project written by the window's workflow."""
from __future__ import annotations

import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from sheet_files import write_csv

NAMES = ["Ann Lee", "Bo Chan", "Cy Diaz"]
ICE = ["Ice is less dense than water.", "because it is cold", "no idea"]
SHIP = ["It pushes aside its weight of water.", "it is made of steel", "it floats"]
SALT = ["Salt lowers the freezing point.", "it melts ice", "dunno"]


def _opened_again(tmp_path, decided: bool, new: dict[str, list[str]]):
    sheet = write_csv(tmp_path / "floats.csv", ["Name", "Why does ice float?"], [[n, a] for n, a in zip(NAMES, ICE)])
    library = Library.load([])
    opened = workflow.open_sheet(sheet, library)
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.mapping, {}, library)
    if decided:
        prepared.session.decide(0, 1)
    workflow.close_project(prepared.store)
    write_csv(sheet, ["Student ID", "Name", "Why does ice float?", *new],
              [[f"S{i}", n, a, *(v[i] for v in new.values())] for i, (n, a) in enumerate(zip(NAMES, ICE))])
    again = workflow.open_sheet(sheet, library)
    assert again.changed is not None and again.changed.news
    assert again.changed.mapping.id_column == "Student ID" and set(new) <= set(again.changed.mapping.answer_columns)
    return str(again.changed.said)


@pytest.mark.parametrize("decided", [True, False])
def test_one_question_and_the_ids_are_both_named(tmp_path, decided):
    said = _opened_again(tmp_path, decided, {"Why does a ship float?": SHIP})
    assert said.startswith("this sheet has a new column “Student ID” of student ids and a new column “Why does a ship "
                           "float?”, which floats.grader-project was made without; “Student ID” is chosen above for the "
                           "students' ids")
    assert said.endswith("start scoring, and your 1 decision stays with its answer, or choose no id column and untick "
                         "“Why does a ship float?” to grade the sheet as before" if decided else
                         "and “Why does a ship float?” is ticked as a question to grade: check the columns and start "
                         "scoring")


@pytest.mark.parametrize("decided", [True, False])
def test_several_questions_and_the_ids_are_all_named(tmp_path, decided):
    said = _opened_again(tmp_path, decided, {"Why does a ship float?": SHIP, "Why salt the roads?": SALT})
    assert said.startswith("this sheet has a new column “Student ID” of student ids and new columns “Why does a ship "
                           "float?”, “Why salt the roads?”, which floats.grader-project was made without")
    assert ("or choose no id column and untick those that are not questions" if decided else
            "the new columns are ticked as questions to grade: check the columns and start scoring") in said
