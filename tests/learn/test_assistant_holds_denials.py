"""A model learned from the teacher's marks counts words as the shipped ones do, so an answer that names the key ideas
and denies them ("ice is not less dense than water ...") gets its credit; the session holds it ('denies or negates',
core.model_flags) where the model would take it, and the assistant takes, and counts, only what the session takes.
A real session, a real fit, the invented class of the other learning tests with eight denials added, unmarked, at a
threshold the teacher lowered to 0.8."""
from __future__ import annotations

from grader_app import workflow
from grader_app.core import review
from grader_app.core.flags import DENIES
from grader_app.core.session import GradingSession
from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet
from invented import invented_class
from test_learn_needs_marks import _csv

DENIALS = ["Ice is not less dense than water and hydrogen bonds do not hold the molecules in an open lattice",
           "ice does not have a lower density, and the molecules are not spaced out in a hexagonal lattice",
           "Its density is never lower than liquid water, so the crystal structure never keeps molecules apart",
           "It is false that ice is less dense than water and false that hydrogen bonds hold an open lattice",
           "Ice is less dense than water and hydrogen bonds hold the molecules in an open lattice. Just kidding!",
           "None of this is true: ice has a lower density, molecules are spaced out in a hexagonal lattice",
           "ice isn't less dense than water; hydrogen bonds don't hold the molecules in an open lattice",
           "Wrong: its density is lower than liquid water and the crystal structure keeps molecules apart"]


def learned_from_marks(tmp_path, texts, scores):
    """``texts`` as the answers to question "own" of a CSV sheet read for real, the first 110 marked with ``scores``
    and the model learned from those marks used: (session, the question's keys, its learner)."""
    sheet = read_sheet(_csv(tmp_path / "class.csv", [(f"S{i}", "own", t, "") for i, t in enumerate(texts)]))
    mapping = guess_columns(sheet)
    mapping.item_column, mapping.answer_column = "Question", "Answer"
    session = GradingSession(sheet, mapping)
    keys = session.keys_for("own")
    learner = workflow.QuestionLearner("own", keys, [session.answers[k].text for k in keys])
    for k in keys[:110]:
        session.decide(k, scores[k])
        learner.sync(session)
    learner.use(session, learner.fit_function()())
    return session, keys, learner


def test_the_model_takes_no_denial_it_gives_credit(tmp_path):
    texts, scores = invented_class(160, seed=3)
    session, keys, learner = learned_from_marks(tmp_path, texts + DENIALS, scores)   # last: never among the marked
    assert learner.assistant.model.qualified and session.english["own"]
    session.set_threshold(0.8, "own")         # the teacher's own, lower than the model's: the denials' confidence
    learner.sync(session)
    a = learner.assistant
    m, index = a.model, {k: i for i, k in enumerate(keys)}
    denials = [k for k in keys if session.answers[k].text in DENIALS]
    credited = [k for k in denials if m.labels[m.predicted_index()[index[k]]] > min(m.labels)]
    sure = [k for k in credited if m.confidence[index[k]] >= session.threshold("own")]
    assert sure                                           # the model would take them with credit: the hole
    assert all(DENIES in session.flags[k] and session.status(k) == review.NEEDS_REVIEW for k in sure)
    taken = {keys[i] for i in a.auto_scores()}
    assert taken == {k for k in keys if session.status(k) == review.AUTO} and not taken & set(denials)
    p = a.progress()
    assert p.auto == len(taken) and p.need_you == sum(session.needs_teacher(k) for k in keys)
