"""Closing a sheet (or quitting) while changes other than decisions are held (a full disk). The question asked before
closing counted the decisions only ("2 of your decisions could not be saved…; if you close, they are lost."), and the
sentence said once the sheet was closed anyway counted them only too ("2 decisions could not be saved to … before it
was closed"): a comment or a threshold held with them was lost without a word, the teacher believing only the decisions
were at stake. With only a threshold held, the sheet closed at once (nothing was asked) and the loss was said after it.
Now the question is asked whenever anything is held, counting the decisions and naming the rest ("Changes not saved to
answers.grader-project, even when tried again just now: your 2 decisions and your comment. If you close, they are
lost."), and the closing sentence names them as well, in English, German and Spanish.

In the real window with a sheet scored for real; the disk is full as in tests/failing_disk.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_writes
from grader_app.io.project_problems import unsaved_failure
from grader_app.ui.main_window import REVIEW
from grader_app.ui.messages import plain
from in_language import in_language
from test_decisions_saved_after_all import _idle_under_review
from test_held_changes_saved_after_all import ITEM
from test_unsaved_decisions_up_to_date import PROJECT, _comment

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AGAIN = "check the disk has room and the file is not read-only, then open the sheet again and redo them"


def _asked(qtbot, window):
    qtbot.waitUntil(lambda: window.unsaved_close.box is not None and window.unsaved_close.box.isVisible(), timeout=20000)
    return window.unsaved_close.box


def _lose(qtbot, window) -> None:
    with qtbot.waitSignal(window.sheetClosed, timeout=30000):
        window.unsaved_close.lose_button.click()


def test_a_threshold_held_alone_is_asked_about_before_the_sheet_closes(qtbot, window, tmp_path, monkeypatch):
    session, store, _keys, _view = _idle_under_review(qtbot, window, tmp_path)
    disk = failing_writes(monkeypatch)                          # the disk fills up
    panel = window.results.threshold
    panel.scope.setCurrentIndex(panel.scope.findData(ITEM))
    panel.slider.setValue(61)                                   # held: the only change not saved
    qtbot.waitUntil(lambda: any(p.startswith("The thresholds could not") for p in window.notices.problems),
                    timeout=10000)
    assert store.unsaved == {}

    window.close_sheet()
    box = _asked(qtbot, window)                                 # asked, not closed with the threshold lost
    assert box.windowTitle() == "Changes not saved"
    assert box.text() == (f"Changes not saved to {PROJECT}, even when tried again just now: the thresholds. If you "
                          "close, they are lost.")
    assert box.informativeText() == ("The disk is full: free some space on it and try again, or export the graded "
                                     "sheet to another drive to keep your comments and scores there.")
    assert window.unsaved_close.lose_button.text() == "Close and &lose them"
    assert window.session is session and window.pages.currentIndex() == REVIEW

    _lose(qtbot, window)                                        # the teacher's choice, knowing what it loses
    assert window.session is None
    assert f"The thresholds could not be saved to {PROJECT} before it was closed" in window.last_error
    disk["on"] = False


def test_decisions_and_a_comment_held_are_both_said_when_closing(qtbot, window, tmp_path, monkeypatch):
    session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    failing_writes(monkeypatch)
    decided = len(session.decisions)
    qtbot.keyClick(view, Qt.Key.Key_1)                          # a decision (or its group's) held
    _comment(qtbot, view, "Name the membrane's job.")           # and a comment held after it
    n = len(session.decisions) - decided
    qtbot.waitUntil(lambda: any(" and your comment are kept" in p for p in window.notices.problems), timeout=10000)
    yours = "your decision" if n == 1 else f"your {n} decisions"

    window.close()                                              # quitting asks too
    box = _asked(qtbot, window)
    assert box.text() == (f"Changes not saved to {PROJECT}, even when tried again just now: {yours} and your "
                          "comment. If you close, they are lost.")
    assert box.informativeText() == ("The disk is full: free some space on it and try again, or export the graded "
                                     "sheet to another drive to keep your decisions there.")
    window.unsaved_close.lose_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    counted = "1 decision" if n == 1 else f"{n} decisions"
    assert window.last_error.startswith(f"{counted} and your comment could not be saved to {PROJECT} before it was "
                                        f"closed (database or disk is full); {AGAIN}")


@pytest.mark.parametrize("lang, one, three", [
    ("en", "1 decision and your comment could not be saved to p.grader-project before it was closed (disk full); "
           f"{AGAIN}.",
     "3 decisions and the thresholds could not be saved to p.grader-project before it was closed (disk full); "
     f"{AGAIN}."),
    ("de", "1 Entscheidung und Ihr Kommentar konnten vor dem Schließen nicht in p.grader-project gespeichert werden "
           "(disk full); prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist, öffnen "
           "Sie dann die Tabelle erneut und wiederholen Sie alles.",
     "3 Entscheidungen und die Schwellenwerte konnten vor dem Schließen nicht in p.grader-project gespeichert werden "
     "(disk full); prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist, öffnen Sie "
     "dann die Tabelle erneut und wiederholen Sie alles."),
    ("es", "1 decisión y tu comentario no se pudieron guardar en p.grader-project antes de cerrarlo (disk full); "
           "comprueba que el disco tiene espacio y que el archivo no es de solo lectura, luego abre la hoja de nuevo y "
           "repítelo todo.",
     "3 decisiones y los umbrales no se pudieron guardar en p.grader-project antes de cerrarlo (disk full); comprueba "
     "que el disco tiene espacio y que el archivo no es de solo lectura, luego abre la hoja de nuevo y repítelo "
     "todo."),
])
def test_the_closing_sentence_names_what_was_held_with_the_decisions_in_each_language(qapp, lang, one, three):
    with in_language(lang):
        said_one = plain(_closing(1, ["your decision", "your comment"]))
        said_three = plain(_closing(3, ["your decision", "the thresholds"]))
    assert (said_one, said_three) == (one, three)


def _closing(n: int, whats: list[str]):
    """The writer's sentence at close for ``n`` decisions held with ``whats``, the reason "disk full"."""
    return unsaved_failure("p.grader-project", n, whats, RuntimeError("disk full"), closing=True)


def test_a_change_held_without_a_decision_of_its_own_is_named_not_counted_as_none(qtbot, window, tmp_path, monkeypatch):
    """A change written as a decision's that holds none (one step's rows with no decision among them) is held: the
    question names it rather than saying "0 of your decisions could not be saved"."""
    _session, store, _keys, _view = _idle_under_review(qtbot, window, tmp_path)
    failing_writes(monkeypatch)
    store._write(lambda conn: None, ("decisions",), "your decision")   # as ProjectUndo.one_write with no decision
    qtbot.waitUntil(lambda: store.held_changes == ["your decision"], timeout=10000)
    assert store.unsaved == {}
    window.close_sheet()
    box = _asked(qtbot, window)
    assert box.text() == (f"Changes not saved to {PROJECT}, even when tried again just now: your decision. If you "
                          "close, they are lost.")
    window.unsaved_close.cancel_button.click()


@pytest.mark.parametrize("lang, undo, pulled", [
    ("de", "die Rückgängig-Schritte", "die aus ihrer Gruppe genommene Antwort"),
    ("es", "los pasos para deshacer", "la respuesta sacada de su grupo"),
])
def test_every_change_the_writer_may_hold_is_named_in_the_teachers_language(qapp, lang, undo, pulled):
    """Now that the question before closing names what is held beside the decisions, each change the project's writer
    may hold is said in the teacher's language: the rarer ones (an undo step alone, a member pulled out of its group,
    a question's scale, what the graded sheet says…) were named in English inside a German or Spanish sentence."""
    import re
    from pathlib import Path

    from grader_app.io.project_problems import PARTS

    root = Path(__file__).resolve().parents[2] / "grader_app" / "io"
    held = {m for f in root.glob("project_*.py") for m in re.findall(r'self\._write\([^\n]*"([^"]+)"\)', f.read_text())}
    held |= {"the undo steps"}   # (ProjectUndo.save_undo's Write)
    assert held and held <= set(PARTS)                        # every change written by the writer has its words
    with in_language(lang):
        said = plain(_closing(2, ["your decision", "the undo steps", "the answer pulled out of its group"]))
    assert f"{undo} und {pulled}" in said if lang == "de" else f"{undo} y {pulled}" in said
