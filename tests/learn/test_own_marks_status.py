"""A teacher's mark on an answer no model had scored was counted "changed by you" and exported with the status
`overridden` (QA pass): there was no model score to change. And on a question that learns from the teacher's marks the
status of the same marks depended on whether the model learned in the window had scored yet: `reviewed` where its
guess (learned from those very marks) matched, `overridden` elsewhere and after the project was opened again (no
learned model yet), so two files exported around a reopen told other statuses for the same marks. A mark with no
model score before it, or only the guess of a model that follows the marks, is now `decided` ("scored by you"),
the same before and after a reopen; `reviewed` and `overridden` stay for a score a shipped or saved model gave.
Real sheets, real fits, a real project file and graded CSVs written and read back."""
from __future__ import annotations

import csv

from grader_app import workflow
from grader_app.core import review
from grader_app.core.session import GradingSession
from grader_app.io.columns import guess_columns
from grader_app.io.project_store import ProjectStore
from grader_app.io.readers import read_sheet
from grader_app.io.report import build_report_html, question_summary
from grader_app.io.writers import write_graded_csv
from test_learn_needs_marks import _csv

MARKED = 12


def _session(sheet_path) -> GradingSession:
    sheet = read_sheet(sheet_path)
    mapping = guess_columns(sheet)
    mapping.item_column, mapping.answer_column = "Question", "Answer"
    return GradingSession(sheet, mapping)


def _exported(session: GradingSession, path) -> dict[int, dict]:
    """The graded CSV written and read back: the added columns of each answer, by answer key."""
    write_graded_csv(session, path)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return {a.key: {f: rows[a.row][f] for f in ("model_score", "status", "final_score")} for a in session.answers}


def test_a_mark_where_no_model_scored_is_decided_not_changed(tmp_path, ice_class):
    texts, scores = ice_class
    session = _session(_csv(tmp_path / "class.csv", [(f"S{i}", "own", t, "") for i, t in enumerate(texts[:30])]))
    first = session.keys_for("own")[0]
    session.decide(first, scores[first])                     # the first mark: no model, nothing learned yet
    assert session.status(first) == review.DECIDED
    counts = session.counts()
    assert counts[review.DECIDED] == 1 and counts[review.OVERRIDDEN] == counts[review.REVIEWED] == 0
    assert counts[review.UNSCORED] == 29
    row = _exported(session, tmp_path / "graded.csv")[first]
    assert row == {"model_score": "", "status": "decided", "final_score": str(scores[first])}
    summary = question_summary(session, "own")
    assert summary["reviewed"] == 1 and summary["changed"] == 0 and not summary["modelled"]
    assert session.agreement("own")["n"] == 0


def test_marks_on_a_question_that_learns_keep_their_status_across_a_reopen(tmp_path, ice_class):
    texts, scores = ice_class
    sheet_path = _csv(tmp_path / "class.csv", [(f"S{i}", "own", t, "") for i, t in enumerate(texts[:60])])
    session = _session(sheet_path)
    keys = session.keys_for("own")
    learner = workflow.QuestionLearner("own", keys, [session.answers[k].text for k in keys])
    with ProjectStore.open(tmp_path / "class.grader-project") as store:
        store.attach(session)
        for k in keys[:MARKED]:
            session.decide(k, scores[k])
        learner.sync(session)
        learner.use(session, learner.fit_function()())       # the model learned in the window scores every answer
        assert store.flush()
    marked = keys[:MARKED]
    assert session.items["own"].learned and all(k in session.predictions for k in keys)
    # its guess matches most of the marks it learned from: once counted "confirmed by you" (reviewed)
    assert any(session.predictions[k].score == session.decisions[k].score for k in marked)
    assert {session.status(k) for k in marked} == {review.DECIDED}
    before = _exported(session, tmp_path / "before.csv")
    assert {before[k]["status"] for k in marked} == {"decided"}
    summary = question_summary(session, "own")
    assert summary["modelled"] and summary["learned"] and summary["changed"] == 0
    assert session.agreement()["n"] == 0                       # no in-sample "agreement" with its own marks
    assert "You scored 12, and a model learned from your scores; 0 were accepted automatically" in \
        build_report_html(session)

    again = _session(sheet_path)                                 # the project opened again, nothing learned yet
    with ProjectStore.open(tmp_path / "class.grader-project") as store:
        assert store.restore(again)["decisions"] == MARKED
    assert not again.predictions
    after = _exported(again, tmp_path / "after.csv")
    assert {k: after[k]["status"] for k in marked} == {k: before[k]["status"] for k in marked}
    assert again.counts()[review.DECIDED] == session.counts()[review.DECIDED] == MARKED
