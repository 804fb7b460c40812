"""A class's language (core.class_language) is read from the words the flags already split out of its answers
(core.flags.group_reading): GradingSession.compute_flags had class_language split every answer into words again, and
count its function words one use of a word at a time (on a Canvas report of 10,000 students x 6 questions, seconds
of the opening). It now takes the words the flags split (an answer longer than what they read is split whole there)
and counts each distinct word once; the language read is the one the plain count gives, on English, German, Spanish
and French classes and on every ASAP-SAS set and SemEval-2013 question read in place from the shared data."""
from __future__ import annotations


import pandas as pd

from grader_app.core import class_language as CL
from grader_app.core import flags as F
from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, ColumnMapping, Sheet
from grader_app.text import READ_CHARS
from plain_classes import ENGLISH, FRENCH, GERMAN, SPANISH
from shared_answers import real_classes

PASTE = "Der Text ist nicht kurz und die Zelle hat Wasser. " * 250   # longer than READ_CHARS: split whole
CLASSES = {"en": ENGLISH, "de": GERMAN, "es": SPANISH, "fr": FRENCH, "de few": GERMAN[:2], "mixed": ENGLISH + GERMAN[:3],
           "paste": ENGLISH[:3] + [PASTE, PASTE + " und noch mehr"], "blank": ["", " ", "?"]}


def _counted_plainly(texts: list[str]) -> str:
    """class_language as the module's docstring says it, counting word by word."""
    english = F.writes_english(texts)
    hits = {lang: 0 for lang in CL.FUNCTION_WORDS}
    total = 0
    for text in texts:
        for w in F.words(text):
            total += 1
            for lang, fw in CL.FUNCTION_WORDS.items():
                hits[lang] += w in fw
    best = max((CL.DE, CL.ES), key=lambda lang: hits[lang])
    other = CL.ES if best == CL.DE else CL.DE
    if hits[best] > hits[other] and hits[best] >= CL.MIN_SHARE * total and hits[best] > hits[CL.EN]:
        return best
    return CL.EN if english else ""


def _session(classes: dict[str, list[str]]) -> GradingSession:
    rows = [(f"S{i}", item, text) for item, texts in classes.items() for i, text in enumerate(texts)]
    frame = pd.DataFrame(rows, columns=["id", "item", "answer"], dtype=object)
    return GradingSession(Sheet(frame), ColumnMapping(layout=LONG, id_column="id", item_column="item",
                                                      answer_column="answer"))


def test_flagging_splits_no_answer_into_words_again_for_its_language(monkeypatch):
    split: list[str] = []
    real = CL.words
    monkeypatch.setattr(CL, "words", lambda text: split.append(text) or real(text))
    session = _session(CLASSES)
    assert len(PASTE) > READ_CHARS and split == []   # the pastes' words come with the flags' (group_reading) too
    assert {item: session.languages[item] for item in CLASSES} == {item: _counted_plainly(texts)
                                                                   for item, texts in CLASSES.items()}
    assert session.languages["de"] == CL.DE and session.languages["es"] == CL.ES and session.languages["fr"] == ""


def test_the_words_given_are_the_answers_words():
    for texts in CLASSES.values():
        assert F.group_reading(texts)[2] == [F.words(t) for t in texts]


def test_on_real_classes_the_language_is_the_plain_counts():
    for name, texts in real_classes().items():
        found, english, all_words = F.group_reading(texts)
        assert CL.class_language(texts, all_words, english=english) == _counted_plainly(texts), name
