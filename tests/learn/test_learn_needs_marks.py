"""A question learned from a handful of marks became a library model: its review threshold can accept nothing (a
threshold needs at least ``min_accepted_for`` confident, right out-of-fold answers, 45 at the 5 % / 90 % target),
and installed it takes its question's place, by title or id, in every later sheet. Such a question is now skipped
with a sentence that says how many more answers to mark (a kind and values, so the window can translate it), and no
bundle is written; the session's own learning from the same few marks goes on as before. Real sheets, real fits."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core.session import GradingSession
from grader_app.errors import GraderError
from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet
from grader_app.learn.calibration import min_accepted_for
from grader_app.learn.from_sheet import LearnError, learn_from_sheet
from grader_app.learn.marks_model import CONFIDENCE, MIN_MARKS, TARGET_ERROR, fit_marks
from invented import invented_class

HEAD = ("Student", "Question", "Answer", "Score")


def _csv(path: Path, rows) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEAD)
        w.writerows(rows)
    return path


def _rows(question: str, n: int, seed: int, start: int = 0):
    texts, scores = invented_class(n, seed=seed)
    return [(f"S{start + i}", question, t, s) for i, (t, s) in enumerate(zip(texts, scores))]


def test_the_minimum_is_the_fewest_marks_whose_threshold_can_accept_anything(ice_class):
    assert MIN_MARKS == min_accepted_for(TARGET_ERROR, CONFIDENCE) == 45
    texts, scores = ice_class
    few = fit_marks(texts, {i: scores[i] for i in range(MIN_MARKS - 1)})
    assert few.review["min_accepted"] == MIN_MARKS and not few.qualified and few.takeable().size == 0


def test_a_question_with_a_few_marks_is_skipped_saying_how_many_more_and_writes_no_bundle(tmp_path):
    rows = _rows("Q1", 60, 3) + _rows("Q2", 4, 5, 100)
    assert len({r[3] for r in rows[-4:]}) > 1            # two scores: the fit itself would have gone through
    out = tmp_path / "out"
    res = learn_from_sheet(_csv(tmp_path / "m.csv", rows), "Score", out)
    assert [it.item for it in res.items] == ["Q1"]
    assert sorted(p.name for p in out.iterdir()) == ["q1.gradebundle", "q1.marks.json"]   # with the marks it learned from
    why = res.skipped["Q2"]
    assert isinstance(why, GraderError) and why.kind == "learn.too_few_marks"
    assert why.values == {"marks": 4, "need": 45, "count": 41}
    assert str(why) == ("it has 4 of the 45 marked answers a model needs before it can take any answer on its own; "
                        "mark at least 41 more answers of this question (another class's answers in the same sheet "
                        "count too) and learn again")


def test_one_answer_short_is_said_in_the_singular_and_the_minimum_itself_is_learned(tmp_path):
    with pytest.raises(LearnError) as caught:
        learn_from_sheet(_csv(tmp_path / "44.csv", _rows("Q1", 44, 3)), "Score", tmp_path / "o44")
    problem = caught.value
    assert problem.kind == "learn.question_cannot_teach" and problem.values["why"].kind == "learn.too_few_marks"
    assert str(problem) == ("question “Q1” of 44.csv cannot teach a model: it has 44 of the 45 marked answers a model "
                            "needs before it can take any answer on its own; mark at least 1 more answer of this "
                            "question (another class's answers in the same sheet count too) and learn again")
    assert not (tmp_path / "o44").exists() or not any((tmp_path / "o44").iterdir())
    res = learn_from_sheet(_csv(tmp_path / "45.csv", _rows("Q1", 45, 3)), "Score", tmp_path / "o45")
    assert [(it.item, it.n_marks) for it in res.items] == [("Q1", 45)] and not res.skipped


def test_a_question_with_one_score_among_enough_marks_still_says_so(tmp_path):
    rows = _rows("Q1", 50, 3) + [(f"T{i}", "Q2", t, 1) for i, t in enumerate(invented_class(50, seed=4)[0])]
    why = learn_from_sheet(_csv(tmp_path / "m.csv", rows), "Score", tmp_path / "o").skipped["Q2"]
    assert why.kind == "learn.one_score" and why.values == {"marks": 50, "score": "1"}
    assert str(why) == "all its 50 scored answers have the score 1, so there is nothing to learn the difference from"


# ----- "Save as model…": the model learned in the session ---------------------------------------------------------
def _session(tmp_path, n: int) -> tuple[GradingSession, list[int]]:
    texts, scores = invented_class(n, seed=3)
    sheet = read_sheet(_csv(tmp_path / "class.csv", [(f"S{i}", "own", t, "") for i, t in enumerate(texts)]))
    mapping = guess_columns(sheet)
    mapping.item_column, mapping.answer_column = "Question", "Answer"
    return GradingSession(sheet, mapping), scores


def _learned(session: GradingSession, scores, marked: int):
    learner = workflow.QuestionLearner("own", session.keys_for("own"), [a.text for a in session.answers])
    for k in session.keys_for("own")[:marked]:
        session.decide(k, scores[k])
    learner.sync(session)
    model = learner.fit_function()()
    learner.use(session, model)
    return model


def test_a_session_model_of_a_few_marks_scores_the_class_but_is_not_saved(tmp_path):
    session, scores = _session(tmp_path, 80)
    model = _learned(session, scores, 6)
    keys = session.keys_for("own")
    assert all(k in session.predictions for k in keys)        # the few marks still score every answer here
    problem = workflow.unsaved_because(session, "own", model)
    assert problem is not None and problem.kind == "learn.too_few_to_save"
    assert problem.values == {"question": "own", "marks": 6, "need": 45, "count": 39}
    assert str(problem) == ("the model of question own has learned from 6 of the 45 marked answers a model needs before "
                            "it can take any answer on its own, so it is not saved; mark at least 39 more answers of "
                            "this question, then save it again")
    library = Library.load([tmp_path / "models"])
    target = tmp_path / "own.gradebundle"
    with pytest.raises(GraderError) as caught:
        workflow.save_learned_model(library, model, "own", target, answers=len(keys))
    assert caught.value.kind == "learn.too_few_to_save"
    assert not target.exists() and not (tmp_path / "models").exists()


def test_a_class_smaller_than_the_minimum_says_to_make_the_model_from_a_bigger_marked_sheet(tmp_path):
    session, scores = _session(tmp_path, 30)
    model = _learned(session, scores, 30)                   # every answer marked: there is nothing more to mark here
    problem = workflow.unsaved_because(session, "own", model)
    assert problem.kind == "learn.too_few_answers_to_save" and problem.values["count"] == 30
    assert str(problem).startswith("question own has 30 answers here, fewer than the 45 marked answers a model needs")
    assert "make models from a marked sheet that holds at least 45 marked answers of this question" in str(problem)


def test_a_session_model_of_enough_marks_is_saved(tmp_path):
    session, scores = _session(tmp_path, 80)
    model = _learned(session, scores, 50)
    assert workflow.unsaved_because(session, "own", model) is None
    library = Library.load([tmp_path / "models"])
    bundle = workflow.save_learned_model(library, model, "own", tmp_path / "own.gradebundle",
                                         answers=len(session.keys_for("own")))
    assert bundle.manifest["provenance"]["marks"] == 50 and (tmp_path / "models" / "own.gradebundle").is_file()
