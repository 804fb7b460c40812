"""A model added with the id of a model the teacher made (learned from their marks, in their own models folder) never
takes its place: the teacher's file stays as it is, and the added one is kept beside it under a free id of its own,
listed too, and said (QA s51b #7: a colleague's bundle for a question of the same name replaced the teacher's file
with ``os.replace``, no question asked, no copy kept). A model the teacher added before (not made by them) that a newer
copy of the same id replaces is said to be replaced; the same file added again is simply the same model. A model the
teacher learns again for its question still takes the earlier learned one's place, as it always did. Real bundles
written by the app's writer, verified by the real probe (onnxruntime in a child process), read back from disk."""
from __future__ import annotations

import hashlib

import pytest

from bundle_factory import as_learned, make_bundle

from grader_app import workflow
from grader_app.bundles.archive import read_bundle
from grader_app.bundles.library import Library


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folders(tmp_path):
    shipped, users = tmp_path / "shipped", tmp_path / "users"
    shipped.mkdir()
    make_bundle(shipped, "asap-sas-1")
    mine = as_learned(make_bundle(users, "my-cell-question"), "My cell question")
    return shipped, users, mine


def _colleagues(tmp_path, labels=(0, 1, 2, 3), threshold=0.5):
    """A colleague's model for a question of the same name: the same id, another model file."""
    return make_bundle(tmp_path / "from-colleague", "my-cell-question", labels=labels, threshold=threshold,
                       title="My cell question (Ms Lee)")


def test_a_model_added_with_the_id_of_the_teachers_own_is_kept_beside_it(tmp_path, folders):
    shipped, users, mine = folders
    before = _digest(mine)
    library = Library.load([shipped, users])
    added = library.add(workflow.copy_bundle_in(library, _colleagues(tmp_path)))
    assert _digest(mine) == before                                   # the teacher's file as it was
    assert added.id != "my-cell-question" and added.id.startswith("my-cell-question")
    assert added.beside is not None and added.beside.id == "my-cell-question" and added.beside.path == mine
    assert added.path.parent == users and added.path != mine and added.path.name == f"{added.id}.gradebundle"
    assert library.get("my-cell-question").path == mine                 # the question keeps the teacher's model
    assert library.get(added.id).title == "My cell question (Ms Lee)"
    again = Library.load([shipped, users])                               # and so after the app starts again
    assert again.get("my-cell-question").path == mine and again.get(added.id) is not None
    assert read_bundle(added.path).model_bytes == read_bundle(_colleagues(tmp_path)).model_bytes


def test_the_teachers_own_file_added_again_is_the_same_model_not_a_second_one(tmp_path, folders):
    shipped, users, mine = folders
    copy = tmp_path / "usb" / mine.name
    copy.parent.mkdir()
    copy.write_bytes(mine.read_bytes())
    library = Library.load([shipped, users])
    added = library.add(workflow.copy_bundle_in(library, copy))
    assert added.id == "my-cell-question" and added.beside is None and added.replaced_own is None
    assert sorted(p.name for p in users.iterdir()) == ["my-cell-question.gradebundle"]


def test_a_newer_copy_of_a_model_the_teacher_added_replaces_it_and_says_so(tmp_path):
    shipped, users = tmp_path / "shipped", tmp_path / "users"
    shipped.mkdir()
    make_bundle(users, "my-cell-question", title="My cell question (Ms Lee)")   # added before: not learned
    library = Library.load([shipped, users])
    added = library.add(workflow.copy_bundle_in(library, _colleagues(tmp_path, threshold=0.7)))
    assert added.id == "my-cell-question" and added.beside is None
    assert added.replaced_own is not None and added.replaced_own.title == "My cell question (Ms Lee)"
    assert read_bundle(users / "my-cell-question.gradebundle").threshold == 0.7


def test_a_model_learned_again_for_its_question_still_takes_the_earlier_learned_ones_place(tmp_path, folders):
    shipped, users, mine = folders
    relearned = as_learned(make_bundle(tmp_path / "new", "my-cell-question", threshold=0.7), "My cell question")
    library = Library.load([shipped, users])
    added = library.add(workflow.copy_bundle_in(library, relearned, relearned=True))
    assert added.id == "my-cell-question" and added.beside is None and added.path == mine
    assert read_bundle(mine).threshold == 0.7
