"""Problems that count something are said with Qt's plural forms. "1 decisions could not be saved" was what the
teacher read (in English; Spanish and German could not choose a form either): a problem text with ``%n`` is a
plural (numerus) text, translated with n = its ``count``, and marked so that pyside6-lupdate takes it as one.

The first tests build a catalogue of their own the way the real ones are built (pyside6-lupdate over
``problem_words.py``, forms filled in, pyside6-lrelease) and load it in a real QTranslator: they check the path
from the marking to the form the window shows, whatever the committed catalogues hold. The tests named
``test_once_filled_...`` read the real catalogues: they pass once the counted texts are translated there
(``scripts/update_translations.sh``, then the en/es/de entries filled in, then the script again)."""
from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from grader_app.errors import sentence
from grader_app.io.project_store import ProjectError
from grader_app.problem_texts import SINGULAR, TEXTS, counted, window_text
from grader_app.ui import i18n
from grader_app.ui.messages import plain
from in_language import in_language
from translation_catalogues import qt_tool

ROOT = Path(__file__).resolve().parents[2]
PROBLEM_WORDS = ROOT / "grader_app" / "ui" / "problem_words.py"
BUNDLE_WORDS = ROOT / "grader_app" / "ui" / "problem_words_bundles.py"   # the bundles' part of its MARKED
LEARN_WORDS = ROOT / "grader_app" / "ui" / "problem_words_learning.py"   # and learning's
COUNTED = sorted(kind for kind in TEXTS if counted(kind))
VALUES = {"name": "p.grader-project", "why": "database or disk is full", "question": "Frage 4", "column": "Punkte",
          "value": "2/3", "row": 17, "marks": 12, "need": 45, "gone": "'Frage 1'", "found": "'Frage 1 (Antwort)'",
          "cells": "D8, B10", "sheet": "quiz.csv", "what": "your comment", "labels": 4}

# stand-ins for the lead's German, [one, other] (German has two forms, as English and Spanish in Qt)
GERMAN = {
    "project.decisions_unsaved": [
        "Ihre Entscheidung bleibt erhalten, konnte aber nicht in {name} gespeichert werden (%n ungespeichert); prüfen "
        "Sie den Speicherplatz und den Schreibschutz der Datei"] * 2,
    "project.decisions_unsaved_at_close": [
        "%n Entscheidung konnte vor dem Schließen nicht in {name} gespeichert werden ({why}); öffnen Sie die Tabelle "
        "erneut und treffen Sie sie noch einmal",
        "%n Entscheidungen konnten vor dem Schließen nicht in {name} gespeichert werden ({why}); öffnen Sie die "
        "Tabelle erneut und treffen Sie sie noch einmal"],
    "project.decisions_and_more_unsaved_at_close": [
        "%n Entscheidung und {what} konnten vor dem Schließen nicht in {name} gespeichert werden ({why})",
        "%n Entscheidungen und {what} konnten vor dem Schließen nicht in {name} gespeichert werden ({why})"],
    "project.still_writing": [
        "Grader schrieb beim Schließen noch in {name} (%n Änderung ausstehend); prüfen Sie den Datenträger",
        "Grader schrieb beim Schließen noch in {name} (%n Änderungen ausstehend); prüfen Sie den Datenträger"],
    "learn.scores_not_numbers": [
        "Die Spalte „{column}“ enthält in Zeile {row} „{value}“, keine Zahl (ebenso %n weitere Zelle)",
        "Die Spalte „{column}“ enthält in Zeile {row} „{value}“, keine Zahl (ebenso %n weitere Zellen)"],
    "learn.too_few_marks": [
        "Sie hat {marks} der {need} nötigen bewerteten Antworten; bewerten Sie mindestens %n weitere Antwort",
        "Sie hat {marks} der {need} nötigen bewerteten Antworten; bewerten Sie mindestens %n weitere Antworten"],
    "learn.too_few_to_save": [
        "Das Modell für Frage {question} hat aus {marks} von {need} Antworten gelernt; bewerten Sie %n weitere Antwort",
        "Das Modell für Frage {question} hat aus {marks} von {need} Antworten gelernt; bewerten Sie %n weitere Antworten"],
    "learn.too_few_answers_to_save": [
        "Frage {question} hat hier %n Antwort, weniger als die {need} nötigen",
        "Frage {question} hat hier %n Antworten, weniger als die {need} nötigen"],
    "read.formulas_without_results": [
        "{name} hat %n Zelle mit einer Formel ohne Wert ({cells})", "{name} hat %n Zellen mit Formeln ohne Wert ({cells})"],
    "columns.formulas_without_results": [
        "%n Zelle der gewählten Spalten hat eine Formel ohne Wert ({cells})",
        "%n Zellen der gewählten Spalten haben Formeln ohne Wert ({cells})"],
    "project.columns_renamed": [
        "Die Tabelle hat keine Spalte {gone} mehr ({name}); {found} ist gewählt, und Ihre %n Entscheidung bleibt",
        "Die Tabelle hat keine Spalte {gone} mehr ({name}); {found} ist gewählt, und Ihre %n Entscheidungen bleiben"],
    "project.columns_gone": [
        "Die Tabelle hat keine Spalte {gone} mehr ({name}); Ihre %n Entscheidung bleibt, oder benennen Sie {gone} zurück",
        "Die Tabelle hat keine Spalte {gone} mehr ({name}); Ihre %n Entscheidungen bleiben, oder benennen Sie {gone} "
        "zurück"],
    "project.columns_lose": [
        "{name} hat %n Entscheidung zu einer Antwort, die diese Spalten nicht haben; benennen Sie {gone} zurück",
        "{name} hat %n Entscheidungen zu Antworten, die diese Spalten nicht haben; benennen Sie {gone} zurück"],
    "project.ids_new": [
        "Die Tabelle hat eine neue Spalte {column} ({name}); Ihre %n Entscheidung bleibt",
        "Die Tabelle hat eine neue Spalte {column} ({name}); Ihre %n Entscheidungen bleiben"],
    "project.ids_question_new": [
        "Neue Spalten {column} und {question} ({name}); Ihre %n Entscheidung bleibt",
        "Neue Spalten {column} und {question} ({name}); Ihre %n Entscheidungen bleiben"],
    "project.ids_questions_new": [
        "Neue Spalte {column}, neue Fragen {question} ({name}); Ihre %n Entscheidung bleibt",
        "Neue Spalte {column}, neue Fragen {question} ({name}); Ihre %n Entscheidungen bleiben"],
    "project.decisions_and_more_unsaved": [
        "Ihre Entscheidung und {what} bleiben erhalten ({name}, %n ungespeichert)",
        "%n Ihrer Entscheidungen und {what} bleiben erhalten ({name})"],
    "project.none_in_sheet": [
        "Die %n Entscheidung in {name} betrifft keine Antwort in {sheet}",
        "Keine der %n Entscheidungen in {name} betrifft eine Antwort in {sheet}"],
    "project.few_in_sheet": [
        "Die %n Entscheidung in {name} betrifft kaum eine Antwort in {sheet} ({found})",
        "Fast keine der %n Entscheidungen in {name} betrifft eine Antwort in {sheet} ({found})"],
    "project.decided_other_columns": [
        "Dieses Projekt enthält %n Entscheidung mit anderen Spalten",
        "Dieses Projekt enthält %n Entscheidungen mit anderen Spalten"],
    "bundle.model_labels": [
        "{name}: das Modell gibt je Antwort %n Punktzahl, sein Manifest nennt {labels}",
        "{name}: das Modell gibt je Antwort %n Punktzahlen, sein Manifest nennt {labels}"],
    "bundle.output_labels": [
        "{name} gibt je Antwort %n Punktzahl, sein Manifest nennt {labels}",
        "{name} gibt je Antwort %n Punktzahlen, sein Manifest nennt {labels}"],
}


def _tool(name: str) -> str:
    return qt_tool(name)   # Qt 6.12's or newer, as the checks use it


def _lupdate(tmp_path: Path, lang: str) -> Path:
    """What pyside6-lupdate takes from problem_words.py and its bundles' and learning's parts, as
    update_translations.sh runs it (English: plurals only)."""
    ts = tmp_path / f"problems_{lang}.ts"
    extra = ["-pluralonly"] if lang == "en" else []
    subprocess.run([_tool("pyside6-lupdate"), str(PROBLEM_WORDS), str(BUNDLE_WORDS), str(LEARN_WORDS),
                    "-no-obsolete", "-locations", "none", *extra,
                    "-source-language", "en", "-target-language", lang, "-ts", str(ts)],
                   check=True, capture_output=True, text=True)
    return ts


def _messages(ts: Path) -> dict[str, bool]:
    """source -> whether it is a plural (numerus) message, for every message of the Problem context."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        assert ctx.findtext("name") == "Problem"
        for m in ctx.iter("message"):
            out[m.findtext("source") or ""] = m.get("numerus") == "yes"
    return out


@pytest.fixture
def catalogue(qapp, tmp_path):
    """Install a catalogue built by lupdate and lrelease, with the plural forms given by kind, in front of the
    English one (the tests here run in English, tests/ui/conftest.py)."""
    installed: list[QTranslator] = []

    def build(lang: str, forms: dict[str, list[str]]) -> None:
        ts = _lupdate(tmp_path, lang)
        tree = ET.parse(ts)
        by_source = {TEXTS[kind]: kind for kind in forms}
        filled = set()
        for m in tree.getroot().iter("message"):
            if m.get("numerus") != "yes":
                continue
            kind = by_source[m.findtext("source") or ""]     # every plural text lupdate found is one of ours
            translation = m.find("translation")
            assert translation is not None
            del translation.attrib["type"]
            for element, form in zip(translation.iter("numerusform"), forms[kind], strict=True):
                element.text = form
            filled.add(kind)
        assert filled == set(forms) == set(COUNTED)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        qm = tmp_path / f"problems_{lang}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True, text=True)
        ours = QTranslator(qapp)
        assert ours.load(str(qm))
        QCoreApplication.installTranslator(ours)
        installed.append(ours)

    yield build
    for ours in installed:
        QCoreApplication.removeTranslator(ours)


def _problem(kind: str, count: int) -> ProjectError:
    return ProjectError.said(kind, count=count, **{k: v for k, v in VALUES.items() if "{" + k + "}" in TEXTS[kind]})


def test_lupdate_takes_each_counted_text_as_a_plural_and_every_other_as_a_plain_text(tmp_path):
    found = _messages(_lupdate(tmp_path, "de"))
    assert found == {window_text(kind): counted(kind) for kind in TEXTS}   # the window's sentence, where it has one
    assert sorted(source for source, numerus in found.items() if numerus) == sorted(TEXTS[k] for k in COUNTED)
    assert len(COUNTED) == 22
    # English keeps only the plural texts: exactly the counted problems come into grader_en.ts
    assert _messages(_lupdate(tmp_path, "en")) == {TEXTS[kind]: True for kind in COUNTED}


def test_with_the_english_forms_the_window_says_1_decision_and_3_decisions_as_the_command_line(catalogue):
    catalogue("en", {kind: [SINGULAR[kind], TEXTS[kind]] for kind in COUNTED})
    one = _problem("project.decisions_unsaved_at_close", 1)
    assert plain(one) == sentence(one) == (
        "1 decision could not be saved to p.grader-project before it was closed (database or disk is full); check the "
        "disk has room and the file is not read-only, then open the sheet again and redo it.")
    three = _problem("project.decisions_unsaved_at_close", 3)
    assert plain(three) == sentence(three) == (
        "3 decisions could not be saved to p.grader-project before it was closed (database or disk is full); check "
        "the disk has room and the file is not read-only, then open the sheet again and redo them.")
    assert "(1 change waiting)" in plain(_problem("project.still_writing", 1))
    assert "(2 changes waiting)" in plain(_problem("project.still_writing", 2))
    for kind in COUNTED:
        for n in (0, 1, 2, 7, 21):
            assert plain(_problem(kind, n)) == sentence(_problem(kind, n)), (kind, n)


def test_the_teachers_language_chooses_its_own_form_by_the_count(catalogue):
    catalogue("de", GERMAN)
    assert plain(_problem("project.decisions_unsaved_at_close", 1)) == (
        "1 Entscheidung konnte vor dem Schließen nicht in p.grader-project gespeichert werden (database or disk is "
        "full); öffnen Sie die Tabelle erneut und treffen Sie sie noch einmal.")
    assert plain(_problem("project.decisions_unsaved_at_close", 4)).startswith(
        "4 Entscheidungen konnten vor dem Schließen nicht in p.grader-project gespeichert werden")
    assert "(1 Änderung ausstehend)" in plain(_problem("project.still_writing", 1))
    assert "(12 Änderungen ausstehend)" in plain(_problem("project.still_writing", 12))
    # a counted problem inside another (the detail of a model bundle that cannot be used) is counted too
    from grader_app.bundles.errors import BundleError
    outer = BundleError.said("bundle.bad_manifest", name="asap-sas-1.gradebundle",
                             detail=_problem("project.still_writing", 1))
    assert "(1 Änderung ausstehend)" in plain(outer)
    assert str(outer).endswith("(1 change waiting); check the disk, and open the sheet again later to see what was saved")


def test_a_plural_translation_whose_placeholders_went_wrong_is_said_in_the_right_english(catalogue):
    catalogue("de", {**GERMAN, "project.decisions_unsaved_at_close": ["%n Entscheidung in {datei}", "%n in {datei}"]})
    one = _problem("project.decisions_unsaved_at_close", 1)
    assert plain(one) == sentence(one)
    assert plain(one).startswith("1 decision could not be saved to p.grader-project before it was closed")


# ----- the committed catalogues: these pass once the counted texts are translated there ------------------------------
def test_once_filled_the_real_english_catalogue_says_1_decision_and_3_decisions():
    assert i18n.install("en")
    one = _problem("project.decisions_unsaved_at_close", 1)
    assert plain(one).startswith("1 decision could not be saved to p.grader-project before it was closed")
    assert plain(one).endswith("then open the sheet again and redo it.")
    three = _problem("project.decisions_unsaved_at_close", 3)
    assert plain(three).startswith("3 decisions could not be saved to p.grader-project before it was closed")
    for kind in COUNTED:       # the English catalogue's forms say what problem_texts says outside Qt
        for n in (1, 2, 3):
            assert plain(_problem(kind, n)) == sentence(_problem(kind, n)), (kind, n)


@pytest.mark.parametrize("lang", ["de", "es"])
def test_once_filled_the_real_german_and_spanish_catalogues_say_counted_problems_in_their_forms(lang):
    with in_language(lang):
        for kind in COUNTED:
            for n in (1, 3):
                problem = _problem(kind, n)
                said = plain(problem)
                assert said != sentence(problem), (lang, kind, n)
                wanted = [v for k, v in VALUES.items() if "{" + k + "}" in TEXTS[kind]]
                assert str(n) in said and all(str(v) in said for v in wanted), (lang, kind, n, said)
        one = plain(_problem("project.decisions_unsaved_at_close", 1))
        three = plain(_problem("project.decisions_unsaved_at_close", 3))
        assert one.replace("1", "#", 1) != three.replace("3", "#", 1), "the same form for one decision and three"
