"""The status bar's news (QA): "Opened groups.csv", "Restored 60 decisions…" and "Scored 20 answers" stayed on
through later marking, undo and redo, reading as current news long after. News says what just happened, so it goes
at the teacher's next decision (or after its time); a warning shown since is left for its own time. The real
window, a sheet opened and scored for real, marks made with the review page's keys."""
from __future__ import annotations


from PySide6.QtCore import Qt

from grader_app.ui.main_window import REVIEW
from failing_disk import failing_writes
from test_project_write_errors import SENTENCE
from test_reopen_changed_sheet import graded_on_disk, open_in, rows_of, write_rows
from ui_helpers import make_long_csv, open_and_score, stuck_scoring


def _review(qtbot, window):
    window.results.request_review()
    assert window.pages.currentIndex() == REVIEW
    return window.review_view


def test_the_news_of_opening_and_scoring_goes_at_the_next_mark(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "class" / "answers.csv", n_students=5)
    s = open_and_score(qtbot, window, sheet)
    bar = window.statusBar()
    assert bar.currentMessage().startswith("Scored 9 answers")   # of 10: the blank one is left to the teacher
    view = _review(qtbot, window)
    first = view.current_key()
    assert bar.currentMessage()                     # moving to the review page is no decision
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert s.decisions[first].score == 2
    # the opening's news is gone; where the first card was a group (grouping may be done by now), the bar says this
    # mark's own news instead ("Score 2 given to 2 answers in the group; Ctrl+Z undoes it.", 3d7ef3b)
    said = bar.currentMessage()
    assert said == "" or (said.startswith("Score 2 given to ") and "group" in said), said
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert bar.currentMessage() == ""


def test_the_restored_decisions_note_goes_at_the_next_mark_but_a_warning_stays(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "class" / "answers.csv", n_students=5)
    s = open_and_score(qtbot, window, sheet)
    s.decide(s.review_queue()[0], 1)
    window.close_sheet()
    with qtbot.waitSignal(window.sessionReady, timeout=10000):
        window.open_sheet(sheet)
    bar = window.statusBar()
    assert bar.currentMessage().startswith("Restored 1 decision from ")
    qtbot.waitUntil(lambda: not window.scoring.busy, timeout=10000)
    view = _review(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert bar.currentMessage() == ""
    # a sentence that is no news (blind marking turned on says what it hides) outlives the next mark
    window.blind.set_blind(True)
    said = bar.currentMessage()
    assert said.startswith("Blind marking")
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert bar.currentMessage() == said



def _typo_fixed(tmp_path):
    """A graded sheet whose first decided answer was then edited in the sheet: its decision cannot be restored."""
    sheet = make_long_csv(tmp_path / "typo.csv", n_students=6)
    decided = graded_on_disk(sheet, 2)
    rows = rows_of(sheet)
    rows[1][3] = decided[0].text + " (typo fixed)"
    write_rows(sheet, rows)
    return sheet


def test_a_decision_not_restored_stays_said_after_the_next_mark(qtbot, window, tmp_path):
    """"1 decision could not be restored…" is a warning, not news: the next mark leaves it for its time."""
    open_in(qtbot, window, _typo_fixed(tmp_path))
    bar = window.statusBar()
    note = bar.currentMessage()
    assert note.endswith("1 note about this sheet is shown above the results.")
    [warning] = window.notices.notes
    assert "could not be restored" in warning
    view = _review(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert window.session.decisions[view.queue.keys()[0]].score == 1
    assert bar.currentMessage() == note
    assert window.notices.notes == [warning] and not window.notices.isHidden()   # whole, above the results, still


def test_the_scoring_note_does_not_replace_a_decision_not_restored(qtbot, window, tmp_path):
    """QA: "Scored 12 answers in 0.1 s" came 0.16 s after the warning and took its place, and being news it went at
    the next mark, so the warning was never seen. The warning keeps the bar, through scoring's end and the next mark."""
    sheet = _typo_fixed(tmp_path)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        open_in(qtbot, window, sheet)
    assert not window.scoring.busy
    bar = window.statusBar()
    assert "1 note about this sheet is shown above the results." in bar.currentMessage()
    assert "1 decision could not be restored because its answer changed in the sheet" in window.notices.notes[0]
    note = bar.currentMessage()
    view = _review(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert window.session.decisions[view.queue.keys()[0]].score == 1
    assert bar.currentMessage() == note


def test_a_failed_save_is_not_replaced_by_the_scoring_note(qtbot, window, tmp_path, monkeypatch):
    """QA: "Your decision is kept but could not be saved…" went the moment "Scored 10 answers" came, so a teacher
    marking while the sheet was scored never read that the disk refused it. A failure keeps the bar for its time."""
    go_on = stuck_scoring(monkeypatch)
    window.open_sheet(make_long_csv(tmp_path / "answers.csv", n_students=5))
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    window.mapping_dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.scoring.busy, timeout=10000)
    failing = failing_writes(monkeypatch)
    s = window.session
    s.decide(s.answers[0].key, 1)                               # marked while the rest are still being scored
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage().startswith(SENTENCE.removeprefix("⚠ ")), timeout=10000)
    said = bar.currentMessage()
    failing["on"] = False
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        go_on.set()
    assert not window.scoring.busy
    assert bar.currentMessage() == said
