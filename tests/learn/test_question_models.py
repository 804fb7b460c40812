"""QuestionModels (learn.library_names): the library's model for each of a sheet's questions, matched once, and again
for every question once the library lists another model (installed, or taken away, while the columns dialog is open)."""
from __future__ import annotations

from bundle_factory import make_bundle
from grader_app.bundles.library import Library
from grader_app.learn.library_names import QuestionModels, proposed_model, turned_down

QUESTION = "Why does ice float on water? Explain using density."


def test_a_model_listed_after_the_first_match_is_proposed_and_one_taken_away_no_longer(tmp_path):
    shipped, own = tmp_path / "shipped", tmp_path / "own"
    make_bundle(shipped, "asap-sas-1", prompt="Explain how the cell membrane works.")
    own.mkdir()
    library = Library.load([shipped, own])
    models = QuestionModels(library)
    models.warm([QUESTION, "Q1. Explain how the cell membrane works."])
    assert models.proposed(QUESTION) is None and proposed_model(QUESTION, library) is None
    assert models.proposed("Q1. Explain how the cell membrane works.").id == "asap-sas-1"

    added = library.install(make_bundle(tmp_path / "new", "ice-density", prompt=QUESTION), verify=lambda _b: None)
    assert models.proposed(QUESTION) is added is proposed_model(QUESTION, library)
    assert models.turned_down(QUESTION) is None is turned_down(QUESTION, library)

    library.forget("ice-density")
    assert models.proposed(QUESTION) is None
