"""A question of the teacher's own ("own", no model) over the invented class's answers: its sheet, session and learner,
its decisions made one at a time in a sitting and written to the project file, and the project opened again (the
decisions read back at once), for the tests of what restored marks teach; also ASAP-SAS set 6 as such a question. A real
sheet and a real project file."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

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


def own_class(sheet_path: Path, texts: Sequence[str]) -> tuple[GradingSession, list[int], workflow.QuestionLearner]:
    """``texts`` written to ``sheet_path`` (:func:`own_sheet`): its session, the question's keys in sheet order and a
    learner for it, not synced yet."""
    session = session_of(own_sheet(sheet_path, texts))
    return session, session.keys_for("own"), learner_of(session)


def in_random_order(keys: Sequence[int], seed: int = 4) -> list[int]:
    """``keys`` shuffled (the same order for the same ``seed``), as a teacher marks them."""
    return [keys[i] for i in np.random.default_rng(seed).permutation(len(keys))]


def fit_now(learner: workflow.QuestionLearner) -> None:
    """A fit of the learner's marks as they are now, taken into use (as the window does once the teacher pauses)."""
    learner.assistant.use_model(learner.fit_function()())


def folds_of(learner: workflow.QuestionLearner) -> dict[int, int]:
    """A fit of the learner's marks as they are now (taken into use): the fold that checked each mark (answer -> fold)."""
    fit_now(learner)
    a = learner.assistant
    assert (a.model.folds >= 0).all()
    return dict(zip(a.model.marked.tolist(), a.model.folds.tolist()))


def marked_as_suggested(session: GradingSession, learner: workflow.QuestionLearner, n: int,
                        score: Callable[[int, int], int]) -> list[int]:
    """The ``n`` answers the learner suggests next, one at a time, each decided through the session as
    ``score(place, answer)`` (place: how many were marked before it) and the learner synced; their answers, in order."""
    keys = session.keys_for("own")
    given: list[int] = []
    while len(given) < n:
        i = learner.assistant.suggest_next().medoid
        session.decide(keys[i], score(len(given), i))
        learner.sync(session)
        given.append(i)
    return given


def class_of_set_6() -> tuple[list[str], list[int]]:
    """150 answers of ASAP-SAS set 6's training split and their scores (the test is skipped without the shared data)."""
    from grader_app.distill.asap import asap_dir, load_train, split_set

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    train = split_set(load_train(), 6).train
    rows = train.iloc[np.random.default_rng(0).permutation(len(train))[300:450]]
    return rows["EssayText"].tolist(), rows["Score1"].astype(int).tolist()


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
