"""The app runs in Spanish and German: with a language installed (as ``grader`` does at start-up), the
real main window shows translated menus, start screen, results and review screen, and numbers in the
locale's format; English comes back after. The Language menu saves the choice for the next start."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from grader_app.bundles.library import Library
from grader_app.ui import i18n
from grader_app.ui import results_model as rm
from grader_app.ui.main_window import RESULTS, REVIEW, MainWindow
from grader_app.ui.settings import Settings
from in_language import in_language
from ui_helpers import accept_mapping, make_long_csv

EXPECTED = {
    "es": {"file": "&Archivo", "view": "&Ver", "heading": "Corrige las respuestas cortas de una clase",
           "open": "Abrir una hoja…", "student": "Estudiante", "keymap": "Intro aceptar la puntuación del modelo",
           "back": "Volver a la tabla (Esc)", "qwk": "0,81", "close": "Cerrar", "need": "te necesita"},
    "de": {"file": "&Datei", "view": "&Ansicht", "heading": "Kurzantworten einer Klasse bewerten",
           "open": "Tabelle öffnen…", "student": "Schüler", "keymap": "Eingabe Punktzahl des Modells übernehmen",
           "back": "Zurück zur Tabelle (Esc)", "qwk": "0,81", "close": "Schließen", "need": "auf Sie"},
    "en": {"file": "&File", "view": "&View", "heading": "Grade a class's short answers",
           "open": "Open a sheet…", "student": "Student", "keymap": "Enter accept the model's score",
           "back": "Back to the table (Esc)", "qwk": "0.81", "close": "Close", "need": "need"},
}


def _open_and_review(qtbot, window: MainWindow, sheet) -> None:
    window.open_path(sheet)
    accept_mapping(qtbot, window)
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    assert window.pages.currentIndex() == RESULTS
    window.results.request_review()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == REVIEW, timeout=5000)


def test_the_main_window_in_spanish_then_german_then_english_again(qtbot, shipped_bundles, task_manager, tmp_path):
    for lang in ("es", "de", "en"):
        want = EXPECTED[lang]
        sheet = make_long_csv(tmp_path / lang / "answers.csv", n_students=6, items=("asap-sas-1", "extra-q"))
        assert i18n.install(lang)
        assert i18n.current_language() == lang
        window = MainWindow(library=Library.default(), tasks=task_manager)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[0] == want["file"] and want["view"] in menus, menus
        assert window.start.heading.text() == want["heading"]
        assert window.start.open_button.text() == want["open"]
        # a number on screen in the locale's format: the model's agreement (0.81) in the library's tooltip
        assert want["qwk"] in window.start.library.tree.topLevelItem(0).toolTip(2)
        # Qt's own standard buttons come from qtbase's translations
        window.show_about()
        close = window.about_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        assert close.text().replace("&", "") == want["close"]
        window.about_dialog.close()

        _open_and_review(qtbot, window, sheet)
        assert window.results.model.headerData(rm.STUDENT, rm.Qt.Orientation.Horizontal) == want["student"]
        assert want["need"] in window.results.sentence.text()
        view = window.review_view
        assert view is not None
        assert want["keymap"] in view.keymap_label.text()
        assert view.back_button.text() == want["back"]
        with qtbot.waitSignal(window.sheetClosed, timeout=10000):
            window.close_sheet()
        window.close()
    assert QLocale().toString(1.5) == "1.5"


def test_numbers_follow_the_installed_language_and_go_back_to_english(qtbot):
    i18n.install("de")
    assert QLocale().decimalPoint() == ","
    assert i18n.number(0.5) == "0,50" and i18n.score(1.5) == "1,5" and i18n.percent(0.56) == "56\u00a0%"
    i18n.uninstall()
    assert i18n.number(0.5) == "0.50" and i18n.score(1.5) == "1.5"
    assert i18n.current_language() == "en"


def test_a_score_written_again_is_written_as_the_first_time_in_every_locale(qtbot):
    """Scores are kept written (a table of 20,000 rows writes the same few again and again: QA s52g finding 5), each
    as the score, not as an equal value of another type, and in the locale of the moment, however it was set."""
    import numpy as np

    values = [2, 2.0, True, 1.5, np.float64(1.5), np.int64(3), -0.5, None, "A", float("nan"), 10**20]
    first = [i18n.score(v) for v in values]
    assert first == ["2", "2", "True", "1.5", "1.5", "3", "-0.5", "", "A", "nan", "100000000000000000000"]
    assert [i18n.score(v) for v in values] == first   # the second time, from what was kept
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))   # set directly, as a report does
    try:
        assert [i18n.score(v) for v in (1.5, -0.5, 2)] == ["1,5", "-0,5", "2"]
    finally:
        QLocale.setDefault(before)
    assert i18n.score(1.5) == "1.5"


def test_the_language_menu_saves_the_choice_for_the_next_start(qtbot, task_manager, monkeypatch):
    window = MainWindow(library=Library.default(), tasks=task_manager)
    qtbot.addWidget(window)
    actions = window.language_actions
    assert [a.text() for a in actions.values()] == ["System", "English", "Español", "Deutsch"]
    assert actions[""].isChecked()                       # nothing chosen yet: the system's language
    actions["de"].trigger()
    assert actions["de"].isChecked() and not actions[""].isChecked()
    assert Settings().language() == "de"                 # another Settings reads the saved file
    assert "Deutsch" in window.statusBar().currentMessage() and "next time" in window.statusBar().currentMessage()
    assert i18n.current_language() == "en"               # this run stays in English until Grader starts again
    assert i18n.chosen_language(Settings()) == "de"
    actions[""].trigger()
    monkeypatch.setattr(i18n, "system_language", lambda: "es")
    assert i18n.chosen_language(Settings()) == "es"      # "System" follows the system's language
    window.close()


@pytest.mark.parametrize("ui_languages, expected", [
    (["de-DE", "en-US"], "de"), (["fr-FR", "es-MX"], "es"), (["fr-FR"], "en"), (["en-GB", "de-DE"], "en")])
def test_the_system_language_is_the_first_one_grader_speaks(monkeypatch, ui_languages, expected):
    class FakeLocale:
        @staticmethod
        def system():
            return FakeLocale()

        def uiLanguages(self):  # noqa: N802 (Qt's name)
            return ui_languages

    monkeypatch.setattr(i18n, "QLocale", FakeLocale)
    assert i18n.system_language() == expected


@pytest.mark.parametrize("lang, one, many", [
    ("en", "Every answer has its score: you decided it.", "Every answer has its score: you decided all 30."),
    ("de", "Jede Antwort hat ihre Punktzahl: Sie haben sie entschieden.",
     "Jede Antwort hat ihre Punktzahl: Sie haben alle 30 entschieden."),
    ("es", "Cada respuesta tiene su puntuación: la decidiste tú.", "Cada respuesta tiene su puntuación: decidiste las 30.")])
def test_the_sentence_once_every_answer_is_decided_in_each_language(qapp, lang, one, many):
    from grader_app.ui.wording import plain_sentence

    with in_language(lang):
        assert plain_sentence(0, 0, None, decided=1) == one
        assert plain_sentence(0, 0, None, decided=30) == many
        assert plain_sentence(0, 0, None) != many                      # nothing decided: not this sentence
