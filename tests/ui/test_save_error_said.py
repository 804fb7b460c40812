"""A decision the project file could not take (a full disk) is said on the review screen in the teacher's
language: the writer's problem reaches ``show_save_error`` through the scoring controller and is translated by
its kind, not shown as the English sentence."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from grader_app.io.project_store import ProjectStore
from grader_app.ui.review_view import ReviewView
from grader_app.ui.scoring_controller import ScoringController
from in_language import in_language
from ui_helpers import scored_project

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def german():
    with in_language("de"):
        yield


def test_a_failed_save_is_said_in_german(qtbot, tmp_path, monkeypatch, task_manager, german):
    session, store = scored_project(tmp_path)
    try:
        stack = QUndoStack()
        view = ReviewView(session, stack)
        qtbot.addWidget(view)
        view.resize(900, 700)
        view.show()
        view.set_queue([a.key for a in session.answers])
        controller = ScoringController(task_manager)
        controller.bind(session, {}, store)
        controller.writeFailed.connect(view.show_save_error)
        real_write = ProjectStore._write
        calls = {"n": 0}

        def disk_full_once(self, fn, *args, **kwargs):
            def run(conn):
                calls["n"] += 1
                if calls["n"] == 1:
                    raise sqlite3.OperationalError("database or disk is full")
                return fn(conn)
            return real_write(self, run, *args, **kwargs)

        monkeypatch.setattr(ProjectStore, "_write", disk_full_once)
        qtbot.keyClick(view, Qt.Key_2)
        qtbot.waitUntil(lambda: view.save_error is not None, timeout=10000)
        text = view.message_label.text()
        assert text.startswith("⚠ Ihre Entscheidung bleibt erhalten, konnte aber nicht in class.grader-project "
                               "gespeichert werden (1 Entscheidung nicht gespeichert)"), text
        assert "could not be saved" not in text
        qtbot.keyClick(view, Qt.Key_1)          # the next write carries both; the store is left clean
        qtbot.waitUntil(lambda: not store.unsaved, timeout=10000)
    finally:
        store.close()
