"""While the project file is gone (deleted while open, or replaced by another file, and a full disk refused to write
it again), the status bar keeps saying so when more changes are held. The notes held both warnings, the held changes'
counted up to date in its place, but the bar's last word was the held changes' warning ("3 of your decisions are kept
but could not be saved to answers.grader-project; check the disk…"), as if a full disk were all: the file being gone,
and the work kept only while Grader stays open, was no longer said where the teacher looks. Now, when a held changes'
warning is said again while the file is gone, the bar says that first, in a few words with what to do ("Not saved yet:
answers.grader-project is gone; keep Grader open."), whole at 16 pt on a 1024 px window in English, German and
Spanish; its tooltip holds both warnings whole, and the notes say the held changes' warning as before
(tests/ui/test_held_counted_while_gone.py). The review screen's message line said the held changes' warning too, the
file gone unsaid where the teacher was working; now it says what the bar says, with what is lost if Grader is closed,
counted as the warning counts it ("Not saved yet: answers.grader-project is gone; keep Grader open or you lose your 3
decisions.").

In the real window with a sheet scored for real; the disk is full as in tests/failing_disk.py, the copy that would
write the file again refused too; the project file is deleted (or replaced) on the disk."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_copies, failing_writes
from in_language import in_language
from test_decisions_saved_after_all import _idle_under_review
from test_written_again_news_fits_at_16_pt import fits

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAME = "answers.grader-project"
GONE_BRIEF = {"en": "Not saved yet: {name} is gone; keep Grader open.",
              "de": "Nicht gespeichert: {name} fehlt; Grader offen lassen.",
              "es": "Sin guardar: falta {name}; deja Grader abierto."}
REPLACED_BRIEF = {"en": "Not saved yet: {name} was replaced; keep Grader open.",
                  "de": "Nicht gespeichert: {name} ersetzt; Grader offen lassen.",
                  "es": "Sin guardar: {name} sustituido; deja Grader abierto."}

GONE_LINE = {"en": "Not saved yet: {name} is gone; keep Grader open or you lose {what}.",   # the review line's
             "de": "Nicht gespeichert: {name} fehlt; Grader offen lassen, sonst verloren: {what}.",
             "es": "Sin guardar: falta {name}; deja Grader abierto o perderás {what}."}
REPLACED_LINE = {"en": "Not saved yet: {name} was replaced; keep Grader open or you lose {what}.",
                 "de": "Nicht gespeichert: {name} ersetzt; Grader offen lassen, sonst verloren: {what}.",
                 "es": "Sin guardar: {name} sustituido; deja Grader abierto o perderás {what}."}
YOURS = {"en": "your {n} decisions", "de": "Ihre {n} Entscheidungen", "es": "tus {n} decisiones"}


@pytest.mark.parametrize("how", ["deleted", "replaced"])
@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize("points", [None, 16], ids=["system font", "16 pt"])
def test_more_decisions_held_while_the_file_is_gone_leave_the_bar_saying_it_is_gone(
        qtbot, make_window, tmp_path, app_font, monkeypatch, lang, points, how):
    if points:
        app_font(points)
    with in_language(lang):
        window = make_window((1024, 600))
        session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
        notes, bar, path = window.notices, window.statusBar(), store.path
        decided = dict(session.decisions)
        disk = failing_writes(monkeypatch)                      # the disk fills up: no room for a copy either
        failing_copies(monkeypatch, disk)
        qtbot.keyClick(view, Qt.Key.Key_1)                      # a decision held, its warning said
        qtbot.waitUntil(lambda: len(notes.problems) == 1, timeout=10000)
        first = notes.problems[0]
        path.unlink()
        if how == "replaced":
            path.write_bytes(b"a sync client's own version")
        assert not store.flush(10)                              # the writer finds the file gone, cannot write it again
        qtbot.waitUntil(lambda: len(notes.problems) == 2, timeout=10000)
        gone = notes.problems[-1]
        assert store.last_error is not None and store.last_error.kind.endswith("_not_rewritten")

        qtbot.keyClick(view, Qt.Key.Key_2)                      # more decisions held: their warning said again
        qtbot.keyClick(view, Qt.Key.Key_0)
        assert not store.flush(10)
        n = len(store.unsaved)
        qtbot.waitUntil(lambda: notes.problems[0] != first and str(n) in notes.problems[0], timeout=10000)
        held = notes.problems[0]                                # the held decisions' warning, up to date, in its place
        assert notes.problems == [held, gone]
        line = (GONE_LINE if how == "deleted" else REPLACED_LINE)[lang].format(name=NAME, what=YOURS[lang].format(n=n))
        assert view.message_label.text() == "⚠ " + line       # what the bar says, and what is lost, counted
        brief = (GONE_BRIEF if how == "deleted" else REPLACED_BRIEF)[lang].format(name=NAME)
        qtbot.waitUntil(lambda: bar.currentMessage() == brief and fits(bar)   # whole: the counts give it room
                        and bar.shown_message() == brief, timeout=10000)
        assert bar.toolTip() == f"{gone} {held}"               # both warnings whole a glance away
        assert n >= 2 and set(store.unsaved) == set(session.decisions) - set(decided)
