"""A manifest whose review threshold its own risk table or 'qualified' flag does not support is refused when read
(QA edited only review.threshold of a shipped bundle to 0.0 in the teacher's models folder: it replaced the shipped
model and auto-accepted 47 answers of 59 instead of 25, with nothing said). What a bundle takes on its own is one
figure, read as scoring reads the threshold."""
from __future__ import annotations

import json
import zipfile

import pytest

from bundle_factory import TESTED, edited_copy, make_bundle, write_tested
from grader_app.bundles import BundleError, read_bundle, write_bundle
from grader_app.bundles.library import Library
from grader_app.bundles.review_rules import takes_alone

@pytest.mark.parametrize("review, said", [
    ({"threshold": 0.0}, "of 0 is below every row of its own risk table"),
    ({"threshold": 0.5}, "of 0.5 is below 0.7, the lowest its own risk table supports at its target error of 0.05"),
    ({"qualified": False}, "of 0.7 accepts answers, yet the bundle says no threshold qualified"),
    ({"target_error": 0.01}, "no row of its own risk table keeps the error within its target of 0.01"),
])
def test_a_threshold_its_own_table_does_not_support_is_refused_with_what_to_do(tmp_path, review, said):
    bad = edited_copy(write_tested(tmp_path / "made"), tmp_path / "edited" / "asap-sas-5.gradebundle", **review)
    with pytest.raises(BundleError) as caught:
        read_bundle(bad)
    assert said in str(caught.value)
    assert str(caught.value).endswith("its manifest was edited or built wrongly; get a fresh copy from whoever made it")


@pytest.mark.parametrize("review", [{}, {"threshold": 0.8}, {"threshold": 1.0, "qualified": False},
                                    {"threshold": 0.0, "qualified": None}])
def test_a_threshold_at_or_above_what_the_table_supports_is_read(tmp_path, review):
    """A stricter threshold is kept; a manifest that claims no test ('qualified' absent) is not judged."""
    good = edited_copy(write_tested(tmp_path / "made"), tmp_path / "edited" / "asap-sas-5.gradebundle", **review)
    assert read_bundle(good).id == "asap-sas-5"


def test_the_writer_refuses_a_contradicting_review_too(tmp_path):
    path = make_bundle(tmp_path, "q")
    with zipfile.ZipFile(path) as z:
        manifest, model = json.loads(z.read("manifest.json")), z.read("model.onnx")
    manifest["review"] = dict(TESTED, threshold=0.3)
    with pytest.raises(BundleError, match="below 0.7"):
        write_bundle(tmp_path / "out.gradebundle", manifest, model)


def test_an_edited_copy_in_the_users_folder_no_longer_replaces_the_shipped_model(tmp_path):
    shipped = write_tested(tmp_path / "shipped")
    users = tmp_path / "mine"
    edited_copy(shipped, users / "asap-sas-5.gradebundle", threshold=0.0)
    lib = Library.load([tmp_path / "shipped", users])
    assert lib.get("asap-sas-5").path == shipped and lib.replaced("asap-sas-5") is None
    assert "below every row" in lib.problems["asap-sas-5.gradebundle"]
    assert lib.refused_in_users("asap-sas-5.gradebundle")
    lib.remove_refused("asap-sas-5.gradebundle")
    lib.forget_refused("asap-sas-5.gradebundle")
    assert not (users / "asap-sas-5.gradebundle").exists() and not lib.problems


def test_a_file_not_loaded_among_the_shipped_ones_cannot_be_removed(tmp_path):
    (tmp_path / "shipped").mkdir()
    (tmp_path / "shipped" / "half.gradebundle").write_bytes(b"PK not a zip")
    lib = Library.load([tmp_path / "shipped", tmp_path / "mine"])
    assert not lib.refused_in_users("half.gradebundle")
    with pytest.raises(BundleError, match="not one of your own models"):
        lib.remove_refused("half.gradebundle")
    assert (tmp_path / "shipped" / "half.gradebundle").exists()


def test_a_valid_copy_in_the_users_folder_is_said_to_replace_the_shipped_one(tmp_path):
    shipped = write_tested(tmp_path / "shipped")
    edited_copy(shipped, tmp_path / "mine" / "asap-sas-5.gradebundle", threshold=0.9)
    lib = Library.load([tmp_path / "shipped", tmp_path / "mine"])
    assert lib.replaced("asap-sas-5").path == shipped
    assert takes_alone(lib.get("asap-sas-5").manifest["review"]).share == 0.25   # the row at 0.9, as scoring takes


def test_takes_alone_reads_the_threshold_as_scoring_does(tmp_path):
    assert takes_alone(TESTED).share == 0.5 and takes_alone(TESTED).wrong == 0.045
    assert takes_alone(dict(TESTED, threshold=1.0)) is None
    assert takes_alone({"threshold": 0.5, "table": []}).share is None       # takes some; its table does not say
    assert takes_alone({"threshold": 0.5, "qualified": False}) is None
