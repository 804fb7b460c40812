"""Counting texts said with Qt's plural forms. The status bar said "1 decididas por ti · 83 te necesitan" (Spanish),
"1 need you" (English); the counts over the results table "1 aceptadas automáticamente · 1 confirmadas por ti"; the
review screen "quedan 1 de 3 por decidir" and "Give all 1:", and the threshold panel "this question's 1 answers":
each number was put in with ``.format``, so no language could choose its form. Each counted part is now its own
``%n`` text (the parts joined), translated with n = its count.

The first tests build a catalogue the way the real ones are built (pyside6-lupdate over the modules, the forms
filled in, pyside6-lrelease; ``translation_catalogues.marked_catalogue``), which also fails when lupdate does not take a text
as a plural: they check the path from the marking to what the window shows, whatever the committed catalogues
hold. The tests named ``test_once_filled_...`` read the real catalogues: they pass once the counted texts are
translated there (``scripts/update_translations.sh``, the en/de/es entries filled in, the script again)."""
from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from counts_text import spaced
from grader_app.core import review
from grader_app.ui import i18n
from grader_app.ui.results_view import counts_line
from grader_app.ui.wording import takes_below_table_words
from in_language import in_language
from test_translations import _open_and_review
from translation_catalogues import marked_catalogue
from ui_helpers import make_long_csv, review_view, scored_rows_project

def spaced_counts(counts: dict) -> str:
    return spaced(counts_line(counts))


UI = Path(__file__).resolve().parents[2] / "grader_app" / "ui"
MODULES = [UI / name for name in ("main_window.py", "window_words.py", "results_view.py", "results_words.py",
                                  "review_view.py", "review_showing.py", "review_counts.py", "wording.py")]
translate = QCoreApplication.translate

DECIDED, NEED, SAVED = "%n decided by you", "%n need you", "saved"
NEED_REVIEW, AUTO, CONFIRMED, CHANGED, UNSCORED = ("%n need review", "%n auto-accepted", "%n confirmed by you",
                                                   "%n changed by you", "%n without a model")
LEFT, GIVE_ALL = "{left} of %n answers left to decide", "Give all %n:"
BELOW = ("the model takes {taken} of this question's %n answers on its own, but no error rate was measured for a "
         "threshold this low (the lowest it was checked at is {lowest})")
ALL_ONES = {review.NEEDS_REVIEW: 1, review.AUTO: 1, review.REVIEWED: 1, review.OVERRIDDEN: 1, review.UNSCORED: 1}
ALL_THREES = dict.fromkeys(ALL_ONES, 3)

# stand-ins for the lead's forms, [one, other] (English, German and Spanish have two forms each in Qt)
FORMS = {
    "en": {DECIDED: [DECIDED] * 2, NEED: ["%n needs you", NEED], NEED_REVIEW: ["%n needs review", NEED_REVIEW],
           AUTO: [AUTO] * 2, CONFIRMED: [CONFIRMED] * 2, CHANGED: [CHANGED] * 2, UNSCORED: [UNSCORED] * 2,
           LEFT: ["{left} of %n answer left to decide", LEFT], GIVE_ALL: ["Give the last one:", GIVE_ALL],
           BELOW: [BELOW.replace("%n answers", "%n answer"), BELOW]},
    "es": {DECIDED: ["%n decidida por ti", "%n decididas por ti"], NEED: ["%n te necesita", "%n te necesitan"],
           SAVED: "guardado", NEED_REVIEW: ["%n por revisar"] * 2,
           AUTO: ["%n aceptada automáticamente", "%n aceptadas automáticamente"],
           CONFIRMED: ["%n confirmada por ti", "%n confirmadas por ti"],
           CHANGED: ["%n cambiada por ti", "%n cambiadas por ti"], UNSCORED: ["%n sin modelo"] * 2,
           LEFT: ["{left} de %n respuesta por decidir", "{left} de %n respuestas por decidir"],
           GIVE_ALL: ["Puntuar la última:", "Puntuar las %n:"],
           BELOW: ["el modelo acepta por sí solo {taken} de la única respuesta de esta pregunta, pero no se midió ninguna "
                   "tasa de error para un umbral tan bajo (el más bajo comprobado es {lowest})",
                   "el modelo acepta por sí solo {taken} de las %n respuestas de esta pregunta, pero no se midió "
                   "ninguna tasa de error para un umbral tan bajo (el más bajo comprobado es {lowest})"]},
    "de": {DECIDED: ["%n von Ihnen entschieden"] * 2, NEED: ["%n wartet auf Sie", "%n warten auf Sie"],
           SAVED: "gespeichert", NEED_REVIEW: ["%n zu prüfen"] * 2, AUTO: ["%n automatisch übernommen"] * 2,
           CONFIRMED: ["%n von Ihnen bestätigt"] * 2, CHANGED: ["%n von Ihnen geändert"] * 2,
           UNSCORED: ["%n ohne Modell"] * 2,
           LEFT: ["{left} von %n Antwort noch zu entscheiden", "{left} von %n Antworten noch zu entscheiden"],
           GIVE_ALL: ["Die letzte bewerten:", "Alle %n bewerten:"]},
}


@pytest.fixture
def stand_ins(qapp, tmp_path):
    """Install ``lang`` (its real catalogue) with the stand-in forms on top, built by lupdate and lrelease."""
    with ExitStack() as catalogues:
        def install(lang: str) -> None:
            catalogues.enter_context(in_language(lang))
            catalogues.enter_context(marked_catalogue(tmp_path, *MODULES, lang=lang, forms=FORMS[lang]))

        yield install


@pytest.mark.parametrize("lang, ones, threes, one_unscored", [
    ("en", "2 need you (1 needs review, 1 without a model) · 1 auto-accepted · 1 confirmed by you · 1 changed by you",
     "6 need you (3 need review, 3 without a model) · 3 auto-accepted · 3 confirmed by you · 3 changed by you",
     "1 needs you (1 without a model)"),
    ("es", "2 te necesitan (1 por revisar, 1 sin modelo) · 1 aceptada automáticamente · 1 confirmada por ti · 1 "
           "cambiada por ti",
     "6 te necesitan (3 por revisar, 3 sin modelo) · 3 aceptadas automáticamente · 3 confirmadas por ti · 3 cambiadas "
     "por ti", "1 te necesita (1 sin modelo)"),
    ("de", "2 warten auf Sie (1 zu prüfen, 1 ohne Modell) · 1 automatisch übernommen · 1 von Ihnen bestätigt · 1 von "
           "Ihnen geändert",
     "6 warten auf Sie (3 zu prüfen, 3 ohne Modell) · 3 automatisch übernommen · 3 von Ihnen bestätigt · 3 von Ihnen "
     "geändert", "1 wartet auf Sie (1 ohne Modell)")])
def test_each_count_over_the_table_takes_its_own_form(stand_ins, lang, ones, threes, one_unscored):
    """(The answers that need the teacher come first, as many as the sentence above says; those without a model are
    counted among them: tests/ui/test_counts_agree_with_headline.py.)"""
    stand_ins(lang)
    assert spaced_counts(ALL_ONES) == ones
    assert spaced_counts(ALL_THREES) == threes
    assert spaced_counts({review.UNSCORED: 1}).split(" · ")[0] == one_unscored
    mixed = spaced_counts({review.NEEDS_REVIEW: 1, review.AUTO: 2, review.REVIEWED: 0, review.OVERRIDDEN: 1})
    assert mixed.split(" · ")[0] == ones.split("(")[1].split(",")[0]        # "1 needs review": no "need you" then
    assert mixed.split(" · ")[1] == threes.split(" · ")[1].replace("3", "2")
    assert len(mixed.split(" · ")) == 4                                     # no answer without a model: not said


def test_the_status_bar_says_1_decidida_and_3_te_necesitan(qtbot, stand_ins, shipped_bundles, task_manager, tmp_path):
    from grader_app.bundles.library import Library
    from grader_app.ui.main_window import MainWindow

    stand_ins("es")
    window = MainWindow(library=Library.default(), tasks=task_manager)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _open_and_review(qtbot, window, make_long_csv(tmp_path / "answers.csv", n_students=8))
    s = window.session
    queue = s.review_queue()
    assert len(queue) >= 3
    s.decide(queue[0], 1)
    qtbot.waitUntil(lambda: window.results.need == len(queue) - 1 and not window.results.figures_pending(), timeout=5000)
    assert window.status_label.text() == f"1 decidida por ti · {len(queue) - 1} te necesitan · guardado"
    for k in queue[1:-1]:
        s.decide(k, 1)                                                      # all but one: one answer still needs you
    qtbot.waitUntil(lambda: window.results.need == 1 and not window.results.figures_pending(), timeout=5000)
    assert window.status_label.text() == f"{len(queue) - 1} decididas por ti · 1 te necesita · guardado"
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()
    window.close()


@pytest.mark.parametrize("lang, one_left, give_last", [("en", "1 of 4 answers left to decide", "Give the last one:"),
                                                       ("es", "1 de 4 respuestas por decidir", "Puntuar la última:"),
                                                       ("de", "1 von 4 Antworten noch zu entscheiden", "Die letzte bewerten:")])
def test_the_review_screen_says_one_left_and_the_last_member_of_a_group(qtbot, stand_ins, tmp_path, lang, one_left,
                                                                        give_last):
    from test_group_review import LIKE, OTHERS

    session, store = scored_rows_project(tmp_path, [("asap-sas-1", t) for t in [LIKE[0], LIKE[1], LIKE[2], OTHERS[0]]])
    try:
        stand_ins(lang)
        view = review_view(qtbot, session, groups=dict.fromkeys(range(3), 0), typical=(0,))
        assert view.current_unit() == [0, 1, 2]
        many = FORMS[lang][GIVE_ALL][1].replace("%n", "3")
        assert view.score_buttons.label.text() == many
        # the fourth answer a model accepted: the line says beside the answers left how many need the teacher, in
        # their plural form too (tests/ui/test_review_of_all_says_need_you.py)
        assert [session.needs_teacher(k) for k in range(4)] == [True, True, True, False]
        assert spaced(view.left_label.text()) == " · ".join((FORMS[lang][LEFT][1].replace("%n", "4").replace("{left}", "4"),
                                                             FORMS[lang][NEED][1].replace("%n", "3")))
        for k in (1, 2):
            session.decide(k, 2)
        view.refresh()
        assert spaced(view.left_label.text()) == " · ".join((FORMS[lang][LEFT][1].replace("%n", "4").replace("{left}", "2"),
                                                             FORMS[lang][NEED][0].replace("%n", "1")))
        session.decide(3, 2)                                                # one member left open, one answer left
        view.refresh()
        assert view.current_unit() == [0, 1, 2]
        assert view.score_buttons.label.text() == give_last
        assert spaced(view.left_label.text()) == one_left
    finally:
        store.close()


def test_the_threshold_panel_says_one_answer_of_a_question(stand_ins):
    stand_ins("en")
    assert "takes 1 of this question's 1 answer on its own" in takes_below_table_words(1, 1, 0.3)
    assert "takes 2 of this question's 5 answers on its own" in takes_below_table_words(2, 5, 0.3)


def test_the_threshold_panel_in_spanish_chooses_its_own_words_for_one_answer(stand_ins):
    stand_ins("es")
    assert takes_below_table_words(0, 1, 0.3).startswith("el modelo acepta por sí solo 0 de la única respuesta")
    assert takes_below_table_words(2, 5, 0.3).startswith("el modelo acepta por sí solo 2 de las 5 respuestas")


# ----- the committed catalogues: these pass once the counted texts are translated there ------------------------------
ENGLISH_ONES = {("MainWindow", NEED): "1 needs you", ("ResultsView", NEED_REVIEW): "1 needs review",
                ("ReviewView", GIVE_ALL): "Give the last one:",
                ("wording", BELOW): BELOW.replace("%n answers", "1 answer")}
# the counted texts whose words change with the count, in each language
BENDING = {"es": [("MainWindow", DECIDED), ("MainWindow", NEED), ("ResultsView", AUTO), ("ResultsView", CONFIRMED),
                  ("ResultsView", CHANGED), ("ReviewView", LEFT), ("ReviewView", GIVE_ALL)],
           "de": [("MainWindow", NEED), ("ReviewView", LEFT), ("ReviewView", GIVE_ALL)]}


def test_once_filled_the_real_english_catalogue_says_1_needs_you_and_3_need_you(qapp):
    assert i18n.install("en")
    for (context, source), one in ENGLISH_ONES.items():
        assert translate(context, source, "", 1) == one
        assert translate(context, source, "", 3) == source.replace("%n", "3")
    assert spaced_counts(ALL_ONES).startswith("2 need you (1 needs review, 1 without a model) · 1 auto-accepted · 1 "
                                              "confirmed by you")


@pytest.mark.parametrize("lang", ["de", "es"])
def test_once_filled_the_real_german_and_spanish_catalogues_bend_each_count(qapp, lang):
    with in_language(lang):
        for context, source in BENDING[lang]:
            one, three = translate(context, source, "", 1), translate(context, source, "", 3)
            assert one != source.replace("%n", "1") and three != source.replace("%n", "3"), (context, source)
            assert one.replace("1", "#", 1) != three.replace("3", "#", 1), (lang, source, one, three)
        assert translate("MainWindow", SAVED, "status bar: every decision is on disk") != SAVED
