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
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .header_points import without_points

EXACT, MORE = "exact", "more"   # the whole question alone; the whole question, then more text (said)
MIN_WORDS = 6   # a question this long or longer matches a cell that holds it followed by more

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
