"""The learning assistant said the model "can take" answers that a flag always sends to review: a bare list of terms
("density, lattice, hydrogen bonds") that the learned model gives credit is flagged 'only a list of terms' with the
model's row (core.model_flags.with_model_flags, set per row in core.session), so the teacher still marks it, yet the
assistant counted it among the answers taken now, among those it could take after a few more marks, and never
suggested it. It counts only answers that could really be taken: the same answers the session takes. A real session,
a real fit, the invented class of the other learning tests with eight bare lists of its key terms added."""
from __future__ import annotations

from grader_app import workflow
from grader_app.core import review
from grader_app.core.flags import TERM_LIST
from grader_app.core.session import GradingSession
from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet
from grader_app.learn.assistant import TARGET_ERROR
from grader_app.learn.progress import estimate_more, marks_to_certify
from invented import invented_class
from test_learn_needs_marks import _csv

LISTS = ["density, lattice, hydrogen bonds", "lower density, open lattice, hydrogen bonds", "Density; hydrogen bonds; lattice",
         "lower density, hexagonal lattice, spaced molecules", "density, crystal lattice, hydrogen",
         "ice density, water density, lattice", "- density\n- lattice\n- hydrogen bonds", "1. density 2. lattice 3. bonds"]


def _learned(tmp_path, marked: int):
    texts, scores = invented_class(160, seed=3)
    texts, scores = texts + LISTS, scores + [1] * len(LISTS)   # the lists come last: never among the marked answers
    sheet = read_sheet(_csv(tmp_path / f"class{marked}.csv", [(f"S{i}", "own", t, "") for i, t in enumerate(texts)]))
    mapping = guess_columns(sheet)
    mapping.item_column, mapping.answer_column = "Question", "Answer"
    session = GradingSession(sheet, mapping)
    keys = session.keys_for("own")
    learner = workflow.QuestionLearner("own", keys, [session.answers[k].text for k in keys])
    for k in keys[:marked]:   # one decision at a time, as the window syncs them
        session.decide(k, scores[k])
        learner.sync(session)
    model = learner.fit_function()()
    learner.use(session, model)
    lists = [k for k in keys if session.answers[k].text in LISTS]
    credited = [k for k in lists if model.labels[model.predicted_index()[keys.index(k)]] > min(model.labels)]
    assert credited and all(TERM_LIST in session.flags[k] for k in credited)   # the session sends them to review
    return session, learner, keys, credited


def test_the_model_takes_now_only_what_the_session_takes(tmp_path):
    session, learner, keys, credited = _learned(tmp_path, 110)
    a = learner.assistant
    assert a.model.qualified
    m = a.model
    assert any(m.confidence[keys.index(k)] >= m.threshold for k in credited)   # confident enough to be taken, but flagged
    taken = {keys[i] for i in a.auto_scores()}
    assert taken == {k for k in keys if session.status(k) == review.AUTO}
    assert not taken & set(credited)
    p = a.progress()
    assert p.auto == len(taken) and p.need_you == sum(session.needs_teacher(k) for k in keys)
    assert p.decided + p.auto + p.need_you == len(keys)
    assert f"The model can take {len(taken)} of this question's" in a.progress_sentence()


def test_the_estimate_counts_only_answers_it_could_take(tmp_path):
    # 64 marks: the estimate needs more marks than are left (at 40 it now needs 105 of the 128 left, a figure too far out
    # for the line to say, progress.REACH), and the open answers it counts are above the estimate's threshold
    session, learner, keys, credited = _learned(tmp_path, 64)
    a = learner.assistant
    m = a.model
    p = a.progress()
    needed, could = estimate_more(m, a._open_to_take(m), a.target_error, a.confidence_level)
    assert needed is not None and could
    left = len(keys) - len(session.decisions)   # the sentence never asks for more marks than there are answers left
    if needed >= left:   # no figures then: what it needs at least, or that it surely cannot help in this sheet
        assert (p.marks_needed, p.could_take) == (None, None) and p.beyond_sheet == (p.at_least is None)
    else:
        assert (p.marks_needed, p.could_take) == (needed, min(could, left - needed))
    # the threshold the estimate reads off the out-of-fold table (learn.progress.estimate_more)
    _more, at = marks_to_certify(m.review["table"], m.n_marks, TARGET_ERROR, a.confidence_level)
    assert any(m.confidence[keys.index(k)] >= at for k in credited)
    open_ = [i for i, k in enumerate(keys) if k not in session.decisions and m.confidence[i] >= at]
    assert 0 < could == sum(1 for i in open_ if not session.flags[keys[i]]) < len(open_)
