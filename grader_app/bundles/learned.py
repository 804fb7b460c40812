"""What a bundle's manifest says of a model learned from a teacher's marks, and the id and title such a model takes
beside another model of its question (``grader_app.learn.library_names`` names every learned model by these).

An earlier version installed a model learned for a question named as a shipped model's id (learned back from the app's
own graded export, say) under that very id, so it replaced the shipped model for every later sheet.
:func:`listed_beside` is how the library lists such a model now: under an id of its own (``<id>-learned``) and a title
that says it was learned from the teacher's marks, while the shipped model keeps its id. Only the listing changes: the
teacher's file stays as it is on disk (renaming it would mean writing a new file and deleting the old one, not one
atomic step, and the library is read where nothing may be written, such as at the window's start).
"""
from __future__ import annotations

import unicodedata
from typing import Callable, Mapping

from .archive import Bundle
from .manifest import MAX_TITLE, UNSHOWN

LEARNED_FROM = "a teacher's own marks"   # provenance["learned_from"]: what says a bundle was learned
SUFFIX = "-learned"
TITLE = "{question} (learned from your marks)"   # the title beside another model; the window translates it
MAX_ID = 64


def fit_title(question: str, room: int = MAX_TITLE) -> str:
    """``question`` as a bundle's title can hold it: as it is if it can, else its spacing collapsed, without the
    characters a title may not hold (a soft hyphen, a zero-width space: :data:`~.manifest.UNSHOWN`), and, longer than
    ``room`` characters, cut after its last whole word that fits, then " …". A learned model whose title this changes
    keeps the whole question as its prompt, which a sheet's question still matches (``grader_app.learn.library_names``)."""
    question = str(question)
    if len(question) <= room and not any(unicodedata.category(ch) in UNSHOWN for ch in question):
        return question
    text = "".join(ch for ch in " ".join(str(question).split()) if unicodedata.category(ch) not in UNSHOWN)
    text = " ".join(text.split())   # a control character dropped between two spaces
    if len(text) <= room:
        return text
    head = text[:room - 2]   # room for " …" after it
    whole = text[room - 2] == " " or " " not in head[room // 2:]   # a word ends there; or one very long word: cut in it
    cut = head if whole else head.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + " …"


def beside_title(question: str) -> str:
    """The title of a model learned for ``question`` beside another model of it (:data:`TITLE`), its question cut to
    fit (:func:`fit_title`)."""
    return TITLE.format(question=fit_title(question, MAX_TITLE - len(TITLE.format(question=""))))


def is_learned(manifest: Mapping) -> bool:
    """Whether a bundle's manifest says it was learned from a teacher's marks."""
    prov = manifest.get("provenance")
    return isinstance(prov, Mapping) and prov.get("learned_from") == LEARNED_FROM


def id_beside(bundle_id: str, taken: Callable[[str], bool]) -> str:
    """The id of a learned model beside the model that has ``bundle_id``: ``<id>-learned``, or with a number after it
    where ``taken`` says that one is another model's."""
    base = bundle_id[:MAX_ID - len(SUFFIX)].rstrip("-._") + SUFFIX
    bid, k = base, 2
    while taken(bid):
        bid = f"{base[:MAX_ID - 4]}-{k}"
        k += 1
    return bid


def listed_beside(bundle: Bundle, taken: Callable[[str], bool]) -> Bundle:
    """``bundle`` (learned, with another model's id) as the library lists it beside that model: an id of its own
    (:func:`id_beside`) and a title that says it was learned from the teacher's marks, for its question (the one its
    manifest names, else its title: a learned model was titled with its question's name); ``listed_for`` keeps the id
    its file has (listed so already, it is listed again under another number). Its file is not touched."""
    m = bundle.manifest
    prov = dict(m.get("provenance") or {})
    question = prov.get("question")
    if not isinstance(question, str) or not question.strip():
        question = prov["question"] = str(m.get("title") or bundle.id)
    file_id = bundle.listed_for or bundle.id
    manifest = {**m, "id": id_beside(file_id, taken), "title": beside_title(question), "provenance": prov}
    return Bundle(manifest=manifest, model_bytes=bundle.model_bytes, path=bundle.path, listed_for=file_id)
