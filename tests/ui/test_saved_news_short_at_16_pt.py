"""Two news of the project file on the status bar, at 1024 px with the system's font and at 16 pt (a teacher's large
system font), in English, German and Spanish. The file written again on its own ("answers.grader-project was deleted
while open; Grader wrote it again with every decision, nothing is lost.": 1113 px at 16 pt in English, 1539 in German,
for 590 and 410 px of room beside the counts) and several kinds of held changes written by one commit ("Saved in
answers.grader-project after all: your 3 decisions and the thresholds.": 822 px, German 1024) were cut at 16 pt before
they said that nothing was lost or what was saved. Now the bar says that first, in a few words ("Nothing is lost:
answers.grader-project is back.", "Nothing is lost: saved after all."), whole (the file's name may give way in its
middle, as on the bar it does); the whole news is the bar's tooltip, and the notes say each news whole, as before.
So are the decisions written after all on their own ("Your 3 decisions that could not be saved are in
answers.grader-project after all.": 834 px at 16 pt, German 1226, Spanish 725, for 590, 410 and some 500 px): on the bar
"Nothing is lost: your 3 decisions are saved.", whole in the tooltip and the notes (and on the review's message line
where it said the warning: tests/ui/test_unsaved_decisions_up_to_date.py). And so are the scores saved after all
("The scores are saved in answers.grader-project after all.": 591 px at 16 pt, German 742, Spanish 730) and one other
kind of held change alone ("Saved in answers.grader-project after all: the thresholds.": 598 px, German 681, Spanish
some 860): "Nothing is lost: the scores are saved.", "Nothing is lost: the thresholds are saved.", "Nothing is lost:
your comment is saved." on the bar, whole in its tooltip and the notes.

The real window with a sheet scored for real: the project file deleted under it and written again by the writer at the
next decision, then a threshold and decisions refused by a full disk (tests/failing_disk.py) and written by the next."""
from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_waited_writes, failing_writes
from grader_app.io.project_problems import unsaved_failure
from grader_app.io.project_store import ProjectRestored
from grader_app.ui.messages import plain
from grader_app.ui.saved_after_all_words import held_saved, held_saved_together, scores_saved
from in_language import in_language
from test_decisions_saved_after_all import _idle_under_review
from test_held_changes_saved_after_all import ITEM
from test_held_retried_in_time import _quick
from test_scores_saved_after_all import _stored
from test_unsaved_decisions_up_to_date import _comment, _saved_news
from ui_helpers import make_long_csv, stuck_scoring
from test_written_again_news_fits_at_16_pt import NAME, _whole_but_the_name

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

BACK = {"en": "Nothing is lost: {name} is back.", "de": "Nichts verloren: {name} ist zurück.",
        "es": "No se perdió nada: {name} ha vuelto."}
SAVED = {"en": "Nothing is lost: saved after all.", "de": "Nichts verloren: jetzt gespeichert.",
         "es": "No se perdió nada: guardado por fin."}
DECIDED = {"en": ("Nothing is lost: your decision is saved.", "Nothing is lost: your {n} decisions are saved."),
           "de": ("Nichts verloren: jetzt gespeichert.", "Nichts verloren: alle {n} gespeichert."),
           "es": ("No se perdió nada: {n} decisión guardada.", "No se perdió nada: {n} decisiones guardadas.")}
SCORES = {"en": "Nothing is lost: the scores are saved.", "de": "Nichts verloren: Punktzahlen sicher.",
          "es": "No se perdió nada: puntuaciones guardadas."}
PART = {"the thresholds": {"en": "Nothing is lost: the thresholds are saved.", "de": "Nichts verloren: Schwellen sicher.",
                           "es": "No se perdió nada: umbrales guardados."},
        "your comment": {"en": "Nothing is lost: your comment is saved.", "de": "Nichts verloren: Kommentar sicher.",
                         "es": "No se perdió nada: comentario guardado."}}


@contextmanager
def _under_review(qtbot, make_window, tmp_path, app_font, lang: str, points: int | None):
    """A class under review in ``lang`` on a 1024×600 window at the system font or at ``points``; yields the window,
    its session, project store, review view, notes and status bar, with English back after."""
    if points:
        app_font(points)
    with in_language(lang):
        window = make_window((1024, 600))
        session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
        assert store.path.name == NAME
        yield window, session, store, view, window.notices, window.statusBar()


def _whole_on_the_bar(bar, said: str) -> bool:
    shown = bar.shown_message()
    fits = bar.fontMetrics().horizontalAdvance(shown) <= bar.message_rect().width()
    return bar.currentMessage() == said and fits and (shown == said or NAME in said and _whole_but_the_name(shown, said,
                                                                                                             NAME))


@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize("points", [None, 16], ids=["system font", "16 pt"])
def test_the_file_written_again_and_held_changes_saved_together_are_said_first_in_a_few_words(
        qtbot, make_window, tmp_path, app_font, monkeypatch, lang, points):
    with _under_review(qtbot, make_window, tmp_path, app_font, lang, points) as (window, session, store, view, notes,
                                                                                 bar):

        store.path.unlink()                                     # deleted under Grader; the next decision writes it again
        qtbot.keyClick(view, Qt.Key.Key_2)
        whole = plain(ProjectRestored.said("project.rewritten", name=NAME))
        qtbot.waitUntil(lambda: whole in notes.infos, timeout=10000)   # said whole in the notes, as before
        brief = BACK[lang].format(name=NAME)
        qtbot.waitUntil(lambda: _whole_on_the_bar(bar, brief), timeout=5000)   # once the counts beside it are laid out
        assert bar.toolTip() == whole                           # the whole news a glance away

        decided = len(session.decisions)
        disk = failing_writes(monkeypatch)                      # the disk fills up: a threshold and decisions held
        panel = window.results.threshold
        panel.scope.setCurrentIndex(panel.scope.findData(ITEM))
        panel.slider.setValue(61)
        qtbot.waitUntil(lambda: len(notes.problems) == 1, timeout=10000)
        threshold = notes.problems[0]
        qtbot.keyClick(view, Qt.Key.Key_1)                      # the decisions' warning, naming the threshold, in its place
        qtbot.waitUntil(lambda: len(notes.problems) == 1 and notes.problems[0] != threshold, timeout=10000)
        n = len(store.unsaved)
        assert n >= 1 and len(session.decisions) > decided
        disk["on"] = False                                      # room again: the next decision writes them all
        qtbot.keyClick(view, Qt.Key.Key_0)
        qtbot.waitUntil(lambda: not notes.problems and bar.currentMessage() == SAVED[lang], timeout=10000)
        qtbot.waitUntil(lambda: _whole_on_the_bar(bar, SAVED[lang]), timeout=5000)   # "· saved" laid out beside it
        together = held_saved_together([unsaved_failure(NAME, n, ["the thresholds", "your decision"], None)], NAME)
        assert bar.toolTip() == together and together in notes.infos   # the held changes' news whole in the notes, once


@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize("points", [None, 16], ids=["system font", "16 pt"])
def test_decisions_saved_after_all_on_their_own_are_said_first_in_a_few_words(
        qtbot, make_window, tmp_path, app_font, monkeypatch, lang, points):
    with _under_review(qtbot, make_window, tmp_path, app_font, lang, points) as (window, session, store, view, notes,
                                                                                 bar):

        disk = failing_writes(monkeypatch)                      # the disk fills up: decisions held
        qtbot.keyClick(view, Qt.Key.Key_2)
        qtbot.waitUntil(lambda: len(notes.problems) == 1, timeout=10000)
        n = len(store.unsaved)
        assert n >= 1
        disk["on"] = False                                      # room again: the next decision writes them
        qtbot.keyClick(view, Qt.Key.Key_1)
        whole = _saved_news(n)
        qtbot.waitUntil(lambda: not notes.problems and whole in notes.infos, timeout=10000)   # whole in the notes
        brief = DECIDED[lang][n > 1].format(n=n)
        qtbot.waitUntil(lambda: _whole_on_the_bar(bar, brief), timeout=5000)   # "· saved" laid out beside it
        assert bar.toolTip() == whole                           # the whole news a glance away
        assert store.unsaved == {}


@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize("points", [None, 16], ids=["system font", "16 pt"])
def test_scores_saved_after_all_are_said_first_in_a_few_words(qtbot, make_window, tmp_path, app_font, monkeypatch,
                                                              lang, points):
    if points:
        app_font(points)
    with in_language(lang):
        window = make_window((1024, 600))
        _quick(window)                                          # tried again in time, no decision needed
        go_on = stuck_scoring(monkeypatch)
        window.open_sheet(make_long_csv(tmp_path / "answers.csv", n_students=5))
        qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
        with qtbot.waitSignal(window.sessionReady, timeout=20000):
            window.mapping_dialog.ok_button.click()
        writes, waited = failing_writes(monkeypatch), failing_waited_writes(monkeypatch)   # the disk fills up
        with qtbot.waitSignal(window.scoring.saveFailed, timeout=30000):   # the scores refused, said
            go_on.set()
        store, notes, bar = window.store, window.notices, window.statusBar()
        assert store.path.name == NAME and _stored(store.path) == 0 and len(notes.problems) == 1

        writes["on"] = waited["on"] = False                     # room again
        whole = scores_saved(NAME)
        qtbot.waitUntil(lambda: not notes.problems and whole in notes.infos, timeout=20000)   # whole in the notes
        qtbot.waitUntil(lambda: _whole_on_the_bar(bar, SCORES[lang]), timeout=5000)
        assert bar.toolTip() == whole and _stored(store.path) == 10


@pytest.mark.parametrize("what", ["the thresholds", "your comment"])
@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize("points", [None, 16], ids=["system font", "16 pt"])
def test_one_other_held_change_saved_after_all_is_said_first_in_a_few_words(
        qtbot, make_window, tmp_path, app_font, monkeypatch, lang, points, what):
    with _under_review(qtbot, make_window, tmp_path, app_font, lang, points) as (window, session, store, view, notes,
                                                                                 bar):
        disk = failing_writes(monkeypatch)                      # the disk fills up: the change held
        if what == "the thresholds":
            panel = window.results.threshold
            panel.scope.setCurrentIndex(panel.scope.findData(ITEM))
            panel.slider.setValue(61)
        else:                                                   # the answer has no score yet: a comment waiting for it
            _comment(qtbot, view, "Name the membrane's job.")
        qtbot.waitUntil(lambda: len(notes.problems) == 1, timeout=10000)
        assert store.unsaved == {} and session.decisions == {}   # no decision among what is held

        disk["on"] = False                                      # room again: the next change writes it
        _comment(qtbot, view, "Then its shape.")
        whole = held_saved(unsaved_failure(NAME, 0, [what], None), NAME)
        qtbot.waitUntil(lambda: not notes.problems and whole in notes.infos, timeout=10000)   # whole in the notes
        qtbot.waitUntil(lambda: _whole_on_the_bar(bar, PART[what][lang]), timeout=5000)
        assert bar.toolTip() == whole and store.last_error is None
