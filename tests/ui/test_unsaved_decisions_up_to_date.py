"""What the window says of decisions a full disk left unsaved counts them and stays true. It said "Your decision is
kept but could not be saved to answers.grader-project (4 unsaved)…" whatever the count; the notes above the results
kept one such warning per failed commit ("(2 unsaved)", then "(4 unsaved)"); and once the decisions were written after
all, the review screen's own message line went on saying the warning until something else took its place (the notes
and the status bar said the good news: tests/ui/test_decisions_saved_after_all.py).

Now the failure counts with the language's plural forms ("4 of your decisions are kept but could not be saved…"); a
newer failure of the decisions takes the place of the older one in the notes (they hold one, up to date); and the
review's message line says the good news where it said the warning (the teacher, mid-review, sees that nothing needs
redoing: a warning that simply went would not tell whether it had been dealt with), as it says any news: the next key
clears it. A message said there since the warning stays.

The disk is made full as in tests/ui/test_decisions_saved_after_all.py, in the real window with a sheet scored for
real."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from failing_disk import failing_writes
from grader_app.io.project_store import ProjectError
from grader_app.ui.messages import plain
from in_language import in_language
from test_decisions_saved_after_all import SOURCE, _idle_under_review

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PROJECT = "answers.grader-project"
ONE = f"Your decision is kept but could not be saved to {PROJECT} (1 unsaved); check the disk"
MANY = "{n} of your decisions are kept but could not be saved to " + PROJECT + "; check the disk"


def _failures(notes) -> list[str]:
    """The decisions' failures the notes above the results hold."""
    return [p for p in notes.problems if f"kept but could not be saved to {PROJECT}" in p]


def _saved_news(n: int) -> str:
    return QCoreApplication.translate("ScoringController", SOURCE, "", n).format(name=PROJECT)


def _on_the_bar(bar, n: int) -> bool:
    """The status bar says that the ``n`` decisions are written after all in a few words, the whole news its tooltip
    (the whole is cut there at 16 pt: tests/ui/test_saved_news_short_at_16_pt.py)."""
    brief = QCoreApplication.translate("ScoringController", "Nothing is lost: your %n decisions are saved.", "", n)
    return bar.currentMessage() == brief and bar.toolTip() == _saved_news(n)


def _comment(qtbot, view, text: str) -> None:
    """A comment on the answer shown, saved with Ctrl+Enter: a change the writer takes, that leaves the message line."""
    qtbot.keyClick(view, Qt.Key.Key_C)
    dialog = view.comment_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.editor, text)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()


@pytest.mark.parametrize("lang, one, three", [
    ("en", "Your decision is kept but could not be saved to p.grader-project (1 unsaved); check the disk has room and "
           "the file is not read-only.",
     "3 of your decisions are kept but could not be saved to p.grader-project; check the disk has room and the file "
     "is not read-only."),
    ("de", "Ihre Entscheidung bleibt erhalten, konnte aber nicht in p.grader-project gespeichert werden (1 Entscheidung "
           "nicht gespeichert); prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist.",
     "3 Ihrer Entscheidungen bleiben erhalten, konnten aber nicht in p.grader-project gespeichert werden; prüfen Sie, "
     "ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist."),
    ("es", "Tu decisión se conserva, pero no se pudo guardar en p.grader-project (1 decisión sin guardar); comprueba que "
           "el disco tiene espacio y que el archivo no es de solo lectura.",
     "3 de tus decisiones se conservan, pero no se pudieron guardar en p.grader-project; comprueba que el disco tiene "
     "espacio y que el archivo no es de solo lectura.")])
def test_the_failure_counts_the_unsaved_decisions_in_each_language(qapp, lang, one, three):
    with in_language(lang):
        said = [plain(ProjectError.said("project.decisions_unsaved", name="p.grader-project", count=n)) for n in (1, 3)]
    assert said == [one, three]


def test_the_notes_hold_one_failure_of_the_decisions_the_latest(qtbot, window, tmp_path, monkeypatch):
    session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar = window.notices, window.statusBar()
    before = list(notes.notes)                                  # what the opening said, if anything
    failing_writes(monkeypatch)                                 # the disk fills up
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: _failures(notes) != [], timeout=10000)
    first = _failures(notes)
    qtbot.keyClick(view, Qt.Key.Key_1)                          # one more commit refused, holding more decisions
    n = len(session.decisions)
    assert n >= 2
    # The writer holds what it could not write when its refused write comes back, not at the key: wait for that.
    qtbot.waitUntil(lambda: set(store.unsaved) == set(session.decisions), timeout=10000)
    latest = MANY.format(n=n)
    qtbot.waitUntil(lambda: any(p.startswith(latest) for p in notes.problems), timeout=10000)
    assert len(first) == 1 and not first[0].startswith(latest)
    assert len(_failures(notes)) == 1                           # in the older one's place, not beside it
    assert notes.notes == before + _failures(notes)
    assert bar.currentMessage().startswith(latest)
    assert view.message_label.text().startswith("⚠ " + latest)


def test_the_review_line_says_the_decisions_are_in_after_all_where_it_said_they_were_not(
        qtbot, window, tmp_path, monkeypatch):
    session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    bar = window.statusBar()
    disk = failing_writes(monkeypatch)
    qtbot.keyClick(view, Qt.Key.Key_2)
    n = len(session.decisions)
    said = "⚠ " + (ONE if n == 1 else MANY.format(n=n))
    qtbot.waitUntil(lambda: view.message_label.text().startswith(said), timeout=10000)
    assert set(store.unsaved) == set(session.decisions)

    disk["on"] = False                                          # room again: the comment's write carries them
    _comment(qtbot, view, "Name the membrane's job.")
    saved = _saved_news(n)
    qtbot.waitUntil(lambda: _on_the_bar(bar, n), timeout=10000)
    assert store.unsaved == {}
    assert view.message_label.text() == saved and view.message_label.isVisible()   # no "⚠": the news in its place
    assert view.save_error is None
    qtbot.keyClick(view, Qt.Key.Key_1)                          # news, like any: gone with the next decision
    assert saved not in view.message_label.text()


def test_a_message_said_since_the_failure_stays_when_the_decisions_are_written(qtbot, window, tmp_path, monkeypatch):
    session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    bar = window.statusBar()
    disk = failing_writes(monkeypatch)
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: view.message_label.text().startswith("⚠ "), timeout=10000)
    n = len(session.decisions)
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)   # nothing to redo: said in its place
    nothing = view.message_label.text()
    assert nothing and not nothing.startswith("⚠ ")

    disk["on"] = False
    _comment(qtbot, view, "Name the membrane's job.")
    qtbot.waitUntil(lambda: _on_the_bar(bar, n), timeout=10000)
    assert store.unsaved == {} and view.message_label.text() == nothing
