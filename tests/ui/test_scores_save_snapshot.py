"""The scores saved in the project file are the session's as they were when the save was handed to a worker.

Once a sheet is scored, the scores are saved on a worker while the GUI thread goes on changing the session: a model
learned from the teacher's marks arrives and takes a question's rows, a threshold moves. The worker read the live
session, so the file got whatever those changes had reached by then: the rows of one moment, and the models that made
them of a later one (:func:`grader_app.io.project_predictions.prediction_rows` reads each row's model as it goes). Now
the controller takes a snapshot (:meth:`GradingSession.snapshot`) on the GUI thread as it hands the save over.

The save is held back for real, without a mock: both of the task manager's worker threads run work that waits for the
test's word (:func:`test_export_snapshot.workers_held`), so the save queues behind them. The session is changed
meanwhile, as the learning controller changes it when a model arrives (:func:`test_results_headline._learn`).
"""
from __future__ import annotations

import json
import sqlite3

import pytest

from grader_app.bundles.library import Library
from grader_app.io.project_predictions import MODELS, models_of, prediction_rows
from grader_app.ui.scoring_controller import DONE, ScoringController
from test_export_snapshot import workers_held
from test_results_headline import _learn
from test_scores_saved_after_all import _reopened
from test_scoring_controller import _prepared

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _on_disk(project) -> tuple[list[tuple], dict | None]:
    """The stored rows (key, question, model id, labels, probabilities, seal) and meta ``prediction_models`` (None: not
    written yet)."""
    con = sqlite3.connect(str(project))
    try:
        rows = con.execute("SELECT answer_key, item, bundle_id, labels, probabilities, seal FROM predictions "
                           "ORDER BY answer_key").fetchall()
        models = con.execute("SELECT value FROM meta WHERE name=?", (MODELS,)).fetchone()
    finally:
        con.close()
    return rows, None if models is None else json.loads(models[0])


def test_a_model_that_arrives_while_the_scores_are_saved_waits_for_the_next_save(qtbot, tmp_path, shipped_bundles,
                                                                                task_manager):
    prepared = _prepared(tmp_path, shipped_bundles)
    s, store = prepared.session, prepared.store
    c = ScoringController(task_manager)
    c.bind(s, prepared.bundles, store)
    with qtbot.waitSignal(c.finished, timeout=20000) as ended:
        c.start()
    assert ended.args[0] == DONE and len(s.predictions) == 12
    path = store.path
    with workers_held(qtbot, task_manager) as go:
        c.figures_shown()                                   # the figures on screen: the scores' save goes to a worker
        qtbot.waitUntil(lambda: not c.save_pending, timeout=10000)
        at_save = sorted(prediction_rows(s)), models_of(s)
        _learn(s, "asap-sas-5")                             # a model learned from the marks takes a question's rows
        assert (sorted(prediction_rows(s)), models_of(s)) != at_save   # what the file would hold now
        assert _on_disk(path) == ([], None)                 # nothing saved yet: the save waits behind the workers
        go.set()
    qtbot.waitUntil(lambda: not task_manager.busy, timeout=20000)
    rows, models = _on_disk(path)
    assert rows == at_save[0] and models == at_save[1]   # was: the learned model's rows, and it as theirs
    with qtbot.waitSignal(c.released, timeout=20000):
        c.release()
    restored, to_score = _reopened(prepared.path, Library.load([shipped_bundles]))
    assert (restored, to_score) == (12, 0)   # the shipped models' scores all taken back: nothing scored again
