"""On a teacher's own question headed by its wording (the session's prompt: workflow.prepare_session sets it), the
learning assistant said "The model can take 73 of the 75 answers left; 2 need you" while the counts, the headline and
the exports said 38 need review: its learner built the assistant from the answers alone, so the assistant judged the
flags without the question. With no prompt to read, a class a third of whose answers are bare lists of terms is taken
to answer a question that asks for a list; the session, which reads "Why does ice float on water?", flags each bare
list the model gives credit 'only a list of terms' and sends it to review. The assistant now takes the session's flags
as they are (the learner hands them over when it follows the session), so it counts what the session takes, and
suggests marking next only answers the session leaves to the teacher. A real session, a real fit."""
from __future__ import annotations

import itertools
import random

from grader_app import workflow
from grader_app.core import review
from grader_app.core.flags import TERM_LIST
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.term_list import is_term_list, lists_answer
from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet
from invented import invented_class
from test_learn_needs_marks import _csv

QUESTION = "Why does ice float on water?"
TERMS = ["density", "lattice", "hydrogen bonds", "lower density", "open lattice", "crystal structure", "spaced molecules",
         "hexagonal lattice"]


def _lists(n: int) -> list[str]:
    """``n`` different bare lists of the key terms (three each)."""
    every = [", ".join(t) for t in itertools.permutations(TERMS, 3)]
    return random.Random(5).sample(every, n)


def test_the_assistant_takes_and_leaves_what_the_session_takes_and_leaves(tmp_path):
    texts, scores = invented_class(160, seed=3)
    lists = _lists(80)   # a third of the class: with no question to read, a list would be taken for an answer
    texts, scores = texts + lists, scores + [1] * len(lists)   # the lists come last: never among the marked answers
    assert all(is_term_list(t) for t in lists) and lists_answer("", texts) and not lists_answer(QUESTION, texts)
    sheet = read_sheet(_csv(tmp_path / "class.csv", [(f"S{i}", QUESTION, t, "") for i, t in enumerate(texts)]))
    mapping = guess_columns(sheet)
    mapping.item_column, mapping.answer_column = "Question", "Answer"
    session = GradingSession(sheet, mapping)
    session.set_item_info(ItemInfo(item=QUESTION, prompt=QUESTION))   # as workflow.prepare_session heads it
    keys = session.keys_for(QUESTION)
    learner = workflow.QuestionLearner(QUESTION, keys, [session.answers[k].text for k in keys])
    for k in keys[:110]:   # one decision at a time, as the window syncs them
        session.decide(k, scores[k])
        learner.sync(session)
    model = learner.fit_function()()
    learner.use(session, model)
    learner.sync(session)   # as the window follows the session before it asks for the sentence
    a = learner.assistant
    assert model.qualified
    flagged = [k for k in keys if TERM_LIST in session.flags[k]]
    assert any(model.confidence[keys.index(k)] >= model.threshold for k in flagged)   # the model would take them

    taken = {k for k in keys if session.status(k) == review.AUTO}
    p = a.progress()
    assert taken and {keys[i] for i in a.auto_scores()} == taken
    assert p.auto == len(taken)
    assert p.need_you == sum(1 for k in session.review_queue() if session.answers[k].item == QUESTION)
    assert f"The model can take {len(taken)} of this question's" in a.progress_sentence()
    suggested = learner.suggest()   # "N": the next answers to mark are ones the session leaves to the teacher
    assert suggested is not None and set(suggested[0]) <= set(session.review_queue())
