"""A problem said after a colon in another of the window's sentences kept the capital of its own first letter (QA):
"The model for question q1 could not learn from your marks: The number of classes ...". As on the review screen
(``i18n.after_colon``), its first letter is small in English and Spanish and German keeps it; a sentence that begins
with a name (a file's, Grader's) keeps its capital in every language. A German translation's own colon is followed by
a small article, pronoun, verb or adverb (the house rule, not Duden's capital for a whole sentence); a noun, "Sie"
and "Ihr…" (the formal "you"/"your") and a name keep their capitals."""
from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from grader_app import workflow
from grader_app.bundles import BundleError
from grader_app.io import SheetError
from grader_app.io.project_store import ProjectError, ProjectStore
from grader_app.ui.messages import plain, plain_after_colon
from in_language import in_language
from test_learning_window import OWN, mark_until, _open, window  # noqa: F401  (the fixture)
from ui_helpers import accept_mapping, closed_losing_the_blind_switch, make_long_csv, stuck_scoring


@pytest.fixture
def language(qapp, request):
    """The real catalogue of ``request.param``; English again afterwards."""
    with in_language(request.param):
        yield request.param


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
    closed_losing_the_blind_switch(qtbot, window, tmp_path, monkeypatch)
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
    # until the marks made ask for a model
    mark_until(qtbot, window, lambda: failures, 6)
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
                raise BundleError.said("bundle.altered", name="asap-sas-5.gradebundle")

    monkeypatch.setattr(sc, "score", damaged)
    window.open_sheet(make_long_csv(tmp_path / "answers.csv", n_students=3))
    accept_mapping(qtbot, window)
    assert window.last_error == ("The model in asap-sas-5.gradebundle does not match its recorded hash, so the file is "
                                 "damaged or was altered; get a fresh copy from whoever made it.")
    assert window.statusBar().currentMessage() == ("Scoring failed: the model in asap-sas-5.gradebundle does not match its "
                                                   "recorded hash, so the file is damaged or was altered; get a fresh "
                                                   "copy from whoever made it.")


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
    altered = BundleError.said("bundle.altered", name="asap-sas-5.gradebundle")
    assert plain_after_colon(altered) == plain(altered)[0].lower() + plain(altered)[1:]
    unusable = BundleError.said("bundle.bad_manifest", name="asap-sas-5.gradebundle", detail="its model file is damaged")
    assert plain_after_colon(unusable) == plain(unusable) and plain(unusable).startswith("asap-sas-5.gradebundle ")
    assert plain_after_colon(OSError(28, "No space left on device")) == "[Errno 28] No space left on device."


# an article or pronoun that begins a clause: never a noun, nor "Sie" and "Ihr…" (the formal address), nor a name
CLAUSE_START = re.compile(r": (Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Eines|Er|Es|Sein|Seine|Seinen|Kein|"
                          r"Keine|Keinen|Dies|Diese|Dieser|Dieses|Jede|Jeder|Jedes|Alle)\b")


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_a_german_translation_goes_on_after_its_own_colon_in_small_letters_but_a_noun(qapp, language):
    """QA found "…(etwa mit ihrem Wortlaut): Das Modell…", "…um ein Modell zu erstellen: Ein Modell…" and
    "…keine Punktzahl: Die Antwort…": Duden allows the capital before a whole sentence, the house rule wants it small.
    Every German translation (the committed catalogue), and the three as the window shows them."""
    catalogue = ET.parse(Path(__file__).resolve().parents[2] / "translations" / "grader_de.ts")
    texts = [t.text or "" for m in catalogue.iter("message") for tr in m.iter("translation")
             for t in ([*tr.iter("numerusform")] or [tr])]
    assert len(texts) > 1000
    assert [t for t in texts if CLAUSE_START.search(t)] == []
    named = QCoreApplication.translate("ModelActions", "This sheet does not name its question. Name it (its wording, "
                                       "say): the model is saved under that name, and a later sheet whose question is "
                                       "headed so finds it.")
    assert "(etwa mit ihrem Wortlaut): das Modell wird" in named
    fewer = QCoreApplication.translate("LearnSheetDialog", "A question needs at least %n marked answers to make a model: "
                                       "a model learned from fewer could not take any answer on its own. A question with "
                                       "fewer is skipped, and Grader says how many more to mark.", "", 5)
    assert "um ein Modell zu erstellen: ein Modell aus weniger" in fewer
    comment = QCoreApplication.translate("ReviewActions", "Saving the comment gives no score: the answer stays undecided "
                                         "and the comment goes with the score you give it next (Enter accepts the "
                                         "model's {score}); until then no export holds it.")
    assert comment.startswith("Das Speichern des Kommentars vergibt keine Punktzahl: die Antwort bleibt unentschieden")
    assert "Benennen Sie sie" in named and "Nächstes" in comment   # "Sie" and nouns keep their capitals


def _german_texts() -> list[str]:
    """Every German translation of the committed catalogue, each plural form on its own, without the "&" of a shortcut."""
    catalogue = ET.parse(Path(__file__).resolve().parents[2] / "translations" / "grader_de.ts")
    return [(t.text or "").replace("&", "") for m in catalogue.iter("message") for tr in m.iter("translation")
            for t in ([*tr.iter("numerusform")] or [tr])]


# capitalised words after a colon that are not nouns and still keep their capital: the formal address and names
ALLOWED_CAPITALS = {"Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihnen", "Grader", "Blackboard",
                    "Brightspace", "Canvas", "Google", "Moodle", "Strg"}
# words German always writes small that a catalogue may not happen to hold small anywhere else
NEVER_NOUNS = {"Nirgends", "Dann", "Wo", "Um", "Bei", "Hier", "Nur", "Auch", "Noch", "Bitte", "So", "Sonst", "Danach",
               "Zuerst", "Erst", "Oder", "Und", "Aber", "Wenn", "Weil", "Da", "Damit", "Nicht", "Mit", "Für", "Von",
               "Zu", "Nach", "Aus", "In", "Im", "Am", "Auf", "Bis", "Ohne", "Jetzt", "Immer", "Nie"}
AFTER_COLON = re.compile(r": ([A-ZÄÖÜ][a-zäöüß]*)\b( Sie\b)?")


def test_a_german_verb_or_adverb_after_a_translations_own_colon_is_written_small():
    """QA found "…gleichen Spalte stehen: Wählen Sie die Spalte…", "…noch keine: Ziehen Sie…", "…voraus: Bei Antworten…",
    "…: Um sie…", "…geschätzt: Nirgends steht…". A capitalised word after ": " is wrong unless it is a noun, "Sie"/"Ihr…"
    or a name: it is a verb when "Sie" follows it (the imperative), and it is not a noun when the catalogue writes the
    same word small elsewhere or it is a word German never writes as a noun."""
    texts = _german_texts()
    small = {w for t in texts for w in re.findall(r"(?<![\w.-])([a-zäöüß]\w*)\b", t)}
    wrong = [(m.group(1), t) for t in texts for m in AFTER_COLON.finditer(t)
             if m.group(1) not in ALLOWED_CAPITALS
             and (m.group(2) or m.group(1).lower() in small or m.group(1) in NEVER_NOUNS)]
    assert wrong == []
    kept = [m.group(1) for t in texts for m in AFTER_COLON.finditer(t)]
    assert {"Grader", "Ihre", "Sie", "Menü", "Verteilung"} <= set(kept)   # names, "your", "you" and nouns keep them


# "Sie" and "Ihr" that mean "they"/"it"/"its" here, not the formal "you"/"your": small after the colon
THEY = ["(zum Beispiel {characters}): sie erscheinen", "keine Punktzahl für diese Frage: sie hat {out_of}",
        "({questions}): sie wird mit der Schätzung", "Antwort aus der Gruppe nehmen: sie bekommt",
        "nicht stillschweigend weg: sie werden", "ist zu groß zum Lesen: ihr Inhalt"]


@pytest.mark.parametrize("fragment", THEY)
def test_a_german_they_or_its_after_a_colon_is_written_small(fragment):
    texts = _german_texts()
    capital = fragment.replace(": sie", ": Sie").replace(": ihr", ": Ihr")
    assert any(fragment in t for t in texts) and not any(capital in t for t in texts)
