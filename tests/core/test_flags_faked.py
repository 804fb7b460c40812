"""Answers that fake a score from a key-word model: a copy dressed up to look new, an answer that repeats
itself or stuffs one word, and one far longer than the rest. Each is flagged, so it goes to the teacher;
real answers (the ASAP-SAS science sets, when ../shared/data is there) are almost never flagged."""
from __future__ import annotations

import random
import time
from collections import Counter

import pytest

from grader_app.core import flags as F
from grader_app.text import normalise

ORIGINAL = "mRNA leaves the nucleus and goes to the ribosome, where tRNA brings the amino acids."
OTHERS = ["Ice is less dense than water, so it floats on top.",
          "The cell membrane lets water in by osmosis and keeps the salt out.",
          "Plants need light and water to make their food by photosynthesis."]
SCIENCE_SETS = (1, 2, 5, 6, 10)


def _dup(texts):
    return [F.DUPLICATE in f for f in F.flags_for_group(texts)]


# ---- duplicates --------------------------------------------------------------------------------------

@pytest.mark.parametrize("copy", [
    "mRNA leaves the nucleus and goes to the ribosome where tRNA brings the amino acids",             # punctuation
    "mRNA leaves the nucleus, and goes to the ribosome; where tRNA brings the amino-acids!!",
    "mRNA  leaves the   nucleus and goes to the ribo some, where tRNA brings the amino acids.",       # spacing
    "mRNA leaves the nucleus and goes to the\u200b ribosome, where tRNA brings the amino\u00adacids.",  # invisible
    "mRNA lеaves the nuclеus and goes to thе ribosome, where tRNA brings the amino acids.",         # Cyrillic е
    "mRNA leaves the nucleus аnd goes tо the ribоsоme, where tRNA brings the аminо аcids.",         # Cyrillic а, о
    "mRNA lеaves thе nuclеus and goеs tο thе ribοsοmе, whеrе tRNA brings thе aminο acids.",         # Greek ο
    "mRNA leaves the nucleus and goes to the ribosome, where tRNA brings the amіnо acіds.",          # Cyrillic і
    "mRNA lеaves the nucleus and goes to the ribosome, whеrе tRNA brіngs thе amino aсіds.",          # Cyrillic с
    "mRNA leaves the nucIeus and goes to the ribosome, where tRNA brings the amino acids.",          # capital I for l
    "mRNA leaves the nucleus and gоes to the ribosome, where tRNA brings the amino acids. ^p",       # paragraph mark
    "mRNA léaves the nucleus and goes to the ribosome, where tRNA brings the amino acids.",          # accent
    "mRNA leaves the nucleus and goes to the ribosome, where tRNA brings the amino acids.\u202c",    # bidi control
])
def test_a_dressed_up_copy_is_a_duplicate(copy):
    assert normalise(copy) != normalise(ORIGINAL)              # basic-v1 alone tells them apart
    assert _dup([ORIGINAL, copy, *OTHERS]) == [True, True, False, False, False]
    assert F.duplicate_key(copy) == F.duplicate_key(ORIGINAL)


@pytest.mark.parametrize("a, b", [
    ("The mass went from 3.5 g to 3.1 g.", "The mass went from 35 g to 31 g."),
    ("The mass increased after the trial.", "The mass decreased after the trial."),
    ("Plastic B stretched the most.", "Plastic A stretched the most."),
    ("It is 10 degrees warmer.", "It is 100 degrees warmer."),
    ("The white lid kept it cooler.", "The black lid kept it cooler."),
    ("???", "!!!"),
    ("mRNA goes to the ribosome.", "mRNA goes to the ribosomes."),
])
def test_genuinely_different_answers_stay_apart(a, b):
    assert _dup([a, b]) == [False, False]


def test_what_basic_v1_already_caught_is_still_caught():
    for copy in ("ｍＲＮＡ leaves the nucleus and goes to the ribosome, where ｔＲＮＡ brings the amino acids.",
                 "MRNA LEAVES THE NUCLEUS AND GOES TO THE RIBOSOME, WHERE TRNA BRINGS THE AMINO ACIDS.",
                 "  mRNA leaves the nucleus and goes to the ribosome,\nwhere tRNA brings the amino acids.  "):
        assert normalise(copy) == normalise(ORIGINAL)
        assert _dup([ORIGINAL, copy, *OTHERS]) == [True, True, False, False, False]


def test_short_answers_are_compared_as_before_and_blanks_never():
    """Under MIN_WORDS words an answer is too short anyway: identical normalised text, as before the
    stricter comparison ("white" and "White." stay apart, as in the sample sheet)."""
    texts = ["yes", "Yes ", "white", "White.", "I don't know", "i dont know!", "", "   ", "no", "???", "???"]
    got = F.flags_for_group(texts)
    assert [F.DUPLICATE in f for f in got] == [True, True, False, False, True, True, False, False, False, True, True]
    assert got[0] == [F.TOO_SHORT, F.DUPLICATE] and got[2] == [F.TOO_SHORT]
    assert got[6] == [F.BLANK] and got[7] == [F.BLANK]
    assert F.duplicate_keys(texts) == ["yes", "yes", None, None, "i don't know", "i dont know!", None, None, None,
                                       "???", "???"]
    keys = [F.copy_key(t) for t in texts]
    assert keys[0] == keys[1] and keys[2] != keys[3] and keys[4] == keys[5] and keys[6] == keys[7] == ""


def test_decimal_separators_and_gaps_between_numbers_are_one_separator():
    assert F.duplicate_key("3.5 g") == F.duplicate_key("3,5 g") == F.duplicate_key("3 . 5 g")
    assert F.duplicate_key("3.5 g") != F.duplicate_key("35 g")
    assert F.duplicate_key("") == F.duplicate_key(None) == ""


def test_every_pair_identical_after_basic_v1_is_still_a_duplicate():
    """The stricter comparison only adds duplicates: texts with the same basic-v1 form get the same key."""
    alphabet = list("aAbBeEiIlLoO01 5 .,;!?-'^pP\t\n") + ["^p", "  ", "é", "É", "ﬁ", "\u00a0", "е", "Ё", "\u200b", "x²"]
    rng = random.Random(7)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(30_000)]
    by_norm: dict[str, str] = {}
    for t in texts:
        n = normalise(t)
        if n:
            key = by_norm.setdefault(n, F.duplicate_key(t))
            assert F.duplicate_key(t) == key, (t, n)
    assert F.duplicate_keys(["Same  answer here", "same answer here.", "", ""]) == [
        "same answer here", "same answer here.", None, None]


# ---- repeats itself --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "mRNA goes to the ribosome. mRNA goes to the ribosome. mRNA goes to the ribosome.",
    "mRNA leaves the nucleus and goes to the ribosome where tRNA brings amino acids. " * 2,   # pasted twice
    "ribosome " * 12,
    "The answer is the ribosome ribosome ribosome ribosome ribosome ribosome and the mRNA.",   # one word stuffed
    "codon anticodon ribosome mrna trna codon ribosome anticodon trna mrna ribosome codon mrna anticodon trna "
    "codon trna ribosome mrna anticodon",                                                        # a few words shuffled
    "the cell membrane, the cell membrane, the cell membrane, the cell membrane",
])
def test_an_answer_that_repeats_itself_is_flagged(text):
    assert F.is_repeated(text)
    got = F.flags_for_group([text, *OTHERS])
    assert F.REPEATED in got[0] and all(F.REPEATED not in f for f in got[1:])


@pytest.mark.parametrize("text", [
    ORIGINAL,
    "The mass, the size, the type, the amount and the shape of the samples.",   # "the" 5 of 13: a function word
    "Osmosis is used by cells when moving through water. Active transport is used by cells when going from a lower "
    "concentration to a higher concentration. Diffusion is used by cells when going from a higher concentration to "
    "a lower concentration.",                                                   # parallel sentences (a real answer)
    "mRNA, tRNA, rRNA",
    "yes yes yes",                                                              # too short to judge: too short
])
def test_parallel_or_short_answers_do_not_repeat_themselves(text):
    assert not F.is_repeated(text)


# ---- much longer than the others ---------------------------------------------------------------------

def test_the_long_limit_is_a_floor_or_a_multiple_of_the_median():
    assert F.long_limit([]) == F.long_limit([0, 0]) == F.LONG_FLOOR
    assert F.long_limit([2, 3, 4, 0, 0, 0]) == F.LONG_FLOOR                       # short answers: the floor
    assert F.long_limit([10, 20, 30, 0]) == F.LONG_FACTOR * 20                    # blanks do not pull it down
    assert F.long_limit([10, 20, 30, 40]) == F.LONG_FACTOR * 25


def test_an_answer_far_longer_than_the_others_is_flagged():
    everything = ("mRNA leaves the nucleus through a pore, travels to a ribosome in the cytoplasm or on the rough "
                  "endoplasmic reticulum, where rRNA reads its codons three bases at a time; each tRNA carries an "
                  "anticodon that pairs with a codon and brings its amino acid, the amino acids are joined by peptide "
                  "bonds from the start codon to the stop codon, and the chain folds into a protein, which the Golgi "
                  "packages and ships out of the cell in a vesicle.")
    n = len(F.words(everything))
    texts = [everything, ORIGINAL, *OTHERS, "mRNA carries the code to the ribosome.", "tRNA brings amino acids."]
    limit = F.long_limit(len(F.words(t)) for t in texts)
    assert n > limit >= F.LONG_FLOOR
    got = F.flags_for_group(texts)
    assert F.TOO_LONG in got[0] and all(F.TOO_LONG not in f for f in got[1:])
    # the same answer among answers as long as itself is not flagged
    assert F.TOO_LONG not in F.flags_for_group([everything] + [everything.replace("cell", f"cell {i}") for i in range(4)])[0]


def test_the_new_flags_are_in_the_vocabulary():
    for flag in (F.HIDDEN, F.REPEATED, F.TOO_LONG):
        assert flag in F.ALL_FLAGS
    assert len(set(F.ALL_FLAGS)) == len(F.ALL_FLAGS)


# ---- real answers ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def asap_science():
    from grader_app.distill.asap import asap_dir, load_prompt, load_train

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    frame = load_train()
    return {s: (frame.loc[frame["EssaySet"] == s, "EssayText"].tolist(), load_prompt(s)) for s in SCIENCE_SETS}


def test_real_answers_are_almost_never_flagged_by_the_new_rules(asap_science):
    """scripts/flag_rates.py prints the same figures: no real answer repeats itself or hides characters,
    and at most about 1 % of a set is much longer than the others."""
    for s, (texts, prompt) in asap_science.items():
        seen = Counter(f for fl in F.flags_for_group(texts, prompt) for f in fl)
        assert seen[F.HIDDEN] == 0 and seen[F.REPEATED] == 0, s
        assert seen[F.TOO_LONG] <= 0.01 * len(texts), (s, seen[F.TOO_LONG])


def test_real_duplicates_only_merge_the_same_words(asap_science):
    """Every answer the stricter comparison adds is the same letters as another, bar punctuation and spaces."""
    for s, (texts, _) in asap_science.items():
        groups: dict[str, set[str]] = {}
        for t in texts:
            if (key := F.duplicate_key(t)):
                groups.setdefault(key, set()).add(normalise(t))
        for norms in groups.values():
            bare = {"".join(ch for ch in n if ch.isalnum()) for n in norms}
            assert len(bare) == 1, (s, norms)


def test_ten_thousand_hostile_answers_take_seconds():
    """Linear time: long, repeated, look-alike and invisible-character answers, 10,000 of them. Counted in this
    thread's processor time, not the wall clock: on a loaded machine (load ~12 on two cores) the same 1.8 s of work
    took 24-30 s by the clock and failed the 20 s limit; a quadratic flagging would need far more than 20 s of work."""
    rng = random.Random(3)
    base = ORIGINAL.split()
    texts = []
    for i in range(10_000):
        ws = [rng.choice(base) for _ in range(rng.randint(1, 120))]
        t = " ".join(ws)
        if i % 3 == 0:
            t = t.replace("e", "е").replace("o", "\u200bο")
        texts.append(t)
    start = time.thread_time()
    got = F.flags_for_group(texts, "Describe the steps of protein synthesis.")
    worked = time.thread_time() - start
    assert worked < 20, f"flagging 10,000 answers took {worked:.1f} s of processor time"
    assert len(got) == 10_000 and sum(F.HIDDEN in f for f in got) >= 3000
