"""Text normalisation shared by the trainer and the app (it imports nothing of Grader: the bundle format
checks a manifest's name against it, scoring applies it to the answers, core groups answers by it).

A bundle names the normalisation it was trained with (``manifest["normalisation"]``); the app
applies the same function before the text enters the ONNX graph, so training and scoring cannot
drift apart. Add a new name rather than changing an existing one: old bundles must keep scoring
the way they were measured.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable

_PARA = re.compile(r"\^p", re.IGNORECASE)  # ASAP-SAS paragraph marks


def _basic_v1(text: str) -> str:
    r"""NFKC, paragraph marks to spaces, lower case, whitespace runs collapsed, trimmed.

    That is ``re.sub(r"\s+", " ", _PARA.sub(" ", nfkc(text)).lower()).strip()``, computed faster (about a
    fifth of the time on ASAP-SAS answers), with the same result for every text:
    - a paragraph mark contains ``^``, so a text without one has none to replace;
    - ``\s`` in a str pattern and ``str.split()``/``str.strip()`` test the same characters
      (``str.isspace``), so joining the split words with single spaces is the same collapse-and-trim;
    - every whitespace character but the ASCII space is unprintable, so a printable text without two
      spaces in a row has nothing to collapse and only its ends to trim.
    tests/scoring/test_text_normalise.py checks this on every code point against the regex form.
    """
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text))
    if "^" in text:
        text = _PARA.sub(" ", text)
    text = text.lower()
    if "  " not in text and text.isprintable():
        return text.strip(" ")
    return " ".join(text.split())


NORMALISERS: dict[str, Callable[[str], str]] = {"basic-v1": _basic_v1}
DEFAULT_NORMALISATION = "basic-v1"


def get_normaliser(name: str) -> Callable[[str], str]:
    try:
        return NORMALISERS[name]
    except KeyError:
        known = ", ".join(sorted(NORMALISERS))
        raise ValueError(f"unknown text normalisation {name!r}; this version knows: {known}") from None


def normalise(text: str, name: str = DEFAULT_NORMALISATION) -> str:
    return get_normaliser(name)(text)


# What a model and the flags read of an answer: its first READ_CHARS characters. The longest of the 22,143 ASAP-SAS
# answers (../shared/data, training and unlabelled sets) has 2,083 characters, 99.9 % have under 1,220, and the
# longest of the 9,889 SemEval-2013 answers 550: 10,000 is about five times the longest real answer. Beyond it an
# answer is a paste (a whole text), not a short answer: one of 20 MB took 25 s and 3.5 GB to score (QA s51b #10), and
# the memory a model's graph asks for grows with the longest answer of its batch. Such an answer always goes to the
# teacher (core.flags: TOO_LONG); the teacher sees it, and every export writes it, whole.
READ_CHARS = 10_000


def read_part(text: str) -> str:
    """What a model and the flags read of an answer: its first :data:`READ_CHARS` characters."""
    text = "" if text is None else str(text)
    return text if len(text) <= READ_CHARS else text[:READ_CHARS]


def normalise_many(texts: Iterable[str], name: str = DEFAULT_NORMALISATION) -> list[str]:
    """The answers as a model reads them (:func:`read_part`), normalised."""
    fn = get_normaliser(name)
    return [fn(read_part(t)) for t in texts]
