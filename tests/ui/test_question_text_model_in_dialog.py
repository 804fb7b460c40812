"""The columns dialog of the real window proposes the shipped model whose question the sheet's question column holds
word for word (ASAP-SAS 6 for set 6's own question), says so when the question goes on after the model's, and proposes
none for a question that is only similar. Real workbooks, the real shipped bundles, scored through onnxruntime."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from grader_app.bundles.library import Library
from grader_app.core import review

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_question_text_finds_model import ANSWERS, GOES_ON, MODELS, SET6, class_sheet  # noqa: E402


@pytest.fixture
def real_window(qtbot, tmp_path, task_manager):
    """The real main window over the real shipped ASAP-SAS 5 and 6, as installed."""
    from grader_app.ui.main_window import MainWindow

    folder = tmp_path / "shipped_bundles"   # the ui tests' shipped folder (GRADER_BUNDLES_DIR)
    for bid in ("asap-sas-5", "asap-sas-6"):
        shutil.copy(MODELS / f"{bid}.gradebundle", folder)
    w = MainWindow(library=Library.default(), tasks=task_manager)
    qtbot.addWidget(w)
    w.resize(1024, 600)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _dialog(qtbot, window, path: Path):
    window.open_sheet(path)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=15000)
    return window.mapping_dialog


def test_the_models_own_question_gets_the_model_and_its_answers_are_scored(qtbot, real_window, tmp_path):
    dlg = _dialog(qtbot, real_window, class_sheet(tmp_path / "bio-p3.xlsx", SET6))
    assert dlg.chosen() == {SET6: "asap-sas-6"}
    assert dlg.model_combo(SET6).currentText().startswith("ASAP-SAS 6")
    assert dlg.items_note.text() == "✓ Every question has a model."
    with qtbot.waitSignal(real_window.scoringFinished, timeout=60000):
        dlg.ok_button.click()
    session = real_window.session
    assert session.items[SET6].bundle_id == "asap-sas-6"
    statuses = [session.status(a.key) for a in session.answers]
    assert len(statuses) == len(ANSWERS) and review.UNSCORED not in statuses and review.AUTO in statuses


def test_a_question_that_goes_on_after_the_models_gets_it_and_the_dialog_says_so(qtbot, real_window, tmp_path):
    dlg = _dialog(qtbot, real_window, class_sheet(tmp_path / "bio-p3.xlsx", GOES_ON[0]))
    assert dlg.chosen() == {GOES_ON[0]: "asap-sas-6"}
    note = " ".join(dlg.items_note.text().split())
    assert note.startswith("✓ Every question has a model. 1 question holds its model's whole question, followed by "
                           "more text (List and describe")
    assert note.endswith("check that this text asks for nothing more, as the model scores only what its own question "
                         "asks.")
    dlg.reject()


def test_a_similar_question_gets_no_model(qtbot, real_window, tmp_path):
    other = SET6.replace("three", "four")
    dlg = _dialog(qtbot, real_window, class_sheet(tmp_path / "bio-p3.xlsx", other))
    assert dlg.chosen() == {other: None}
    assert dlg.items_note.text().startswith("⚠ 1 question without a model")
    dlg.reject()
