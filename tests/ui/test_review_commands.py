"""The undo commands on their own: exact before/after decisions, one undo step per group, and the
project file following every redo and undo."""
from __future__ import annotations


import pandas as pd
import pytest
from PySide6.QtGui import QUndoStack

from grader_app.core.session import Decision, GradingSession, ItemInfo
from grader_app.core.sheet import ColumnMapping, Sheet
from grader_app.io.project_store import ProjectStore
from grader_app.ui.commands import DecideCommand, GroupDecideCommand, group_command, make_decision
from ui_helpers import scored_on_disk

TEXTS = ["Plants make sugar from light.", "plants make sugar from light.", "Roots drink water.",
         "Plants  make sugar from LIGHT.", ""]


@pytest.fixture
def session():
    frame = pd.DataFrame([(f"S{i}", "q", t) for i, t in enumerate(TEXTS)], columns=["ID", "Q", "A"], dtype=object)
    return GradingSession(Sheet(frame=frame), ColumnMapping(id_column="ID", item_column="Q", answer_column="A"),
                          {"q": ItemInfo(item="q", labels=(0, 1, 2))})


def test_decide_command_undo_redo_follow_on_disk(qtbot, session, tmp_path):
    store = ProjectStore.open(tmp_path / "p.grader-project")
    store.attach(session)
    stack = QUndoStack()
    earlier = Decision(score=1, comment="first look", at="2026-01-01T00:00:00+00:00")
    session.restore(2, earlier)
    stack.push(DecideCommand(session, 2, make_decision(session, 2, 2)))
    assert session.decisions[2].score == 2 and session.decisions[2].comment == "first look"
    assert scored_on_disk(store) == {2: 2}
    stack.undo()
    assert session.decisions[2] == earlier and scored_on_disk(store) == {2: 1}
    stack.redo()
    assert scored_on_disk(store) == {2: 2}
    stack.push(DecideCommand(session, 2, None))  # clearing is a command too
    assert 2 not in session.decisions and scored_on_disk(store) == {}
    stack.undo()
    assert scored_on_disk(store) == {2: 2}
    store.close()


def test_group_command_is_one_step_and_restores_each_earlier_decision(qtbot, session):
    assert sorted(session.identical_to(0)) == [1, 3]
    session.decide(1, 0)
    stack = QUndoStack()
    cmd = group_command(session, 0, 2)
    assert cmd.keys == [0, 1, 3] and "3 identical answers" in cmd.text()
    stack.push(cmd)
    assert [session.final_score(k) for k in (0, 1, 3)] == [2, 2, 2]
    assert stack.count() == 1
    stack.undo()
    assert set(session.decisions) == {1} and session.decisions[1].score == 0
    stack.redo()
    assert [session.decisions[k].score for k in (0, 1, 3)] == [2, 2, 2]


def test_a_score_off_the_scale_is_refused_before_anything_changes(qtbot, session):
    with pytest.raises(ValueError, match="5 is not a score for this question; use one of 0, 1, 2"):
        make_decision(session, 0, 5)
    with pytest.raises(ValueError):
        GroupDecideCommand(session, [0, 1], 7)
    assert session.decisions == {}
    assert make_decision(session, 0, 2.0).score == 2 and type(make_decision(session, 0, 2.0).score) is int
