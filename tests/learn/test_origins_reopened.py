"""Why each answer was marked (its decision's origin, grader_app.core.origins) is in the project file with the decision
the moment it is made, so the project opened again gives the question the same marks that choose its model's threshold,
and the same threshold. A project saved before Grader kept origins opens with its decisions of unknown origin, which
count as they did then (grader_app.learn.threshold_marks). A real sheet, a real project file written and read back,
real fits."""
from __future__ import annotations

import sqlite3

from grader_app.core.origins import OWN, SUGGESTED, UNKNOWN, origin_for
from grader_app.core.session import GradingSession
from grader_app.io.project_store import ProjectStore
from test_learn_needs_marks import _csv

from .test_marks_origin import trap_class
from own_question_marked import learner_of, session_of


def _trap_sheet(tmp_path):
    texts, scores, trapped = trap_class()
    sheet = _csv(tmp_path / "class.csv", [(f"S{i}", "own", t, "") for i, t in enumerate(texts)])
    plain = [i for i in range(len(texts)) if i not in set(trapped)][:70]
    return sheet, scores, plain


def _origins(session: GradingSession) -> dict[int, str]:
    return {k: d.origin for k, d in session.decisions.items()}


def test_reopening_restores_the_origins_and_the_threshold(tmp_path):
    sheet, scores, plain = _trap_sheet(tmp_path)
    session = session_of(sheet)
    keys = session.keys_for("own")
    where = {k: i for i, k in enumerate(keys)}
    live = learner_of(session)
    with ProjectStore.open(tmp_path / "class.grader-project") as store:
        store.attach(session)
        for i in plain:   # the plainest answers, chosen by the teacher: nothing was suggested
            session.decide(keys[i], scores[i], origin=origin_for(session, keys[i]))
        live.sync(session)
        for _ in range(45):   # then what Grader suggests, offered in the session as the window does
            got = live.suggest(session)
            if got is None:
                break
            for k in got[0]:
                session.decide(k, scores[where[k]], origin=origin_for(session, k))
            live.sync(session)
            if live.wants_fit():
                live.use(session, live.fit_function()())
        assert store.flush()
        made = live.fit_function()()
        with sqlite3.connect(tmp_path / "class.grader-project") as db:   # on disk, beside each decision
            on_disk = dict(db.execute("SELECT answer_key, origin FROM decisions").fetchall())
    origins = _origins(session)
    assert on_disk == origins
    assert sum(o == OWN for o in origins.values()) == 70 and set(origins.values()) - {OWN} <= set(SUGGESTED)
    counted = live.assistant.threshold_marks()
    assert counted is not None and 45 <= len(counted) < len(origins)

    again = session_of(sheet)   # the project opened again: its decisions come back at once, with their origins
    with ProjectStore.open(tmp_path / "class.grader-project") as store:
        assert store.restore(again)["decisions"] == len(origins)
    assert _origins(again) == origins
    learner = learner_of(again)
    assert learner.sync(again)
    assert learner.assistant.threshold_marks() == counted
    restored = learner.fit_function()()
    assert restored.review == made.review and restored.threshold == made.threshold
    assert restored.qualified == made.qualified


def test_a_project_saved_before_origins_opens_with_its_marks_counted_as_then(tmp_path):
    sheet, scores, plain = _trap_sheet(tmp_path)
    project = tmp_path / "class.grader-project"
    session = session_of(sheet)
    keys = session.keys_for("own")
    with ProjectStore.open(project) as store:
        store.attach(session)
        for i in plain:
            session.decide(keys[i], scores[i], origin=OWN)
        assert store.flush()
    with sqlite3.connect(project) as db:   # as a Grader before origins wrote it
        db.execute("ALTER TABLE decisions DROP COLUMN origin")
        db.execute("ALTER TABLE decision_log DROP COLUMN origin")

    with ProjectStore.open(project, read_only=True) as store:   # read as it is (a double-clicked project's look)
        looked = session_of(sheet)
        assert store.restore(looked)["decisions"] == 70
    assert set(_origins(looked).values()) == {UNKNOWN}

    again = session_of(sheet)
    with ProjectStore.open(project) as store:
        assert store.restore(again)["decisions"] == 70
        store.attach(again)
        assert set(_origins(again).values()) == {UNKNOWN}
        learner = learner_of(again)
        learner.sync(again)
        assert learner.assistant.threshold_marks() is None   # every mark chooses the threshold, as it did then
        model = learner.fit_function()()
        assert model.qualified and "uncounted" not in model.review
        extra = next(k for k in keys if k not in again.decisions)
        again.decide(extra, 0, origin=OWN)   # the file took the column back: a new decision keeps its origin
        assert store.flush()
    with sqlite3.connect(project) as db:
        stored = dict(db.execute("SELECT answer_key, origin FROM decisions").fetchall())
        logged = db.execute("SELECT origin FROM decision_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert stored[extra] == OWN == logged and {o for k, o in stored.items() if k != extra} == {UNKNOWN}
