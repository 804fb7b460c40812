"""A question scored by a bundle whose manifest carries no digest of itself (an older Grader's, or one whose
``manifest_sha256`` was deleted): the review screen says once why every answer is the teacher's, the threshold panel
says so and lets nothing be set, and the model library lists it as taking none for that reason. QA found that a drop of
such a file said only "added to the library" and the results only "70 answers need you.": the drop says that it takes
no answer on its own and why, and so do the notes above the results. The real set-5 bundle with only its digest
deleted, scored through onnxruntime, on the real widgets."""
from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from test_review_model_takes_none import library_rows

from grader_app.core import review
from grader_app.ui.threshold_panel import ThresholdPanel
from ui_helpers import make_long_csv, open_and_score, review_view, scored_session

MODELS = Path(__file__).resolve().parents[2] / "model_bundles"
NOTE = ("Question asap-sas-5: its model's file carries no seal of its settings (a model file of an older Grader, or "
        "one whose seal was removed), so Grader cannot tell whether its thresholds were changed and does not let it "
        "score any answer without you; the model's score is only a suggestion. Install a fresh copy of the model, or "
        "learn it again, to have it take answers.")


@pytest.fixture
def folder(tmp_path):
    five = MODELS / "asap-sas-5.gradebundle"
    if not five.exists():
        pytest.skip("the shipped bundles are not in this checkout")
    shutil.copy(MODELS / "asap-sas-1.gradebundle", tmp_path)
    with zipfile.ZipFile(five) as z:
        m, model = json.loads(z.read("manifest.json")), z.read("model.onnx")
    del m["manifest_sha256"]
    with zipfile.ZipFile(tmp_path / five.name, "w") as z:
        z.writestr("manifest.json", json.dumps(m, indent=2))
        z.writestr("model.onnx", model)
    return tmp_path


def test_the_review_says_once_why_an_unsealed_models_answers_are_all_yours(qtbot, folder):
    session = scored_session(folder, n_students=6)
    fives = [a.key for a in session.answers if a.item == "asap-sas-5" and not session.flags.get(a.key)]
    assert fives and all(session.status(k) == review.NEEDS_REVIEW for k in fives)
    view = review_view(qtbot, session, width=1024, height=600)
    view.go_to(fives[0])
    assert view.model_note.isVisible() and view.model_note.text() == NOTE
    assert view.status_label.toolTip() == ("Every answer to this question comes to you: its model's file carries no "
                                           "seal of its settings, so Grader does not let it score alone.")
    assert "The model suggests " in view.decision_label.text()


def test_the_threshold_panel_says_so_and_moves_nothing(qtbot, folder):
    session = scored_session(folder, n_students=6)
    panel = ThresholdPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    panel.scope.setCurrentIndex(panel.scope.findData("asap-sas-5"))
    assert panel.effect.text() == ("Question asap-\u2060sas-\u20605: its model's file carries no seal of its settings, "
                                   "so it takes none on its own and its scores are suggestions; install a fresh copy "
                                   "of the model to set a threshold.")
    assert not panel.slider.isEnabled() and not panel.spin.isEnabled()
    panel.spin.setValue(50)
    assert session.threshold("asap-sas-5") > 1.0


def test_the_library_lists_an_unsealed_model_as_taking_none(qtbot, folder):
    _screen, rows = library_rows(qtbot, folder)
    assert rows["asap-sas-5"].text(3) == "none on its own: its file carries no seal of its settings"
    assert rows["asap-sas-5"].text(2) == "well, but not as well as a second teacher"   # as when it takes answers


DROPPED = ("It takes no answer on its own: its file carries no seal of its settings (a model file of an older Grader, or "
           "one whose seal was removed), so every answer it scores comes to you; install a fresh copy of it to have it "
           "take answers.")


@pytest.fixture
def window(make_window, shipped_bundles):
    """The real window without a shipped asap-sas-5: an unsealed copy of a shipped, sealed model is refused
    (test_unsealed_copy_dropped), so the one dropped here is a model Grader does not ship."""
    (shipped_bundles / "asap-sas-5.gradebundle").unlink()
    return make_window()


def _dropped(qtbot, window, bundle: Path) -> str:
    window.open_path(bundle)                                         # dropped on the start screen, or opened
    qtbot.waitUntil(lambda: f"({bundle.stem})" in window.start.message.text(), timeout=10000)
    return window.start.message.text()


def test_the_drop_says_the_unsealed_model_takes_no_answer_and_why(qtbot, window, folder, tmp_path):
    said = _dropped(qtbot, window, folder / "asap-sas-5.gradebundle")
    assert said.startswith("✓ Added the model") and said.endswith(DROPPED), said
    sealed = tmp_path / "sealed"
    sealed.mkdir()
    shutil.copy(folder / "asap-sas-1.gradebundle", sealed)
    said = _dropped(qtbot, window, sealed / "asap-sas-1.gradebundle")   # a sealed one: no such words
    assert said.startswith("✓ Added the model") and "seal" not in said, said


def test_the_notes_above_the_results_say_why_its_answers_are_all_yours(qtbot, window, folder, tmp_path):
    _dropped(qtbot, window, folder / "asap-sas-5.gradebundle")
    session = open_and_score(qtbot, window, make_long_csv(tmp_path / "answers.csv", n_students=6))
    assert session.items["asap-sas-5"].unsealed and not session.items["asap-sas-1"].unsealed
    assert window.notices.isVisible() and NOTE in window.notices.notes   # above the results, whole, with the reason
    assert not any("asap-sas-1" in n for n in window.notices.notes)
