"""Whether an answer denies is read in its question's language (core.class_language), once, where the question's
learner is made (a worker in the app): the learner follows the session's language (MarkingAssistant.follow_flags) and
would read every answer again, on the thread that owns the session (the GUI thread in the app), if the language the
session reads the question in were not the one the learner read it in; the session likewise reads on that thread any
denial handed over in another language. Both read the class's words the same way, in English, German and Spanish, so
as the teacher marks, the model is put to use and the threshold is moved, nothing is read there again, and the flags
are those reading every answer afresh gives. A real session of a real CSV sheet, real marks and a real fit; the real
reading watched for the thread it runs on."""
from __future__ import annotations

import threading

import pytest

from grader_app import workflow
from grader_app.core import denial, session_readings
from grader_app.core.class_language import DE, EN, ES
from grader_app.core.flags import DENIES
from grader_app.core.model_flags import with_model_flags
from grader_app.core.session import GradingSession
from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet
from grader_app.learn import assistant
from invented import invented_class
from invented_de_es import invented_class_in
from test_assistant_holds_denials import DENIALS as ENGLISH_DENIALS
from test_assistant_holds_denials_de_es import DENIALS
from test_learn_needs_marks import _csv

CLASSES = {EN: (lambda: invented_class(160, seed=3), ENGLISH_DENIALS),
           DE: (lambda: invented_class_in(DE, 160, seed=3), DENIALS[DE]),
           ES: (lambda: invented_class_in(ES, 160, seed=3), DENIALS[ES])}


@pytest.mark.parametrize("lang", [EN, DE, ES])
def test_denials_are_read_once_where_the_learner_is_made(tmp_path, monkeypatch, lang):
    make, denials = CLASSES[lang]
    texts, scores = make()
    rows = [(f"S{i}", "own", t, "") for i, t in enumerate(texts + denials)]   # the denials last: never marked
    sheet = read_sheet(_csv(tmp_path / "class.csv", rows))
    mapping = guess_columns(sheet)
    mapping.item_column, mapping.answer_column = "Question", "Answer"
    session = GradingSession(sheet, mapping)
    keys = session.keys_for("own")
    read_on: list[int] = []

    def watched(text, language):
        read_on.append(threading.get_ident())
        return denial.denies(text, language)

    monkeypatch.setattr(session_readings, "denies", watched)
    monkeypatch.setattr(assistant, "denies", watched)
    made: list = []
    worker = threading.Thread(target=lambda: made.append(
        workflow.QuestionLearner("own", keys, [session.answers[k].text for k in keys])))
    worker.start()
    worker.join()
    learner = made[0]
    assert len(read_on) == len(keys) and threading.get_ident() not in read_on   # each answer read on the worker
    for k in keys[:110]:                                  # the teacher marks; the learner follows each mark
        session.decide(k, scores[k])
        learner.sync(session)
    learner.use(session, learner.fit_function()())        # the model put to use ...
    session.set_threshold(0.8, "own")                     # ... and the teacher's threshold, low enough to take denials
    learner.sync(session)
    assert threading.get_ident() not in read_on and len(read_on) == len(keys)   # none read again, nor here
    assert session.languages["own"] == learner.assistant.denials()[0] == lang
    fresh = {k: with_model_flags(session.flags[k], session.answers[k].text, session.lists_ok["own"],
                                 session.predictions[k], denies=denial.denies(session.answers[k].text, lang),
                                 threshold=session.threshold("own")) for k in keys}
    assert {k: session.flags[k] for k in keys} == fresh   # the flags as reading every answer afresh gives them
    assert any(DENIES in session.flags[k] for k in keys[len(texts):])   # a denial held among them
