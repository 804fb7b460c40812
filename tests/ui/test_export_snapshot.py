"""An export writes the session as it was when Export was pressed, whatever changes while it is written.

The file is written on a worker while the GUI thread goes on changing the session: a model learned from the teacher's
marks arrives and scores the answers, a threshold moves, a decision is changed or taken back. Writing from the live
session, the file held whatever those changes had reached by the time the worker read each row, a mix of two states.
Now :func:`grader_app.ui.export_work.work_for` takes a snapshot (:meth:`GradingSession.snapshot`) on the GUI thread.

The export is held back for real, without a mock: both of the task manager's worker threads run work that waits for
the test's word, so the export's own work (the check of where it goes, then the writing) queues behind them, as it
would behind other work on a busy computer. The changes are made meanwhile; the file written is compared, byte for
byte, with the one the same format gives for the session as it was at Export.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt

from export_clicks import choose_format
from grader_app.ui.export_dialog import CSV, FEEDBACK_CSV
from grader_app.ui.export_work import work_for
from test_export_dialog import build_session
from test_export_while_learning_starts import ITEMS, held_child  # noqa: F401  (the fixture, used by name)
from test_main_window import _open_by_drop
from ui_helpers import export_dialog, make_long_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@contextmanager
def workers_held(qtbot, tasks):
    """Every thread of ``tasks``' pool (not learning's) runs work that waits until the event given is set (at the
    latest as the block ends): work started meanwhile queues behind it."""
    qtbot.waitUntil(lambda: tasks.pool.activeThreadCount() == 0, timeout=20000)   # nothing of the dialog's left
    go, started = threading.Event(), []

    def hold() -> None:
        started.append(True)
        go.wait(120)   # a test that fails never leaves a worker behind for long

    n = tasks.pool.maxThreadCount()
    for _ in range(n):
        tasks.run(hold, name="hold a worker")
    qtbot.waitUntil(lambda: len(started) == n, timeout=10000)
    try:
        yield go
    finally:
        go.set()


def written_now(session, fmt, path, recognition=None) -> bytes:
    """What ``fmt`` writes for ``session`` as it is now (written here, on the GUI thread)."""
    made = work_for(session, fmt, path, recognition)
    if made.ahead is not None:
        made.ahead()
    made.run()
    return path.read_bytes()


def exported_while(qtbot, dlg, fmt, out, change) -> None:
    """Export ``fmt`` to ``out`` with the dialog's workers held, ``change`` the session once Export is pressed, then let
    the export go on and wait until it is saved."""
    choose_format(qtbot, dlg, fmt)
    dlg.set_destination(out)
    with workers_held(qtbot, dlg.tasks) as go:
        with qtbot.waitSignal(dlg.exported, timeout=60000):
            qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
            assert dlg.busy and not out.exists()   # pressed, and nothing written yet
            change()
            assert not out.exists()   # still held back: the changes came before anything was written
            go.set()
    assert dlg.done_label.text().startswith("✔ Saved " + out.name)


@pytest.mark.parametrize("fmt", [CSV, FEEDBACK_CSV])
def test_decisions_and_a_threshold_changed_during_an_export_wait_for_the_next(qtbot, tmp_path, task_manager, fmt):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    s = build_session(sheet, tmp_path)
    keys = s.keys_for("asap-sas-1")
    s.decide(keys[0], 3, comment="excellent")
    s.decide(keys[1], 0)
    dlg = export_dialog(qtbot, s, sheet, task_manager)
    at_export = written_now(s, fmt, tmp_path / "at-export.csv", dlg.recognition)

    def change() -> None:   # as the GUI thread may while the file is written
        s.decide(keys[0], 1, comment="a second look")   # a score and its comment changed
        s.restore(keys[1], None)                        # a decision taken back (undo)
        s.decide(keys[2], 2, comment="new")             # another answer decided
        s.set_threshold(0.0)                            # every question's model takes what it can
        assert written_now(s, fmt, tmp_path / "later.csv", dlg.recognition) != at_export   # the file would change

    out = tmp_path / "out" / f"exported-{fmt}.csv"
    out.parent.mkdir()
    exported_while(qtbot, dlg, fmt, out, change)
    assert out.read_bytes() == at_export   # was: the changes made after Export was pressed


def test_a_model_that_arrives_during_an_export_is_not_in_it(qtbot, make_window, tmp_path, held_child):  # noqa: F811
    window = make_window((1200, 800))
    sheet = make_long_csv(tmp_path / "class" / "answers.csv", n_students=12, items=ITEMS)
    dlg = _open_by_drop(qtbot, window, sheet)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    lc, s = window.learning, window.session
    qtbot.waitUntil(lambda: lc.ready, timeout=60000)
    for item in ITEMS:   # two scores each: both questions can teach a model, and a fit starts for each
        first, second = s.keys_for(item)[:2]
        s.decide(first, 0)
        s.decide(second, 2)
    qtbot.waitUntil(lambda: set(lc._fitting) == set(ITEMS), timeout=10000)   # both wait for the held fitting child
    window.show_export()
    export = window.export_dialog
    at_export = written_now(s, CSV, tmp_path / "at-export.csv")
    assert not lc.models

    def models_arrive() -> None:   # the child lets go: both models come and score their questions' answers
        held_child.touch()
        qtbot.waitUntil(lambda: set(lc.models) == set(ITEMS), timeout=120000)
        assert written_now(s, CSV, tmp_path / "later.csv") != at_export   # their scores would be in the file

    out = tmp_path / "class" / "exported.csv"
    exported_while(qtbot, export, CSV, out, models_arrive)
    assert out.read_bytes() == at_export   # was: the models' scores, which came after Export was pressed
