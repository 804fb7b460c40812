"""What the teacher is shown of an answer with hidden characters: :func:`hidden_characters.show_hidden` writes each one
out as "⟦U+202E⟧", where :func:`hidden_characters.hidden_characters` finds it, and leaves every other text as it is
(an emoji's own joiner and selector included)."""
from __future__ import annotations

import pytest

from grader_app.core import hidden_characters as H

PROSE = "The mRNA leaves the nucleus and goes to the ribosome."


def test_a_reversed_answer_is_written_out_in_logical_order():
    assert H.show_hidden("\u202eemosobir eht ot seog ANRm") == "⟦U+202E⟧emosobir eht ot seog ANRm"
    assert H.hidden_spans("ab\u202ec") == [(2, 3)]


def test_a_zero_width_space_and_a_tag_are_written_out():
    assert H.show_hidden("ribo\u200bsome") == "ribo⟦U+200B⟧some"
    assert H.show_hidden("x\U000e0041y\u200f") == "x⟦U+E0041⟧y⟦U+200F⟧"
    assert H.show_hidden("\u200b\u200b") == "⟦U+200B⟧⟦U+200B⟧"


def test_another_mark_can_be_given():
    assert H.show_hidden("a\u2066b", mark="<{code:x}>") == "a<2066>b"


@pytest.mark.parametrize("text", [PROSE, "", "café crème", "I ❤️ science", "\U0001f469\u200d\U0001f52c is what I want to be",
                                  "1\ufe0f\u20e3 first", "\U0001f3f3\ufe0f\u200d\U0001f308 ok", "日本語", "עברית ו-English"])
def test_text_without_hidden_characters_is_unchanged(text):
    assert H.show_hidden(text) == text and H.hidden_spans(text) == []


def test_a_joiner_outside_an_emoji_is_written_out_and_one_inside_is_kept():
    text = "\U0001f469\u200d\U0001f52c ribo\u200dsome"
    assert H.show_hidden(text) == "\U0001f469\u200d\U0001f52c ribo⟦U+200D⟧some"


@pytest.mark.parametrize("text", ["ribo\u200bsome \u202e", "\U0001f600\u200dword", "e\ufe0f", "\u00ad\u034f\u3164x",
                                  "\U0001f469\u200d\U0001f52c\u200b"])
def test_the_spans_are_exactly_the_hidden_characters(text):
    assert [text[a:b] for a, b in H.hidden_spans(text)] == H.hidden_characters(text)
    assert all(b == a + 1 for a, b in H.hidden_spans(text))


def test_non_text_cells():
    assert H.hidden_spans(None) == [] and H.hidden_spans(12.5) == []
    assert H.show_hidden("") == ""
