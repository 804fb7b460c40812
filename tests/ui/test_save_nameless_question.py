""""Save as model…" for a sheet that names no question ("whole sheet"): the window asks the question's name and saves
the model under it, so a later sheet of another question is never scored by it; no name, nothing is saved and the
status bar says why. The real window, its real TaskManager and library, a real fit; only the modal dialogs are
answered here (they cannot be clicked under the test)."""
from __future__ import annotations

from pathlib import Path

import pytest

from grader_app.core.grading import find_bundle_for
from grader_app.learn.library_names import WHOLE_SHEET
from grader_app.ui import model_actions
from test_learning_window import marked, window  # noqa: F401  (the window fixture)

SPOON = "Why does a metal spoon feel colder than a wooden spoon in the same room?"


@pytest.fixture
def learned(window):  # noqa: F811
    from grader_app.learn.marks_model import fit_marks

    texts, scores = zip(*marked(60, 5))
    window.learning.models[WHOLE_SHEET] = fit_marks(list(texts), dict(enumerate(scores)))
    return window


def test_the_model_of_a_nameless_sheet_is_saved_under_the_name_the_teacher_gives(qtbot, learned, tmp_path, monkeypatch):
    asked, files = [], []
    monkeypatch.setattr(model_actions.QInputDialog, "getText", lambda *a, **k: asked.append(a) or (f" {SPOON} ", True))
    target = tmp_path / "spoon.gradebundle"
    monkeypatch.setattr(model_actions.QFileDialog, "getSaveFileName", lambda *a, **k: files.append(a) or (str(target), ""))
    learned.models.save_learned(WHOLE_SHEET)
    assert asked and asked[0][1] == "Name the question"
    assert files[0][1] == f"Save the model learned for question {SPOON}"
    assert Path(files[0][2]).name.startswith("why-does-a-metal-spoon-feel-colder")     # not "whole-sheet"
    qtbot.waitUntil(lambda: find_bundle_for(SPOON, learned.library) is not None, timeout=60000)
    assert find_bundle_for(SPOON, learned.library).title == SPOON
    assert find_bundle_for(WHOLE_SHEET, learned.library) is None


@pytest.mark.parametrize("answer", [("", False), ("", True), ("whole sheet", True)])
def test_no_name_no_model(qtbot, learned, tmp_path, monkeypatch, answer):
    files = []
    monkeypatch.setattr(model_actions.QInputDialog, "getText", lambda *a, **k: answer)
    monkeypatch.setattr(model_actions.QFileDialog, "getSaveFileName", lambda *a, **k: files.append(a) or ("", ""))
    before = set(learned.library.bundles)
    learned.models.save_learned(WHOLE_SHEET)
    assert not files and set(learned.library.bundles) == before
    if answer[1]:   # OK with no name: the status bar says why nothing was saved
        assert learned.statusBar().currentMessage() == (
            "This sheet names no question, so a model saved from it would score every later sheet that names none, "
            "whatever its question; give the question a name (its wording, say) when you save the model.")


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_question_asking_the_name_fits_a_1024_pixel_screen(qtbot, learned, monkeypatch, language):
    """Its label does not wrap of itself: in German the question was 1240 px wide, the dialog off a netbook's screen."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog

    from grader_app.ui import i18n

    assert i18n.install(language)
    asked = []
    monkeypatch.setattr(model_actions.QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("", False))
    learned.models.save_learned(WHOLE_SHEET)
    label = asked[0][2]
    said = QCoreApplication.translate("ModelActions", "This sheet does not name its question. Name it (its wording, "
                                      "say): the model is saved under that name, and a later sheet whose question is "
                                      "headed so finds it.")
    assert label.replace("\n", " ") == said   # every word, in its lines
    dlg = QInputDialog(learned)   # as QInputDialog.getText shows it
    dlg.setWindowTitle(asked[0][1])
    dlg.setLabelText(label)
    qtbot.addWidget(dlg)
    dlg.show()
    least = dlg.minimumSizeHint()
    assert least.width() <= 1024 - 16 and least.height() <= 600 - 40 - 48, least
    dlg.reject()
