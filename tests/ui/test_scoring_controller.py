"""The scoring controller on its own (no window): the worker only reads the session, every batch is
applied on the GUI thread, the changes come out coalesced, and the project is saved and closed on a
worker after release()."""
from __future__ import annotations

import sqlite3
import threading

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core.session import Change
from grader_app.core.sheet import ColumnMapping
from grader_app.ui.scoring_controller import CANCELLED, DONE, ScoringController
from ui_helpers import make_long_csv, stuck_scoring


def _prepared(tmp_path, shipped_bundles, n_students=6):
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=n_students)
    library = Library.load([shipped_bundles])
    opened = workflow.open_sheet(sheet, library)
    return workflow.prepare_session(sheet, opened.sheet, opened.mapping, {"asap-sas-1": "asap-sas-1",
                                    "asap-sas-5": "asap-sas-5"}, library)


def _stored(project) -> int:
    con = sqlite3.connect(project)
    try:
        return con.execute("SELECT COUNT(*) FROM predictions").fetchone()[0]
    finally:
        con.close()


def test_batches_are_applied_on_the_gui_thread_and_saved_after_the_figures(qtbot, tmp_path, shipped_bundles,
                                                                            task_manager, monkeypatch):
    prepared = _prepared(tmp_path, shipped_bundles)
    s = prepared.session
    threads, changes, progress = [], [], []
    real_apply = workflow.apply_batch

    def watching(session, batch):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_apply(session, batch)

    monkeypatch.setattr(workflow, "apply_batch", watching)
    c = ScoringController(task_manager)
    c.bind(s, prepared.bundles, prepared.store)
    c.predictionsChanged.connect(changes.append)
    c.progressed.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(c.finished, timeout=20000) as ended:
        c.start()
        assert c.busy
    # 11 of the 12: the blank one is flagged for the teacher, not scored (as the columns dialog's button counts them)
    assert ended.args[0] == DONE and ended.args[1].startswith("Scored 11 answers")
    assert threads and all(threads)                           # every batch applied here, none on the worker
    merged = Change()
    for ch in changes:
        merged = merged | ch
    assert merged.keys == set(range(12)) and len(s.predictions) == 12
    assert c.save_pending and _stored(prepared.store.path) == 0   # saved only once the figures are shown
    c.figures_shown()
    qtbot.waitUntil(lambda: not c.save_pending and not task_manager.busy and _stored(prepared.store.path) == 12,
                    timeout=10000)
    with qtbot.waitSignal(c.released, timeout=10000) as released:
        c.release()
    assert released.args == [""] and not prepared.store.locked and c.session is None


def test_release_mid_scoring_cancels_then_saves_what_was_scored(qtbot, tmp_path, shipped_bundles, task_manager,
                                                                monkeypatch):
    go_on = stuck_scoring(monkeypatch)
    prepared = _prepared(tmp_path, shipped_bundles, n_students=10)
    c = ScoringController(task_manager)
    c.bind(prepared.session, prepared.bundles, prepared.store)
    ends, released = [], []
    c.finished.connect(lambda how, _text: ends.append(how))
    c.released.connect(released.append)
    c.start()
    qtbot.waitUntil(lambda: len(prepared.session.predictions) == 4, timeout=10000)
    c.release()                                  # returns at once: the worker is still in its batch
    assert not released and prepared.store.locked and c.busy
    go_on.set()
    qtbot.waitUntil(lambda: released == [""], timeout=10000)
    assert ends == [CANCELLED] and not prepared.store.locked
    assert _stored(prepared.store.path) == 4


def test_one_answer_is_scored_in_the_singular(qtbot, tmp_path, shipped_bundles, task_manager):
    sheet = make_long_csv(tmp_path / "one.csv", n_students=1, items=("asap-sas-1",))
    library = Library.load([shipped_bundles])
    opened = workflow.open_sheet(sheet, library)
    mapping = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
    prepared = workflow.prepare_session(sheet, opened.sheet, mapping, {"asap-sas-1": "asap-sas-1"}, library)
    c = ScoringController(task_manager)
    c.bind(prepared.session, prepared.bundles, prepared.store)
    with qtbot.waitSignal(c.finished, timeout=20000) as ended:
        c.start()
    assert ended.args[0] == DONE and ended.args[1].startswith("Scored 1 answer in ")
    prepared.store.close()
