"""Scoring a whole session: match questions to bundles, then score them batch by batch.

``score_session`` is a generator so any caller (the CLI, a Qt worker) can show progress and stop
between batches; it never touches a widget.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import numpy as np

from ..bundles.archive import Bundle
from ..scoring.model import DEFAULT_BATCH, CancelToken, Scorer
from .session import GradingSession, ItemInfo


def normalise_item_id(item: str) -> str:
    return str(item).strip().lower()


def match_bundles(session: GradingSession, library, forced: Bundle | None = None,
                  chosen: dict[str, str] | None = None) -> dict[str, Bundle | None]:
    """Question -> bundle: a forced bundle for all, the teacher's choice, or the library id match.

    A sheet's item may be written ``asap-sas-1``, ``1`` (a bare number matches ``asap-sas-N`` only
    when exactly one library id ends with ``-N``) or the bundle's title.
    """
    chosen = chosen or {}
    out: dict[str, Bundle | None] = {}
    for item in session.item_keys():
        b = None
        if forced is not None:
            b = forced
        elif item in chosen:
            b = library.get(chosen[item]) if chosen[item] else None
        else:
            b = find_bundle_for(item, library)
        out[item] = b
        session.set_item_info(ItemInfo.from_bundle(item, b) if b else ItemInfo(item=item))
    return out


def find_bundle_for(item: str, library) -> Bundle | None:
    key = normalise_item_id(item)
    if not key:
        return None
    b = library.get(key)
    if b is not None:
        return b
    bundles = list(library.bundles.values())
    for b in bundles:
        if normalise_item_id(b.title) == key:
            return b
    tail = key.split()[-1].lstrip("#q").strip(".")
    if tail.isdigit():
        ends = [b for b in bundles if b.id.rsplit("-", 1)[-1] == tail]
        if len(ends) == 1:
            return ends[0]
    return None


@dataclass
class Progress:
    done: int
    total: int
    item: str


def score_session(session: GradingSession, bundles: dict[str, Bundle | None], threads: int = 1,
                  batch_size: int = DEFAULT_BATCH, cancel: CancelToken | None = None,
                  scorers: dict[str, Scorer] | None = None) -> Iterator[Progress]:
    """Score every answer whose question has a bundle; yield progress after each batch.

    Raises ``Cancelled`` between batches when ``cancel`` is set; answers scored so far keep their
    predictions.
    """
    scorers = {} if scorers is None else scorers
    todo = [(item, b) for item, b in bundles.items() if b is not None]
    total = sum(len(session.answers_for(item)) for item, _ in todo)
    done = 0
    yield Progress(0, total, "")
    for item, bundle in todo:
        scorer = scorers.get(bundle.id)
        if scorer is None:
            scorer = scorers[bundle.id] = Scorer(bundle, threads=threads)
        answers = session.answers_for(item)
        keys = [a.key for a in answers]
        texts = [a.text for a in answers]
        for batch in scorer.iter_batches(texts, batch_size=batch_size, cancel=cancel):
            session.set_predictions(keys[batch.start:batch.start + len(batch.probabilities)], batch.probabilities)
            done += len(batch.probabilities)
            yield Progress(done, total, item)


def score_all(session: GradingSession, bundles: dict[str, Bundle | None], **kw) -> GradingSession:
    for _ in score_session(session, bundles, **kw):
        pass
    return session


def empty_probabilities(k: int) -> np.ndarray:
    return np.zeros((0, k), dtype=np.float32)


def fill_default_item(mapping, library) -> bool:
    """A long sheet with no question column: if the answer column's header names an installed
    model (``asap-sas-1``), every answer belongs to that question. Returns True if it did."""
    from .sheet import LONG

    if mapping.layout != LONG or mapping.item_column or mapping.default_item or not mapping.answer_column:
        return False
    if library is not None and find_bundle_for(mapping.answer_column, library) is not None:
        mapping.default_item = mapping.answer_column
        return True
    return False
