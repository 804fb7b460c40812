"""What the fits of a question that learns from the marks estimated is kept in the project file (meta
``fit_history``), so the learning line reads the same when the project is opened again; a project without it (older,
or never learned) opens as before, and one whose value is damaged opens too, the line starting afresh."""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

from grader_app.io.project_store import ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import make_session  # noqa: E402

HISTORY = {"fits": [[1, 4, None, 49.0, 0, 132.0], [2, 31, 93.0, 61.0, 35, 63.4]], "lesson": "ab12"}


def test_the_fit_history_comes_back_when_the_project_is_opened_again(tmp_path):
    path = tmp_path / "class.grader-project"
    with ProjectStore.open(path) as store:
        store.attach(make_session())
        store.save_fit_history("q1", {"fits": [], "lesson": ""})
        store.save_fit_history("q1", HISTORY)              # the latest is kept
        store.save_fit_history("q2", {"fits": [[1, 3, None, 48.0, 0, 0.0]], "lesson": ""})
        assert store.fit_history["q1"] == HISTORY           # at once, in memory
    with ProjectStore.open(path) as store:
        assert store.fit_history == {}                       # until restored
        store.restore(make_session())
        assert store.fit_history == {"q1": HISTORY, "q2": {"fits": [[1, 3, None, 48.0, 0, 0.0]], "lesson": ""}}
        assert store.load_fit_history() == store.fit_history


def test_a_project_without_it_or_with_a_damaged_one_still_opens(tmp_path):
    path = tmp_path / "old.grader-project"
    with ProjectStore.open(path) as store:
        store.attach(make_session())
    with ProjectStore.open(path) as store:                  # as an older Grader left it: no fit_history
        store.restore(make_session())
        assert store.fit_history == {}
    for damaged in ("[1, 2]", "not json", json.dumps("text")):
        with sqlite3.connect(str(path)) as db:
            db.execute("INSERT OR REPLACE INTO meta(name, value) VALUES ('fit_history', ?)", (damaged,))
        db.close()
        with ProjectStore.open(path) as store:
            counts = store.restore(make_session())
            assert store.fit_history == {} and counts["decisions"] == 0
