"""Scores the project file refused (a full disk) are saved after all. Once the model has scored a sheet, the window
saves the scores in the project file on a worker; if that failed, the window said so and never tried again, not even
when the sheet was closed, so the next opening scored the whole class again. Now a failed save is tried again when
the project's writer writes again after it (the disk had room again), and at close (on a worker) or quit; never two
saves at once; and the teacher, who was told of the failure, is told once the scores are saved after all.

The disk is made full as in the other tests of the project file's failures (tests/failing_disk.py: SQLite's own
"database or disk is full" inside the writer's transaction); the project file is opened again as the window opens it
and must hold every score, so that nothing is scored again."""
from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_waited_writes, failing_writes
from grader_app import workflow
from grader_app.io.project_store import ProjectStore
from grader_app.ui.scoring_controller import DONE, ScoringController
from test_scoring_controller import _prepared
from ui_helpers import make_long_csv, stuck_scoring

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SAVED = "The scores are saved in answers.grader-project after all."
BRIEF = "Nothing is lost: the scores are saved."   # the bar's few words for it: tests/ui/test_saved_news_short_at_16_pt.py


def _scores_on_the_bar(bar) -> bool:
    """The status bar says that the scores are saved after all in a few words, the whole news its tooltip."""
    return bar.currentMessage() == BRIEF and bar.toolTip() == SAVED


def _stored(project) -> int:
    con = sqlite3.connect(str(project))
    try:
        return con.execute("SELECT COUNT(*) FROM predictions").fetchone()[0]
    finally:
        con.close()


def _reopened(sheet, library) -> tuple[int, int]:
    """The sheet opened again as the window opens it: (scores restored from its project, answers left to score)."""
    opened = workflow.open_sheet(sheet, library)
    assert opened.store is not None   # the project knows its columns
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.mapping, opened.setup["item_bundles"], library,
                                        opened.store)
    try:
        return prepared.restored["predictions"], prepared.to_score
    finally:
        prepared.store.close()


def _scores_refused(qtbot, window, tmp_path, monkeypatch):
    """A five-student sheet opened and scored in the real window while the disk is full (every write refused):
    (the sheet, the switch of the decisions' writes, that of the scores' writes). The failure was said."""
    go_on = stuck_scoring(monkeypatch)
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=5)
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    with qtbot.waitSignal(window.sessionReady, timeout=20000):
        window.mapping_dialog.ok_button.click()
    writes, waited = failing_writes(monkeypatch), failing_waited_writes(monkeypatch)   # the disk fills up
    failures: list[str] = []
    window.scoring.saveFailed.connect(lambda text, _ms: failures.append(text))
    with qtbot.waitSignal(window.scoring.saveFailed, timeout=30000):
        go_on.set()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
    assert failures[0].startswith("The scores could not be saved in the project file: ")
    assert len(window.session.predictions) == 10 and _stored(window.store.path) == 0
    return sheet, writes, waited, failures


def test_scores_refused_by_a_full_disk_are_saved_once_a_decision_is_written_again(qtbot, window, tmp_path,
                                                                                   monkeypatch):
    sheet, writes, waited, failures = _scores_refused(qtbot, window, tmp_path, monkeypatch)
    store, keys = window.store, [a.key for a in window.session.answers]
    window.show_review(keys, keys[0])
    view = window.review_view
    qtbot.keyClick(view, Qt.Key.Key_2)                          # still full: the decision is kept in memory
    qtbot.waitUntil(lambda: keys[0] in store.unsaved, timeout=10000)
    assert _stored(store.path) == 0

    writes["on"] = waited["on"] = False                         # room again
    qtbot.keyClick(view, Qt.Key.Key_1)                          # written, with the one held: the scores follow
    qtbot.waitUntil(lambda: _scores_on_the_bar(window.statusBar()), timeout=20000)   # in a few words, the whole its tooltip
    assert _stored(store.path) == 10 and store.unsaved == {}
    notes = window.notices                                      # kept above the results, in the failure's place:
    assert notes.infos[0] == SAVED                              # the notes no longer say they could not be saved
    assert not [p for p in notes.problems if "could not be saved" in p]
    assert notes.notes.index(SAVED) == 0
    # a decision's failure, if said in time, follows, and so does the news that it is over, in its place
    decisions_said = any("kept but could not be saved" in f for f in failures)   # "Your decision is…", "2 of your…"
    assert len(notes.infos) == 1 + decisions_said
    assert all(i.startswith("Your ") and i.endswith(" in answers.grader-project after all.") for i in notes.infos[1:])
    assert sum(f.startswith("The scores ") for f in failures) == 1   # their failure was said once

    with qtbot.waitSignal(window.sheetClosed, timeout=20000):
        window.close_sheet()
    assert _reopened(sheet, window.library) == (10, 0)          # nothing is scored again


def test_scores_refused_by_a_full_disk_are_saved_when_the_sheet_is_closed(qtbot, window, tmp_path, monkeypatch):
    sheet, writes, waited, failures = _scores_refused(qtbot, window, tmp_path, monkeypatch)
    project = window.store.path
    writes["on"] = waited["on"] = False                         # room again, and no decision made since
    released: list[object] = []
    window.scoring.released.connect(released.append)
    with qtbot.waitSignal(window.sheetClosed, timeout=20000):
        window.close_sheet()                                    # tried again on a worker, as the project closes
    assert released == [""] and _stored(project) == 10
    assert _scores_on_the_bar(window.statusBar())                # in a few words, the whole its tooltip
    assert _reopened(sheet, window.library) == (10, 0)


def _scored(qtbot, tmp_path, shipped_bundles, task_manager, monkeypatch):
    """The controller on its own, its twelve answers scored and their save refused by a full disk: (controller,
    prepared, the full disk's switch for the scores)."""
    prepared = _prepared(tmp_path, shipped_bundles)
    c = ScoringController(task_manager)
    c.retrying.first_ms = 3_600_000   # the tries in time (ui.held_retry) kept out: the tests count those the disk's news set off
    c.bind(prepared.session, prepared.bundles, prepared.store)
    with qtbot.waitSignal(c.finished, timeout=20000) as ended:
        c.start()
    assert ended.args[0] == DONE
    waited = failing_waited_writes(monkeypatch)
    with qtbot.waitSignal(c.saveFailed, timeout=10000):
        c.figures_shown()
    qtbot.waitUntil(lambda: not task_manager.busy, timeout=10000)
    assert _stored(prepared.store.path) == 0
    return c, prepared, waited


def test_a_save_tried_again_never_runs_beside_another_nor_beside_the_close(qtbot, tmp_path, shipped_bundles,
                                                                           task_manager, monkeypatch):
    c, prepared, waited = _scored(qtbot, tmp_path, shipped_bundles, task_manager, monkeypatch)
    store, session = prepared.store, prepared.session
    real = ProjectStore.save_predictions
    lock, entered, go_on = threading.Lock(), threading.Event(), threading.Event()
    saving = {"now": 0, "most": 0, "calls": 0}

    def watched(self, s):
        with lock:
            saving["now"] += 1
            saving["calls"] += 1
            saving["most"] = max(saving["most"], saving["now"])
        entered.set()
        try:
            go_on.wait(20)
            return real(self, s)
        finally:
            with lock:
                saving["now"] -= 1

    monkeypatch.setattr(ProjectStore, "save_predictions", watched)
    waited["on"] = False
    session.decide(0, 2)                                        # written: the scores are tried again, and wait
    qtbot.waitUntil(entered.is_set, timeout=10000)

    writes = failing_writes(monkeypatch)                        # meanwhile the writer fails once more, and writes again
    session.decide(1, 1)
    qtbot.waitUntil(lambda: set(store.unsaved) == {1}, timeout=10000)
    writes["on"] = False
    with qtbot.waitSignal(c.writtenAfterAll, timeout=10000):
        session.decide(2, 0)
    released: list[object] = []
    c.released.connect(released.append)
    c.release()                                                 # the close waits for the save in flight
    assert not released and store.locked
    go_on.set()
    qtbot.waitUntil(lambda: bool(released), timeout=20000)
    assert released == [""] and not store.locked
    assert saving["most"] == 1 and saving["calls"] == 1         # one save at a time; saved once, not again at close
    assert _stored(store.path) == 12


def test_scores_refused_by_a_full_disk_are_saved_when_the_window_quits(qtbot, tmp_path, shipped_bundles, task_manager,
                                                                       monkeypatch):
    c, prepared, waited = _scored(qtbot, tmp_path, shipped_bundles, task_manager, monkeypatch)
    waited["on"] = False
    assert c.release_now() is None                              # at quit, once the workers have stopped
    assert not prepared.store.locked and _stored(prepared.store.path) == 12


def test_scores_refused_again_are_not_said_again_and_are_tried_two_decisions_later(qtbot, tmp_path, shipped_bundles,
                                                                                     task_manager, monkeypatch):
    c, prepared, waited = _scored(qtbot, tmp_path, shipped_bundles, task_manager, monkeypatch)
    real = ProjectStore.save_predictions
    calls: list[bool] = []

    def counted(self, s):
        calls.append(True)
        return real(self, s)

    monkeypatch.setattr(ProjectStore, "save_predictions", counted)
    failed, saved = [], []
    c.saveFailed.connect(lambda text, _ms: failed.append(text))
    c.savedAfterAll.connect(lambda text, _ms: saved.append(text))
    prepared.session.decide(0, 2)                               # written: the scores are tried again, and refused again
    qtbot.waitUntil(lambda: len(calls) == 1 and not task_manager.busy, timeout=10000)
    assert failed == [] and saved == [] and _stored(prepared.store.path) == 0   # said once already

    waited["on"] = False
    with qtbot.waitSignal(c.writtenAfterAll, timeout=10000):
        prepared.session.decide(1, 1)                           # written again, but one decision since: not yet
    qtbot.waitUntil(lambda: not task_manager.busy, timeout=10000)
    assert len(calls) == 1
    with qtbot.waitSignal(c.savedAfterAll, timeout=10000):
        prepared.session.decide(2, 1)                           # the second: tried once more, and in
    assert len(calls) == 2 and saved == [SAVED] and _stored(prepared.store.path) == 12
    with qtbot.waitSignal(c.released, timeout=10000) as released:
        c.release()
    assert released.args == [""] and len(calls) == 2            # not saved again at close
