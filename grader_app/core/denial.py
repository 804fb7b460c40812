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
  ("note", "knot", "another") does not, nor does one in a phrase that denies nothing of what is said ("not only …
  but also", "doesn't just", "no doubt", "nothing but", "last but not least"; "nicht nur", "kein Zweifel"; "no solo",
  "no cabe duda": :data:`_AFFIRMING`; they took the cue of 326 of set 3's 1,808 answers, "eats nothing but bamboo").
  One cue is enough: "It is not true that ..." and "None of these are true: ..." deny everything with one, and a top
  answer with one "not" put in keeps its full marks; asking for two would hold 5 real set-6 answers instead of 21, and
  let those through. In German ("nicht", "kein(e/en/em/er/es)", "nie",
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
  only be noise where students write "not" all the time (a cue is in 12-62 % of the answers of ASAP-SAS sets 1-4 and
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
from .flags import _CONFUSABLES, _WORD
from .hidden_characters import HIDDEN_CHAR


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
        t = unicodedata.normalize("NFKD", normalise(HIDDEN_CHAR.sub("", t))).translate(_CONFUSABLES)
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

# Phrases whose cue denies nothing of what the answer says, read as a teacher reads them: "not only A but also B" and
# "not just A" say A (and more), "doesn't only", "isn't just" too; "no doubt", "no matter how", "nothing but bamboo"
# (bamboo only), "last but not least", "not to mention"; "nicht nur … sondern auch", "nicht bloß", "nicht zuletzt",
# "kein(en) Zweifel", "nichts als"; "no solo/sólo/solamente/únicamente … sino también", "no cabe duda", "no hay duda",
# "no obstante" ("however"). Their words follow the cue with only spaces between ("Osmosis does not. Only water moves"
# denies), read as the cues are (look-alike letters, "n o t only"). A modal keeps "just" a denial: "they can't just
# move" says they cannot. A phrase takes its own cue only: "it is not only wrong, it is backwards" still denies
# ("wrong"), as does the second "not" of "not only did it not stretch".
_ONLY = frozenset(_as_read(w) for w in "only merely solely exclusively".split())
_JUST = frozenset(_as_read(w) for w in "just simply".split())
_MODALS = frozenset(_as_read(w) for w in "can could will would shall should must may might need".split())
_MODAL_NOTS = frozenset(_as_read(w) for w in "cannot cant couldnt wont wouldnt shouldnt mustnt neednt willnot wouldnot "
                        "couldnot shouldnot can't couldn't won't wouldn't shouldn't mustn't needn't mightn't shan't".split())
_NOT_FORMS = frozenset(_as_read(w) for w in f"not cannot {_CONTRACTIONS}".split())
_AFFIRMING = {EN: ("not least", "not to mention", "no doubt", "no matter", "nothing but"),
              DE: ("nicht nur", "nicht bloß", "nicht lediglich", "nicht zuletzt", "kein zweifel", "keinen zweifel",
                   "nichts als"),
              ES: ("no solo", "no solamente", "no únicamente", "no cabe duda", "no hay duda", "no obstante")}
_AFFIRMING_READ = {lang: tuple(tuple(_as_read(p).split()) for p in ps) for lang, ps in _AFFIRMING.items()}
_SPACES = re.compile(r"[^\S\n\r]+")     # spaces, not a new line
_NEXT_WORD = re.compile(r"[^\S\n\r]+([^\W_]+)")


def _tokens(t: str) -> list[tuple[str, int, int]]:
    """The words of ``t`` (as read) with where each starts and ends in it, a run of single letters ("n o t",
    "N.O.T.") as the one word it spells."""
    out: list[tuple[str, int, int]] = []
    letters: list[re.Match[str]] = []
    for m in [*_WORD.finditer(t), None]:
        if m is not None and len(m.group()) == 1 and not m.group().isdigit():
            letters.append(m)
            continue
        if len(letters) > 1:
            end = letters[-1].end()
            dotted = t[letters[0].end():letters[1].start()] == "."
            out.append((_squeeze("".join(x.group() for x in letters)), letters[0].start(),
                        end + (dotted and t[end:end + 1] == ".")))      # "N.O.T." with its last dot
        else:
            out += [(x.group(), x.start(), x.end()) for x in letters]
        letters = []
        if m is not None:
            out.append((m.group(), m.start(), m.end()))
    return out


def _affirms(t: str, ws: list[tuple[str, int, int]], i: int, language: str) -> int:
    """How many words from the ``i``-th of ``ws`` (the words of ``t``) make a phrase whose cue denies nothing
    (:data:`_AFFIRMING`: "not only", "no doubt", ...), its words one after the other with only spaces between; 0 when
    they make none."""
    w = ws[i][0]
    follow = [x[0] for x in ws[i + 1:i + 4]]
    n = 0
    if language == EN and w in _NOT_FORMS and follow:
        modal = w in _MODAL_NOTS or (w == "not" and i > 0 and ws[i - 1][0] in _MODALS)
        n = 2 if follow[0] in _ONLY or (follow[0] in _JUST and not modal) else 0
    for phrase in _AFFIRMING_READ.get(language, ()):
        if not n and phrase[0] == w and tuple(follow[:len(phrase) - 1]) == phrase[1:]:
            n = len(phrase)
    if n and all(_SPACES.fullmatch(t[a[2]:b[1]]) for a, b in zip(ws[i:i + n - 1], ws[i + 1:i + n])):
        return n
    return 0


def _nt_affirms(t: str, m: re.Match[str]) -> bool:
    """Is the "n't" word ``m`` of ``t`` (as read) followed by a word that makes it deny nothing ("doesn't only",
    "isn't just"; not "can't just", which still says one cannot)?"""
    nxt = _NEXT_WORD.match(t, m.end())
    if nxt is None:
        return False
    modal = m.group() in _MODAL_NOTS
    return nxt.group(1) in _ONLY or (nxt.group(1) in _JUST and not modal)


def denial_cues(text: str, language: str = EN) -> list[str]:
    """The cues of a denial in ``text`` (see the module's docstring) in a class that writes ``language``
    (:mod:`.class_language`: EN, DE, ES; any other, marks only): its cue words and phrases in order, each as the word
    ("not" for "nottt" or "n o t", "jamás" for "jamas"), then (English) its contractions as written ("isn't"), then its
    marks; [] when there is none. A cue in a phrase that denies nothing ("not only … but also", "no doubt", "nothing
    but"; "nicht nur", "kein Zweifel"; "no solo", "no cabe duda": :data:`_AFFIRMING`) is none."""
    t = _as_read(text)
    cues, phrases = _CUE_WORDS.get(language, {}), _CUE_PHRASES.get(language, {})
    found: list[str] = []
    ws, i, weder = _tokens(t) if cues else [], 0, False
    while i < len(ws):
        if (pair := tuple(x[0] for x in ws[i:i + 2])) in phrases:
            found.append(phrases[pair])
            i += 2
            continue
        w = ws[i][0]
        if w in cues and (skip := _affirms(t, ws, i, language)):
            i += skip
            continue
        if w in cues:
            found.append(cues[w])
            weder = weder or w == _WEDER
        elif weder and w == _NOCH:          # "weder ... noch"
            found.append(_NOCH)
        i += 1
    if language == EN and "n't" in t:
        found += [m.group() for m in _N_T.finditer(t) if not _nt_affirms(t, m)]
    return found + _CROSSES.findall(t)


def denies(text: str, language: str = EN) -> bool:
    """Does ``text`` deny or negate anything, in a class that writes ``language`` (:func:`denial_cues`), in what a
    model reads of it (:func:`~grader_app.text.read_part`; a longer paste goes to the teacher as TOO_LONG anyway)?"""
    return bool(denial_cues(read_part(text), language))
