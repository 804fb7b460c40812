"""The language a class writes, as the "denies or negates" flag reads it (:mod:`.denial`): English, German, Spanish or
none of these ("").

A model learned from a teacher's own marks accepts answers on its own in any language, and counts words in any
language: "Eis ist nicht weniger dicht als Wasser" reads to it as the answer it denies. The cues of a denial are words
of one language ("no" is a denial in Spanish, "Not" a noun in German), so a class is read for its own language's.

How: :func:`.flags.writes_english` (most of the longer answers read as English; too few to tell, English) says
whether English is a candidate, then the class's function words are counted (:data:`FUNCTION_WORDS`: a few dozen of
each language's commonest, none shared by two of them nor with French, so "die", "es", "de", "la", "que", "en", "in",
"was" count for none) over all its answers, and the language with the most of them wins:

* German or Spanish when they make up at least :data:`MIN_SHARE` of the class's words and outnumber English's (a
  class of a few German answers, which writes_english takes for English as it cannot tell, is German; in the answers
  written for the tests, tests/core/test_denial_de_es.py and tests/learn/invented_de_es.py, they are 15-29 % of the
  words, English's none);
* otherwise English if writes_english says so (all ten ASAP-SAS sets: English's are 23-37 % of their words, German's
  and Spanish's at most 0.1 %: read as before), else "" (French, Italian, ...: no words are read for a denial, only
  cross marks; the French answers of the tests have 1.5 % German ones).

Counting words is deterministic, needs no model and reads a whole class at once (one answer alone can be ambiguous:
"Osmose in Wasser"). A class that mixes languages is read in the one most of its words are in.
"""
from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import Sequence

from .flags import words, writes_english

EN, DE, ES = "en", "de", "es"
FUNCTION_WORDS = {
    EN: frozenset("the and is are of to that it with this they because which would from have has be you what when by "
                  "for their there these were does do not".split()),
    DE: frozenset("der das und ist sind nicht ein eine einen einem einer dem den des mit auch sich weil dass daß wird "
                  "werden auf für von zu wenn oder aber wie nur sie wir ich er kann haben bei durch im vom zum zur".split()),
    ES: frozenset("el los las y del una por para con lo al como pero porque cuando está están muy también sus más hay "
                  "su".split()),
}
MIN_SHARE = 0.1


def class_language(texts: Sequence[str], all_words: Sequence[list[str]] | None = None,
                   english: bool | None = None) -> str:
    """The language of the answers to one question (see the module's docstring): EN, DE, ES or "". ``all_words`` (the
    answers' :func:`.flags.words`) and ``english`` (:func:`.flags.writes_english` of them) when already worked out."""
    ws_all = all_words if all_words is not None else [words(t) for t in texts]
    if english is None:
        english = writes_english(texts, ws_all)
    counts = Counter(chain.from_iterable(ws_all))   # each distinct word looked up once, not each of its uses
    hits = {lang: sum(counts[w] for w in fw) for lang, fw in FUNCTION_WORDS.items()}
    total = sum(map(len, ws_all))
    best = max((DE, ES), key=lambda lang: hits[lang])
    other = ES if best == DE else DE
    if hits[best] > hits[other] and hits[best] >= MIN_SHARE * total and hits[best] > hits[EN]:
        return best
    return EN if english else ""
