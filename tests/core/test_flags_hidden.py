"""Hidden characters: an answer with bidi controls or zero-width / format characters can show the teacher
another text than the model reads (U+202E shows the rest backwards) or slip past the duplicate check. Such
an answer is flagged HIDDEN, always for the teacher; an emoji's own joiner or selector is not hidden."""
from __future__ import annotations

import sys
import unicodedata

import pytest

from grader_app.core import flags as F
from grader_app.core import hidden_characters as H
from grader_app.text import normalise

PROSE = "The mRNA leaves the nucleus and goes to the ribosome."

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f",
        "\u061c"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u2061", "\u2062", "\u2063",
              "\u2064", "\ufff9", "\U000e0001", "\U000e0041"]
# invisible but not Cf (Unicode's Default_Ignorable_Code_Point): variation selectors, combining grapheme
# joiner, Hangul fillers, Khmer inherent vowels, Mongolian free variation selectors
IGNORABLE = ["\ufe00", "\ufe0f", "\U000e0100", "\u034f", "\u115f", "\u1160", "\u3164", "\uffa0", "\u17b4", "\u180b"]


@pytest.mark.parametrize("ch", BIDI + ZERO_WIDTH + IGNORABLE, ids=lambda c: f"U+{ord(c):04X}")
def test_each_hidden_character_flags_the_answer(ch):
    text = PROSE.replace("ribosome", f"ribo{ch}some")
    assert H.hidden_characters(text) == [ch]
    assert F.HIDDEN in F.flags_for_group([text, "Something else entirely about the cell."])[0]


def test_every_format_character_counts_as_hidden():
    """Every code point of category Cf that this Python knows is matched (the class is written out)."""
    missed = [hex(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"
              and not H.HIDDEN_CHAR.match(chr(c))]
    assert missed == []


def test_visible_text_is_not_hidden():
    visible = ["café crème", "naïve résumé", "Größe", "x² + y²", "½ cup", "1–2 cm — roughly", "“quoted”", "ﬁne",
               "ångström", "I ❤️ science", "\U0001f469\u200d\U0001f52c is what I want to be", "1\ufe0f\u20e3 first",
               "\U0001f3f3\ufe0f\u200d\U0001f308 ok", "\U0001f44d\U0001f3fd\u200d\U0001f525 fine", "日本語", "\u0416\u0443\u043a"]
    for text in visible:
        assert H.hidden_characters(text) == [], text
    assert F.flags_for_group([PROSE, "Ice is less dense than water, so it floats."]) == [[], []]


def test_a_joiner_or_selector_outside_an_emoji_is_hidden():
    assert H.hidden_characters("ribo\u200dsome") == ["\u200d"]
    assert H.hidden_characters("\U0001f600\u200dword") == ["\u200d"]         # joins an emoji to a letter
    assert H.hidden_characters("e\ufe0f") == ["\ufe0f"]
    assert H.hidden_characters("\u200d\U0001f600") == ["\u200d"]              # at the start


def test_a_reversed_answer_is_flagged_and_reads_otherwise_than_it_shows():
    """U+202E shows "mRNA goes to the ribosome" while the model reads the letters backwards."""
    text = "\u202eemosobir eht ot seog ANRm"
    assert normalise(text) == "\u202eemosobir eht ot seog anrm"          # what the model gets
    got = F.flags_for_group([text, PROSE, "Proteins are made at the ribosome from amino acids."])
    assert F.HIDDEN in got[0] and got[1] == [] and got[2] == []


def test_a_text_of_hidden_characters_only_is_blank():
    """The teacher sees nothing in it: a blank answer, as an empty one (tests/test_cli_invisible_answer_blank.py)."""
    got = F.flags_for_group(["\u200b\u200b\u200b", "", PROSE])
    assert got[0] == [F.BLANK] and got[1] == [F.BLANK]


def test_zero_width_characters_do_not_dodge_the_duplicate_check():
    copy = "The\u200b mRNA lea\u200cves the nucleus and goes to the\u2060 ribosome.\ufeff"
    got = F.flags_for_group([PROSE, copy, "Ice is less dense than water, so it floats."])
    assert got[0] == [F.DUPLICATE]
    assert F.DUPLICATE in got[1] and F.HIDDEN in got[1]
    assert got[2] == []


def test_non_text_cells_are_not_hidden():
    assert H.hidden_characters(None) == [] and H.hidden_characters("") == []
    assert not H.has_hidden_characters(12.5)
