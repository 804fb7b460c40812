"""Invented classes for the learning tests: answers to one question whose score follows from which
key ideas they mention, written in varied words, so a model can learn them from a few dozen marks."""
from __future__ import annotations

import random

IDEAS = {
    "density": ["ice is less dense than water", "its density is lower than liquid water", "ice has a lower density"],
    "lattice": ["hydrogen bonds hold the molecules in an open lattice", "the crystal structure keeps molecules apart",
                "molecules are spaced out in a hexagonal lattice"],
}
WRONG = ["because it is cold", "the wind pushes it up", "fish keep it afloat", "ice is heavier than water",
         "i do not know", "because it is frozen and hard", "the sun melts it", "air bubbles lift it"]
FILLER = ["so", "and", "that is why", "which means", "basically", "i think", "in the end", "also"]
# asides that change the wording but not the score
ASIDE_WHO = ["my teacher", "our book", "the video", "my brother", "a scientist", "the worksheet", "my friend Sam",
             "the lab sheet", "grandpa", "the website"]
ASIDE_SAID = ["said so", "showed this", "explained it", "told us", "agrees", "drew a picture of it",
              "mentioned it twice", "proved it", "wrote it down", "talked about it"]


def invented_class(n: int, seed: int = 0) -> tuple[list[str], list[int]]:
    """``n`` answers to "why does ice float?" scored 0-2: one point per key idea mentioned."""
    rng = random.Random(seed)
    texts, scores = [], []
    for _ in range(n):
        score = rng.choice([0, 0, 1, 1, 2])
        ideas = rng.sample(list(IDEAS), score)
        parts = [rng.choice(IDEAS[i]) for i in ideas] or [rng.choice(WRONG)]
        if score < 2 and rng.random() < 0.5:
            parts.append(rng.choice(WRONG) if score == 0 else "it floats")
        rng.shuffle(parts)
        if rng.random() < 0.8:
            parts.append(f"{rng.choice(ASIDE_WHO)} {rng.choice(ASIDE_SAID)}")
        text = f" {rng.choice(FILLER)} ".join(parts)
        texts.append(text[0].upper() + text[1:] + rng.choice([".", "", "!"]))
        scores.append(score)
    return texts, scores
