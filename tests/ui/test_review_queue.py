"""The review screen's Qt-free parts: the order of answers and groups, what a group score goes to,
the words the screens use, and a learner's marks following the session's decisions."""
from __future__ import annotations

import pandas as pd

from grader_app import workflow
from grader_app.core.session import Decision, GradingSession
from grader_app.core.sheet import ColumnMapping, Sheet
from grader_app.ui.review_queue import ReviewQueue, group_targets
from grader_app.ui.wording import agreement_words, question_of, takes_words


def test_units_pull_out_and_focus():
    q = ReviewQueue([5, 1, 7, 2, 9], groups={1: "a", 2: "a", 9: "b", 7: "b"})
    assert q.units == [[5], [1, 2], [7, 9]]
    assert q.go_to(2) and q.current() == [1, 2]
    assert q.pull_out(2) and q.units == [[5], [1], [2], [7, 9]]
    assert not q.pull_out(5)                      # a unit of one has no group to leave
    q.focus([9, 5])                               # a suggestion: exactly these, shown together
    assert q.current() == [9, 5] and q.units == [[1], [2], [9, 5], [7]]
    assert q.keys() == [1, 2, 9, 5, 7]
    assert q.advance(lambda k: k == 1) and q.current() == [1]   # wraps round
    assert not q.advance(lambda k: False)


def test_the_place_of_a_unit_counts_answers_whatever_is_grouped_or_pulled_out():
    """The review screen counts answers (review_counts): a group takes as many places as it has answers."""
    q = ReviewQueue([5, 1, 7, 2, 9], groups={1: "a", 2: "a", 9: "b", 7: "b"})
    assert q.place() == (0, 1)
    assert q.go_to(9) and q.place() == (3, 2)     # after [5] and [1, 2]: places 4-5 of 5
    assert q.pull_out(2) and q.go_to(2) and q.place() == (2, 1)
    places = []
    for i in range(len(q)):
        q.position = i
        places.append(q.place())
    assert places == [(0, 1), (1, 1), (2, 1), (3, 2)]   # one after another, through all five answers
    assert ReviewQueue().place() == (0, 0)


def test_a_pulled_out_key_stays_out_of_suggested_groups_until_the_pull_out_is_undone():
    q = ReviewQueue([1, 2, 3, 4], groups={1: "a", 2: "a", 3: "a"})
    assert q.pull_out(2) and q.units == [[1, 3], [2], [4]]
    q.focus([1, 2, 3])                            # the learner suggests the whole group again
    assert q.current() == [1, 3] and q.unit_of(2) != q.position
    q.focus([2])                                  # suggested on its own: shown on its own
    assert q.current() == [2]
    assert q.rejoin(2, [1, 2, 3], 1) and 2 in q.units[q.unit_of(1)]
    q.focus([1, 2, 3])                            # undone: it belongs to the group again
    assert sorted(q.current()) == [1, 2, 3]


def test_an_undone_pull_out_goes_back_only_into_its_own_group_on_the_list_now():
    """The review opened again on other answers, or with other groups, before the pull-out is undone: the member
    is brought onto no list and into no unit that is not its group (it was put into any unit holding one of the
    members it left); where its group is, it goes back among them."""
    pulled_from = [1, 2, 3]                               # 2 was pulled out of this unit, at place 1
    q = ReviewQueue([1, 3, 4], groups={1: "a", 3: "a", 4: "a"})          # a list without it
    assert not q.rejoin(2, pulled_from, 1) and q.keys() == [1, 3, 4] and 2 not in q.pulled
    q = ReviewQueue([1, 2, 3, 4], groups={1: "x", 4: "x", 2: "y", 3: "y"})   # 1 now grouped with 4, not with 2
    assert q.pull_out(2) and q.units == [[1, 4], [3], [2]]
    assert not q.rejoin(2, pulled_from, 1) and q.units == [[1, 4], [3], [2]]
    q = ReviewQueue([1, 2, 3, 4], groups=dict.fromkeys([1, 2, 3, 4], "a"))   # the whole group, one more member
    assert q.pull_out(2) and q.rejoin(2, pulled_from, 1) and q.units == [[1, 2, 3, 4]]


def test_a_group_score_goes_to_the_open_members_then_to_all():
    assert group_targets([1, 2, 3], {2: "x"}) == [1, 3]
    assert group_targets([1, 2], {1: "x", 2: "y"}) == [1, 2]


def test_words():
    passage = "\n".join(["A long paragraph of the article about animals and their homes in the wild."] * 8)
    assert question_of(passage + "\nExplain how pandas are similar to koalas.") == (
        "Explain how pandas are similar to koalas.", len(passage.split()))
    assert question_of(passage + "\nThe story ends here and nobody speaks.")[0] == ""
    assert question_of("Describe osmosis.") == ("Describe osmosis.", 0)
    assert agreement_words(0.72, 0.74) == "well, about as well as a second teacher"
    assert agreement_words(0.61, 0.94) == "fairly well, but not as well as a second teacher"
    assert agreement_words(None) == "not measured"
    assert takes_words(None) == "the model takes no answer on its own: every answer comes to you"


def test_a_learner_follows_the_decisions_a_group_as_one_batch():
    texts = ["cells need energy", "cells need energy!", "plants are green", "dogs bark loudly", "cells need food"]
    frame = pd.DataFrame([(f"S{i}", "q", t) for i, t in enumerate(texts)], columns=["ID", "Q", "A"], dtype=object)
    session = GradingSession(Sheet(frame=frame), ColumnMapping(id_column="ID", item_column="Q", answer_column="A"))
    assert workflow.learns(session, "q")
    learner = workflow.QuestionLearner("q", session.keys_for("q"), texts)
    together = Decision.now(2)                   # two unlike answers decided together (a group score): one time stamp,
    for k in (0, 3):                             # as GroupDecideCommand gives them
        session.restore(k, together)
    assert learner.sync(session) and dict(learner.assistant.marks) == {0: 2, 3: 2}
    session.decide(2, 0)
    assert learner.sync(session)
    folds = learner.assistant.fold_groups()
    assert folds[0] == folds[3] != folds[2]      # decided in one go: one fold; decided apart: not
    session.restore(3, None)
    assert learner.sync(session) and dict(learner.assistant.marks) == {0: 2, 2: 0}
    assert not learner.sync(session)             # nothing new
    assert learner.wants_fit()                   # two different scores: a model can learn


def test_an_answer_scored_alone_is_in_no_unit_with_others_not_even_one_a_flag_reaches_later():
    alone = {3}
    q = ReviewQueue([1, 2, 3, 4, 5], groups={1: "a", 2: "a", 3: "a", 4: "b", 5: "b"}, apart=lambda k: k in alone)
    assert q.units == [[1, 2], [3], [4, 5]]
    q.focus([3, 1, 2])                            # a suggestion with it: shown without it
    assert q.current() == [1, 2]
    q.focus([3])
    assert q.current() == [3]
    assert q.go_to(5) and not q.separate()
    alone.add(4)                                  # a model's row brings a flag (a bare list of terms)
    assert q.separate() and q.units == [[1, 2], [3], [5], [4]] and q.current() == [5]
    q.focus([5, 4])
    assert q.current() == [5] and [4] in q.units
