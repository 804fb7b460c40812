"""DENIES: an answer that denies or negates ("does not", "none of these are true", "just kidding") and that the model
would accept on its own with credit.

The shipped models count words and word pairs: "Active transport does not use energy" reads to them as "active
transport uses energy", so an answer that names every key fact and denies each one, or a top answer followed by
"(just kidding, none of this is true)", got the set-6 model's full marks, confident enough to be accepted unread (QA
s51b). Reading negation right is beyond such a model, and beyond a rule: the flag only sends the answer to the teacher,
at the model's score (it is not scored down). It is set with the model's row (:mod:`.model_flags`) when all hold:

* the answer has a cue (:func:`denial_cues`) of its class's language (:mod:`.class_language`: English, German or
  Spanish; in a class that writes none of them, only a cross mark). In English: a negation word ("not", "no", "never",
  "none", "neither", "nor", "cannot", "nothing", ...), a word ending in "n't" (or one of the usual ones written
  without the apostrophe: "isnt", "dont", ...), a word that says what is said is untrue ("false", "wrong",
  "incorrect", "the opposite", "kidding", "jk", "a lie", "a myth", "I disagree", ...) or a cross mark (❌, ✗, ≠, ...).
  It is read as a teacher reads it: capitals, Cyrillic and Greek look-alike letters, a zero for an "o", curly
  apostrophes, letters spelled out ("n o t", "N.O.T.") and stretched ("nottt") count; a word that only contains one
  ("note", "knot", "another") does not. One cue is enough: "It is not true that ..." and "None of these are true: ..."
  deny everything with one, and a top answer with one "not" put in keeps its full marks; asking for two would hold 5
  real set-6 answers instead of 21, and let those through. In German ("nicht", "kein(e/en/em/er/es)", "nie",
  "niemals", "nichts", "niemand", "weder … noch", "falsch", "stimmt nicht", "Unsinn", "Quatsch", "Gegenteil",
  "Scherz", "nur Spaß") and Spanish ("no", "nunca", "jamás", "nada", "nadie", "ninguno/a", "ningún", "ni", "tampoco",
  "falso", "incorrecto", "mentira", "al revés", "lo contrario", "broma") the same way, accents written or not
  ("jamas", "Spass"). A model learned from a German or Spanish teacher's marks takes answers on its own as the shipped
  ones do, and counts words as they do (tests/learn/test_assistant_holds_denials_de_es.py). There is no German or
  Spanish student text in the shared data: of 30 right answers written for tests/core/test_denial_de_es.py in each
  language, 14 negate ("Passiver Transport braucht keine Energie", "los virus no son seres vivos") and would be held
  where the model accepts them;
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
from .class_language import DE, EN, ES
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
# German and Spanish, in a class that writes them (:mod:`.class_language`). Not "noch" alone (a "weder" before it
# makes it one, :func:`denial_cues`), nor "Spaß" ("macht Spaß"), "revés" ("el revés de la hoja") or "contrario" ("por
# el contrario") but in the phrases below; "Scherz" and "broma" alone, as "kidding" ("war nur ein Scherz", "es una
# broma"); "stimmt nicht" is a phrase for what it says, its "nicht" is a cue anyway
_GERMAN = "nicht kein keine keinen keinem keiner keines nie niemals nichts niemand weder falsch unsinn quatsch " \
          "gegenteil scherz"
_SPANISH = "no nunca jamás nada nadie ninguno ninguna ningún ni tampoco falso incorrecto mentira broma"
_PHRASES = {DE: ("stimmt nicht", "nur spaß"), ES: ("al revés", "lo contrario")}
_WEDER, _NOCH = "weder", "noch"
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


def _cues(words: str) -> dict[str, str]:
    """Each cue word as it reads (:func:`_as_read`: "canot", "jamas") -> the word ("cannot"; the first of those that
    read alike: "none" for "noone")."""
    return {_as_read(w): w for w in reversed(words.split())}


_CUE_WORDS = {EN: _cues(f"{_NEGATIONS} {_CONTRACTIONS} {_UNTRUE}"), DE: _cues(_GERMAN), ES: _cues(_SPANISH)}
_CUE_PHRASES = {lang: {tuple(_as_read(p).split()): p for p in phrases} for lang, phrases in _PHRASES.items()}
CUE_WORDS = {lang: frozenset(cues.values()) for lang, cues in _CUE_WORDS.items()}


def _tokens(t: str) -> list[str]:
    """The words of ``t`` (as read), a run of single letters ("n o t", "N.O.T.") as the one word it spells."""
    out: list[str] = []
    letters: list[str] = []
    for w in [*_WORD.findall(t), ""]:
        if len(w) == 1 and not w.isdigit():
            letters.append(w)
            continue
        out += [_squeeze("".join(letters))] if len(letters) > 1 else letters
        letters = []
        if w:
            out.append(w)
    return out


def denial_cues(text: str, language: str = EN) -> list[str]:
    """The cues of a denial in ``text`` (see the module's docstring) in a class that writes ``language``
    (:mod:`.class_language`: EN, DE, ES; any other, marks only): its cue words and phrases in order, each as the word
    ("not" for "nottt" or "n o t", "jamás" for "jamas"), then (English) its contractions as written ("isn't"), then its
    marks; [] when there is none."""
    t = _as_read(text)
    cues, phrases = _CUE_WORDS.get(language, {}), _CUE_PHRASES.get(language, {})
    found: list[str] = []
    ws, i, weder = _tokens(t) if cues else [], 0, False
    while i < len(ws):
        if (pair := tuple(ws[i:i + 2])) in phrases:
            found.append(phrases[pair])
            i += 2
            continue
        w = ws[i]
        if w in cues:
            found.append(cues[w])
            weder = weder or w == _WEDER
        elif weder and w == _NOCH:          # "weder ... noch"
            found.append(_NOCH)
        i += 1
    if language == EN and "n't" in t:
        found += _N_T.findall(t)
    return found + _CROSSES.findall(t)


def denies(text: str, language: str = EN) -> bool:
    """Does ``text`` deny or negate anything, in a class that writes ``language`` (:func:`denial_cues`), in what a
    model reads of it (:func:`~grader_app.text.read_part`; a longer paste goes to the teacher as TOO_LONG anyway)?"""
    return bool(denial_cues(read_part(text), language))
