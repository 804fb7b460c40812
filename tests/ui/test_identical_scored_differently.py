"""Word-for-word identical answers the teacher gave different scores (QA s52a finding 7: ten scored 1 and three scored 2
in one group, and nothing said so). The real main window on a real sheet: the teacher pulls two identical answers out
of their group in the review and gives them 2, the group 1; the results say "2 answers to question Ice floats are
identical to others but got another score", its button lists them in the table (the filter "Identical, other
scores") and Enter there reviews them, the end of the review and the export dialog say it as a note (the export goes
on), and once the scores agree it is said no more."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

import grader_app.core.consistency as consistency
import grader_app.ui.differing_scores as differing_scores
import grader_app.ui.results_view as results_view
import grader_app.ui.results_words as results_words
from grader_app.ui import results_model as rm
from grader_app.ui.menus import REVIEW
from ui_helpers import write_csv

SAME = "Ice is less dense than water."
SAID = "2 answers to question Ice floats are identical to others but got another score."
OTHERS = ["It is cold.", "Because hydrogen bonds hold the molecules in an open lattice, so ice is less dense.",
          "I do not know why it floats at all."]


def class_csv(path):
    """Eight identical answers to one question (one with other case and no full stop: identical all the same), and
    three others; no model scores the question."""
    texts = [SAME] * 7 + ["ice is less dense than water"] + OTHERS
    return write_csv(path, ["Student ID", "Name", "Question", "Answer"],
                     [[f"9B{i:03d}", f"Student {i}", "Ice floats", text] for i, text in enumerate(texts)])


def opened(qtbot, window, path):
    window.open_sheet(path)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=30000)
    window.mapping_dialog.accept()
    qtbot.waitUntil(lambda: window.session is not None and not window.scoring.busy, timeout=30000)
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)   # the groups of alike answers are known
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    return window.session


def decide_in_review(qtbot, window):
    """In the review: two of the identical answers pulled out of their group and given 2, the group given 1, every
    other answer 0."""
    session = window.session
    qtbot.mouseClick(window.results.review_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == REVIEW
    rv = window.review_view
    same = [a.key for a in session.answers if a.text.lower().rstrip(".") == SAME.lower().rstrip(".")]
    for key in same[1:3]:
        rv.go_to(key)
        assert len(rv.current_unit()) > 1                 # a member of the group of identical answers
        qtbot.keyClick(rv, Qt.Key.Key_P)                  # pulled out …
        qtbot.keyClick(rv, Qt.Key.Key_2)                  # … and given 2
        assert session.final_score(key) == 2
    rv.go_to(same[0])
    qtbot.keyClick(rv, Qt.Key.Key_1)                      # the group: 1
    for a in session.answers:
        if a.key not in session.decisions:
            rv.go_to(a.key)
            qtbot.keyClick(rv, Qt.Key.Key_0)
    assert sorted(session.final_score(k) for k in same) == [1] * 6 + [2] * 2
    return rv, same


def decided(qtbot, window, tmp_path):
    """The class of :func:`class_csv` opened in the real window and decided in the review as
    :func:`decide_in_review` does; returns what it returns."""
    opened(qtbot, window, class_csv(tmp_path / "class.csv"))
    return decide_in_review(qtbot, window)


@pytest.fixture
def found_on(monkeypatch) -> list[int]:
    """The results' figures worked out on their worker from 4 answers up (not 2,000), and the threads on which the
    identical answers scored differently are looked for (by the figures, the results line, the end of the review or
    the export note), in the order they are."""
    monkeypatch.setattr(results_view, "ASYNC_FROM", 4)
    threads: list[int] = []

    def watched(session):
        threads.append(threading.get_ident())
        return consistency.differing(session)
    for module in (results_words, differing_scores):
        monkeypatch.setattr(module, "differing", watched)
    return threads


def test_identical_answers_with_another_score_are_said_listed_and_noted_at_the_export(qtbot, window, tmp_path):
    session = opened(qtbot, window, class_csv(tmp_path / "class.csv"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    line, filter_button = window.results.differing, window.results.filter_buttons[rm.DIFFERING]
    assert line.isHidden() and filter_button.isHidden()   # nothing decided: nothing to compare
    rv, same = decide_in_review(qtbot, window)
    qtbot.waitUntil(lambda: SAID in rv.end.text(), timeout=5000)   # with the results' figures (off_the_gui_thread)
    assert rv.end.isVisible()
    assert "choose “Identical, other scores” above the table" in rv.end.text()

    qtbot.keyClick(rv, Qt.Key.Key_Escape)                 # back to the results
    qtbot.waitUntil(lambda: line.isVisible(), timeout=5000)
    assert line.label.text() == "⚠ " + SAID and filter_button.isVisible()
    qtbot.mouseClick(line.show_button, Qt.MouseButton.LeftButton)
    assert window.results.proxy.mode() == rm.DIFFERING and filter_button.isChecked()
    assert sorted(window.results.visible_keys()) == sorted(same)   # both sides: the 1s and the 2s
    assert window.results.shown.text() == f"Showing 8 of {len(session.answers)} answers"
    assert window.results.table.hasFocus() and window.results.chosen_row().isValid()
    qtbot.keyClick(window.results.table, Qt.Key.Key_Return)   # Enter: the review goes through them, one by one
    assert window.pages.currentIndex() == REVIEW and sorted(rv.queue.keys()) == sorted(same)
    qtbot.keyClick(rv, Qt.Key.Key_Escape)

    window.show_export()
    dialog = window.export_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    text = dialog.summary_label.text()
    assert SAID in text and "You can still export" in text
    assert dialog.export_button.isEnabled()               # a note, not a block
    dialog.reject()

    window.results.set_filter(rm.ALL)
    for key in same:                                      # the teacher makes them agree: nothing said any more
        session.decide(key, 1)
    window.results.decisions_changed()
    qtbot.waitUntil(lambda: line.isHidden(), timeout=5000)
    assert filter_button.isHidden()
    window.show_export()
    qtbot.waitUntil(window.export_dialog.isVisible, timeout=5000)
    assert "identical to others" not in window.export_dialog.summary_label.text()
    window.export_dialog.reject()


def test_on_a_large_sheet_they_are_found_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch, found_on):
    """From 2,000 answers up (forced here at 4) the figures are worked out on a worker, and the identical answers scored
    differently with them: the results line is given them and works out nothing itself (a pass over every answer that
    took 0.2–0.7 s on the GUI thread at every refresh of a 20,000-answer sheet: QA s52g finding 5). It says the same."""
    DifferingLine = differing_scores.DifferingLine
    given: list[bool] = []
    update_for = DifferingLine.update_for

    def told(line, session, found=None, revision=None):
        if session is not None:
            given.append(found is not None)
        return update_for(line, session, found, revision)
    monkeypatch.setattr(DifferingLine, "update_for", told)
    rv, same = decided(qtbot, window, tmp_path)
    qtbot.keyClick(rv, Qt.Key.Key_Escape)
    line = window.results.differing
    qtbot.waitUntil(lambda: line.isVisible() and not window.results.figures_pending(), timeout=5000)
    assert line.label.text() == "⚠ " + SAID
    assert found_on and threading.get_ident() not in found_on
    assert given and all(given)


def test_the_end_of_the_review_says_them_with_the_figures_found_off_the_gui_thread(qtbot, window, tmp_path, found_on):
    """The end of a review found them itself, on the GUI thread, at every key once the review was done (0.2–0.7 s on
    20,000 answers). It takes them from the results page's figures now, worked out on their worker (forced here from 4
    answers), once those hold for the scores as they are: the note comes a moment after the last key, with the right
    figures, and a screen reader hears it; going through the answers finds nothing again, and a score that makes them
    agree takes the note away with the next figures."""
    gui = threading.get_ident()
    rv, same = decided(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: SAID in rv.end.text(), timeout=5000)
    assert rv.end.text().startswith("✓ Review done: every answer that needed you is decided.")
    assert rv.end.text().endswith(f" {SAID} Press Esc and choose “Identical, other scores” above the table to see them.")
    qtbot.waitUntil(lambda: SAID in rv.accessibleDescription(), timeout=5000)   # heard too, though it came after the key
    assert found_on and gui not in found_on

    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    before = len(found_on)
    qtbot.keyClick(rv, Qt.Key.Key_Left)                   # going through the answers: the same figures serve
    qtbot.keyClick(rv, Qt.Key.Key_Right)
    assert SAID in rv.end.text() and len(found_on) == before

    twos = [k for k in same if window.session.final_score(k) == 2]
    for key in twos:                                      # the teacher makes them agree
        rv.go_to(key)
        qtbot.keyClick(rv, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: rv.end.isVisible() and "identical to others" not in rv.end.text(), timeout=5000)
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    assert rv.end.text().startswith("✓ Review done") and gui not in found_on


def test_the_export_dialog_takes_them_from_the_figures_found_off_the_gui_thread(qtbot, window, tmp_path, found_on):
    """Opening the export dialog found them itself, on the GUI thread (0.2–0.7 s on 20,000 answers, each time it was
    opened). Its note takes them from the results page's figures now (worked out on their worker, forced here from 4
    answers): opened just after the last score, before the figures hold for it, the note follows once they come; opened
    again with the figures fresh, it says them at once and nothing is worked out anew."""
    gui = threading.get_ident()
    rv, same = decided(qtbot, window, tmp_path)
    window.show_export()                                  # at once: the figures may not hold for the last score yet
    dialog = window.export_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: SAID in dialog.summary_label.text(), timeout=5000)
    assert "You can still export" in dialog.summary_label.text()
    assert found_on and gui not in found_on
    dialog.reject()

    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    before = len(found_on)
    window.show_export()                                  # the figures are fresh: said at once, nothing worked out
    assert SAID in window.export_dialog.summary_label.text()
    assert len(found_on) == before
    window.export_dialog.reject()
