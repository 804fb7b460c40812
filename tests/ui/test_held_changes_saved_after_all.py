"""Changes other than decisions the project file refused (a full disk), written after all. A comment or a threshold
the writer could not write is held and tried again with the next change; the window said "Your comment could not be
saved to answers.grader-project yet (it is kept and tried again with your next change); …" in the notes above the
results, on the status bar and on the review screen's message line. Once the writer wrote it after all, only the
decisions' warnings gave way to good news (tests/ui/test_decisions_saved_after_all.py); the comment's and the
threshold's went on saying what was no longer true. Now each kind of held change the teacher was warned of gets its
news, in its warning's place: "Saved in answers.grader-project after all: your comment."

Two kinds written after all by one commit (a threshold, then decisions) each got their news in the notes, but the
status bar, which says one sentence at a time, showed only the last: the threshold's news was gone as it came. Now it
says both in one sentence, in the notes' order ("Saved in … after all: the thresholds and your 3 decisions."): one
sentence naming the file once reads at a glance and fits the bar where two would be cut, and said one after another
the first would be there only until the second came. Where the decisions' warning names the threshold held before
them, it takes the threshold's warning's place, and one news says both once.

The disk is made full as in tests/ui/test_decisions_saved_after_all.py (tests/failing_disk.py), in the real window
with a sheet scored for real."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from failing_disk import failing_writes
from grader_app.io.project_problems import parts, unsaved_failure
from grader_app.ui.problem_words import words
from grader_app.ui.saved_after_all_words import held_saved_together
from in_language import in_language
from test_decisions_saved_after_all import _idle_under_review
from test_unsaved_decisions_up_to_date import PROJECT, _comment

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOT_YET = "could not be saved to " + PROJECT + " yet (it is kept and tried again with your next change)"
SOURCE = "Saved in {name} after all: {what}."
ITEM = "asap-sas-1"


def _not_yet(notes) -> list[str]:
    """The warnings of held changes other than decisions the notes above the results hold."""
    return [p for p in notes.problems if NOT_YET in p]


def test_a_comment_written_after_all_takes_the_place_of_its_warning_in_the_notes_on_the_bar_and_the_review_line(
        qtbot, window, tmp_path, monkeypatch):
    session, store, keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar = window.notices, window.statusBar()
    before = list(notes.notes)                                  # what the opening said, if anything
    disk = failing_writes(monkeypatch)                          # the disk fills up
    _comment(qtbot, view, "Name the membrane's job.")           # the answer has no score yet: a comment waiting for it
    warning = f"Your comment {NOT_YET}; check the disk has room and the file is not read-only."
    qtbot.waitUntil(lambda: warning in notes.problems, timeout=10000)
    assert view.message_label.text() == "⚠ " + warning and bar.currentMessage() == warning
    assert store.last_error is not None and store.waiting_comments() == {}
    assert session.decisions == {}

    disk["on"] = False                                          # room again: the next change carries it
    _comment(qtbot, view, " Then its shape.")
    saved = f"Saved in {PROJECT} after all: your comment."
    qtbot.waitUntil(lambda: bar.currentMessage() == "Nothing is lost: your comment is saved.", timeout=10000)
    assert bar.toolTip() == saved                               # in a few words on the bar (whole at 16 pt), the whole
    assert store.last_error is None
    assert store.waiting_comments() == {keys[0]: "Name the membrane's job. Then its shape."}
    assert notes.infos == [saved] and _not_yet(notes) == []    # in the warning's place, once
    assert notes.notes == before + [saved]
    assert view.message_label.text() == saved and view.save_error is None   # no "⚠": the news in its place
    qtbot.keyClick(view, Qt.Key.Key_1)                          # news, like any: gone with the next decision
    assert saved not in view.message_label.text()


def test_a_threshold_and_decisions_written_after_all_are_said_once(qtbot, window, tmp_path, monkeypatch):
    """A threshold refused, then decisions refused with it: the decisions' warning names the threshold held with them
    (tests/ui/test_decisions_warning_names_what_is_held.py), so it takes the threshold's warning's place, and once one
    commit writes them all its news takes that place in turn: the threshold is said once, not in two warnings and then
    in two news ("…: the thresholds." above "…: your 3 decisions and the thresholds."); the status bar says what was
    written in one sentence."""
    session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar = window.notices, window.statusBar()
    before = list(notes.notes)
    disk = failing_writes(monkeypatch)
    panel = window.results.threshold                           # the results page's slider, the review over it
    panel.scope.setCurrentIndex(panel.scope.findData(ITEM))
    panel.slider.setValue(61)                                   # a small sheet: announced at once, saved once it rests
    threshold = f"The thresholds {NOT_YET}; check the disk has room and the file is not read-only."
    qtbot.waitUntil(lambda: threshold in notes.problems, timeout=10000)
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_1)
    n = len(session.decisions)
    assert n >= 2
    refused = f"{n} of your decisions and the thresholds are kept but could not be saved to {PROJECT}; check the disk"
    qtbot.waitUntil(lambda: any(p.startswith(refused) for p in notes.problems), timeout=10000)
    said = notes.notes[len(before):]
    assert notes.notes[:len(before)] == before and len(said) == 1   # in the threshold's warning's place, naming it
    assert said[0].startswith(refused) and threshold not in notes.notes

    disk["on"] = False                                          # room again: the next decision carries them all
    qtbot.keyClick(view, Qt.Key.Key_0)
    both = f"Saved in {PROJECT} after all: your {n} decisions and the thresholds."
    qtbot.waitUntil(lambda: notes.infos == [both], timeout=10000)
    assert store.last_error is None and store.unsaved == {}
    assert notes.notes == before + [both]                       # the warning's news where it was, no warning left
    assert bar.currentMessage() == "Nothing is lost: saved after all."   # in a few words: whole at 16 pt
    assert bar.toolTip() == both
    window.close_sheet()                                        # the threshold is in the project file
    with qtbot.waitSignal(window.sessionReady, timeout=10000):
        window.open_sheet(tmp_path / "answers.csv")
    assert window.session.threshold(ITEM) == 0.61


@pytest.mark.parametrize("lang, one, two", [
    ("en", "Saved in p.grader-project after all: your comment.",
     "Saved in p.grader-project after all: your comment and the thresholds."),
    ("de", "Jetzt doch in p.grader-project gespeichert: Ihr Kommentar.",
     "Jetzt doch in p.grader-project gespeichert: Ihr Kommentar und die Schwellenwerte."),
    ("es", "Lo que faltaba por guardar está por fin en p.grader-project: tu comentario.",
     "Lo que faltaba por guardar está por fin en p.grader-project: tu comentario y los umbrales.")])
def test_the_good_news_names_what_was_held_in_each_language(qapp, lang, one, two):
    with in_language(lang):
        said = [QCoreApplication.translate("ScoringController", SOURCE).format(name="p.grader-project", what=words(what))
                for what in (parts(["your comment"]), parts(["your comment", "the thresholds"]))]
    assert said == [one, two]


@pytest.mark.parametrize("lang, one, three", [
    ("en", "Saved in p.grader-project after all: your comment and your decision.",
     "Saved in p.grader-project after all: your 3 decisions and the thresholds and your comment."),
    ("de", "Jetzt doch in p.grader-project gespeichert: Ihr Kommentar und Ihre Entscheidung.",
     "Jetzt doch in p.grader-project gespeichert: Ihre 3 Entscheidungen und die Schwellenwerte und Ihr Kommentar."),
    ("es", "Lo que faltaba por guardar está por fin en p.grader-project: tu comentario y tu decisión.",
     "Lo que faltaba por guardar está por fin en p.grader-project: tus 3 decisiones y los umbrales y tu comentario.")])
def test_the_status_bar_says_the_kinds_written_together_in_one_sentence_in_each_language(qapp, lang, one, three):
    """The failures as the writer says them (io.project_problems), in the order they were said."""
    comment, both = unsaved_failure("p.grader-project", 0, ["your comment"], None), \
        unsaved_failure("p.grader-project", 0, ["the thresholds", "your comment"], None)
    with in_language(lang):
        said = [held_saved_together([comment, unsaved_failure("p.grader-project", 1, ["your decision"], None)],
                                    "p.grader-project"),
                held_saved_together([unsaved_failure("p.grader-project", 3, ["your decision"], None), both],
                                    "p.grader-project")]
    assert said == [one, three]
