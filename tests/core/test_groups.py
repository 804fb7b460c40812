"""Grouping one question's answers: identical, near-identical and similar answers together, blanks apart,
the same result every time."""
from __future__ import annotations

import random

import pytest

from grader_app.core import groups as G

ANSWERS = [
    "Ice is less dense than water, so it floats.",           # 0
    "ice is LESS dense than   water, so it floats.",         # 1 identical after normalisation
    "Ice is less dense than water so it floats!",            # 2 near-identical (punctuation)
    "",                                                      # 3 blank
    "Photosynthesis turns light into chemical energy.",      # 4
    "   ",                                                   # 5 blank (spaces only)
    "Ice is less dense then water, so it float.",            # 6 near-identical (two typos)
    "The mitochondria is the powerhouse of the cell.",       # 7
    "Ice is less dense than water, so it floats.",           # 8 identical to 0
    "Because the wind pushes it up.",                        # 9
]


def _partition(groups):
    return sorted(tuple(g.members) for g in groups)


def test_every_answer_in_exactly_one_group():
    gs = G.group_answers(ANSWERS)
    seen = [i for g in gs for i in g.members]
    assert sorted(seen) == list(range(len(ANSWERS)))
    assert all(g.medoid in g.members for g in gs)
    assert all(list(g.members) == sorted(g.members) for g in gs)


def test_blank_answers_form_their_own_group_first():
    gs = G.group_answers(ANSWERS)
    assert gs[0].kind == G.BLANK and gs[0].members == (3, 5)
    assert all(3 not in g and 5 not in g for g in gs[1:])


def test_identical_only():
    gs = G.group_answers(["Water is wet.", "water is  WET.", "Fish swim."])
    by_first = {g.members[0]: g for g in gs}
    assert by_first[0].members == (0, 1) and by_first[0].kind == G.IDENTICAL
    assert by_first[2].kind == G.SINGLE


def test_identical_and_near_identical_answers_are_grouped():
    gs = G.group_answers(ANSWERS)
    ice = next(g for g in gs if 0 in g)
    assert set(ice.members) == {0, 1, 2, 6, 8}
    assert ice.kind in (G.NEAR_IDENTICAL, G.SIMILAR)
    assert ice.medoid in (0, 1, 8)   # the wording most of them share, not a typo variant
    for i in (4, 7, 9):              # different answers stay apart
        assert next(g for g in gs if i in g).members == (i,)


def test_near_identical_kind_for_punctuation_only_differences():
    gs = G.group_answers(["Ice floats.", "Ice floats!", "ice, floats", "Plants need light to grow well."])
    g = next(g for g in gs if 0 in g)
    assert g.members == (0, 1, 2) and g.kind == G.NEAR_IDENTICAL


def test_cut_off_zero_groups_only_identical_answers():
    gs = G.group_answers(ANSWERS, distance=0.0, near=0.0)
    assert _partition(gs) == sorted([(0, 1, 8), (2,), (3, 5), (4,), (6,), (7,), (9,)])


def test_bigger_cut_off_never_splits_a_group():
    small = G.group_answers(ANSWERS, distance=0.2, near=0.1)
    big = G.group_answers(ANSWERS, distance=0.6, near=0.1)
    of_big = G.group_of(big)
    for g in small:
        assert len({of_big[i] for i in g.members}) == 1


def test_deterministic_and_independent_of_answer_order():
    first = G.group_answers(ANSWERS)
    assert G.group_answers(list(ANSWERS)) == first
    rng = random.Random(7)
    for _ in range(5):
        perm = list(range(len(ANSWERS)))
        rng.shuffle(perm)
        shuffled = [ANSWERS[p] for p in perm]
        back = sorted(tuple(sorted(perm[i] for i in g.members)) for g in G.group_answers(shuffled))
        assert back == _partition(first)


def test_order_biggest_first_and_group_ids():
    gs = G.group_answers(ANSWERS)
    sizes = [len(g) for g in gs[1:]]
    assert sizes == sorted(sizes, reverse=True)
    ids = G.group_ids(gs, len(ANSWERS))
    assert ids[0] == ids[1] == ids[8] and ids[4] != ids[0] and (ids >= 0).all()


def test_degenerate_inputs():
    assert G.group_answers([]) == []
    assert G.group_answers([""]) == [G.Group((0,), 0, G.BLANK)]
    assert G.group_answers(["!!!", "???"]) == [G.Group((0,), 0, G.SINGLE), G.Group((1,), 1, G.SINGLE)]
    with pytest.raises(ValueError):
        G.group_answers(ANSWERS, distance=0.1, near=0.3)


def test_differing_names_the_members_the_model_scores_otherwise():
    # "2 for 2, 1 for 1": the one scored 1 differs
    assert G.differing({4: 2, 7: 2, 9: 1}) == [9]
    # one score for all, or no score at all: none differs
    assert G.differing({4: 2, 7: 2}) == [] and G.differing({}) == []
    # a tie: the typical answer's score is the group's; without it among the tied, the score given first
    assert G.differing({1: 0, 2: 3, 3: 3, 4: 0}, typical=4) == [2, 3]
    assert G.differing({1: 0, 2: 3, 3: 3, 4: 0}, typical=9) == [2, 3]
    assert G.differing({1: 0, 2: 3, 3: 1}, typical=2) == [1, 3]
    # members with no score are left out by the caller: only those given count
    assert G.differing({5: "1"}) == []


def test_answers_scored_alone_are_each_a_group_of_their_own_and_never_the_typical_one():
    """Found in a QA pass: an answer padded with a copy of another (flagged "repeats itself") was grouped with it, and
    shown as the group's most typical answer. Those given as ``alone`` stay out, even when identical to another."""
    texts = ANSWERS + [" ".join([ANSWERS[0]] * 3), ANSWERS[0]]   # 10: padded with itself; 11: as 0 (hidden chars, say)
    gs = G.group_answers(texts, alone=[10, 11])
    assert sorted(i for g in gs for i in g.members) == list(range(len(texts)))
    for i in (10, 11):
        g = next(g for g in gs if i in g)
        assert g.members == (i,) and g.kind == G.SINGLE and g.medoid == i
    ice = next(g for g in gs if 0 in g)
    assert set(ice.members) == {0, 1, 2, 6, 8} and ice.medoid in (0, 1, 8)   # as without them
    assert 11 in next(g for g in G.group_answers(texts) if 0 in g)           # without ``alone``, 11 joins them


def test_answers_scored_alone_are_those_whose_flags_may_fool_a_model():
    from grader_app.core import flags as F

    for f in (F.COPIED, F.REPEATED, F.TOO_LONG, F.TERM_LIST):
        assert F.scored_alone([F.DUPLICATE, f])
    for f in (F.BLANK, F.TOO_SHORT, F.DUPLICATE, F.NOT_PROSE, F.HIDDEN, F.INVALID_OUTPUT):
        assert not F.scored_alone([f])
    assert not F.scored_alone([])
