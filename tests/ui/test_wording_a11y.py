"""Wording found in the keyboard and screen-reader pass (QA s52r finding 9): the label before a split group's score
buttons said "Give the 1 that agrees:" ("Dar a la 1 que coincide:", which reads as "give to the 1"), and the export
dialog's heading for the learning platforms' files was a literal Spanish rendering. Through the shipped catalogues."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGroupBox

from grader_app.ui import group_split, i18n
from grader_app.ui.export_formats import FormatChooser

SAID = {
    "en": ("Give the one that agrees:", "Give the 14 that agree:"),
    "de": ("Der übereinstimmenden Antwort geben:", "Den 14 übereinstimmenden Antworten geben:"),
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
    titles = [box.title() for box in chooser.findChildren(QGroupBox)]
    assert LMS_HEADING[lang] in titles, titles
