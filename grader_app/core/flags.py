"""Condition codes: answers that always go to the teacher, whatever the model says.

Each rule is a small pure function over the raw text, so its reason can be shown to the teacher.
Some close the ways a student could fake a score from a model that rewards key words, or hide what
they wrote (the thresholds were measured on the ASAP-SAS science answers: scripts/flag_rates.py):

* HIDDEN: bidi controls, zero-width and other format or default-ignorable characters. They make the
  teacher see another text than the model reads (U+202E shows the rest backwards) and a copy look new
  (:mod:`.hidden_characters`).
* DUPLICATE compares a stricter form than the models' normalisation (:func:`duplicate_key`: no
  punctuation, spacing, accents or invisible characters; Cyrillic and Greek look-alikes as Latin), so
  a copy with a changed comma or an "е" for an "e" is still a copy. Answers under MIN_WORDS words (too
  short anyway) are compared as before, by their normalised text: "white" and "White." stay two answers.
* REPEATED: the answer says the same thing over and over, or stuffs one word (:func:`repeats_itself`).
* TOO_LONG: far longer than the question's other answers ("write everything you know"), or longer than what a model
  and these rules read of an answer at all (a paste: :data:`~grader_app.text.READ_CHARS`, whose first characters they read).
* TERM_LIST: only the key terms, listed, and given credit by the model; set with the model's row, like
  INVALID_OUTPUT (:mod:`.term_list`, which says why it waits for the score).
* DENIES: denies or negates ("does not", "none of this is true"; "nicht", "no" in a class that writes German or
  Spanish), and given credit with the confidence to be accepted unread: a model that counts words cannot read a "not"
  (:mod:`.denial`).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from typing import Iterable, Sequence

from ..text import READ_CHARS, normalise, read_part
from .hidden_characters import HIDDEN_CHAR, has_hidden_characters

BLANK = "blank"
TOO_SHORT = "too short"
COPIED = "copied from prompt"
DUPLICATE = "identical to another answer"
NOT_PROSE = "not prose or another language"   # gibberish, numbers only, or (in a class that writes English) not English
# Not a rule over the text: the model gave no probability row for this answer (NaN, infinite, negative,
# above 1 or not adding up to 1); the session sets it when the predictions arrive.
INVALID_OUTPUT = "invalid model output"
HIDDEN = "hidden characters"
REPEATED = "repeats itself"
TOO_LONG = "much longer than the others"
# Not a rule over the text alone: a bare list of terms that the model gives credit (core.term_list).
TERM_LIST = "only a list of terms"
# Not a rule over the text alone: an answer that denies what it says, given credit the threshold takes (core.denial).
DENIES = "denies or negates"
# Not a rule over the text: the answer's cell holds a formula whose value the workbook never saved (a program that does
# not compute formulas wrote it), so what it shows cannot be seen; it reads as empty and stands in for BLANK (the
# session sets it: :func:`~.sheet.unsaved_answers`). Saved again in Excel, the sheet shows the value.
UNSAVED = "formula without a saved value"
ALL_FLAGS = (UNSAVED, BLANK, TOO_SHORT, COPIED, DUPLICATE, NOT_PROSE, HIDDEN, REPEATED, TOO_LONG, TERM_LIST, DENIES,
             INVALID_OUTPUT)
# The flags of a text that may get more from a model than it deserves: padded with key words (repeats itself, much
# longer than the others), the question copied back, a bare list of terms, a denial of what it names (whose words are
# those of a right answer: it may be near-identical to one). An answer with one is never grouped with
# others to be scored at one key (core.groups, the review's queue): it comes on its own, so a group's score never
# reaches it unread, and it is never a group's typical answer. So is an answer whose formula shows nothing yet
# (UNSAVED): it reads as empty but is no blank answer, and a score given to the blank ones must not reach it. The
# other flags keep grouping: blank, too short and "not prose" answers alike are where one score for all saves most; a
# copy of another student's answer ("identical to another answer") has that answer's text, and seeing the copies
# together is the point; hidden characters mostly come with pasted text, and a group's member list writes each out
# where it is (the teacher reads what the model reads); an invalid model output says nothing of the text.
SCORED_ALONE = frozenset({UNSAVED, COPIED, REPEATED, TOO_LONG, TERM_LIST, DENIES})


# The most serious first, where a list of flags is cut to its first (the results table's Flags cell shows one flag and
# how many more): first what leaves no answer of the student's own to score (blank; no score from the model; the task
# copied back; another student's text), then what makes the score or the text not what it seems (characters the
# teacher does not see; a denial or a bare list of terms given credit), then the text's form (not prose, repeated, far
# longer or too short), which the teacher sees at a glance in the answer itself.
BY_WEIGHT = (UNSAVED, BLANK, INVALID_OUTPUT, COPIED, DUPLICATE, HIDDEN, DENIES, TERM_LIST, NOT_PROSE, REPEATED,
             TOO_LONG, TOO_SHORT)


def most_serious_first(names: Iterable[str]) -> list[str]:
    """``names`` in the order of :data:`BY_WEIGHT` (one it does not know last, in the order given)."""
    return sorted(names, key=lambda f: BY_WEIGHT.index(f) if f in BY_WEIGHT else len(BY_WEIGHT))


def scored_alone(flags: Iterable[str]) -> bool:
    """An answer with these flags is scored on its own, never in a group (:data:`SCORED_ALONE`)."""
    return any(f in SCORED_ALONE for f in flags)


MIN_WORDS = 3
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_VOWELS = frozenset("aeiouy")   # a word of three letters or more with none of them ("xkcd") reads as not English
# Frequent English function words: a prose answer of five or more words almost always has one.
_COMMON = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being it its this that
these those there their they them he she his her we our you your i my me not no so than then because
which what when where who how do does did can could would should will may might must has have had more
less into out up down over under about also very all some any each other same both only just
""".split())

# REPEATED: none of the 22,143 ASAP-SAS answers (all ten sets, scripts/flag_rates.py) meets any of the three
# (the closest: 62 % of its trigrams distinct, one content word at 33 %, 34 % of its words distinct); 2 of the
# 9,889 SemEval-2013 answers do (three near-identical sentences, one per bulb of a circuit).
REPEAT_MIN_WORDS, REPEAT_TRIGRAMS = 12, 0.6      # at least 12 words and under 60 % of the word trigrams distinct (a text twice)
STUFF_MIN_WORDS, STUFF_SHARE = 10, 0.4           # at least 10 words and one content word more than 40 % of them
VARIETY_MIN_WORDS, VARIETY_SHARE = 20, 0.3       # at least 20 words and fewer than 30 % of them distinct
# TOO_LONG: more words than both LONG_FLOOR and LONG_FACTOR times the median of the question's non-blank
# answers. ASAP-SAS science sets, per set: at most 0.45 % of the answers as one question, at most 1.06 % in
# classes of 30; 1 of the 9,889 SemEval-2013 answers (short ones: the floor decides there).
LONG_FLOOR, LONG_FACTOR = 40, 6.0

# The duplicate check's look-alikes: Cyrillic, Greek and a few other letters drawn like Latin ones
# (each case as it looks: Greek capital Eta is an H, its small letter an n), then after case folding
# l, 1 and i alike, 0 and o alike. Accents, marks and invisible characters are dropped.
_CONFUSABLES = str.maketrans({
    **dict(zip("АВЕЅІЈКМНОРСТХУҮԚԜӀ", "ABESIJKMHOPCTXYYQWI")),
    **dict(zip("аеорсухѕіјԁһԛԝӏүɡ", "aeopcyxsijdhqwlyg")),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹϺ", "ABEZHIKMNOPTYXCM")),
    **dict(zip("αιονρυχγϲϳηκ", "aiovpuxycjnk")),
    **dict(zip("ıɑօսոհ", "iaouna")),
})
_LOOKALIKE = str.maketrans("l10", "iio")
_ASCII_LOOKALIKE = bytes.maketrans(b"l10", b"iio")
_PARAGRAPH = re.compile(r"\^p", re.IGNORECASE)     # the ASAP-SAS paragraph mark, as basic-v1 reads it
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_DIGIT_GAP = re.compile(r"(?<=\d)[\W_]+(?=\d)")    # "3.5" and "35" stay two answers; "3,5" and "3 . 5" are "3.5"
_GAP = "\x00"
_NOT_KEPT = re.compile(r"[^\w\x00]+|_")           # the same as _ASCII_DROP (a bytes.translate is 20x faster)
_ASCII_DROP = bytes(c for c in range(1, 128) if not chr(c).isalnum())


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def is_blank(text: str) -> bool:
    """Nothing a teacher can see: empty, spaces only, or only invisible characters (a zero-width space, a word joiner,
    a byte-order mark, :data:`~.hidden_characters.HIDDEN_CHAR`) among spaces. Every place that tells a blank answer
    (the flag, the blank answers' group, the count of blanks) asks this."""
    t = str(text or "").strip()
    return not t or (not t.isascii() and not HIDDEN_CHAR.sub("", t).strip())


def is_too_short(text: str) -> bool:
    return not is_blank(text) and len(words(text)) < MIN_WORDS


def is_not_prose(text: str, _words: list[str] | None = None, english: bool = True,
                 _english_read: bool | None = None) -> bool:
    """Gibberish, keyboard mashing, numbers only, or (``english``) a language other than English. With
    ``english`` False (a class that writes in another language, see :func:`writes_english`), only the tests that
    hold in any language are made: few letters, no word, a "word" of more than 30 letters. ``_english_read``: whether
    the text reads as English (:func:`_reads_english`), when :func:`writes_english` already worked it out."""
    t = str(text or "").strip()
    if not t:
        return False
    # map() over str methods counts in C: the same figures, ~5x faster than generator expressions
    letters = sum(map(str.isalpha, t))
    visible = len(t) - sum(map(str.isspace, t))
    if visible and letters / visible < 0.5:
        return True
    ws = words(t) if _words is None else _words
    if not ws:
        return True
    if max(map(len, ws)) > 30:
        return True
    return english and not (_reads_english(t, ws, letters) if _english_read is None else _english_read)


def _reads_english(t: str, ws: list[str], letters: int) -> bool:
    """The English-only half of :func:`is_not_prose`: mostly Latin letters, a function word in a longer answer,
    words with vowels."""
    ascii_letters = letters if t.isascii() else sum(ch.isascii() and ch.isalpha() for ch in t)
    if letters and ascii_letters / letters < 0.7:
        return False
    # list-style answers ("vinegar amount, sample size, container size") skip function words, so
    # only a longer answer with none of them counts as another language or gibberish
    if len(ws) >= 10 and _COMMON.isdisjoint(ws):
        return False
    vowelless = sum(1 for w in ws if len(w) >= 3 and _VOWELS.isdisjoint(w) and w.isalpha())
    return not (len(ws) >= 2 and vowelless / len(ws) > 0.4)


# A class writes in another language when a fifth or more of its longer answers do not read as English (in the
# ten ASAP-SAS sets 99.8-100 % of the answers of six words or more read as English): then "not English"
# says nothing about one answer (a German class's own question, marked by its teacher), and only the tests that
# hold in any language flag it. Judged on the answers of at least ENGLISH_MIN_WORDS words, once there are
# ENGLISH_MIN_ANSWERS of them; fewer, and the class is taken to write English, as the shipped models read.
ENGLISH_MIN_WORDS, ENGLISH_MIN_ANSWERS, ENGLISH_SHARE = 6, 5, 0.8


def writes_english(texts: Sequence[str], all_words: Sequence[list[str]] | None = None) -> bool:
    """Do the answers to one question read as English (most of the longer ones)? See ``ENGLISH_SHARE``."""
    return _most_english(_longer_read_english(texts, all_words))


def _longer_read_english(texts: Sequence[str], all_words: Sequence[list[str]] | None = None) -> list[bool | None]:
    """Per answer, whether it reads as English (:func:`_reads_english`) if it has ENGLISH_MIN_WORDS words or more, else
    None: what :func:`writes_english` judges, kept so that :func:`is_not_prose` need not work it out again."""
    ws_all = all_words if all_words is not None else [words(t) for t in texts]
    out: list[bool | None] = []
    for text, ws in zip(texts, ws_all):
        if len(ws) < ENGLISH_MIN_WORDS:
            out.append(None)
            continue
        t = str(text).strip()
        out.append(_reads_english(t, ws, sum(map(str.isalpha, t))))
    return out


def _most_english(reads: Sequence[bool | None]) -> bool:
    """:func:`writes_english` of the answers :func:`_longer_read_english` read."""
    judged = english = 0
    for read in reads:
        if read is not None:
            judged += 1
            english += read
    return judged < ENGLISH_MIN_ANSWERS or english >= ENGLISH_SHARE * judged


def _ngrams(ws: Sequence[str], n: int) -> set[tuple[str, ...]]:
    """The answer's distinct runs of ``n`` words (zip of the words shifted 0..n-1: each window, built in C)."""
    return set(zip(*(ws[i:] for i in range(n))))


def is_copied(text: str, prompt: str, min_words: int = 6, share: float = 0.8) -> bool:
    """Most of the answer's word trigrams appear in the prompt (the answer restates the question)."""
    if not prompt:
        return False
    ws = words(text)
    if len(ws) < min_words:
        return False
    a = _ngrams(ws, 3)
    p = _ngrams(words(prompt), 3)
    return bool(a) and len(a & p) / len(a) >= share


def _drop_marks(run: re.Match) -> str:
    """A run of non-ASCII characters without its accents, marks and invisible characters."""
    return "".join(ch for ch in run.group() if unicodedata.category(ch)[0] != "M" and not HIDDEN_CHAR.match(ch))


def duplicate_key(text: str) -> str:
    """What the duplicate check compares: the text in compatibility form (NFKD), Cyrillic and Greek
    look-alikes as Latin, case-folded, without accents, marks or invisible characters, l/1/i and 0/o
    alike, with only its letters and digits (a "." between two numbers). A text with no letter or digit
    keeps its normalised form ("???" and "!!!" are not copies of each other). Blank: ""."""
    t = str(text or "")
    if "^" in t:
        t = _PARAGRAPH.sub(" ", t)
    if t.isascii():
        s = t.lower()
    else:
        s = unicodedata.normalize("NFKD", t).translate(_CONFUSABLES).casefold()
        s = _NON_ASCII.sub(_drop_marks, s)
    if _GAP in s:
        s = s.replace(_GAP, "")
    s = _DIGIT_GAP.sub(_GAP, s)
    if s.isascii():
        s = s.encode("ascii").translate(_ASCII_LOOKALIKE, _ASCII_DROP).decode("ascii")
    else:
        s = _NOT_KEPT.sub("", s).translate(_LOOKALIKE)
    if s:
        return s
    norm = normalise(text)
    return "\x01" + norm if norm else ""


def _copy_key(text: str, norm: str, n_words: int) -> str:
    """What flags_for_group compares: :func:`duplicate_key`, or for an answer under MIN_WORDS words its
    normalised text (as before the stricter form). "" for a blank answer, never a copy."""
    if not norm:
        return ""
    return duplicate_key(text) if n_words >= MIN_WORDS else "\x02" + norm


def _past_read(text: str) -> str:
    """What a key adds for an answer longer than what is read of it (:func:`~grader_app.text.read_part`): a digest of
    the rest, so two pastes that begin alike are copies only if the rest is the same too."""
    if len(text) <= READ_CHARS:
        return ""
    return "\x03" + hashlib.blake2b(text[READ_CHARS:].encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def copy_key(text: str) -> str:
    """What the duplicate check compares for one answer: two answers to a question are identical to each
    other when their keys are equal and not "" (a blank answer)."""
    read = read_part(text)
    norm = normalise(read)
    key = _copy_key(read, norm, len(_WORD.findall(norm)))
    return key + _past_read(str(text)) if key else key


def duplicate_keys(texts: Iterable[str]) -> list[str | None]:
    """For each text, its normalised form if another text in the group is a copy of it (as
    :func:`flags_for_group` judges), else None."""
    texts = [str(t or "") for t in texts]
    reads = [read_part(t) for t in texts]
    norms = [normalise(t) for t in reads]
    keys = [k + _past_read(t) if k else k
            for t, k in zip(texts, (_copy_key(r, n, len(_WORD.findall(n))) for r, n in zip(reads, norms)))]
    counts = Counter(k for k in keys if k)
    return [n if k and counts[k] > 1 else None for n, k in zip(norms, keys)]


def repeats_itself(ws: Sequence[str]) -> bool:
    """The same phrases over and over, one word stuffed in, or a handful of words shuffled about.

    ``ws``: the answer's words (:func:`words`). Each count is only taken when the distinct words allow
    the rule to hold: trigrams that start with different words differ, and one word can only take up
    what the other distinct words leave."""
    n = len(ws)
    if n < STUFF_MIN_WORDS:
        return False
    distinct = len(set(ws))
    if n >= VARIETY_MIN_WORDS and distinct < VARIETY_SHARE * n:
        return True
    if n >= REPEAT_MIN_WORDS and distinct - 2 < REPEAT_TRIGRAMS * (n - 2) \
            and len(set(zip(ws, ws[1:], ws[2:]))) < REPEAT_TRIGRAMS * (n - 2):
        return True
    most = STUFF_SHARE * n
    return n - distinct + 1 > most and any(c > most and w not in _COMMON for w, c in Counter(ws).items())


def is_repeated(text: str) -> bool:
    return repeats_itself(words(text))


def long_limit(word_counts: Iterable[int]) -> float:
    """The word count above which a question's answer is much longer than the others: LONG_FLOOR, or
    LONG_FACTOR times the median of its non-blank answers' word counts if that is more."""
    counts = sorted(c for c in word_counts if c > 0)
    if not counts:
        return float(LONG_FLOOR)
    mid = len(counts) // 2
    median = counts[mid] if len(counts) % 2 else (counts[mid - 1] + counts[mid]) / 2
    return max(float(LONG_FLOOR), LONG_FACTOR * median)


def flags_for_group(texts: Sequence[str], prompt: str = "") -> list[list[str]]:
    """Flags for the answers to one question (duplicates and lengths are judged within the question).

    The same rules as the single-text functions above, with each text normalised and split into
    words once (and the prompt's trigrams built once): 10,000 answers take seconds, not tens. They read what a model
    reads of an answer (:func:`~grader_app.text.read_part`); one longer than that is TOO_LONG whatever the others'.
    """
    return group_flags(texts, prompt)[0]


def group_flags(texts: Sequence[str], prompt: str = "") -> tuple[list[list[str]], bool]:
    """:func:`flags_for_group` and whether the answers read as English (:func:`writes_english`), worked out at once."""
    found, english, _ = group_reading(texts, prompt)
    return found, english


def group_reading(texts: Sequence[str], prompt: str = "") -> tuple[list[list[str]], bool, list[list[str]]]:
    """:func:`group_flags`, and each answer's :func:`words` (of the whole answer, as
    :func:`~.class_language.class_language` counts them): the words the flags split out serve for every answer but one
    longer than what is read of it (:data:`~grader_app.text.READ_CHARS`), so no answer is split twice."""
    whole = [str(t or "") for t in texts]
    texts = [read_part(t) for t in whole]
    norms = [normalise(t) for t in texts]
    all_words = [_WORD.findall(n) for n in norms]
    keys = [k + _past_read(w) if k else k
            for w, k in zip(whole, (_copy_key(t, n, len(ws)) for t, n, ws in zip(texts, norms, all_words)))]
    counts = Counter(k for k in keys if k)
    too_long = long_limit(len(ws) for ws in all_words)
    prompt_grams = _ngrams(words(prompt), 3) if prompt else set()
    reads = _longer_read_english(texts, all_words)   # each answer read for English once, here or in is_not_prose
    english = _most_english(reads)
    out: list[list[str]] = []
    for text, ws, key, w, read in zip(texts, all_words, keys, whole, reads):
        f: list[str] = []
        if is_blank(w):
            f.append(BLANK)
        else:
            if len(ws) < MIN_WORDS:
                f.append(TOO_SHORT)
            if prompt and len(ws) >= 6:
                grams = _ngrams(ws, 3)
                if grams and len(grams & prompt_grams) / len(grams) >= 0.8:
                    f.append(COPIED)
            if key and counts[key] > 1:
                f.append(DUPLICATE)
            if is_not_prose(text, _words=ws, english=english, _english_read=read):
                f.append(NOT_PROSE)
            if has_hidden_characters(text):
                f.append(HIDDEN)
            if repeats_itself(ws):
                f.append(REPEATED)
            if len(ws) > too_long or len(w) > READ_CHARS:
                f.append(TOO_LONG)
        out.append(f)
    return out, english, [ws if len(w) <= READ_CHARS else words(w) for w, ws in zip(whole, all_words)]
