"""The end of a review says how to keep what a model learned from the teacher's marks on this sheet.

QA (a Spanish teacher, her own question, a model made from last year's marked sheet): she marked this year's answers,
the review ended with "Next step: export the grades", and her library's model stayed the one of last year's marks: a
later sheet of that question learned from those alone again. File ▸ Save as model… keeps it, but nothing said so. The
real main window, a question without a model whose model learns from the teacher's marks as she reviews it with the
keys (real fits on the worker), every answer decided; then the model saved for real (only the file dialog answered)
and read back into the library."""
from __future__ import annotations

import pytest

from grader_app.bundles.library import Library
from grader_app.learn.limits import MIN_MARKS
from grader_app.ui import i18n, model_actions
from test_learning_window import OWN, _open, mark_until

SAVE = "File ▸ Save as model…"


@pytest.fixture
def window(make_window):
    return make_window((1200, 800))


def test_the_end_of_a_review_says_to_save_the_model_learned_and_not_once_it_is_saved(qtbot, window, tmp_path,
                                                                                      monkeypatch):
    s = _open(qtbot, window, tmp_path, unlike=True, n=60)
    window.results.request_review()
    rv = window.review_view
    mark_until(qtbot, window, lambda: rv.end.isVisible(), 150)
    assert rv.end.isVisible() and not s.review_queue()              # every answer that needed her is decided
    model = window.learning.models[OWN]
    assert model.n_marks >= MIN_MARKS                               # enough marks: it can be saved
    said = rv.end.text()
    assert said.startswith("✓ Review done: every answer that needed you is decided. Next step: export the grades")
    assert (f"The model of question {OWN} learned from your marks on this sheet, but your models do not keep that "
            f"yet: to score a later sheet with what it learned, save it now ({SAVE})." in said)
    assert "question own-question" in rv.accessibleDescription()    # a screen reader hears it too
    assert rv.end.label.short == f"✓ Keep what it learned: {SAVE}"   # folded on a short page: this line

    i18n.install("es")
    rv.refresh()
    assert "(Archivo ▸ Guardar como modelo…)" in rv.end.text() and OWN in rv.end.text()
    i18n.install("en")

    bundle = tmp_path / "own.gradebundle"
    monkeypatch.setattr(model_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(bundle), ""))
    window.models.save_learned(OWN)
    qtbot.waitUntil(lambda: any(n.startswith("Saved") for n in window.notices.infos), timeout=60000)
    assert bundle.is_file()
    back = list(Library.load([tmp_path]).bundles.values())        # the file written, read back
    assert len(back) == 1 and back[0].id in window.library.bundles  # and among her models
    assert rv.end.isVisible() and SAVE not in rv.end.text()         # saved as it is now: not asked again
    assert rv.end.label.short == ""
