import numpy as np
import pandas as pd
import pytest

from grader_app.core import review
from grader_app.core.grading import find_bundle_for
from grader_app.core.session import Change, Decision, GradingSession, ItemInfo
from grader_app.core.sheet import LONG, WIDE, ColumnMapping, Sheet

RISK = (review.RiskPoint(0.3, 0.9, 0.12, 0.15), review.RiskPoint(0.7, 0.7, 0.03, 0.05),
        review.RiskPoint(0.9, 0.4, 0.0, 0.02))


def make_session():
    frame = pd.DataFrame({
        "Student ID": ["S1", "S2", "S3", "S4", "S5"],
        "Question": ["q1"] * 5,
        "Answer": ["Plenty of detail about vinegar amounts", "", "Plenty of detail about vinegar amounts",
                   "A different but fine answer here", "Yet another answer with some words"],
    }, dtype=object)
    sheet = Sheet(frame)
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", item_column="Question", answer_column="Answer")
    items = {"q1": ItemInfo(item="q1", bundle_id="b", labels=(0, 1, 2), default_threshold=0.7, risk=RISK)}
    s = GradingSession(sheet, mapping, items)
    s.set_predictions([0, 1, 2, 3, 4], np.array([
        [0.05, 0.15, 0.80], [0.9, 0.05, 0.05], [0.05, 0.15, 0.80], [0.1, 0.85, 0.05], [0.3, 0.4, 0.3]]))
    return s


def test_status_routing_and_sentence():
    s = make_session()
    assert [s.status(k) for k in range(5)] == [
        review.NEEDS_REVIEW,  # duplicate of S3
        review.NEEDS_REVIEW,  # blank
        review.NEEDS_REVIEW,  # duplicate of S1
        review.AUTO,
        review.NEEDS_REVIEW,  # low confidence
    ]
    assert s.sentence() == "4 answers need you; the other 1 is expected to be at least 95 % right."
    s.set_threshold(0.35)
    assert s.status(4) == review.AUTO
    assert s.sentence() == "3 answers need you; the other 2 are expected to be at least 85 % right."
    s.set_threshold(0.2)  # below every calibrated threshold: no guarantee can be stated
    assert s.sentence() == "3 answers need you; the other 2 are accepted with no accuracy estimate for this model."



def test_the_sentence_says_every_answer_has_its_score_once_the_teacher_decided_them_all():
    s = make_session()
    for k in (0, 1, 2, 4):                      # every answer that needed the teacher
        s.decide(k, 1)
    assert s.sentence() == "You decided 4 answers; the other 1 is expected to be at least 95 % right."
    s.decide(3, 2)                              # and the one the model took
    assert s.sentence() == "Every answer has its score: you decided all 5."     # not "No answers to grade yet."
    assert review.plain_sentence(0, 0, None, decided=1) == "Every answer has its score: you decided it."
    assert review.plain_sentence(0, 0, None) == "No answers to grade yet."

def test_the_sentence_counts_the_answers_the_teacher_decided():
    """QA: after 60 of 90 answers were decided it read "24 answers need you; the other 6 are expected ...", and at
    the end "No answer needs you; the other 17 ...", as if there were 30 or 17 answers: the decisions are said."""
    s = make_session()
    s.decide(0, 1)
    assert s.sentence() == "You decided 1 answer and 3 need you; the other 1 is expected to be at least 95 % right."
    assert review.plain_sentence(24, 6, 0.95, decided=60) == \
        "You decided 60 answers and 24 need you; the other 6 are expected to be at least 95 % right."
    assert review.plain_sentence(0, 17, 0.95, decided=73) == \
        "You decided 73 answers; the other 17 are expected to be at least 95 % right."
    assert review.plain_sentence(1, 1, None, decided=2) == \
        "You decided 2 answers and 1 needs you; the other 1 is accepted with no accuracy estimate for this model."
    assert review.plain_sentence(0, 0, None, unscored=130, decided=5) == \
        "You decided 5 answers and 130 need you: no model scores them."
    assert review.plain_sentence(24, 6, 0.95) == "24 answers need you; the other 6 are expected to be at least 95 % right."


def test_decisions_notify_listeners_and_drive_status():
    s = make_session()
    seen = []
    s.listeners.append(lambda k, d: seen.append((k, d.score if d else None)))
    s.accept(0)
    s.decide(4, 2, comment="good enough")
    assert s.status(0) == review.REVIEWED and s.status(4) == review.OVERRIDDEN
    assert s.final_score(4) == 2 and s.decisions[4].comment == "good enough" and s.decisions[4].at.endswith("+00:00")
    s.decide(4, 1)
    assert s.decisions[4].comment == "good enough"  # kept
    s.restore(4, None)
    assert s.status(4) == review.NEEDS_REVIEW
    assert seen == [(0, 2), (4, 2), (4, 1), (4, None)]
    with pytest.raises(ValueError, match="7 is not a score for this question; use one of 0, 1, 2"):
        s.decide(1, 7)


def test_agreement_identical_and_distribution():
    s = make_session()
    assert s.identical_to(0) == [2]
    s.accept(0)
    s.decide(1, 0)
    s.decide(4, 2)
    ag = s.agreement()
    assert ag["n"] == 3 and ag["changed"] == 1 and ag["exact"] == pytest.approx(2 / 3)
    dist = s.score_distribution("q1")
    assert dist == {0: 1, 1: 1, 2: 2, None: 1}


def test_wide_sheet_answers():
    frame = pd.DataFrame({"Name": ["Ann", "Bo"], "Q1": ["a b c", "d e f"], "Q2": ["g h i", ""]}, dtype=object)
    m = ColumnMapping(layout=WIDE, name_column="Name", answer_columns={"Q1": "q1", "Q2": "q2"})
    s = GradingSession(Sheet(frame), m)
    assert [(a.student, a.item, a.text) for a in s.answers] == [
        ("Ann", "q1", "a b c"), ("Ann", "q2", "g h i"), ("Bo", "q1", "d e f"), ("Bo", "q2", "")]
    assert s.counts()[review.UNSCORED] == 4
    with pytest.raises(ValueError, match="no column named 'Q9'"):
        ColumnMapping(layout=WIDE, answer_columns={"Q9": "q9"}).validate(Sheet(frame))


def test_find_bundle_by_id_title_and_number():
    class B:
        def __init__(self, i, t):
            self.id, self.title = i, t

    class Lib:
        bundles = {"asap-sas-1": B("asap-sas-1", "Vinegar"), "asap-sas-10": B("asap-sas-10", "Polymers")}

        def get(self, k):
            return self.bundles.get(k)

    lib = Lib()
    assert find_bundle_for("ASAP-SAS-1", lib).id == "asap-sas-1"
    assert find_bundle_for("Polymers", lib).id == "asap-sas-10"
    assert find_bundle_for("7", lib) is None
    # a position in the teacher's own quiz is not a shipped model's question (an LMS quiz's Q1, Q2)
    for position in ("Q10", "Q1", "Question 1", "#10", "1"):
        assert find_bundle_for(position, lib) is None, position


# ----- one owner: mutators return what changed; statuses cached until a change touches them ----------

def test_mutators_return_what_they_changed():
    s = make_session()
    assert s.set_predictions([1, 3], np.array([[0.1, 0.1, 0.8], [0.2, 0.7, 0.1]])) == Change(frozenset({1, 3}))
    assert s.set_threshold(0.5) == Change(items=frozenset({"q1"}))
    assert s.set_threshold(0.5) == Change() and not s.set_threshold(0.5)   # nothing moved
    assert s.set_thresholds({"q1": 7, "nope": 0.2}) == Change(items=frozenset({"q1"}))
    assert s.threshold("q1") == 1.0 and "nope" not in s.thresholds         # clamped; unknown question ignored
    assert s.restore(2, None) == Change(frozenset({2}))
    assert s.decide(4, 2).score == 2
    assert s.affected_keys(Change(frozenset({9}), frozenset({"q1"}))) == {0, 1, 2, 3, 4, 9}
    assert (Change(frozenset({1})) | Change(items=frozenset({"q1"}))) == Change(frozenset({1}), frozenset({"q1"}))


def test_state_is_read_only_from_outside():
    s = make_session()
    for mapping, key in ((s.predictions, 0), (s.decisions, 0), (s.thresholds, "q1"), (s.flags, 0)):
        with pytest.raises(TypeError):
            mapping[key] = None
    assert not hasattr(s.predictions, "clear")
    change = s.clear_predictions()
    assert change.items == {"q1"} and not s.predictions and s.status(3) == review.UNSCORED


def test_status_cache_follows_every_change():
    s = make_session()
    assert s.status(3) == review.AUTO and s.status(4) == review.NEEDS_REVIEW   # now cached
    s.set_threshold(0.35)
    assert s.status(4) == review.AUTO
    s.set_predictions([4], np.array([[0.3, 0.36, 0.34]]))
    assert s.status(4) == review.AUTO and s.final_score(4) == 1
    s.set_predictions([4], np.array([[0.5, 0.2, 0.3]]))
    assert s.status(4) == review.AUTO and s.final_score(4) == 0
    s.set_predictions([4], np.array([[np.nan, 0.5, 0.5]]))
    assert s.status(4) == review.NEEDS_REVIEW
    s.decide(4, 1)
    assert s.status(4) == review.DECIDED    # the model gave no usable score: nothing to confirm or change
    s.restore(4, None)
    assert s.status(4) == review.NEEDS_REVIEW
    s.load_decisions({3: Decision(score=1)})
    assert s.status(3) == review.REVIEWED
    worked_out = [s._work_out_status(k) for k in range(len(s.answers))]   # the cache bypassed
    assert [s.status(k) for k in range(len(s.answers))] == worked_out


def test_a_status_worked_out_while_a_change_lands_is_not_kept(monkeypatch):
    """The figures worker reads statuses while the GUI thread may change the session: a status worked
    out from the state before a change must not stay in the cache after it."""
    s = make_session()
    real = s._work_out_status
    landed = []

    def racing(key):
        st = real(key)                       # worked out from the old state...
        if not landed:
            landed.append(s.set_threshold(0.35))   # ...while the owner moves the threshold
        return st

    monkeypatch.setattr(s, "_work_out_status", racing)
    assert s.status(4) == review.NEEDS_REVIEW   # the answer the reader asked for, as it was
    assert landed and s.status(4) == review.AUTO   # not kept: the next reader sees the new state


def test_a_comment_waits_for_its_score_and_the_decision_takes_it():
    """A comment on an answer not scored yet is the session's state (read-only from outside, announced to the
    comment listeners, so the project store keeps it); the next decision takes it, announced after it."""
    s = make_session()
    s.clear_predictions()                            # no model: the answers wait for the teacher's score
    heard = []
    s.listeners.append(lambda k, d: heard.append(("decision", k, d.comment if d else None)))
    s.comment_listeners.append(lambda k, c: heard.append(("waiting", k, c)))
    assert s.set_waiting_comment(1, "Say more.") == Change(frozenset({1}))
    assert s.waiting_comments == {1: "Say more."} and s.status(1) == review.UNSCORED and 1 not in s.decisions
    with pytest.raises(TypeError):
        s.waiting_comments[2] = "no"
    assert s.decide(1, 2).comment == "Say more."
    assert s.waiting_comments == {} and heard == [("waiting", 1, "Say more."), ("decision", 1, "Say more."),
                                                  ("waiting", 1, "")]
    s.set_waiting_comment(3, "Why?")
    assert s.decide(3, 0, comment="Spelled out.").comment == "Spelled out." and s.waiting_comments == {}
    s.set_waiting_comment(4, "Later.")
    s.set_waiting_comment(4, "")                     # forgotten
    assert s.waiting_comments == {} and heard[-1] == ("waiting", 4, "")
    heard.clear()
    s.restore(2, None)                               # clearing a decision announces no comment
    assert heard == [("decision", 2, None)]


def test_waiting_comments_from_a_file_come_back_unannounced_and_not_beside_a_decision():
    s = make_session()
    heard = []
    s.comment_listeners.append(lambda k, c: heard.append((k, c)))
    s.load_decisions({0: Decision(score=1, comment="taken")})
    assert s.load_waiting_comments({0: "taken", 2: "Why?", 3: ""}) == Change(frozenset({2}))
    assert s.waiting_comments == {2: "Why?"} and heard == []


def test_every_comment_listener_is_called_when_one_fails():
    s = make_session()
    seen = []

    def broken(_k, _c):
        raise OSError("disk gone")

    s.comment_listeners += [broken, lambda k, c: seen.append((k, c))]
    with pytest.raises(OSError, match="disk gone"):
        s.set_waiting_comment(2, "kept")
    assert seen == [(2, "kept")] and s.waiting_comments == {2: "kept"}
