"""The marking assistant's policy: what it suggests, what it lets the model take, what it says, and a
simulated teacher who follows it to the end."""
from __future__ import annotations

import numpy as np
import pytest

from grader_app.core.groups import BLANK
from grader_app.learn.assistant import MarkingAssistant, Progress, progress_sentence


def _teacher(a: MarkingAssistant, gold) -> tuple[int, int]:
    """Follow the suggestions to the end as scripts/bench_effort.py does; (decisions, answers read)."""
    decisions = read = 0
    while True:
        if a.needs_refit():
            a.refit()
        s = a.suggest_next()
        if s is None:
            return decisions, read
        vals, counts = np.unique([gold[i] for i in s.members], return_counts=True)
        score = int(vals[counts.argmax()])
        a.decide(s.members, score)
        decisions += 1
        read += len(s.members)
        for i in s.members:
            if gold[i] != score:
                a.decide([i], gold[i])
                decisions += 1


def test_blank_answers_first_then_the_biggest_groups():
    texts = ["Ice floats.", "", "ice floats", "Water is wet and cold.", "  ", "Fish swim in water.", "Ice floats!"]
    a = MarkingAssistant(texts, labels=[0, 1, 2])
    s = a.suggest_next()
    assert s.members == (1, 4) and a.groups[s.group].kind == BLANK and "blank" in s.reason
    a.decide(s.members, 0)
    s = a.suggest_next()
    assert set(s.members) == {0, 2, 6} and s.model_score is None and s.confidence is None
    a.decide(s.members, 1)
    assert a.suggest_next().members in ((3,), (5,))


def test_flagged_and_decided_answers_are_never_taken_by_the_model(ice_class):
    texts, scores = ice_class
    texts = list(texts) + ["", "ok", texts[0]]          # blank, too short, a copy of answer 0
    scores = list(scores) + [0, 0, scores[0]]
    a = MarkingAssistant(texts, labels=[0, 1, 2])
    for i in range(110):
        a.decide([i], scores[i])
    a.refit()
    assert a.model is not None and a.model.qualified
    auto = a.auto_scores()
    assert auto, "the learned model should take some of the rest"
    assert not set(auto) & set(range(110))
    flagged = {i for i, f in enumerate(a.flags) if f}
    assert {160, 161, 162, 0} <= flagged and not set(auto) & flagged
    assert all(a.model.confidence[i] >= a.model.threshold for i in auto)


def test_suggestions_alternate_between_the_least_sure_and_a_fair_sample(ice_class):
    texts, scores = ice_class
    a = MarkingAssistant(texts, labels=[0, 1, 2], seed=4)
    for i in range(20):
        a.decide([i], scores[i])
    a.refit()
    reasons = [a.suggest_next().reason for _ in range(4)]
    assert reasons[0] == reasons[2] and "least sure" in reasons[0]
    assert reasons[1] == reasons[3] and "fair sample" in reasons[1]
    conf = a.model.confidence
    s = MarkingAssistant(texts, labels=[0, 1, 2], seed=4)
    for i in range(20):
        s.decide([i], scores[i])
    s.use_model(a.model)
    first = s.suggest_next()

    def mean_conf(g):
        todo = [i for i in g.members if i not in s.marks]
        return np.mean(conf[todo]) if todo else np.inf
    assert np.mean(conf[list(first.members)]) == pytest.approx(min(mean_conf(g) for g in s.groups))


def test_a_teacher_following_the_suggestions_decides_less_and_gets_it_right(ice_class):
    texts, scores = ice_class
    a = MarkingAssistant(texts, labels=[0, 1, 2], seed=0)
    decisions, read = _teacher(a, scores)
    auto = a.auto_scores()
    final = [a.marks.get(i, auto.get(i)) for i in range(len(texts))]
    assert None not in final
    agree = np.mean([f == g for f, g in zip(final, scores)])
    assert decisions < len(texts) and len(auto) > 0
    assert agree >= 0.95
    assert a.progress_sentence().startswith("The model has taken this question's other")
    again = MarkingAssistant(texts, labels=[0, 1, 2], seed=0)
    assert _teacher(again, scores) == (decisions, read)       # the same policy, the same run


def test_progress_sentences():
    def p(**kw):
        base = dict(total=100, decided=0, auto=0, need_you=100, qualified=False, marks_needed=None, could_take=None)
        base.update(kw)
        return Progress(**base)

    assert progress_sentence(p()) == "Mark a few answers with different scores and the model starts learning from them."
    assert progress_sentence(p(decided=20, need_you=80, marks_needed=6, could_take=40)) == \
        ("Mark at least 6 more answers to this question; if the model agrees with you on them, it can take about 40 of "
         "the rest.")
    assert progress_sentence(p(decided=20, need_you=80, marks_needed=1, could_take=40)) == \
        ("Mark at least 1 more answer to this question; if the model agrees with you on it, it can take about 40 of "
         "the rest.")
    assert progress_sentence(p(decided=60, auto=30, need_you=10, qualified=True, expected_accuracy=0.953)) == \
        "The model can take 30 of this question's 40 answers left (expected at least 95 % right); 10 need you."
    assert progress_sentence(p(decided=100, need_you=0)) == "Every answer to this question is decided."
    assert progress_sentence(p(decided=10, need_you=90)) == \
        "Keep marking, since the model cannot yet take any answer with a guarantee."
    assert progress_sentence(p(decided=40, need_you=60, at_least=12, agreed=31, checked=40, must_be_right=0.95)) == (
        "Keep marking, since the model needs at least 12 more marks before it can take an answer; on answers it had not "
        "learned from, it agreed with 31 of your 40 marks and must be at least 95 % right.")
    assert progress_sentence(p(decided=4, need_you=96, at_least=1)) == \
        "Keep marking, since the model needs at least 1 more mark before it can take an answer."


def test_progress_counts_add_up(ice_class):
    texts, scores = ice_class
    a = MarkingAssistant(texts, labels=[0, 1, 2])
    for i in range(60):
        a.decide([i], scores[i])
    a.refit()
    pr = a.progress()
    assert pr.decided + pr.auto + pr.need_you == len(texts)
    if pr.marks_needed is not None:
        assert pr.marks_needed >= 0 and 0 <= pr.could_take <= len(texts) - 60
    assert a.progress_sentence() == progress_sentence(pr)


def test_decisions_can_be_undone_and_bad_scores_refused(ice_class):
    texts, scores = ice_class
    a = MarkingAssistant(texts, labels=[0, 1, 2])
    a.decide([0, 1], 2)
    a.undo(1)
    assert dict(a.marks) == {0: 2}
    with pytest.raises(ValueError):
        a.decide([2], 7)
    with pytest.raises(IndexError):
        a.decide([999], 1)
    assert not a.needs_refit()          # one distinct score: nothing to learn yet
    a.decide([3], 0)
    assert a.needs_refit()


def test_fit_on_a_worker_then_hand_the_model_over(ice_class):
    texts, scores = ice_class
    a = MarkingAssistant(texts, labels=[0, 1, 2])
    for i in range(30):
        a.decide([i], scores[i])
    fit = a.fit_snapshot()          # taken on the GUI thread
    for i in range(30, 40):         # the teacher goes on marking meanwhile
        a.decide([i], scores[i])
    model = fit()                   # runs on a worker: sees the 30 marks of the snapshot only
    assert model.n_marks == 30 and a.model is None
    a.use_model(model)
    assert a.model is model and a.needs_refit()
    a.refit()
    assert a.model.n_marks == 40 and not a.needs_refit()


def test_a_fit_is_plain_data_that_fits_the_same_anywhere(ice_class):
    """The snapshot is a picklable FitJob (what the fitting child process is sent); fitted from a copy it
    gives the model refit() gives, and a fitter, when set, is what the snapshot's function calls."""
    import pickle

    from grader_app.learn.fit_job import FitJob, fit_job

    texts, scores = ice_class
    a = MarkingAssistant(texts, labels=[0, 1, 2])
    for i in range(30):
        a.decide([i], scores[i])
    job = a.fit_job()
    assert isinstance(job, FitJob) and job.n_marks == 30 and job.key == a.key and job.features is None
    copy = pickle.loads(pickle.dumps(job.without_features()))
    model = fit_job(copy)
    ref = a.refit()
    assert np.max(np.abs(model.probabilities - ref.probabilities)) <= 1e-9 and model.labels == ref.labels
    assert a.fit_job().features is not None            # kept from the fit on this thread
    assert len(pickle.dumps(a.fit_job().without_texts())) < len(pickle.dumps(job.without_features()))
    seen: list = []

    def fitter(j, fallback):
        seen.append(j)
        return fallback()
    a.fitter = fitter
    a.decide([30], scores[30])
    assert a.refit().n_marks == 31 and len(seen) == 1 and seen[0].n_marks == 31


def test_the_assistant_fits_the_model_it_is_asked_for(ice_class):
    """By default the assistant learns its chosen model (fit_job.DEFAULT_FIT), in the job a fitting child
    process is sent too; another variant can be asked for, an unknown one is refused."""
    import pickle

    from grader_app.learn.fit_job import DEFAULT_FIT, FIT_VARIANTS, fit_job

    texts, scores = ice_class
    expected = {"plain": (False, None), "ordinal": (True, None), "ordinal-balanced": (True, "balanced"),
                "sheet": (True, "balanced")}   # "sheet": grader learn's, with score offsets (learn.continuing)
    assert set(FIT_VARIANTS) == set(expected)
    for variant in (None, *FIT_VARIANTS):
        a = MarkingAssistant(texts, labels=[0, 1, 2]) if variant is None else \
            MarkingAssistant(texts, labels=[0, 1, 2], fit_variant=variant)
        for i in range(40):
            a.decide([i], scores[i])
        job = a.fit_job()
        assert job.variant == (variant or DEFAULT_FIT)
        model = a.refit()
        assert (model.ordinal, model.class_weight) == expected[variant or DEFAULT_FIT]
        assert model.variant == (variant or DEFAULT_FIT)   # its manifest says it (provenance.fit)
        sent = pickle.loads(pickle.dumps(job.without_features()))   # as the child process gets it
        assert sent.variant == job.variant and fit_job(sent).ordinal == model.ordinal
    with pytest.raises(ValueError, match="not a model"):
        MarkingAssistant(texts, labels=[0, 1, 2], fit_variant="deep")
