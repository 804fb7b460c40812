"""Where a member of a group differs from the group's typical answer in words (QA: "Black, because it reflects the
sunlight…" and "White, because it absorbs the sunlight…" were grouped with "White, because it reflects the sunlight…"
and nothing pointed at them): the content words a member has that the typical answer has not, where they stand, and
those it lacks; case, punctuation, small words, inflections, one-letter slips and words written in two set aside."""
from __future__ import annotations

import pytest

from grader_app.core.group_words import content_words, members_differing, word_difference

TYPICAL = "White, because it reflects the sunlight and keeps the doghouse cool."
RETYPED = ["white because it reflects the sunlight and keeps the dog house cool",
           "White because it reflects sunlight and keeps the doghouse cool.",
           "White, because it reflects the sun light and keeps the doghouse cool",
           "white, because it reflects the sunlight and keeps the doghouse cooler.",
           "White because it reflects the sunlight and keeps the doghouse cool!!",
           "White, because it reflects the sunlihgt and keeps the doghouse cool."]
BLACK = "Black, because it reflects the sunlight and keeps the doghouse cool."
ABSORBS = "White, because it absorbs the sunlight and keeps the doghouse cool."


@pytest.mark.parametrize("member", RETYPED)
def test_a_retyped_copy_does_not_differ(member):
    assert not word_difference(member, TYPICAL), word_difference(member, TYPICAL)


def test_the_opposite_colour_and_the_opposite_verb_are_named_where_they_stand():
    black = word_difference(BLACK, TYPICAL)
    assert black and black.extra == ((0, 5),) and black.extra_words == ("Black",) and black.missing == ("White",)
    absorbs = word_difference(ABSORBS, TYPICAL)
    assert [ABSORBS[s:e] for s, e in absorbs.extra] == ["absorbs"] and absorbs.missing == ("reflects",)


def test_the_group_of_the_qa_finding_flags_just_the_two():
    texts = dict(enumerate([TYPICAL, *RETYPED[:4], BLACK, RETYPED[4], ABSORBS]))
    assert members_differing(texts, 0) == [5, 7]
    assert members_differing(texts, 5) == [k for k in texts if k != 5]   # from "Black…", every "White…" differs


@pytest.mark.parametrize("member, typical, extra, missing", [
    ("The temperature goes down.", "The temperature goes up.", ["down"], ["up"]),
    ("It does not float.", "It does float.", ["not"], []),
    ("It doesn't float.", "It does not float.", [], []),                   # a negation written short is "not"
    ("It can’t float.", "It can float.", ["can’t"], []),
    ("The ball rolled 3 cm.", "The ball rolled 5 cm.", ["3"], ["5"]),      # numbers count
    ("Es ist nicht warm.", "Es ist warm.", ["nicht"], []),                 # German small words aside
    ("La casa es negra.", "La casa es blanca.", ["negra"], ["blanca"]),    # Spanish
    ("La casa es blanco.", "La casa es blanca.", [], []),                  # an inflection
    ("Convection moves the heat.", "Conduction moves the heat.", ["Convection"], ["Conduction"]),   # two letters
    ("The temprature rises.", "The temperature rises.", [], []),           # one slip
])
def test_what_counts_as_another_word(member, typical, extra, missing):
    d = word_difference(member, typical)
    assert [member[s:e] for s, e in d.extra] == extra and list(d.missing) == missing


def test_a_hidden_character_inside_a_word_is_set_aside():
    assert not word_difference("The cell membrane con\u200btrols what goes in", "the cell membrane controls what goes in")


def test_small_words_and_single_letters_are_not_content_words():
    assert [k for *_, k in content_words("The bear's food is in the cave, and it is a cave.")] == \
        ["bear", "food", "cave", "cave"]
    assert not word_difference("", "") and not word_difference("the of a", "and it is")


@pytest.mark.parametrize("member, typical", [
    ("I think ice floats because it is less dense", "ice floats because it is less dense"),   # QA class: 13 of 22
    ("ice floats because it is less dense so yeah", "ice floats because it is less dense"),   # groups flagged so
    ("I think because it is cold so yeah", "because it is cold"),
    ("Um, basically, well, ice is like less dense, I believe.", "Ice is less dense."),
    ("In my opinion ice is less dense.", "Ice is less dense."),
    ("Ich glaube, Eis hat also halt eigentlich eine geringere Dichte.", "Eis hat eine geringere Dichte."),
    ("Pues creo que el hielo es menos denso, o sea, bueno.", "El hielo es menos denso."),
])
def test_fillers_alone_make_no_difference(member, typical):
    assert not word_difference(member, typical), word_difference(member, typical)


@pytest.mark.parametrize("member, typical, extra, missing", [
    ("I think ice is more dense than water.", "Ice is less dense than water.", ["more"], ["less"]),
    ("I don't think ice floats.", "Ice floats.", ["don't"], []),   # the negation in a filler phrase still counts
    ("Ich glaube, Eis ist nicht leichter.", "Eis ist leichter.", ["nicht"], []),
    ("Creo que el hielo no flota.", "El hielo flota.", ["no"], []),
    ("Think of the molecules.", "Look at the molecules.", ["Think"], ["Look"]),   # "think" alone is a content word
    ("The sea is salty.", "The lake is salty.", ["sea"], ["lake"]),               # "sea" outside "o sea" too
])
def test_a_filler_does_not_hide_a_word_that_differs(member, typical, extra, missing):
    d = word_difference(member, typical)
    assert [member[s:e] for s, e in d.extra] == extra and list(d.missing) == missing
