"""A model learned from the teacher's marks takes its question's name, so the next sheet finds it, but never the
place of a model that already scores that question (one that came with Grader, or one the teacher added): it gets an
id of its own and a title that says it was learned from the teacher's marks, and the question keeps that model by
default (grader_app.learn.library_names). Real tiny bundles (tests/bundle_factory.py), the real library, real fits."""
from __future__ import annotations

from pathlib import Path

import pytest

from bundle_factory import make_bundle
from grader_app import workflow
from grader_app.bundles import read_bundle
from grader_app.bundles.library import Library
from grader_app.core.grading import find_bundle_for
from grader_app.io import read_sheet
from grader_app.learn.library_names import learned_beside, learned_name
from test_learning_qa import _sheet


@pytest.fixture
def library(tmp_path) -> Library:
    shipped, user = tmp_path / "shipped", tmp_path / "user"
    make_bundle(shipped, "asap-sas-1", title="Science: cell membrane")
    make_bundle(user, "q-2-b", title="Another question")          # a model the teacher added, for another question
    return Library.load([shipped, user])


@pytest.mark.parametrize("question", ["asap-sas-1", "ASAP-SAS-1 ", "asap-sas-1 (2 points)", "Science: cell membrane"])
def test_a_question_a_model_already_scores_gets_a_learned_id_and_title(library, question):
    named = learned_name(question, library)
    assert named.beside is library.get("asap-sas-1")
    assert named.bundle_id.endswith("-learned") and library.get(named.bundle_id) is None
    assert named.title == f"{question} (learned from your marks)"


def test_a_question_of_the_teachers_own_keeps_its_name(library):
    named = learned_name("Q7", library)
    assert (named.bundle_id, named.title, named.beside) == ("q7", "Q7", None)
    named = learned_name("Q 2/b", library)    # its id is an added model's, which does not score it: the id only
    assert (named.bundle_id, named.title, named.beside) == ("q-2-b-learned", "Q 2/b", None)


def test_learned_models_are_found_for_their_own_questions_only(library, tmp_path, ice_class):
    texts, scores = ice_class
    rows = [(f"S{i}", q, texts[i], scores[i]) for q in ("asap-sas-1 (2 points)", "Q 2/b", "Q7") for i in range(50)]
    bundles, result = workflow.make_models_from_sheet(library, _sheet(tmp_path / "marks.csv", rows), "Score")
    for b in bundles:
        library.add(b)
    ids = {it.item: it.bundle_id for it in result.items}
    assert ids == {"asap-sas-1 (2 points)": "asap-sas-1-2-points-learned", "Q 2/b": "q-2-b-learned", "Q7": "q7"}
    assert {it.item: it.beside for it in result.items} == {"asap-sas-1 (2 points)": "asap-sas-1", "Q 2/b": None,
                                                          "Q7": None}
    assert "beside model asap-sas-1, which stays its model by default" in result.items[0].summary()
    for lib in (library, Library.load(library.folders)):
        assert find_bundle_for("asap-sas-1 (2 points)", lib).id == "asap-sas-1"   # not the learned one, by its title
        assert find_bundle_for("Q 2/b", lib).id == "q-2-b-learned"               # by its title
        assert find_bundle_for("Q7", lib).id == "q7"
        assert lib.get("q-2-b").title == "Another question"                      # the added model kept
        assert [learned_beside(lib.get(i).manifest) for i in ids.values()] == ["asap-sas-1 (2 points)", None, None]


def test_save_as_model_for_a_question_a_model_scores_saves_it_beside_that_model(library, tmp_path, ice_class):
    """"Save as model…" of a question the teacher scored without its model ("No model" in the columns dialog)."""
    from grader_app.learn.marks_model import fit_marks

    texts, scores = ice_class
    model = fit_marks(texts[:60], {i: scores[i] for i in range(60)})
    saved = workflow.save_learned_model(library, model, "asap-sas-1", tmp_path / "asap-sas-1-learned", answers=60)
    library.add(saved)
    assert (saved.id, saved.title) == ("asap-sas-1-learned", "asap-sas-1 (learned from your marks)")
    assert saved.path.parent == tmp_path / "user" and saved.replaces is None
    assert find_bundle_for("asap-sas-1", library).path.parent == tmp_path / "shipped"


def _written_before(tmp_path, ice_class) -> Path:
    """A model learned for question asap-sas-1 as an earlier version installed it: under the shipped model's id, titled
    with the question's name, no question in its provenance (a real fit, a real bundle file in the user's folder)."""
    from grader_app.learn.export import write_learned_bundle
    from grader_app.learn.marks_model import fit_marks

    texts, scores = ice_class
    model = fit_marks(texts[:60], {i: scores[i] for i in range(60)})
    return write_learned_bundle(tmp_path / "user" / "asap-sas-1", model, bundle_id="asap-sas-1", title="asap-sas-1")


def test_a_model_learned_before_under_a_shipped_id_is_listed_beside_it_and_kept(library, tmp_path, ice_class):
    """A learned asap-sas-1 installed by an earlier version replaced the shipped model for every later sheet until the
    teacher removed it. Now the shipped model keeps its id and stays the question's model; the teacher's is listed
    beside it as asap-sas-1-learned, titled as learned from their marks, and its file is left exactly as it was."""
    old = _written_before(tmp_path, ice_class)
    on_disk = old.read_bytes()
    lib = Library.load(library.folders)
    shipped = lib.get("asap-sas-1")
    assert shipped.path == tmp_path / "shipped" / "asap-sas-1.gradebundle" and shipped.title == "Science: cell membrane"
    assert lib.shadowed == {} and find_bundle_for("asap-sas-1", lib) is shipped
    mine = lib.get("asap-sas-1-learned")
    assert mine.path == old and mine.listed_for == "asap-sas-1" and lib.is_users("asap-sas-1-learned")
    assert mine.title == "asap-sas-1 (learned from your marks)" and learned_beside(mine.manifest) == "asap-sas-1"
    assert mine.model_bytes == read_bundle(old).model_bytes
    assert lib.ids() == ["asap-sas-1", "asap-sas-1-learned", "q-2-b"]
    assert old.read_bytes() == on_disk and sorted(p.name for p in old.parent.iterdir()) == [
        "asap-sas-1.gradebundle", "q-2-b.gradebundle"]
    # a sheet with the question: the shipped model, unless the teacher chooses theirs, which scores as it did
    sheet = read_sheet(_sheet(tmp_path / "new.csv", [("S1", "asap-sas-1", "salt and vinegar", "")]))
    mapping = workflow.guess_columns(sheet)
    _, bundles = workflow.start_session(sheet, mapping, lib)
    assert bundles["asap-sas-1"] is shipped
    session, bundles = workflow.start_session(sheet, mapping, lib, chosen={"asap-sas-1": "asap-sas-1-learned"})
    assert bundles["asap-sas-1"] is mine
    workflow.score_all(session, bundles)
    assert session.predictions[0].labels == tuple(read_bundle(old).labels)
    # removed by the teacher: the file goes, the shipped model stays
    assert lib.remove_file("asap-sas-1-learned", old) is None
    lib.forget("asap-sas-1-learned")
    assert not old.exists() and lib.get("asap-sas-1") is shipped and lib.get("asap-sas-1-learned") is None


def test_learned_again_the_new_model_takes_the_learned_name_and_the_old_one_stays_listed(library, tmp_path, ice_class):
    old = _written_before(tmp_path, ice_class)
    lib = Library.load(library.folders)
    named = learned_name("asap-sas-1", lib)
    assert named.bundle_id == "asap-sas-1-learned" and named.beside.path.parent == tmp_path / "shipped"
    texts, scores = ice_class
    rows = [(f"S{i}", "asap-sas-1", texts[i], scores[i]) for i in range(60, 110)]
    (new,), _ = workflow.make_models_from_sheet(lib, _sheet(tmp_path / "marks.csv", rows), "Score")
    lib.add(new)
    for again in (lib, Library.load(lib.folders)):   # now, and when Grader starts again
        assert again.get("asap-sas-1").path.parent == tmp_path / "shipped"
        assert again.get("asap-sas-1-learned").path == tmp_path / "user" / "asap-sas-1-learned.gradebundle"
        assert again.get("asap-sas-1-learned-2").path == old and old.is_file()   # the old one: nothing deleted


def test_a_model_learned_before_added_again_is_listed_beside_the_shipped_one(library, tmp_path, ice_class):
    """"Add a model…" of such a file (a copy kept from an earlier version): listed as when the library is loaded."""
    old = _written_before(tmp_path, ice_class)
    kept = old.rename(tmp_path / "kept.gradebundle")
    added = library.add(library.copy_in(kept, verify=lambda b: None))
    assert (added.id, added.replaces, added.path) == ("asap-sas-1-learned", None, old)
    assert library.get("asap-sas-1").path.parent == tmp_path / "shipped" and library.shadowed == {}
    assert Library.load(library.folders).ids() == library.ids() == ["asap-sas-1", "asap-sas-1-learned", "q-2-b"]
