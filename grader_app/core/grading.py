"""Scoring a whole session: match questions to bundles, then score them batch by batch.

``score_session`` is a generator so any caller (the CLI, a Qt worker) can show progress and stop
between batches. It only reads the session (answers and their questions) and yields each batch's
answer keys and probabilities; it never writes into the session and never touches a widget. The
caller applies each batch with ``session.set_predictions(batch.keys, batch.probabilities)`` on the
thread that owns the session (the CLI in the same loop; the app on the GUI thread), as
``score_all`` does.

Where the rows come from is a *source* per question: any object with ``iter_batches(texts,
batch_size=, cancel=)`` yielding ``scoring.model.BatchResult``s. By default that is the question's
bundle's :class:`Scorer`; another kind of model (say one learned from the teacher's decisions) can
be passed in ``sources`` for its questions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Protocol, Sequence

import numpy as np

from ..bundles.archive import Bundle
from ..scoring.model import DEFAULT_BATCH, CancelToken, Scorer
from .session import Change, GradingSession, ItemInfo


class PredictionSource(Protocol):
    """Anything that turns answer texts into probability rows batch by batch (a Scorer is one)."""

    def iter_batches(self, texts: Sequence[str], batch_size: int = ..., cancel: CancelToken | None = ...): ...


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
class Batch:
    """One scored batch: ``probabilities[i]`` is the row of answer ``keys[i]`` (of question ``item``);
    ``done`` of ``total`` answers are scored so far. The first batch is empty (it gives the total)."""

    done: int
    total: int
    item: str
    keys: list[int] = field(default_factory=list)
    probabilities: np.ndarray | None = None

    def apply(self, session: GradingSession) -> Change:
        """Store this batch's rows in the session (on the thread that owns it)."""
        if not self.keys:
            return Change()
        return session.set_predictions(self.keys, self.probabilities)


def score_session(session: GradingSession, bundles: dict[str, Bundle | None], threads: int = 1,
                  batch_size: int = DEFAULT_BATCH, cancel: CancelToken | None = None,
                  scorers: dict[str, Scorer] | None = None,
                  sources: dict[str, PredictionSource] | None = None) -> Iterator[Batch]:
    """Score every answer whose question has a bundle (or a source); yield each batch's rows.

    Nothing is written into ``session``: apply each batch (``batch.apply(session)``). ``scorers``
    (bundle id -> Scorer) is filled as bundles are loaded, so a caller may keep them for the next
    run; ``sources`` (question -> PredictionSource) scores those questions instead of their
    bundles (the question's ItemInfo must name the labels its rows stand for). Raises
    ``Cancelled`` between batches when ``cancel`` is set; the batches yielded before keep their
    rows once applied.
    """
    scorers = {} if scorers is None else scorers
    sources = sources or {}
    todo = [(item, b) for item, b in bundles.items() if b is not None or item in sources]
    total = sum(len(session.keys_for(item)) for item, _ in todo)
    done = 0
    yield Batch(0, total, "")
    for item, bundle in todo:
        source = sources.get(item)
        if source is None:
            source = scorers.get(bundle.id)
            if source is None:
                source = scorers[bundle.id] = Scorer(bundle, threads=threads)
        answers = session.answers_for(item)
        keys = [a.key for a in answers]
        texts = [a.text for a in answers]
        for batch in source.iter_batches(texts, batch_size=batch_size, cancel=cancel):
            n = len(batch.probabilities)
            done += n
            yield Batch(done, total, item, keys[batch.start:batch.start + n], batch.probabilities)


def score_all(session: GradingSession, bundles: dict[str, Bundle | None], **kw) -> GradingSession:
    """Score and apply every batch in one loop (the CLI and tests: no other thread involved)."""
    for batch in score_session(session, bundles, **kw):
        batch.apply(session)
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
