"""Decisions the project file refused (a full disk), written after all. While the disk was full, the notes above the
results and the status bar said "Your decision is kept but could not be saved to answers.grader-project (2 unsaved)…";
once the writer wrote them after all only the window title's count said "saved", and the notes went on saying what was
no longer true (the teacher might worry, or redo the marks). Now the good news takes the failure's place, in the notes
and on the status bar (in a few words there, the whole its tooltip); and only if the failure was said: a failure the
window heard of after the decisions were written was never shown, so nothing is resolved.

The disk is made full as in the other tests of the project file's failures (tests/failing_disk.py: SQLite's own
"database or disk is full" inside the writer's transaction), in the real window with a sheet scored for real."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from failing_disk import failing_writes
from in_language import in_language
from test_project_write_errors import _reviewing, decisions_on_disk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REFUSED = "kept but could not be saved to answers.grader-project"   # "Your decision is…", "2 of your decisions are…"
MANY = "{n} of your decisions are kept but could not be saved to answers.grader-project; check the disk"
SAVED = "Your {n} decisions that could not be saved are in answers.grader-project after all."
SOURCE = "Your %n decisions that could not be saved are in {name} after all."
BRIEF = "Nothing is lost: your {n} decisions are saved."   # the status bar's few words for it


def _idle_under_review(qtbot, window, tmp_path):
    """The sheet scored, its scores saved and every worker idle (nothing else writes), under review."""
    session, store, keys, view = _reviewing(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: not window.tasks.busy and not window.scoring.save_pending, timeout=20000)
    assert store.flush(10) and store.unsaved == {}
    return session, store, keys, view


def test_decisions_written_after_all_take_the_place_of_their_failure_in_the_notes_and_on_the_bar(
        qtbot, window, tmp_path, monkeypatch):
    session, store, keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar = window.notices, window.statusBar()
    before = list(notes.notes)                                  # what the opening said, if anything
    disk = failing_writes(monkeypatch)                          # the disk fills up
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_1)                          # (an answer's identical ones are decided with it)
    made = set(session.decisions)
    n = len(made)
    assert n >= 2
    # the window heard of the last failure and said it (the ones before it may have been one commit with it)
    qtbot.waitUntil(lambda: any(p.startswith(MANY.format(n=n)) for p in notes.problems), timeout=10000)
    assert set(store.unsaved) == made
    refused = [p for p in notes.problems if REFUSED in p]
    assert bar.currentMessage().startswith(MANY.format(n=n))
    assert notes.notes[:len(before)] == before and notes.notes.index(refused[0]) == len(before)

    disk["on"] = False                                          # room again: the next decision carries them
    qtbot.keyClick(view, Qt.Key.Key_0)
    saved = SAVED.format(n=n)
    qtbot.waitUntil(lambda: bar.currentMessage() == BRIEF.format(n=n), timeout=10000)   # in a few words: whole at 16 pt
    assert bar.toolTip() == saved                               # the whole news a glance away
    assert store.unsaved == {} and set(session.decisions) == set(decisions_on_disk(store.path)) > made
    assert notes.infos == [saved]                               # in the failure's place, once
    assert not [p for p in notes.problems if REFUSED in p]
    assert notes.notes == before + [saved]
    assert window.status_label.text().endswith(" · saved")


def test_a_failure_heard_after_the_decisions_were_written_brings_no_good_news(qtbot, window, tmp_path, monkeypatch):
    """The writer fails and then writes before the window hears of the failure: the failure is not said (it is no
    longer true), so neither is the news that it is over."""
    session, store, keys, _view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar = window.notices, window.statusBar()
    before, said = list(notes.notes), bar.currentMessage()
    disk = failing_writes(monkeypatch)
    heard: list[str] = []
    window.scoring.saveFailed.connect(lambda text, _ms: heard.append(text))
    # all on this thread without an event loop: the writer's news waits, queued, until the block ends
    with qtbot.waitSignal(window.scoring.writtenAfterAll, timeout=10000):
        session.decide(keys[0], 2)
        assert not store.flush(10) and set(store.unsaved) == {keys[0]}   # refused (and tried once more)
        disk["on"] = False
        session.decide(keys[1], 1)
        assert store.flush(10) and store.unsaved == {}                   # written, the window not told yet
    assert heard == []                                          # the failure was not said...
    assert notes.notes == before and notes.infos == []          # ...nor is its end, in the notes
    assert bar.currentMessage() in ("", said)                   # or on the bar
    assert window.status_label.text().endswith(" · saved")


@pytest.mark.parametrize("lang, one, two", [
    ("en", "Your decision that could not be saved is in p.grader-project after all.",
     "Your 2 decisions that could not be saved are in p.grader-project after all."),
    ("de", "Ihre Entscheidung, die nicht gespeichert werden konnte, ist jetzt doch in p.grader-project gespeichert.",
     "Ihre 2 Entscheidungen, die nicht gespeichert werden konnten, sind jetzt doch in p.grader-project gespeichert."),
    ("es", "Tu decisión sin guardar está por fin en p.grader-project.",
     "Tus 2 decisiones sin guardar están por fin en p.grader-project.")])
def test_the_good_news_counts_the_decisions_in_each_language(qapp, lang, one, two):
    with in_language(lang):
        said = [QCoreApplication.translate("ScoringController", SOURCE, "", n).format(name="p.grader-project")
                for n in (1, 2)]
    assert said == [one, two]
