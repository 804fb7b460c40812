"""A model learned from the teacher's marks for a question whose name a bundle's title cannot hold: longer than the
manifest's 200 characters (a question written out whole in the sheet's header), or holding a soft hyphen or a
zero-width space (pasted from a word processor or a web page). The title was the question as it is, which the manifest
refuses, so "Save as model…" and "Make models from a marked sheet" failed for such a question, telling the teacher to get
a fresh copy of her own model. Now the title is the question cut after a whole word ("…") without those characters,
the whole question kept as the model's prompt and in its provenance, and a sheet with that question finds the model
again, as saved and after Grader starts again. Real fits, real bundle files, the real library (grader_app.learn.library_names)."""
from __future__ import annotations

import pytest

from bundle_factory import make_bundle
from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.bundles.manifest import MAX_TITLE
from grader_app.core.grading import find_bundle_for
from grader_app.io import read_sheet
from grader_app.learn.library_names import learned_beside
from grader_app.learn.marks_model import fit_marks
from test_learning_qa import _sheet

LONG = ("Ice floats on water although both are made of the same molecules. Using what you know about the "
        "arrangement of the molecules in a solid and in a liquid, explain why ice is less dense than liquid water, "
        "and describe one consequence of this for the animals that live in a pond during a cold winter.")
SOFT = "Expla\u00adin why ice floats on wa\u200bter"   # a soft hyphen and a zero-width space


@pytest.fixture
def library(tmp_path) -> Library:
    make_bundle(tmp_path / "shipped", "asap-sas-1", title="Science: cell membrane")
    (tmp_path / "user").mkdir()
    return Library.load([tmp_path / "shipped", tmp_path / "user"])


@pytest.fixture
def model(ice_class):
    texts, scores = ice_class
    return fit_marks(texts[:60], {i: scores[i] for i in range(60)})


def _opened(tmp_path, question: str, lib: Library):
    """The model a new sheet with ``question`` gets, as the window opens it."""
    sheet = read_sheet(_sheet(tmp_path / "new.csv", [("S1", question, "it floats", "")]))
    _, bundles = workflow.start_session(sheet, workflow.guess_columns(sheet), lib)
    return bundles[question]


@pytest.mark.parametrize("question", [LONG, SOFT])
def test_a_model_for_a_question_no_title_can_hold_is_saved_and_found_again(library, model, tmp_path, question):
    assert len(LONG) > MAX_TITLE
    saved = library.add(workflow.save_learned_model(library, model, question, tmp_path / "mine", answers=60))
    title = saved.title
    assert len(title) <= MAX_TITLE and "\u00ad" not in title and "\u200b" not in title
    if question == LONG:   # cut after a whole word, which the question goes on from
        assert title.endswith(" …") and LONG.startswith(title[:-2]) and LONG[len(title) - 2] == " "
    else:
        assert (title, saved.id) == ("Explain why ice floats on water", "explain-why-ice-floats-on-water")
    assert saved.manifest["provenance"]["question"] == question and saved.prompt == question
    for lib in (library, Library.load(library.folders)):   # now, and when Grader starts again
        assert find_bundle_for(question, lib).id == saved.id
        assert _opened(tmp_path, question, lib).id == saved.id
    # learned again for the question: it takes the earlier one's place, not a second model beside it
    again = library.add(workflow.save_learned_model(library, model, question, tmp_path / "mine", answers=60))
    assert again.id == saved.id and again.path == saved.path
    assert sorted(p.name for p in (tmp_path / "user").iterdir() if p.suffix == ".gradebundle") == [saved.path.name]


def test_a_model_from_a_marked_sheet_for_such_a_question_is_made(library, tmp_path, ice_class):
    texts, scores = ice_class
    rows = [(f"S{i}", LONG, texts[i], scores[i]) for i in range(50)]
    (made,), _ = workflow.make_models_from_sheet(library, _sheet(tmp_path / "marks.csv", rows), "Score")
    library.add(made)
    assert len(made.title) <= MAX_TITLE and made.title.endswith(" …")
    assert find_bundle_for(LONG, Library.load(library.folders)).id == made.id


def test_beside_a_model_of_the_long_question_the_learned_one_says_so_and_leaves_it_the_question(library, model,
                                                                                                 tmp_path):
    make_bundle(tmp_path / "shipped", "ice-floats", title="Ice floats", prompt=LONG)
    lib = Library.load(library.folders)
    saved = lib.add(workflow.save_learned_model(lib, model, LONG, tmp_path / "mine", answers=60))
    assert saved.id.endswith("-learned") and saved.prompt == ""   # no prompt: the question keeps the other model
    assert len(saved.title) <= MAX_TITLE and saved.title.endswith(" … (learned from your marks)")
    assert learned_beside(saved.manifest) == LONG
    for again in (lib, Library.load(lib.folders)):
        assert find_bundle_for(LONG, again).id == "ice-floats"
        assert learned_beside(again.get(saved.id).manifest) == LONG
