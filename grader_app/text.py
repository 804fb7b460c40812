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

_WS = re.compile(r"\s+")
_PARA = re.compile(r"\^p", re.IGNORECASE)  # ASAP-SAS paragraph marks


def _basic_v1(text: str) -> str:
    """NFKC, paragraph marks to spaces, lower case, whitespace runs collapsed, trimmed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text))
    text = _PARA.sub(" ", text)
    text = text.lower()
    return _WS.sub(" ", text).strip()


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


def normalise_many(texts: Iterable[str], name: str = DEFAULT_NORMALISATION) -> list[str]:
    fn = get_normaliser(name)
    return [fn(t) for t in texts]
