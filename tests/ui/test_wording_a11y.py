"""Wording found in the keyboard and screen-reader pass (QA s52r finding 9): the label before a split group's score
buttons said "Give the 1 that agrees:" ("Dar a la 1 que coincide:", which reads as "give to the 1"), and the export
dialog's heading for the learning platforms' files was a literal Spanish rendering. Through the shipped catalogues."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGroupBox

from grader_app.ui import group_split, i18n
from grader_app.ui.export_formats import FormatChooser
from in_language import in_language

SAID = {
    "en": ("Give the one that agrees:", "Give the 14 that agree:"),
    "de": ("Die übereinstimmende Antwort bewerten:", "Die 14 übereinstimmenden Antworten bewerten:"),
    "es": ("Puntuar la que coincide:", "Puntuar las 14 que coinciden:"),
}
LMS_HEADING = {"en": "Grades back to your learning platform", "de": "Noten an Ihre Lernplattform zurückgeben",
               "es": "Devolver las notas a tu plataforma educativa"}


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_split_groups_label_says_one_in_words_and_counts_the_others(qapp, monkeypatch, lang):
    assert i18n.install(lang)
    targets = list(range(20))
    for agree, said in zip((1, 14), SAID[lang]):
        monkeypatch.setattr(group_split, "left_open", lambda *_a, n=agree: targets[n:])   # the rest flagged, left open
        assert group_split.split_label(None, targets, targets, 0) == said


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_export_dialogs_heading_for_the_learning_platforms(qtbot, lang):
    assert i18n.install(lang)
    chooser = FormatChooser()
    qtbot.addWidget(chooser)
    titles = [box.accessibleName() for box in chooser.findChildren(QGroupBox)]   # its title is a label above it
    assert LMS_HEADING[lang] in [label.text() for label in chooser.group_titles.values()]
    assert LMS_HEADING[lang] in titles, titles


SCORING = {   # the review's scoring actions, each said with the language's one verb (QA: "Dar a las 3:" beside "Puntuar
    # las 8 que coinciden:"); shown as the buttons' label and tooltips, the key legend and the keyboard help
    "es": ("Puntuar la última:", "Puntuar las 3:", "Puntuar la que coincide:", "Puntuar las 8 que coinciden:",
           "Puntuar con 2", "Puntuar con 2 todas las respuestas pendientes del grupo", "0–9 puntuar (",
           "puntuar al revisar ("),
    "de": ("Die letzte bewerten:", "Alle 3 bewerten:", "Die übereinstimmende Antwort bewerten:",
           "Die 8 übereinstimmenden Antworten bewerten:", "Mit 2 bewerten", "Jede offene Antwort der Gruppe mit 2 bewerten",
           "0–9 bewerten (", "beim Prüfen bewerten ("),
}


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_scoring_actions_take_one_verb_and_the_digits_say_what_they_leave_open(qapp, monkeypatch, lang):
    from PySide6.QtCore import QCoreApplication

    from grader_app.ui import about
    from grader_app.ui.review_keys import key_lines

    with in_language(lang):
        tr = QCoreApplication.translate
        targets = list(range(20))
        split = []
        for agree in (1, 8):
            monkeypatch.setattr(group_split, "left_open", lambda *_a, n=agree: targets[n:])
            split.append(group_split.split_label(None, targets, targets, 0))
        digits = tr("about", dict(about.SHORTCUTS)["0–9"])
        said = (tr("ReviewView", "Give all %n:", "", 1), tr("ReviewView", "Give all %n:", "", 3), *split,
                tr("ReviewView", "Give {score}").format(score=2),
                tr("ReviewView", "Give {score} to every open answer of the group").format(score=2),
                key_lines(None)[0][:len(SCORING[lang][6])], digits[:len(SCORING[lang][7])])
        assert said == SCORING[lang]
        # what a digit does on a group: all but the members that differ, which it leaves open
        left_open = {"es": "abiertas", "de": "offen"}[lang]
        assert left_open in key_lines(None)[0].split(" · ")[0] and left_open in digits
        assert ":" not in key_lines(None)[0].split(" · ")[0]   # one plain phrase (it read "(Gruppe: Abweichende …)")
