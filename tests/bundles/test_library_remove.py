"""A model of the teacher's own (learned from their marks, or added) can be removed from the library; one that came
with Grader cannot. Removing one that had taken a shipped model's place (same id) lists the shipped one again, and the
shipped models stay first among equal titles, as when the library is loaded. Real tiny bundles, real files."""
from __future__ import annotations

import pytest

from bundle_factory import make_bundle
from grader_app.bundles.errors import BundleError
from grader_app.bundles.library import Library
from grader_app.core.grading import find_bundle_for


@pytest.fixture
def library(tmp_path) -> Library:
    shipped, user = tmp_path / "shipped", tmp_path / "user"
    make_bundle(shipped, "asap-sas-1", title="Science: cell membrane")
    make_bundle(shipped, "asap-sas-5", title="Biology: protein synthesis")
    lib = Library.load([shipped, user])
    for bid, title in (("mine", "Science: cell membrane"), ("asap-sas-1", "My own cell membrane model")):
        lib.install(make_bundle(tmp_path / "made", bid, title=title), verify=lambda b: None)
    return lib


def test_only_the_teachers_own_models_can_be_removed(library, tmp_path):
    assert [library.is_users(b) for b in ("mine", "asap-sas-1", "asap-sas-5", "nothing")] == [True, True, False, False]
    shipped = tmp_path / "shipped" / "asap-sas-5.gradebundle"
    with pytest.raises(BundleError, match="not one of your own models"):
        library.remove_file("asap-sas-5", shipped)
    assert shipped.is_file() and library.get("asap-sas-5") is not None


def test_removing_a_model_that_replaced_a_shipped_one_brings_that_back_first(library, tmp_path):
    assert library.get("asap-sas-1").title == "My own cell membrane model"
    assert find_bundle_for("Science: cell membrane", library).id == "mine"   # the shipped one is replaced by id
    back = library.remove_file("asap-sas-1", library.get("asap-sas-1").path)
    assert not (tmp_path / "user" / "asap-sas-1.gradebundle").exists()
    assert back is not None and back.title == "Science: cell membrane"
    library.forget("asap-sas-1", back)
    assert library.get("asap-sas-1").path == tmp_path / "shipped" / "asap-sas-1.gradebundle"
    # listed again after the teacher's own, it is still the one a question with its title finds
    assert find_bundle_for("Science: cell membrane", library).id == "asap-sas-1"
    again = Library.load(library.folders)
    assert again.ids() == library.ids() == ["asap-sas-1", "asap-sas-5", "mine"]
    assert find_bundle_for("Science: cell membrane", again).id == "asap-sas-1"


def test_removing_a_model_of_the_teachers_own_alone_leaves_nothing_behind(library, tmp_path):
    assert library.remove_file("mine", library.get("mine").path) is None
    library.forget("mine")
    assert library.get("mine") is None and not (tmp_path / "user" / "mine.gradebundle").exists()
    assert Library.load(library.folders).get("mine") is None
