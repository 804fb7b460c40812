"""Every flag has its words in the interface (marked for translation), the new ones too: a flag without
words would show its internal name in the table, the review card's chips and the tooltips."""
from __future__ import annotations

from grader_app.core import flags
from grader_app.ui.style import FLAG_TEXT, flag_text, flags_text


def test_every_flag_has_its_words(qapp):
    assert set(FLAG_TEXT) == set(flags.ALL_FLAGS)
    for flag in flags.ALL_FLAGS:
        assert flag_text(flag) == FLAG_TEXT[flag] == flag       # English: the flag's own name
    assert flags_text([flags.HIDDEN, flags.REPEATED, flags.TOO_LONG]) == (
        "hidden characters, repeats itself, much longer than the others")
