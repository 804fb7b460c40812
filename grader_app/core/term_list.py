"""TERM_LIST: a bare list of terms ("density, mass, volume, water displacement") that the model gives credit.

A model that counts key words and word pairs can give the key terms, listed without a word of explanation,
a good score. A bare list is not always a fake, though: in the ASAP-SAS biology sets 5 and 6 ("list and
describe ...") 9-13 % of the real answers are bare lists of terms (wrong terms, nearly all scored 0 by the
raters), and a question such as "Name three things you must keep the same" is answered by a list. So the
flag is set with the model's row (:mod:`.model_flags`), like INVALID_OUTPUT, when all three hold:

* the answer is a bare list of terms (:func:`is_term_list`): none of the words that make a sentence (verbs
  such as "is", "has", "can", pronouns, "because", "which", prepositions; English, German and Spanish), and
  either three or more short items (split at commas, semicolons, line breaks, bullets, numbers, full stops,
  "and", "or", "und", "y", ...) or a run of three or more words with no function word at all;
* the model gives it credit: a score above the lowest, either the score of its decision rule (the one that
  stands when it takes the answer alone) or its likeliest score (the one it suggests to the teacher);
* the question does not ask for a list (:func:`lists_answer`: its last paragraph names a count or says
  "list", "name", "identify" ..., and says neither "explain", "why", "how" ... nor "list and describe"; a
  question without a prompt, when a third of its answers are bare lists).

Measured with the shipped models (scripts/term_list_rates.py): 1 of the 22,143 ASAP-SAS answers (scored and
unscored, all ten sets), at most 0.2 % of a set; none of the sample class.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .flags import _COMMON, _PARAGRAPH, _WORD
from ..text import normalise, read_part

# Words that make a sentence rather than a list: verbs be/have/do and the modals, pronouns, subordinators
# and question words, negation (the tokenizer splits "can't" into "can" and "t", "didn't" into "didn", "t"; many
# students leave the apostrophe out: "doesnt").
_SENTENCE = frozenset("""
is are was were be been being am has have had do does did can could would should will shall may might must cannot
isn aren wasn weren hasn haven hadn don doesn didn couldn wouldn shouldn won
isnt arent wasnt werent hasnt havent hadnt dont doesnt didnt cant couldnt wouldnt shouldnt wont
it its they them their theirs he she him his her hers we us our you your i me my mine this these those there
because since so if then than when where while which who whom whose what why how that not
ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können muss müssen soll sollte sollten
würde würden es sie er wir ich ihr man weil dass daß wenn dann damit denn nicht kein keine was wie wo warum
son está están era eran fue fueron hay tiene tienen puede pueden debe deben se lo le les porque que cuando donde
como si yo él ella ellos ellas nosotros usted ustedes
""".split())
# Words a list may hold: the ones that join its items, and articles and "of" inside an item ("amount of vinegar").
_JOINS = frozenset("and or und oder y e o u plus".split())
_LIGHT = frozenset("the a an of de del la el los las der die das den dem des von".split())
_NOT_IN_A_LIST = (_COMMON | _SENTENCE) - _JOINS - _LIGHT
MIN_ITEMS, MAX_ITEM_WORDS, MEAN_ITEM_WORDS, MIN_WORDS = 3, 4, 2.5, 3
LIST_SHARE, LIST_CLASS = 1 / 3, 10     # lists_answer without a prompt

# Where one item ends: punctuation and bullet characters, a dash that starts a line, a number that starts an
# item ("1.", "2)", also glued on as in "mRNA2."), a letter bullet ("a)"), a full stop (also "water.Meiosis").
_SPLIT = re.compile(r"""[,;:\n\r\t•·▪◦●‣○■□*|/&+!?]+
    | ^\s*[-–—]+
    | (?:(?<=\s)|(?<=[^\W\d_])|^)\(?\d{1,2}[.)](?!\d)
    | (?:(?<=\s)|^)\(?[a-h]\)
    | \.(?=\s|$)
    | (?<=[^\W\d_]{2})\.(?=[^\W\d_])""", re.X | re.M)

# asks_for_list: a question asks for a list when it names a count or says "list", "name" ...; it asks for more
# when it says "explain", "why" ..., or "list (or name) and describe"
_LIST_VERBS = frozenset("""list name identify state enumerate nenne nennen nennt zähle liste enumera enumere nombra
nombre menciona mencione lista identifica""".split())
_COUNTS = frozenset("two three four five six zwei drei vier fünf sechs dos tres cuatro cinco seis".split())
_DESCRIBE = frozenset("describe beschreibe beschreiben beschreibt describa describan".split())
_EXPLAIN = frozenset("""explain why how justify discuss compare predict analyze analyse evaluate erkläre erklären erklärt
erläutere erläutern begründe begründen warum wieso weshalb wie vergleiche explica explique justifica justifique qué
cómo compara""".split())


def items(text: str) -> list[list[str]]:
    """The answer cut into items at its separators and its "and"/"or" words; each item its words."""
    t = str(text or "")
    if "^" in t:
        t = _PARAGRAPH.sub("\n", t)       # the ASAP-SAS paragraph mark is a line break
    out: list[list[str]] = []
    for piece in _SPLIT.split(t):
        item: list[str] = []
        for w in _WORD.findall(normalise(piece)):
            if w in _JOINS:
                if item:
                    out.append(item)
                item = []
            else:
                item.append(w)
        if item:
            out.append(item)
    return out


def is_term_list(text: str, ws: Sequence[str] | None = None) -> bool:
    """Only terms, listed: "density, mass, volume and water displacement.", "• diffusion • osmosis • active
    transport", "mitosis meiosis DNA replication", "Dichte, Masse und Volumen". ``ws``: its words, if known. Of a
    paste, what a model reads (:func:`~grader_app.text.read_part`)."""
    text = read_part(text)
    ws = _WORD.findall(normalise(text)) if ws is None else ws
    if len(ws) < MIN_WORDS or any(w in _NOT_IN_A_LIST for w in ws):
        return False
    parts = items(text)
    if len(parts) == 1:        # no separator at all: a run of words, none of them a function word
        return not any(w in _COMMON for w in ws)
    sizes = [sum(w not in _LIGHT for w in part) for part in parts]
    return len(parts) >= MIN_ITEMS and max(sizes) <= MAX_ITEM_WORDS and sum(sizes) <= MEAN_ITEM_WORDS * len(parts)


@lru_cache(maxsize=64)
def asks_for_list(prompt: str) -> bool:
    """The question asks for a list: its last paragraph names a count or says "list", "name", "identify" ...
    ("Name three things you must keep the same.", "Describe two ways the student could improve the design."),
    and neither "explain", "why", "how" ... nor "list and describe" (which asks for more than the list)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", str(prompt or "")) if p.strip()]
    if not paragraphs:
        return False
    ws = set(_WORD.findall(normalise(paragraphs[-1])))
    listing = bool(ws & _LIST_VERBS)
    return (listing or bool(ws & _COUNTS)) and not ws & _EXPLAIN and not (listing and ws & _DESCRIBE)


def lists_answer(prompt: str, texts: Sequence[str]) -> bool:
    """A bare list is a fair answer to this question: its prompt asks for one (:func:`asks_for_list`), or, with
    no prompt to read (a question of the teacher's own), a third or more of its answers (of ten or more) are
    bare lists, as in a class's answers to "Name three ..." (in no ASAP-SAS set are more than 13 %)."""
    if str(prompt or "").strip():
        return asks_for_list(prompt)
    answers = [t for t in texts if str(t or "").strip()]
    return len(answers) >= LIST_CLASS and sum(map(is_term_list, answers)) >= LIST_SHARE * len(answers)
