"""The teacher's own model of a question too long for a bundle's title (its heading written out whole) in the model
library: its title cut after a whole word ("…"), the whole question beside it in the Question column, and beside a
model that already scores the question, "… (learned from your marks)" in the window's language, the question cut there
too (a title of the file holds at most 200 characters: grader_app.bundles.learned.fit_title). Such a model could not be
saved at all before (the manifest refused its title). Real fits saved by the real save_learned_model, the real start
screen."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bundle_factory import make_bundle
from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.bundles.manifest import MAX_TITLE
from grader_app.learn.marks_model import fit_marks
from grader_app.ui import i18n
from test_review_model_takes_none import library_rows

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "learn"))
from invented import invented_class  # noqa: E402
from test_long_question_model import LONG  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
OTHER = LONG.replace("a cold winter", "a hot summer")   # another question, as long, that no other model scores
BESIDE = {"en": "(learned from your marks)", "de": "(aus Ihren Bewertungen gelernt)"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_model_of_a_long_question_is_listed_with_a_short_title_and_the_whole_question(qtbot, tmp_path, language):
    shipped, user = tmp_path / "shipped", tmp_path / "user"
    make_bundle(shipped, "ice-floats", title="Ice floats", prompt=LONG)   # a colleague's model of the long question
    user.mkdir()
    lib = Library.load([shipped, user])
    texts, scores = invented_class(60, seed=3)
    model = fit_marks(texts, dict(enumerate(scores)))
    own = workflow.save_learned_model(lib, model, OTHER, tmp_path / "own", answers=60)
    beside = workflow.save_learned_model(lib, model, LONG, tmp_path / "beside", answers=60)
    assert i18n.install(language)
    _screen, rows = library_rows(qtbot, user)
    title, question = rows[own.id].text(0).split("\n")[0], rows[own.id].text(1)
    assert title.endswith(" …") and OTHER.startswith(title[:-2]) and len(title) <= MAX_TITLE
    assert " ".join(question.split()) == OTHER   # the Question column: the whole question
    title = rows[beside.id].text(0).split("\n")[0]
    assert title.endswith(" … " + BESIDE[language]) and LONG.startswith(title.split(" … ")[0])
    assert len(title) <= MAX_TITLE
