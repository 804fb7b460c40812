"""While a sheet is scored in batches, the results table said "Yours to score (no model)", amber, for every answer whose
batch had not landed yet (QA): the teacher read that no model scores them. Until its batch lands, such an answer says
it is being scored, uncoloured, and the "Needs review" filter leaves it out; an answer of a question with no model says
"Yours to score (no model)" from the start, and so do the answers left without a score when scoring is stopped."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.core import review
from grader_app.ui import results_model as rm
from grader_app.ui import style
from ui_helpers import make_long_csv, stuck_scoring

OWN = "own-question"   # no model scores it: the teacher does
FIRST, SECOND = "asap-sas-1", "asap-sas-5"   # scored in this order, a batch of 4 answers at a time


def _row(window, key: int) -> tuple[str, object, str]:
    """The status column of answer ``key`` as the table shows it: its words, its background, its tooltip."""
    table = window.results.model
    cell = table.index(table.row_of(key), rm.STATUS)
    return (table.data(cell), table.data(cell, Qt.ItemDataRole.BackgroundRole),
            table.data(cell, Qt.ItemDataRole.ToolTipRole))


def _needs_review_rows(window) -> set[int]:
    window.results.set_filter(rm.NEEDS_REVIEW)
    keys = set(window.results.visible_keys())
    window.results.set_filter(rm.ALL)
    return keys


def _open_stuck(qtbot, window, tmp_path, monkeypatch):
    """A sheet of two questions with a model and one without, opened; its scoring waits after the first batch
    (every answer of FIRST) until the returned Event is set."""
    go_on = stuck_scoring(monkeypatch)
    window.open_sheet(make_long_csv(tmp_path / "answers.csv", n_students=4, items=(FIRST, SECOND, OWN)))
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    assert window.mapping_dialog.chosen() == {FIRST: FIRST, SECOND: SECOND, OWN: None}
    with qtbot.waitSignal(window.sessionReady, timeout=20000):
        window.mapping_dialog.ok_button.click()
    return window.session, go_on


def test_answers_not_scored_yet_say_they_are_being_scored_not_that_no_model_scores_them(
        qtbot, window, tmp_path, monkeypatch):
    s, go_on = _open_stuck(qtbot, window, tmp_path, monkeypatch)
    amber = style.status_colour(review.UNSCORED)
    own, first, second = s.keys_for(OWN), s.keys_for(FIRST), s.keys_for(SECOND)
    # the table's first paint, before any batch: the questions with a model are being scored, the other is the teacher's
    for k in first + second:
        words, background, tip = _row(window, k)
        assert words == "Scoring…", k
        assert background == (style.FLAG_COLOUR if s.flags.get(k) else None), k   # a flag's colour, never amber
        assert tip == "Its question's model is scoring the sheet; this answer's score follows"
    for k in own:
        assert _row(window, k) == ("Yours to score (no model)", amber,
                                   "No model scores this question; you give the score")

    # the first batch (every answer of FIRST) landed; SECOND's waits
    qtbot.waitUntil(lambda: window.scoring.busy and all(k in s.predictions for k in first), timeout=10000)
    qtbot.waitUntil(lambda: all(_row(window, k)[0] != "Scoring…" for k in first), timeout=5000)
    assert window.scoring.busy and not any(k in s.predictions for k in second)
    assert {_row(window, k)[0] for k in first} <= {"Needs review", "Auto-accepted"}
    assert all(_row(window, k)[0] == "Scoring…" for k in second)
    assert all(_row(window, k)[0] == "Yours to score (no model)" for k in own)
    # "Needs review": the teacher's answers (the question without a model, and FIRST's unsure ones), none being scored
    assert _needs_review_rows(window) == set(own) | {k for k in first if s.status(k) == review.NEEDS_REVIEW}

    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        go_on.set()
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    assert not any(_row(window, k)[0] == "Scoring…" for k in range(len(s.answers)))
    assert {_row(window, k)[0] for k in second} <= {"Needs review", "Auto-accepted"}
    assert all(_row(window, k)[:2] == ("Yours to score (no model)", amber) for k in own)
    assert _needs_review_rows(window) == set(s.review_queue())


@pytest.mark.parametrize("filtered", [False, True], ids=["all-answers", "needs-review-shown"])
def test_answers_left_unscored_when_scoring_stops_are_the_teachers(qtbot, window, tmp_path, monkeypatch, filtered):
    """Stopped after the first batch: the answers no batch reached are the teacher's to score, and the "Needs review"
    filter, if it is shown, takes them in as scoring ends."""
    s, go_on = _open_stuck(qtbot, window, tmp_path, monkeypatch)
    first, second = s.keys_for(FIRST), s.keys_for(SECOND)
    qtbot.waitUntil(lambda: window.scoring.busy and all(k in s.predictions for k in first), timeout=10000)
    if filtered:
        window.results.set_filter(rm.NEEDS_REVIEW)
        assert not set(second) & set(window.results.visible_keys())
    window.scoring.cancel()
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        go_on.set()
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    assert not any(k in s.predictions for k in second)
    assert all(_row(window, k)[:2] == ("Yours to score (no model)", style.status_colour(review.UNSCORED))
               for k in second)
    if filtered:
        assert set(window.results.visible_keys()) == set(s.review_queue()) >= set(second)
        assert window.results.shown.text() == f"Showing {len(s.review_queue())} of {len(s.answers)} answers"
