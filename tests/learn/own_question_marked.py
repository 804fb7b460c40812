"""A question of the teacher's own ("own", no model) over the invented class's answers: its sheet, session and learner,
its decisions made one at a time in a sitting and written to the project file, and the project opened again (the
decisions read back at once), for the tests of what restored marks teach. A real sheet and a real project file."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

from grader_app import workflow
from grader_app.core.session import Decision, GradingSession
from grader_app.io.columns import guess_columns
from grader_app.io.project_store import ProjectStore
from grader_app.io.readers import read_sheet
from test_learn_needs_marks import _csv

START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)   # the sitting's first decision


def own_sheet(path: Path, texts: Sequence[str]) -> Path:
    """A sheet of one answer to "own" a student, ``texts`` in order, no score."""
    return _csv(path, [(f"S{i}", "own", t, "") for i, t in enumerate(texts)])


def session_of(sheet_path: Path) -> GradingSession:
    sheet = read_sheet(sheet_path)
    mapping = guess_columns(sheet)
    mapping.item_column, mapping.answer_column = "Question", "Answer"
    return GradingSession(sheet, mapping)


def learner_of(session: GradingSession) -> workflow.QuestionLearner:
    keys = session.keys_for("own")
    return workflow.QuestionLearner("own", keys, [session.answers[k].text for k in keys])


def marked_in_a_sitting(project: Path, session: GradingSession, learner: workflow.QuestionLearner,
                        keys: Sequence[int], scores: Sequence[int], after_each: Callable[[], None] = lambda: None) -> None:
    """``keys`` decided in that order (each its score in ``scores``), one every ten seconds from :data:`START`, with the
    project file ``project`` attached; the learner synced after each (then ``after_each()``), and every decision
    committed to the file before it is closed."""
    with ProjectStore.open(project) as store:
        store.attach(session)
        for n, k in enumerate(keys):
            session.restore(k, Decision(score=scores[k], at=(START + timedelta(seconds=10 * n)).isoformat()))
            learner.sync(session)
            after_each()
        assert store.flush()


def reopened(project: Path, sheet_path: Path, decisions: int) -> tuple[GradingSession, workflow.QuestionLearner]:
    """The sheet's session with ``project``'s decisions restored (all at once, as opening the project again does;
    there must be ``decisions`` of them) and a new learner for it, not synced yet."""
    again = session_of(sheet_path)
    with ProjectStore.open(project) as store:
        assert store.restore(again)["decisions"] == decisions
    return again, learner_of(again)
