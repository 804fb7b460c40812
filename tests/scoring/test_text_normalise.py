"""``basic-v1`` normalisation, rewritten for speed, gives exactly what the plain regex form gave.

The rewrite (grader_app/text.py) skips the paragraph-mark regex without a ``^``, collapses whitespace
with ``str.split`` instead of ``\\s+`` and takes a short cut for printable text without double
spaces. Each of those rests on a fact about Python's Unicode tables that is checked here on every
code point, and the result is compared with the reference on every code point, on edge cases, on
random mixtures of the characters that matter, and on every ASAP-SAS answer when the shared data is there.
"""
from __future__ import annotations

import random
import re

import pytest
from reference_scoring import reference_basic_v1

from grader_app.text import DEFAULT_NORMALISATION, get_normaliser, normalise, normalise_many

basic_v1 = get_normaliser("basic-v1")
ALL_CODE_POINTS = [chr(cp) for cp in range(0x110000)]


def test_the_default_is_basic_v1():
    assert DEFAULT_NORMALISATION == "basic-v1" and normalise("  A^pB ") == "a b"


def test_regex_whitespace_is_str_whitespace_and_only_the_ascii_space_is_printable():
    ws = re.compile(r"\s")
    for c in ALL_CODE_POINTS:
        assert bool(ws.fullmatch(c)) == c.isspace(), hex(ord(c))
        if c.isspace() and c != " ":
            assert not c.isprintable(), hex(ord(c))


def test_every_code_point_alone_and_between_letters_and_spaces():
    bad = [hex(ord(c)) for c in ALL_CODE_POINTS
           for text in (c, f"A{c}b {c}", f" {c}{c}^P{c} ")
           if basic_v1(text) != reference_basic_v1(text)]
    assert bad == []


EDGE_CASES = [
    None, "", " ", "   ", "\t", "\n\r\n", "\x0b\x0c", "\x1c\x1d\x1e\x1f", "\x85", "\u00a0", "\u2028\u2029", "\u3000",
    "\u200b", "\ufeff", "a\u200bb", "a  b", " a b ", "a\tb", "a \n b", "x" * 1_000_000, ("word " * 200_000),
    ("a b\t" * 50_000), "^p", "^P", "^p^p^P", "a^pb", "^^pp", "^ p", "^\u0070", "\uff3ep", "\uff3e\uff50", "^\u212a",
    "Answer one ^p ^p Answer two", "^pstarts", "ends^p", "ÉCOLE", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "aΣ", "aΣb", "İstanbul", "STRASSE ß",
    "ﬁnal ﬂow", "Ｆｕｌｌ　ｗｉｄｔｈ", "①②", "x²", "\u0301a", "e\u0301", "\u1e9b\u0323", "日本語のテキスト", "😀 emoji  ",
    "\ud800", "a\x00b", "tab\there", 12, 3.5, float("nan"), True,
]


@pytest.mark.parametrize("text", EDGE_CASES, ids=range(len(EDGE_CASES)))
def test_edge_cases(text):
    assert normalise(text) == reference_basic_v1(text)


def test_random_mixtures_of_the_characters_that_matter():
    alphabet = list(" \t\n\r\x0b\x0c\x1c\x85\u00a0\u2028\u3000\u200b^^^pPpPabcAZΣσİﬁ２\u0301\uff3e\uff50.,é") + ["^p", "^P", "  "]
    rng = random.Random(11)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(50_000)]
    assert normalise_many(texts) == [reference_basic_v1(t) for t in texts]


@pytest.fixture(scope="module")
def asap_answers():
    from grader_app.distill.asap import asap_dir, load_train, load_unlabeled

    if not (asap_dir() / "train_rel_2.tsv").is_file() or not (asap_dir() / "unlabeled_private_leaderboard.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    return load_train()["EssayText"].tolist() + load_unlabeled()["EssayText"].tolist()


def test_every_asap_answer(asap_answers):
    assert len(asap_answers) == 17_043 + 5_100
    expected = [reference_basic_v1(t) for t in asap_answers]
    assert normalise_many(asap_answers) == expected
    assert [normalise(t) for t in asap_answers] == expected
    assert sum("^" in t for t in asap_answers) > 100  # the paragraph-mark path is exercised too
