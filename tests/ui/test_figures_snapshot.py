"""The results' figures worked out on a worker are the session's as it was when they were asked for.

On a large sheet (2,000 answers and more; 4 here) the sentence, the counts and the identical answers scored differently
are worked out on a worker while the GUI thread goes on changing the session (a decision, a model arriving). The
worker read the live session, so the counts could mix two states; the view asks again once told of a change, so this
was seen only until the next figures came. Now :class:`~grader_app.ui.results_view.ResultsView` hands the worker a
snapshot (:meth:`GradingSession.snapshot`), and takes back the statuses the worker worked out on it where nothing
changed since (:meth:`GradingSession.take_statuses`), so the GUI thread does not work them out again.

The figures are held back for real, without a mock: both of the task manager's worker threads run work that waits for
the test's word (:func:`test_export_snapshot.workers_held`), so the figures queue behind them.
"""
from __future__ import annotations

import threading

import pytest

from grader_app.core.session import GradingSession
from grader_app.ui import results_view as rv
from grader_app.ui.i18n import unbroken
from grader_app.ui.results_words import counts_line, figures
from test_export_snapshot import workers_held
from ui_helpers import results_view, scored_session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def view(qtbot, shipped_bundles, task_manager, monkeypatch):
    """The real results page on a scored sheet of 12 answers, its figures worked out on ``task_manager``'s workers."""
    monkeypatch.setattr(rv, "ASYNC_FROM", 4)   # the path of 2,000 answers and more
    page = results_view(qtbot, scored_session(shipped_bundles, n_students=6))
    page.set_tasks(task_manager)
    return page


def test_decisions_made_while_the_figures_are_worked_out_wait_for_the_next_figures(qtbot, view, task_manager):
    s = view.session
    with workers_held(qtbot, task_manager) as go:
        with qtbot.waitSignal(view.figuresShown, timeout=20000):
            view.refresh()                               # asked for: queued behind the held workers
            counts, sentence, _found, _revision = figures(s.snapshot())   # the session as it is now
            for key in s.keys_for("asap-sas-1"):         # the GUI thread goes on (the view not told yet)
                s.decide(key, 1)
            assert counts_line(s.counts()) != counts_line(counts)   # the counts would change
            go.set()
    assert view.counts.text() == counts_line(counts)     # was: counts with the decisions made after they were asked for
    assert view.sentence.text() == unbroken(sentence)
    with qtbot.waitSignal(view.figuresShown, timeout=20000):
        view.decisions_changed()                         # told: the next figures have them
    assert view.counts.text() == counts_line(s.counts())


def test_the_statuses_the_worker_worked_out_are_not_worked_out_again_on_the_gui_thread(qtbot, view, monkeypatch):
    s = view.session
    s.set_threshold(0.5)                                 # every answer's status is to be worked out again
    on_gui: list[int] = []
    real = GradingSession._work_out_status

    def watched(self, key):
        if threading.current_thread() is threading.main_thread():
            on_gui.append(key)
        return real(self, key)
    monkeypatch.setattr(GradingSession, "_work_out_status", watched)
    with qtbot.waitSignal(view.figuresShown, timeout=20000):
        view.refresh()
    on_gui.clear()
    statuses = [s.status(a.key) for a in s.answers]      # as the table, its filters and the review ask for them
    assert on_gui == [] and len(statuses) == 12          # each one taken from the worker's snapshot
