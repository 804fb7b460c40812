"""Whether a sheet's question is, word for word, the question a model was made for (its bundle's prompt).

A teacher's sheet often names each answer's question by its text: the Question column of a class sheet holds "List and
describe three processes used by cells to control the movement of substances across the cell membrane", set 6's own
prompt. Matching only a model's id and title left that question without its model, every answer sent to the teacher.

The rule, and why it is this strict. The words are compared, not the characters: case, spacing, punctuation, quotes
and apostrophes (straight or curly), dashes and hyphens do not count ("students' data" is "students’ data"). On top:

* a number before the question counts for nothing: "Q3. …", "3) …", "Question 3: …", "Frage 3 – …" (a number, perhaps
  with a letter, alone or after a word that names a question), as the sheet numbers its questions;
* the question's points after it count for nothing ("… (3 points)", :func:`~.header_points.without_points`);
* more text after the whole question (the scoring instructions a teacher pasted under it) matches too, but only where
  the question ends a sentence or a line there ("… membrane. Score: one point for each process"), the question has at
  least :data:`MIN_WORDS` words, and it is said: :data:`MORE`, which the columns dialog and ``grader score`` name, since
  that text might ask for more than the model's question does.

Nothing else matches: a question with one word changed ("four processes"), shortened, put in other words, with words
before it ("Using your notes, list and describe …"), or carried on in the same sentence ("… membrane and give an
example of each") is another question, and another question must never get a model without the teacher choosing it.
A model scores what its own question asks; close is not the same question (sets 3 and 4 share a whole article and differ
in their last sentence). So a cell that is only part of a long prompt (the question under a reading passage, without
the passage) does not match either: the passage is part of what the model was made for.

Close is worth a hint, though, never a match: :func:`similar` says when a sheet's question and a model's share most of
their words (last year's "Why does ice float in water? Explain using density." and this year's "Why does ice float on
water? Explain using the idea of density."), for the columns dialog to name the teacher's own model of it, to be chosen
if it is the same question. The measure is the Dice coefficient of their sets of words (compared as above, the number
before a question and the points after it aside): twice the words they share over the words of both, at least
:data:`SIMILAR` (0.7: the two ice questions share 8 of their 9 and 12 words, 0.76; "Why does ice sink in oil? Explain
using density." shares 6, 0.57), and at least :data:`SIMILAR_SHARED` words shared (two short titles that share one
word of two are no hint).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .header_points import without_points

EXACT, MORE = "exact", "more"   # the whole question alone; the whole question, then more text (said)
MIN_WORDS = 6   # a question this long or longer matches a cell that holds it followed by more
SIMILAR = 0.7       # the Dice coefficient of two questions' words at or above which they are alike (a hint, no match)
SIMILAR_SHARED = 3  # ... and the fewest words they must share

_WORD = re.compile(r"[^\W_]+")   # letters and digits of any script; everything else only separates words
_NUMBER = re.compile(r"q?\d{1,3}[a-z]?")   # "3", "3a", "q3"
_QUESTION_WORDS = frozenset({"q", "question", "frage", "aufgabe", "pregunta", "ejercicio", "item", "task", "exercise",
                             "problem", "nr", "no"})
_ENDS = frozenset(".?!:;()[]\n\r")   # what ends the question where more text follows it


@lru_cache(maxsize=256)
def _words(text: str) -> tuple[str, tuple[str, ...], tuple[tuple[int, int], ...]]:
    """(the text as compared, its words, each word's span in it)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    found = list(_WORD.finditer(folded))
    return folded, tuple(m.group(0) for m in found), tuple(m.span() for m in found)


def _number_words(words: tuple[str, ...]) -> int:
    """How many of the first words number the question ("q3", "3", "question 3"): 0, 1 or 2."""
    if words and _NUMBER.fullmatch(words[0]):
        return 1
    if len(words) > 1 and words[0] in _QUESTION_WORDS and _NUMBER.fullmatch(words[1]):
        return 2
    return 0


def asks(cell: str, prompt: str) -> str | None:
    """:data:`EXACT` if the sheet's question ``cell`` is ``prompt`` (see the module notes), :data:`MORE` if it is the
    whole of ``prompt`` followed by more text after a sentence's or line's end, else None."""
    _, want, _ = _words(str(prompt or ""))
    if not want:
        return None
    for text in dict.fromkeys((str(cell or ""), without_points(str(cell or "")))):
        _, words, _ = _words(text)
        if any(words[skip:] == want for skip in {0, _number_words(words)}):
            return EXACT
    if len(want) < MIN_WORDS:
        return None
    folded, words, spans = _words(str(cell or ""))
    for skip in {0, _number_words(words)}:
        end = skip + len(want)
        if len(words) > end and words[skip:end] == want and _ENDS & set(folded[spans[end - 1][1]:spans[end][0]]):
            return MORE
    return None


def _word_set(text: str) -> frozenset[str]:
    """The question's words as :func:`asks` compares them, its number before it and its points after it aside."""
    _, words, _ = _words(without_points(str(text or "")))
    return frozenset(words[_number_words(words):])


def similarity(a: str, b: str) -> float:
    """The Dice coefficient of the two questions' sets of words (see the module notes): 1.0 for the same words."""
    wa, wb = _word_set(a), _word_set(b)
    return 2 * len(wa & wb) / (len(wa) + len(wb)) if wa and wb else 0.0


def similar(cell: str, prompt: str) -> bool:
    """Whether the sheet's question ``cell`` is like ``prompt`` without being it (:func:`asks` finds no match): most of
    their words shared (:data:`SIMILAR`, :data:`SIMILAR_SHARED`). A hint for the teacher, never a match."""
    if asks(cell, prompt) is not None or asks(prompt, cell) is not None:
        return False
    shared = len(_word_set(cell) & _word_set(prompt))
    return shared >= SIMILAR_SHARED and similarity(cell, prompt) >= SIMILAR
