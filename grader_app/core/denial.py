"""DENIES: an answer that denies or negates ("does not", "none of these are true", "just kidding") and that the model
would accept on its own with credit.

The shipped models count words and word pairs: "Active transport does not use energy" reads to them as "active
transport uses energy", so an answer that names every key fact and denies each one, or a top answer followed by
"(just kidding, none of this is true)", got the set-6 model's full marks, confident enough to be accepted unread (QA
s51b). Reading negation right is beyond such a model, and beyond a rule: the flag only sends the answer to the teacher,
at the model's score (it is not scored down). It is set with the model's row (:mod:`.model_flags`) when all hold:

* the class writes English (:func:`.flags.writes_english`; the cues below are English);
* the answer has a cue (:func:`denial_cues`): a negation word ("not", "no", "never", "none", "neither", "nor",
  "cannot", "nothing", ...), a word ending in "n't" (or one of the usual ones written without the apostrophe:
  "isnt", "dont", ...), a word that says what is said is untrue ("false", "wrong", "incorrect", "the opposite",
  "kidding", "jk", "a lie", "a myth", "I disagree", ...) or a cross mark (❌, ✗, ≠, ...). It is read as a teacher reads
  it: capitals, Cyrillic and Greek look-alike letters, a zero for an "o", curly apostrophes, letters spelled out
  ("n o t", "N.O.T.") and stretched ("nottt") count; a word that only contains one ("note", "knot", "another") does
  not. One cue is enough: "It is not true that ..." and "None of these are true: ..." deny everything with one, and
  a top answer with one "not" put in keeps its full marks; asking for two would hold 5 real set-6 answers instead of
  21, and let those through;
* the model gives it credit (a score above the question's lowest) with the confidence its question's threshold
  takes: the answer would be accepted unread. Below the threshold it needs the teacher anyway, and the flag would
  only be noise where students write "not" all the time (a cue is in 13-63 % of the answers of ASAP-SAS sets 1-4 and
  7-10, whose models take nothing on their own).

What it costs (``OMP_NUM_THREADS=1 .venv/bin/python scripts/denial_rates.py``, the ASAP-SAS training answers through
the shipped bundles): set 6 sends 21 of its 1,797 answers (1.2 %) to the teacher that the model accepted, all 21
scored right (in-sample: the students learned from most of these answers; of the 359 of its held-out part, 1); set 5
none. Right answers negate too ("passive transport does not require energy"), so what it holds of real answers is
right: the price of a model that cannot tell. A denial in other words ("Ignore all of the above.") still passes.
"""
from __future__ import annotations

import re
import unicodedata

from ..text import normalise, read_part
from .flags import _CONFUSABLES, _HIDDEN, _WORD


_SAME = re.compile(r"(.)\1+")


def _squeeze(text: str) -> str:
    """``text`` with each run of one character as one ("nottt" → "not", "cannot" → "canot")."""
    return _SAME.sub(r"\1", text)


_NEGATIONS = "not no never none neither nor cannot nothing nobody nowhere noone nope nah"
# the negative contractions students write without the apostrophe ("doesnt"), and "not" glued on ("donot"); with an
# apostrophe, any "...n't" is a cue
_CONTRACTIONS = "isnt arent wasnt werent dont doesnt didnt hasnt havent hadnt cant couldnt wont wouldnt shouldnt mustnt " \
                "neednt aint isnot arenot wasnot werenot donot doesnot didnot hasnot havenot hadnot willnot wouldnot " \
                "couldnot shouldnot"
# words that call what is said untrue. Not "reverse" (reverse osmosis, reverse transcription) nor "without" (a fact,
# "without energy", as any other: a model that counts words misreads it, but it does not deny what the answer says)
_UNTRUE = "false untrue wrong incorrect opposite contrary kidding joking jk lie lies lying fake myth nonsense disagree " \
          "deny denies"
# each cue word as it reads squeezed ("canot") -> the word ("cannot"; the first of those that read alike: "none")
_CUE_WORDS = {_squeeze(w): w for w in reversed(f"{_NEGATIONS} {_CONTRACTIONS} {_UNTRUE}".split())}
CUE_WORDS = frozenset(_CUE_WORDS.values())
_N_T = re.compile(r"[^\W\d_]*n't(?![^\W_])")          # isn't, don't, can't, won't, dosen't ...
_CROSSES = re.compile("[\u274c\u2717\u2718\u2715\u2716\U0001f6ab\u26d4\u2260\u00ac\U0001f44e]")   # ❌ ✗ ✘ ✕ ✖ 🚫 ⛔ ≠ ¬ 👎
_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc`\u00b4\u2032\u02b9\uff07"})


def _as_read(text: str) -> str:
    """The text as the cues are looked for: no hidden characters, lower case, look-alike letters as Latin ones and
    without accents, every apostrophe a straight one, every zero an "o" ("n0t"), each run of one character as one."""
    t = str(text or "")
    if not t.isascii():
        t = unicodedata.normalize("NFKD", normalise(_HIDDEN.sub("", t))).translate(_CONFUSABLES)
        t = "".join(ch for ch in t if not unicodedata.combining(ch)).casefold()
    else:
        t = t.lower()
    return _squeeze(t.translate(_APOSTROPHES).replace("0", "o"))


def denial_cues(text: str) -> list[str]:
    """The cues of a denial in ``text`` (see the module's docstring): its cue words in order, each as the word ("not"
    for "nottt" or "n o t"), then its contractions as written ("isn't"), then its marks; [] when there is none."""
    t = _as_read(text)
    found, letters = [], ""            # letters: a run of single letters, as in "n o t" or "N.O.T."
    for w in _WORD.findall(t):
        if len(w) == 1 and not w.isdigit():
            letters += w
            continue
        if len(letters) > 1 and _squeeze(letters) in _CUE_WORDS:
            found.append(_CUE_WORDS[_squeeze(letters)])
        letters = ""
        if w in _CUE_WORDS:
            found.append(_CUE_WORDS[w])
    if len(letters) > 1 and _squeeze(letters) in _CUE_WORDS:
        found.append(_CUE_WORDS[_squeeze(letters)])
    if "n't" in t:
        found += _N_T.findall(t)
    return found + _CROSSES.findall(t)


def denies(text: str) -> bool:
    """Does ``text`` deny or negate anything (:func:`denial_cues`), in what a model reads of it
    (:func:`~grader_app.text.read_part`; a longer paste goes to the teacher as TOO_LONG anyway)?"""
    return bool(denial_cues(read_part(text)))
