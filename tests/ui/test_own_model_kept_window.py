"""Adding a model in the real main window whose id is that of a model the teacher made (learned from their marks, in
their own models folder): the teacher's file stays as it is, the added model is listed beside it under an id of its
own, and the window says so with what to do to use it (QA s51b #7: the teacher's file was replaced without a word).
A newer copy of a model the teacher added before replaces it, and the window says which."""
from __future__ import annotations

import hashlib

from bundle_factory import as_learned, make_bundle

from grader_app.paths import user_bundles_dir


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _install(qtbot, window, path) -> str:
    window.models.install(path)
    qtbot.waitUntil(lambda: "Added the model" in window.start.message.text(), timeout=20000)
    return window.start.message.text().removeprefix("✓ ")


def test_a_model_added_with_the_id_of_the_teachers_own_is_listed_beside_it_and_said(qtbot, make_window, tmp_path):
    mine = as_learned(make_bundle(user_bundles_dir(), "my-cell-question"), "My cell question")
    before = _digest(mine)
    window = make_window()
    colleagues = make_bundle(tmp_path / "from-colleague", "my-cell-question", title="My cell question (Ms Lee)")
    said = _install(qtbot, window, colleagues)
    assert said == ("Added the model “My cell question (Ms Lee)” (my-cell-question-2) to the library. Your own model "
                    "“My cell question” (my-cell-question) has the same id, so it stays as it is and the one added is "
                    "listed beside it: to score a sheet with it, choose it when you check the columns.")
    assert _digest(mine) == before
    assert window.library.get("my-cell-question").path == mine
    assert window.library.get("my-cell-question-2") is not None


def test_a_newer_copy_of_a_model_the_teacher_added_is_said_to_replace_it(qtbot, make_window, tmp_path):
    make_bundle(user_bundles_dir(), "my-cell-question", title="My cell question (Ms Lee)")
    window = make_window()
    newer = make_bundle(tmp_path / "newer", "my-cell-question", title="My cell question (Ms Lee, v2)", threshold=0.7)
    said = _install(qtbot, window, newer)
    assert said == ("Added the model “My cell question (Ms Lee, v2)” (my-cell-question) to the library. It takes the "
                    "place of your model “My cell question (Ms Lee)”, added before, which has the same id.")
