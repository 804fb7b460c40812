"""A sheet whose only answer column is headed by its question's wording is that question's sheet (its name and its
text), never the nameless "whole sheet": a model learned from a "whole sheet" and saved under that non-name took every
later sheet that named no question, whatever its question, and scored all its answers 0. A learned model is never
saved under it (the window asks the question's name), and an old one so saved matches no sheet by itself.
Real sheets written and read back, the real library, real fits."""
from __future__ import annotations

import csv

import pytest

from bundle_factory import make_bundle
from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core.grading import find_bundle_for
from grader_app.core.sheet import LONG, WIDE, ColumnMapping
from grader_app.io import read_sheet
from grader_app.learn.library_names import WHOLE_SHEET, NamelessQuestion

SPOON = "Why does a metal spoon feel colder than a wooden spoon in the same room?"
PHOTO = "What is photosynthesis?"


def _class(path, header, answers):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", header])
        w.writerows([f"{2000 + i:06d}", f"Kid {i}", a] for i, a in enumerate(answers))
    return read_sheet(path)


@pytest.mark.parametrize("header", [SPOON, PHOTO, "Explain why ice floats on water?"])
def test_a_sheet_whose_only_answer_column_asks_a_question_is_that_questions(tmp_path, header):
    sheet = _class(tmp_path / "class.csv", header, ["It is how plants make food.", "", "idk", "light and water"] * 5)
    mapping = workflow.guess_columns(sheet, Library.load([]))
    assert (mapping.layout, mapping.answer_columns, mapping.default_item) == (WIDE, {header: header}, None)
    assert (mapping.id_column, mapping.name_column) == ("Student ID", "Name")
    session, bundles = workflow.start_session(sheet, mapping, Library.load([]))
    assert list(bundles) == [header] and bundles[header] is None
    assert session.items[header].prompt == header      # the card shows the question's text, not "no text"


def test_an_answer_column_that_names_no_question_still_asks_for_the_sheets_model(tmp_path):
    sheet = _class(tmp_path / "class.csv", "Answer", ["It is how plants make food.", "light and water"] * 5)
    mapping = workflow.guess_columns(sheet, Library.load([]))
    assert (mapping.layout, mapping.item_column, mapping.default_item) == (LONG, None, None)


def test_a_model_saved_under_whole_sheet_matches_no_sheet_by_itself(tmp_path):
    user = tmp_path / "user"
    make_bundle(user, "whole-sheet", title=WHOLE_SHEET)     # saved by an earlier version
    library = Library.load([user])
    assert find_bundle_for(WHOLE_SHEET, library) is not None
    sheet = _class(tmp_path / "class.csv", "Answer", ["It is how plants make food.", "light and water"] * 5)
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", name_column="Name", answer_column="Answer",
                            default_item=WHOLE_SHEET)
    session, bundles = workflow.start_session(sheet, mapping, library)
    assert bundles == {WHOLE_SHEET: None}
    session, bundles = workflow.start_session(sheet, mapping, library, chosen={WHOLE_SHEET: "whole-sheet"})
    assert bundles[WHOLE_SHEET].id == "whole-sheet"     # the teacher's own choice stands


@pytest.mark.parametrize("name", [None, "", "  ", "Whole  Sheet", "bundle"])
def test_a_model_of_a_sheet_that_names_no_question_is_not_saved_without_a_name(tmp_path, ice_class, name):
    from grader_app.learn.marks_model import fit_marks

    texts, scores = ice_class
    model = fit_marks(texts[:60], {i: scores[i] for i in range(60)})
    library = Library.load([tmp_path / "user"])
    with pytest.raises(NamelessQuestion, match="names no question"):
        workflow.save_learned_model(library, model, WHOLE_SHEET, tmp_path / "m.gradebundle", answers=60, name=name)
    assert not (tmp_path / "m.gradebundle").exists() and not list(library.bundles)


def test_named_when_saved_a_model_of_such_a_sheet_is_found_for_that_question_only(tmp_path, ice_class):
    from grader_app.learn.marks_model import fit_marks

    texts, scores = ice_class
    model = fit_marks(texts[:60], {i: scores[i] for i in range(60)})
    library = Library.load([tmp_path / "user"])
    saved = workflow.save_learned_model(library, model, WHOLE_SHEET, tmp_path / "m.gradebundle", answers=60,
                                        name=f" {SPOON} ")
    library.add(saved)
    assert saved.title == SPOON and saved.manifest["provenance"]["question"] == SPOON
    assert find_bundle_for(SPOON, library).id == saved.id
    assert find_bundle_for(WHOLE_SHEET, library) is None and find_bundle_for(PHOTO, library) is None
