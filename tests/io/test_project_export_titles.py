"""The quiz's name an LMS file's question columns were titled with is kept in the project file (meta
``export_titles``), with the titles the teacher typed herself, so the same sheet exported again, another day, gets the
same titles; a project saved before it (or with a value that is not such a pair) opens as before, with none."""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

from grader_app.io.project_store import ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import make_session  # noqa: E402


def test_the_name_and_the_typed_titles_come_back_when_the_project_is_opened_again(tmp_path):
    path = tmp_path / "class.grader-project"
    with ProjectStore.open(path) as store:
        store.attach(make_session())
        assert store.export_titles == (None, {})
        store.save_export_titles("Week 3", {})
        store.save_export_titles("Week 3 quiz", {"q1": "Ice floats"})        # the latest is kept
        assert store.export_titles == ("Week 3 quiz", {"q1": "Ice floats"})   # at once, in memory
    with ProjectStore.open(path) as store:
        assert store.export_titles == (None, {})                             # until restored
        store.restore(make_session())
        assert store.export_titles == ("Week 3 quiz", {"q1": "Ice floats"})
    with ProjectStore.open(path) as store:                                  # a name cleared on purpose stays cleared
        store.restore(make_session())
        store.save_export_titles("", {})
    with ProjectStore.open(path) as store:
        store.restore(make_session())
        assert store.export_titles == ("", {})


def test_a_project_without_it_or_with_a_damaged_one_still_opens(tmp_path):
    path = tmp_path / "old.grader-project"
    with ProjectStore.open(path) as store:
        store.attach(make_session())
    with ProjectStore.open(path) as store:                  # as an older Grader left it: no export_titles
        store.restore(make_session())
        assert store.export_titles == (None, {})
    for damaged in ("[1, 2]", "not json", json.dumps({"name": 3}), json.dumps({"name": "W", "titles": [1]}),
                    json.dumps({"name": "W", "titles": {"q1": 7, "q2": " "}})):
        with sqlite3.connect(str(path)) as db:
            db.execute("INSERT OR REPLACE INTO meta(name, value) VALUES ('export_titles', ?)", (damaged,))
        db.close()
        with ProjectStore.open(path) as store:
            counts = store.restore(make_session())
            assert counts["decisions"] == 0
            assert store.export_titles in ((None, {}), ("W", {})), damaged
