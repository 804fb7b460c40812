"""A problem said after a colon in another of the window's sentences kept the capital of its own first letter (QA):
"The model for question q1 could not learn from your marks: The number of classes ...". As on the review screen
(``i18n.after_colon``), its first letter is small in English and Spanish and German keeps it; a sentence that begins
with a name (a file's, Grader's) keeps its capital in every language."""
from __future__ import annotations

import sqlite3

import pytest

from grader_app import workflow
from grader_app.bundles import BundleError
from grader_app.io import SheetError
from grader_app.io.project_store import ProjectError, ProjectStore
from grader_app.ui import i18n
from grader_app.ui.messages import plain, plain_after_colon
from failing_disk import failing_writes
from test_learning_window import OWN, _mark_current, _open, window  # noqa: F401  (the fixture)
from ui_helpers import accept_mapping, make_long_csv, stuck_scoring


@pytest.fixture
def language(qapp, request):
    """The real catalogue of ``request.param``; English again afterwards."""
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


CLOSED = {   # the window's sentence when the project file could not be saved at close, in each language
    "en": "The project file could not be saved completely: the blind-marking switch could not be saved to "
          "answers.grader-project before it was closed (database or disk is full)",
    "es": "El archivo del proyecto no se pudo guardar por completo: antes de cerrar answers.grader-project no se pudo "
          "guardar: el interruptor de corrección anónima (database or disk is full)",
    "de": ": Vor dem Schließen von answers.grader-project",   # German keeps the capital after a colon
}


@pytest.mark.parametrize("language", ["en", "es", "de"], indirect=True)
def test_the_project_file_not_saved_at_close_is_said_after_the_colon_in_small_letters(
        qtbot, window, tmp_path, monkeypatch, language):  # noqa: F811
    window.open_sheet(make_long_csv(tmp_path / "answers.csv", n_students=3))
    accept_mapping(qtbot, window)
    failing_writes(monkeypatch)                      # every write fails, as on a full disk
    window.blind.set_blind(True)                     # remembered in the project file: this write fails
    with qtbot.waitSignal(window.sheetClosed, timeout=30000):
        window.close_sheet()
    said = window.statusBar().currentMessage()
    assert CLOSED[language] in said, said
    assert window.last_error[0].isupper()            # said alone, the problem is a sentence of its own


def test_a_model_that_could_not_learn_says_why_after_the_colon_in_small_letters(
        qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    def fit_function(_learner):
        def fit():
            raise ValueError("The number of classes has to be greater than one; got 1 class")
        return fit
    monkeypatch.setattr(workflow.QuestionLearner, "fit_function", fit_function)
    failures: list[str] = []
    _open(qtbot, window, tmp_path)
    window.learning.failed.connect(failures.append)
    window.results.request_review()
    for _ in range(6):                               # until the marks made ask for a model
        if failures:
            break
        _mark_current(qtbot, window)
    assert failures == [f"The model for question {OWN} could not learn from your marks: the number of classes has to "
                        "be greater than one; got 1 class."]
    assert failures[0] in window.statusBar().currentMessage()


def test_scoring_that_failed_says_why_after_the_colon_in_small_letters(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    import grader_app.ui.scoring_controller as sc

    real = sc.score

    def damaged(session, bundles, **kw):
        for batch in real(session, bundles, **kw):
            yield batch
            if batch.done:
                raise BundleError.said("bundle.unusable", bundle="asap-sas-5", detail="its model file is damaged")

    monkeypatch.setattr(sc, "score", damaged)
    window.open_sheet(make_long_csv(tmp_path / "answers.csv", n_students=3))
    accept_mapping(qtbot, window)
    assert window.last_error == "The model bundle 'asap-sas-5' cannot be used: its model file is damaged."
    assert window.statusBar().currentMessage() == ("Scoring failed: the model bundle 'asap-sas-5' cannot be used: its "
                                                   "model file is damaged.")


def test_the_scores_not_saved_in_the_project_file_are_said_after_the_colon_in_small_letters(
        qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    go_on = stuck_scoring(monkeypatch)
    window.open_sheet(make_long_csv(tmp_path / "answers.csv", n_students=3))
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    with qtbot.waitSignal(window.sessionReady, timeout=20000):
        window.mapping_dialog.ok_button.click()
    real_call = ProjectStore._call

    def full(self, fn, *args, **kwargs):             # the disk fills up while the sheet is scored
        def run(conn):
            raise sqlite3.OperationalError("database or disk is full")
        return real_call(self, run, *args, **kwargs)

    monkeypatch.setattr(ProjectStore, "_call", full)
    with qtbot.waitSignal(window.scoring.saveFailed, timeout=30000) as failed:
        go_on.set()
    sentence = failed.args[0]
    assert sentence == ("The scores could not be saved in the project file: the project file answers.grader-project "
                        "could not be written (database or disk is full); check the disk has room and the file is not "
                        "read-only.")


@pytest.mark.parametrize("language", ["en", "es"], indirect=True)
def test_a_sentence_that_begins_with_a_name_keeps_its_capital_after_a_colon(qapp, language):
    still = ProjectError.said("project.still_writing", name="answers.grader-project", count=3)
    assert plain_after_colon(still) == plain(still) and plain(still).startswith("Grader ")
    open_elsewhere = SheetError.said("write.open_elsewhere", name="Answers.xlsx")
    assert plain_after_colon(open_elsewhere) == plain(open_elsewhere) and plain(open_elsewhere).startswith("Answers.xlsx ")
    unusable = BundleError.said("bundle.unusable", bundle="asap-sas-5", detail="its model file is damaged")
    assert plain_after_colon(unusable) == plain(unusable)[0].lower() + plain(unusable)[1:]
    assert plain_after_colon(OSError(28, "No space left on device")) == "[Errno 28] No space left on device."
