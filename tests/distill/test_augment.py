"""Augmented answers (tenth amendment): every operation changes the answer the way its name says, copies are
the same on every run and machine, and replacement words come only from the pool they are given."""
from __future__ import annotations

import numpy as np
import pytest

from grader_app.distill.augment import OPERATIONS, WordPool, _OPS, augment, augment_many, sentences

TEXT = "osmosis moves water across the membrane. the cell swells because water goes in. salt pulls it out."
POOL = WordPool.from_texts(["potato potato cells", "vinegar mass"])


def _apply(name: str, seed: int = 0) -> str:
    return _OPS[name](TEXT, np.random.default_rng(seed), POOL)


def test_word_operations_keep_or_drop_or_reorder_or_replace_words_as_named():
    words = TEXT.split(" ")
    for seed in range(20):
        dropped = _apply("drop_words", seed).split(" ")
        assert 0 < len(dropped) < len(words)
        it = iter(words)
        assert all(w in it for w in dropped)                       # an ordered sub-sequence of the answer
        swapped = _apply("swap_words", seed).split(" ")
        diff = [i for i, (a, b) in enumerate(zip(words, swapped)) if a != b]
        assert sorted(swapped) == sorted(words) and len(diff) in (0, 2)  # two neighbours (equal words: no change)
        if diff:
            assert diff[1] == diff[0] + 1
        replaced = _apply("replace_words", seed).split(" ")
        assert len(replaced) == len(words)
        assert {b for a, b in zip(words, replaced) if a != b} <= set(POOL.words)


def test_misspelling_swaps_letters_inside_words_and_sentence_operations_work_on_whole_sentences():
    changed = 0
    for seed in range(20):
        typo = _apply("misspell", seed)
        assert len(typo) == len(TEXT) and sorted(typo) == sorted(TEXT)   # letters swapped, none lost
        changed += typo != TEXT   # swapping a double letter changes nothing: augment() then tries another operation
        assert [len(w) for w in typo.split(" ")] == [len(w) for w in TEXT.split(" ")]
        assert len(sentences(_apply("drop_sentence", seed))) == 2
        assert sorted(sentences(_apply("shuffle_sentences", seed))) == sorted(sentences(TEXT))
    assert changed >= 15
    one = "water moves in"
    assert _OPS["drop_sentence"](one, np.random.default_rng(0), POOL) is None
    assert _OPS["shuffle_sentences"](one, np.random.default_rng(0), POOL) is None


def test_copies_are_seeded_by_id_and_copy_number_only_and_always_differ_from_the_answer():
    texts = [TEXT, "salt", "the cell gets bigger", ""]
    a = augment_many(texts, ["1", "2", "3", "4"], POOL)
    b = augment_many(list(reversed(texts)), ["4", "3", "2", "1"], POOL)
    assert sorted(a.texts) == sorted(b.texts) and a.digest() != b.digest()   # same copies, other order
    assert a.digest() == augment_many(texts, ["1", "2", "3", "4"], POOL).digest()
    assert all(t and t != texts[s] for t, s in zip(a.texts, a.source))
    assert 4 not in set(a.source.tolist())                   # nothing changes an empty answer
    assert set(a.operations) <= set(OPERATIONS) and list(a.source) == sorted(a.source)
    assert augment(TEXT, "1", 0, POOL) != augment(TEXT, "1", 1, POOL)


def test_the_word_pool_draws_by_frequency():
    pool = WordPool.from_texts(["potato potato potato vinegar"])
    assert pool.p.tolist() == pytest.approx([0.75, 0.25])
    drawn = pool.draw(np.random.default_rng(0), 4000)
    assert drawn.count("potato") / 4000 == pytest.approx(0.75, abs=0.03)
    assert WordPool.from_texts([""]).words == ()
