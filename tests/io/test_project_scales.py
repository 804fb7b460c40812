"""What the teacher set questions to be out of is kept in the project file (meta ``scales``, docs/project-file.md) and
comes back into the session when the project is opened again (``ProjectStore.restore``); a project without it (older)
opens as before, on the sheet's or the guessed scale, and a damaged value is left out (that question only). A decision
in half points, or above a shipped model's labels on a question marked on the teacher's own scale, reads back."""
from __future__ import annotations

import json
import sqlite3

import pandas as pd

from grader_app.core.scale import TEACHER, Scale
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import ColumnMapping, Sheet
from grader_app.io.lms_points import question_scale
from grader_app.io.project_store import ProjectStore

ROWS = [("S1", "Ann", "q1", "Ice is less dense."), ("S2", "Ben", "q1", "It is cold."),
        ("S1", "Ann", "q2", "Water expands."), ("S2", "Ben", "q2", "No idea.")]


def own_session() -> GradingSession:
    """Two questions no shipped model scores (the teacher marks them on a scale of their own)."""
    frame = pd.DataFrame(ROWS, columns=["Student ID", "Name", "Question", "Answer"], dtype=object)
    return GradingSession(Sheet(frame=frame), ColumnMapping(id_column="Student ID", name_column="Name",
                                                            item_column="Question", answer_column="Answer"))


def test_a_scale_set_comes_back_when_the_project_is_opened_again(tmp_path):
    path = tmp_path / "class.grader-project"
    with ProjectStore.open(path) as store:
        s = own_session()
        store.attach(s)
        store.save_scale("q1", Scale(top=3, source=TEACHER))
        store.save_scale("q1", Scale(top=10, half=True, source=TEACHER))     # the latest is kept
        store.save_scale("q2", Scale(top=2, source=TEACHER))
        store.save_scale("q2", None)                                          # forgotten again
        s.decide(0, 4.5)
    with ProjectStore.open(path) as store:
        s = own_session()
        counts = store.restore(s)
        assert counts["decisions"] == 1 and s.decisions[0].score == 4.5
        assert dict(s.scales) == {"q1": Scale(top=10, half=True, source=TEACHER)}
        assert question_scale(s, "q1") == Scale(top=10, half=True, source=TEACHER)
        assert question_scale(s, "q2").source == "guess"
        assert store.load_scales() == dict(s.scales)


def test_a_project_without_scales_or_with_a_damaged_one_opens(tmp_path):
    path = tmp_path / "old.grader-project"
    with ProjectStore.open(path) as store:
        store.attach(own_session())
    with ProjectStore.open(path) as store:                 # as an older Grader left it: no scales
        s = own_session()
        store.restore(s)
        assert dict(s.scales) == {} and question_scale(s, "q1").top == 3
    for damaged, kept in (("not json", {}), ("[2]", {}), (json.dumps({"q1": {"top": "ten"}, "q2": {"top": 4}}),
                                                          {"q2": Scale(top=4, source=TEACHER)})):
        with sqlite3.connect(str(path)) as db:
            db.execute("INSERT OR REPLACE INTO meta(name, value) VALUES ('scales', ?)", (damaged,))
        db.close()
        with ProjectStore.open(path) as store:
            s = own_session()
            store.restore(s)
            assert dict(s.scales) == kept


def test_a_question_with_a_shipped_model_keeps_its_labels_whatever_the_file_says(tmp_path):
    path = tmp_path / "class.grader-project"
    with ProjectStore.open(path) as store:
        store.attach(own_session())
        store.save_scale("q1", Scale(top=10, source=TEACHER))
    items = {"q1": ItemInfo(item="q1", bundle_id="ice", labels=(0, 1, 2, 3))}
    frame = pd.DataFrame(ROWS, columns=["Student ID", "Name", "Question", "Answer"], dtype=object)
    s = GradingSession(Sheet(frame=frame), ColumnMapping(id_column="Student ID", name_column="Name",
                                                         item_column="Question", answer_column="Answer"), items)
    with ProjectStore.open(path) as store:
        store.restore(s)
    assert "q1" not in s.scales and question_scale(s, "q1").scores() == (0, 1, 2, 3)
