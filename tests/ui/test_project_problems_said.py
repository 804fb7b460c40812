"""The project file's problems reach the teacher in their language: what its writer could not save before the
sheet was closed (the status bar, after the scoring controller's ``released``), and a project file opened that
leads to no sheet (the start screen). Both used to be English sentences in every language.

Most tests here install a translator of their own for the ``Problem`` context, in front of the real German one:
what they check is that the window says the problem through its kind, with its values (and the parts inside it)
filled in, whatever the catalogue's wording. The last test reads the real German catalogue."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.errors import sentence
from grader_app.io.project_store import ProjectError
from grader_app.problem_texts import TEXTS
from grader_app.ui.messages import plain
from grader_app.ui.scoring_controller import ScoringController
from failing_disk import failing_writes
from in_language import in_language
from ui_helpers import closed_losing_the_blind_switch, make_long_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GERMAN = {   # stand-ins for the lead's translations, keyed by the English text of TEXTS
    # a part begins with a small letter, and a sentence is capitalised only after an English opener (errors.OPENERS):
    # a translation that starts with {what} would start small, so these start with a word of their own
    "project.unsaved_at_close": "Vor dem Schließen von {name} konnte Folgendes nicht gespeichert werden: {what} ({why}); "
                                "prüfen Sie den Speicherplatz, öffnen Sie die Tabelle erneut und wiederholen Sie es",
    "project.part_blind_marking": "der Schalter für anonymes Bewerten",
    "project.part_thresholds": "die Schwellenwerte",
    "project.parts": "{what} und {more}",
    "project.no_file": "Es gibt keine Projektdatei „{name}“; öffnen Sie stattdessen die Tabelle mit den Antworten",
}


class _Problems(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "Problem":
            for kind, german in GERMAN.items():
                if TEXTS[kind] == source:
                    return german
        return None


@pytest.fixture
def german(qapp):
    """The real German catalogue, and in front of it the stand-ins above."""
    with in_language("de"):
        ours = _Problems(qapp)
        QCoreApplication.installTranslator(ours)
        yield
        QCoreApplication.removeTranslator(ours)


def test_what_could_not_be_saved_at_close_is_released_as_the_problem_and_said_in_german(
        qtbot, tmp_path, shipped_bundles, task_manager, monkeypatch, german):
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=3)
    library = Library.load([shipped_bundles])
    opened = workflow.open_sheet(sheet, library)
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.mapping, {"asap-sas-1": "asap-sas-1",
                                        "asap-sas-5": "asap-sas-5"}, library)
    c = ScoringController(task_manager)
    c.bind(prepared.session, prepared.bundles, prepared.store)
    failing_writes(monkeypatch)   # every write fails, as on a full disk
    prepared.store.save_thresholds({"asap-sas-1": 0.6}, wait=False)
    prepared.store.save_blind_marking(True)
    with qtbot.waitSignal(c.released, timeout=30000) as released:
        c.release()
    [problem] = released.args
    assert isinstance(problem, ProjectError) and problem.kind == "project.unsaved_at_close"
    assert str(problem) == ("the thresholds and the blind-marking switch could not be saved to answers.grader-project "
                            "before it was closed (database or disk is full); check the disk has room and the file is "
                            "not read-only, then open the sheet again and redo them")
    assert plain(problem) == ("Vor dem Schließen von answers.grader-project konnte Folgendes nicht gespeichert werden: "
                              "die Schwellenwerte und der Schalter für anonymes Bewerten (database or disk is full); "
                              "prüfen Sie den Speicherplatz, öffnen Sie die Tabelle erneut und wiederholen Sie es.")
    assert not prepared.store.locked


def test_the_window_says_what_its_closed_sheets_project_could_not_save_in_german(qtbot, window, tmp_path, monkeypatch,
                                                                                 german):
    closed_losing_the_blind_switch(qtbot, window, tmp_path, monkeypatch)
    said = ("Vor dem Schließen von answers.grader-project konnte Folgendes nicht gespeichert werden: der Schalter für "
            "anonymes Bewerten (database or disk is full); prüfen Sie den Speicherplatz, öffnen Sie die Tabelle erneut "
            "und wiederholen Sie es.")
    assert window.last_error == said
    assert said in window.statusBar().currentMessage()


def test_a_project_file_that_is_not_there_is_said_in_german(qtbot, window, tmp_path, german):
    window.open_path(tmp_path / "gone.grader-project")
    qtbot.waitUntil(lambda: bool(window.last_error), timeout=10000)
    assert window.last_error == ("Es gibt keine Projektdatei „gone.grader-project“; öffnen Sie stattdessen die Tabelle "
                                 "mit den Antworten.")


def test_the_real_german_catalogue_says_the_new_project_problems(qapp, tmp_path):
    with pytest.raises(ProjectError) as caught:
        workflow.sheet_of_project(tmp_path / "gone.grader-project")
    with in_language("de"):
        said = plain(caught.value)
        assert said != sentence(caught.value) and "gone.grader-project" in said
        for kind in ("project.unsaved_at_close", "project.decisions_unsaved", "project.rewritten", "project.part_change"):
            assert QCoreApplication.translate("Problem", TEXTS[kind]) != TEXTS[kind], kind
