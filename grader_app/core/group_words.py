"""Where a member of a group of answers that look alike differs from the group's typical answer, in words.

Answers that look alike may still say opposite things: "Black, because it reflects the sunlight" and "White,
because it absorbs the sunlight" share most of their letters with "White, because it reflects the sunlight" and
fall in its group. :func:`word_difference` names a member's *content words* the typical answer does not have (with
where they stand in the member's text, to be shown highlighted) and the typical answer's content words the member
lacks. Set aside, so that a group of retyped copies is not all flagged:

- case, accents, punctuation and hidden characters (a zero-width space inside a word);
- small words (articles, pronouns, auxiliaries, most prepositions and conjunctions) in English, German and Spanish;
  words that turn the meaning are kept: negations ("not", "nicht", "no"), comparisons ("more", "weniger", "menos")
  and directions ("up", "down", "out");
- fillers, which say nothing about the answer: "I think", "so yeah", "basically", "um", "well", "I believe",
  "in my opinion"; "ich glaube", "also", "halt", "eigentlich"; "creo que", "pues", "o sea", "bueno" (a QA class
  of 150 had 13 of its 22 groups flagged, most for an "I think" or a "so yeah" alone; "I don't think" still differs
  by its "not");
- an inflection ("reflects" / "reflect", "cooler" / "cool", "blanca" / "blanco");
- a slip of one letter in a word of five letters or more with the same first letter ("temprature");
- a word written in two ("dog house" / "doghouse").

Numbers are content words: "3 cm" and "5 cm" differ.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

STOP_WORDS = frozenset("""
a an the this that these those it its it's i me my we our you your he him his she her they them their there here
is are was were be been being am do does did doing done has have had having will would shall should can could may
might must of to in on at by for from with as into onto about than then so because since if when while which who
whom whose what where how why and or but also just very too such some any each both either neither one ones
get gets got make makes made let lets thing things like etc re ll ve
der die das den dem des ein eine einen einem einer eines er sie es ich du wir ihr ihm ihn ihnen sein seine seinem
seinen seiner ist sind war waren bin bist sei wird werden wurde wurden hat haben hatte hatten kann können muss
müssen soll sollte und oder aber auch denn weil da dass wenn als wie so zu im in am an auf aus bei mit von vom
zum zur für über um durch dieser diese dieses diesem diesen man sich es
el la los las un una unos unas lo le les se su sus es son era eran ser está están estar fue fueron ha han haber
hay y o pero también porque que como cuando si de del al a en con por para sobre este esta estos estas ese esa
eso esto muy mi tu yo él ella ellos ellas nos
""".split())

# fillers (module notes): words that are one alone, and phrases whose words are fillers only together ("think" is
# a content word, "I think" is not; "sea" is one, "o sea" is not)
FILLER_WORDS = frozenset("""
um umm uh uhm uhh erm hmm yeah yea yep basically actually literally well like okay ok
also halt eigentlich eben naja ähm äh
pues bueno osea eh
""".split())
FILLER_PHRASES = tuple(tuple(p.split()) for p in """
i think|i don t think|i dont think|i believe|i guess|i suppose|in my opinion|so yeah|you know|i mean
ich glaube|ich denke|ich finde|meiner meinung nach|ich meine|glaube ich|denke ich
creo que|yo creo|pienso que|en mi opinion|o sea|yo pienso
""".strip().replace("\n", "|").split("|"))

# English negations written short, with or without the apostrophe (the "t" after it is a letter alone)
_NEGATIONS = frozenset("cannot dont doesnt didnt isnt arent wasnt werent wont cant couldnt shouldnt wouldnt havent hasnt "
                       "hadnt".split())
# endings an inflection adds (English, German, Spanish), longest first; one is taken off a word of 3+ letters left
_SUFFIXES = ("ing", "est", "ed", "er", "es", "ly", "en", "em", "s", "e", "n", "a", "o")
_MIN_STEM = 3
_MIN_SLIP = 5           # a word this long or longer may carry a slip of one letter
_SHORT_NOT = re.compile(r"['’]t\b", re.IGNORECASE)   # "don't", "can’t"
_WORD = re.compile(r"(?:[^\W_]|[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff])+")


@dataclass(frozen=True)
class WordDifference:
    """How a member differs from the typical answer: ``extra`` holds the spans (start, end) in the member's text
    of the content words the typical answer does not have, ``extra_words`` those words as written (each once, in
    order), and ``missing`` the typical answer's content words the member lacks, as the typical answer writes them."""
    extra: tuple[tuple[int, int], ...] = ()
    extra_words: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.extra or self.missing)


def _key(word: str) -> str:
    """The word as compared: lower case, no accent, no hidden character."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")


def _stem(key: str) -> str:
    for end in _SUFFIXES:
        if key.endswith(end) and len(key) - len(end) >= _MIN_STEM:
            return key[:-len(end)]
    return key


def _one_slip(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are one letter apart (changed, added, dropped or two swapped), both long enough
    and with the same first letter."""
    if a == b:
        return True
    if min(len(a), len(b)) < _MIN_SLIP or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    return short[i:] == long_[i + 1:]


def content_words(text: str) -> list[tuple[int, int, str]]:
    """The content words of ``text``: (start, end, key) for each word that is not a small word (nor a letter alone,
    as the "s" of "bear's"); a negation written short ("don't", "doesnt") has the key "not"."""
    found = [(m, _key(m.group(0))) for m in _WORD.finditer(text or "")]
    filler = _fillers([key for _, key in found])
    out = []
    for i, (m, key) in enumerate(found):
        end = m.end()
        if key in _NEGATIONS or _SHORT_NOT.match(text, end):
            key, end = "not", end if key in _NEGATIONS else end + 2
        elif i in filler:
            continue
        if key and key not in STOP_WORDS and (len(key) > 1 or key.isdigit()):
            out.append((m.start(), end, key))
    return out


def _fillers(keys: list[str]) -> set[int]:
    """Positions in ``keys`` (every word of a text, small ones too) of the fillers: a filler word, or a word of a
    filler phrase standing there whole."""
    out = {i for i, k in enumerate(keys) if k in FILLER_WORDS}
    for phrase in FILLER_PHRASES:
        n = len(phrase)
        for i in range(len(keys) - n + 1):
            if tuple(keys[i:i + n]) == phrase:
                out.update(range(i, i + n))
    return out


class _Words:
    """One text's content words, looked up fast: by key, by stem, and by first letter (for a slip)."""

    def __init__(self, text: str) -> None:
        self.words = content_words(text)
        self.keys = {w for *_, w in self.words}
        self.stems = {_stem(w) for w in self.keys}
        self.by_letter: dict[str, list[str]] = {}
        for w in self.keys:
            self.by_letter.setdefault(w[0], []).append(w)
        every = [k for m in _WORD.finditer(text or "") if (k := _key(m.group(0)))]   # small words too
        self.joined = {a + b for a, b in zip(every, every[1:])}

    def has(self, w: str) -> bool:
        """True when ``w`` (a key) is one of these words, inflected, with a slip, or written here in two."""
        if w in self.keys or _stem(w) in self.stems or w in self.joined:
            return True
        return any(_one_slip(w, o) or _one_slip(_stem(w), _stem(o)) for o in self.by_letter.get(w[0], ()))

    def unmatched(self, other: "_Words") -> list[int]:
        """Positions in these words of those ``other`` does not have (a word written in two here that is one word
        there is had: both halves)."""
        halves: set[int] = set()
        for i, (a, b) in enumerate(zip(self.words, self.words[1:])):
            if a[2] + b[2] in other.keys:
                halves.update((i, i + 1))
        return [i for i, (*_, w) in enumerate(self.words) if i not in halves and not other.has(w)]


@lru_cache(maxsize=2048)
def word_difference(member: str, typical: str) -> WordDifference:
    """The content words ``member`` has that ``typical`` has not, and those of ``typical`` it lacks (module notes)."""
    if member == typical:
        return WordDifference()
    mine, theirs = _Words(member), _Words(typical)
    spans = tuple((mine.words[i][0], mine.words[i][1]) for i in mine.unmatched(theirs))
    missing = (typical[theirs.words[i][0]:theirs.words[i][1]] for i in theirs.unmatched(mine))
    return WordDifference(spans, _distinct(member[s:e] for s, e in spans), _distinct(missing))


def _distinct(words) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for w in words:
        seen.setdefault(_key(w), w)
    return tuple(seen.values())


def members_differing(texts: Mapping[int, str], typical: int) -> list[int]:
    """The members (keys of ``texts``, member -> its text) that differ from the typical answer by a content word,
    in the order given; never the typical answer itself."""
    t = texts[typical]
    return [k for k, text in texts.items() if k != typical and word_difference(text, t)]
