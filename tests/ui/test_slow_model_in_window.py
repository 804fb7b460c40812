"""A model in the teacher's folder that loops for ever on one answer, in the real main window (scoring.run_limit).

Before, the scoring worker waited for that batch for ever: the progress never ended, Cancel was only heard between
batches, and closing the sheet or quitting waited for the worker. Now the batch is ended at its time limit (made small
here) and scoring stops with one sentence; the answers it had not scored are the teacher's to score, and the teacher's
decisions stay. Cancel ends a batch under way at once. Real bundles, real onnxruntime, the real window.
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from colleague_model import COLLEAGUES as SLOW
from colleague_model import class_sheet, keys_of, slow_on_long_answers_model, opened_with
from grader_app.scoring import run_limit
from ui_helpers import decisions_on_disk

STOPPED = ("cell-transport.gradebundle holds a model that took more than 0.5 seconds to score one batch of answers, "
           "where a model of short answers needs a fraction of a second, so Grader stopped it and left the answers it had "
           "not scored for you; remove it from your models and ask whoever made it for a fixed copy.")


def opened(qtbot, make_window, tmp_path):
    """The window, with the colleague's looping model in the teacher's folder, the sheet opened and its columns dialog
    up."""
    return opened_with(qtbot, make_window, class_sheet(tmp_path / "class.csv"), slow_on_long_answers_model(3, words=1500))


def test_a_batch_past_its_limit_stops_scoring_and_the_rest_go_to_the_teacher(qtbot, make_window, tmp_path,
                                                                              monkeypatch):
    monkeypatch.setattr(run_limit, "BATCH_SECONDS", 0.5)
    window = opened(qtbot, make_window, tmp_path)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        window.mapping_dialog.ok_button.click()
    s = window.session
    assert window.last_error == STOPPED
    assert window.statusBar().currentMessage().startswith("Scoring failed: cell-transport.gradebundle holds a model that took")
    assert set(s.predictions) == set(keys_of(s, "asap-sas-1"))   # scored before it: kept
    assert set(keys_of(s, SLOW)) <= set(s.review_queue())        # the colleague's model's answers: the teacher's
    qtbot.waitUntil(lambda: window.tasks.pool.activeThreadCount() == 0, timeout=10000)   # the worker is free
    assert not window.scoring.busy
    first = keys_of(s, SLOW)[0]   # the teacher scores them as any answer without a score
    window.show_review([first])
    qtbot.keyClick(window.review_view, Qt.Key.Key_2)
    assert s.decisions[first].score == 2 and decisions_on_disk(window.store)[first][0] == 2


def test_cancel_ends_a_batch_under_way_and_the_window_answers_meanwhile(qtbot, make_window, tmp_path, monkeypatch):
    """The limit is ten minutes here: the worker is in the looping batch for as long as the test wants. The teacher
    decides an answer meanwhile, and Cancel ends the batch under way, not at the limit."""
    monkeypatch.setattr(run_limit, "BATCH_SECONDS", 600.0)
    window = opened(qtbot, make_window, tmp_path)
    window.mapping_dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.session is not None and len(window.session.predictions) == 6, timeout=30000)
    s = window.session
    assert window.scoring.busy   # the asap-sas-1 answers are scored; the worker is on the looping batch
    key = keys_of(s, "asap-sas-1")[0]
    window.show_review([key])
    qtbot.keyClick(window.review_view, Qt.Key.Key_1)
    assert s.decisions[key].score == 1 and window.scoring.busy
    with qtbot.waitSignal(window.scoringFinished, timeout=20000):
        qtbot.mouseClick(window.strip.cancel_button, Qt.MouseButton.LeftButton)
    assert "Scoring stopped" in window.statusBar().currentMessage()
    assert s.decisions[key].score == 1 and decisions_on_disk(window.store)[key][0] == 1
    assert set(s.predictions) == set(keys_of(s, "asap-sas-1"))
    qtbot.waitUntil(lambda: window.tasks.pool.activeThreadCount() == 0, timeout=10000)
