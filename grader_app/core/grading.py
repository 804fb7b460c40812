"""What scoring a session needs from core: questions matched to bundles, and the scored batch.

The loop that runs the models is :func:`grader_app.workflow.score`: it only reads the session and
yields :class:`Batch`es, which the session's owner applies (``batch.apply(session)``). Where the rows
come from is a *source* per question (:class:`PredictionSource`): by default the question's bundle's
``scoring.model.Scorer``; another kind of model (say one learned from the teacher's decisions) can
be passed in for its questions. core itself never loads onnxruntime.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, Sequence

import numpy as np

from ..bundles.archive import Bundle
from .header_points import without_points
from .prediction import Prediction, prediction_row
from .question_match import EXACT, MORE, asks
from .session import Change, GradingSession, ItemInfo

if TYPE_CHECKING:
    from ..scoring.model import CancelToken


class PredictionSource(Protocol):
    """Anything that turns answer texts into probability rows batch by batch (a Scorer is one)."""

    def iter_batches(self, texts: Sequence[str], batch_size: int = ..., cancel: CancelToken | None = ...): ...


def normalise_item_id(item: str) -> str:
    return str(item).strip().lower()


def match_bundles(session: GradingSession, library, forced: Bundle | None = None,
                  chosen: dict[str, str] | None = None) -> dict[str, Bundle | None]:
    """Question -> bundle: a forced bundle for all, the teacher's choice, or the library id match.

    A sheet's item matches a bundle by its id (``asap-sas-1``) or its title, either of them perhaps followed by
    the question's points (``asap-sas-1 (2 points)``); see :func:`find_bundle_for`.
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
    """The installed bundle whose id or title ``item`` is, with or without the question's points after it
    ("asap-sas-5", "ASAP-SAS-5 (2 marks)", "asap-sas-5 – 2 Punkte", "Science: cell membrane [3 pts]"); else the one
    whose question (its prompt) ``item`` is word for word (:func:`~.question_match.asks`: "Q3. List and describe three
    processes …"), the whole question alone before the whole question followed by more (said where it is proposed:
    :func:`goes_on`). Where several models were made for the question, the first listed (the shipped ones come first)."""
    key = normalise_item_id(item)
    if not key:
        return None
    bare = normalise_item_id(without_points(key))
    keys = (key,) if bare == key else (key, bare)   # the whole header first: a title may hold "(2 points)" itself
    bundles = list(library.bundles.values())
    for k in keys:
        b = library.get(k)
        if b is not None:
            return b
        for b in bundles:
            if normalise_item_id(b.title) == k:
                return b
    # A bare position ("Q1", "Question 2", an LMS quiz's "Response 1") names a place in the teacher's own
    # quiz, not a shipped model's question: guessing from the number put a history quiz's Q1 under the
    # vinegar model. Only an id, a title or the model's whole question matches, its points aside ("Q1 (2 points)" is
    # still a position); the columns dialog lets the teacher pick any model.
    said = [(b, asks(item, getattr(b, "prompt", ""))) for b in bundles]
    return next((b for how in (EXACT, MORE) for b, it in said if it == how), None)


def goes_on(item: str, bundle: Bundle) -> bool:
    """Whether ``bundle`` is the model of ``item`` only because ``item`` holds its whole question followed by more
    text (:data:`~.question_match.MORE`), which the teacher is told: that text may ask for more than the model's
    question does."""
    if normalise_item_id(without_points(item)) in {normalise_item_id(bundle.id), normalise_item_id(bundle.title)}:
        return False
    return asks(item, bundle.prompt) == MORE


def made_for(item: str, bundle: Bundle, question: str = "") -> bool:
    """Whether the sheet's question ``item`` is the one ``bundle`` was made for: its id, its title or its item's id,
    with or without the question's points after it and whatever the case and spacing, or its prompt or ``question`` (a
    learned model's question) word for word as :func:`find_bundle_for` takes a prompt (:func:`~.question_match.asks`)."""
    def tidy(s) -> str:
        return " ".join(str(s or "").split()).lower()

    item_part = bundle.manifest.get("item")
    item_id = item_part.get("id") if isinstance(item_part, dict) else None
    names = {tidy(n) for n in (bundle.id, bundle.title, item_id)} - {""}
    if tidy(item) in names or tidy(without_points(tidy(item))) in names:
        return True
    return any(asks(item, text) is not None for text in (bundle.prompt, question))


@dataclass
class Batch:
    """One scored batch: ``probabilities[i]`` is the row of answer ``keys[i]`` (of question ``item``);
    ``done`` of ``total`` answers are scored so far. The first batch is empty (it gives the total)."""

    done: int
    total: int
    item: str
    keys: list[int] = field(default_factory=list)
    probabilities: np.ndarray | None = None
    denials: dict[int, tuple[str, bool]] | None = None   # GradingSession.denials_of, worked out where it was scored
    term_lists: dict[int, bool] | None = None             # GradingSession.term_lists_of, the same
    rows: list[Prediction] | None = None                  # :func:`batch_rows`, made where it was scored

    def apply(self, session: GradingSession) -> Change:
        """Store this batch's rows in the session (on the thread that owns it): its :attr:`rows` where they were made
        under the question's labels and rule as they are now, else made there from :attr:`probabilities`."""
        if not self.keys or self.probabilities is None:
            return Change()
        return session.set_predictions(self.keys, self.probabilities, self.denials, self.term_lists, self.rows)


def batch_rows(info: ItemInfo, probabilities) -> list[Prediction] | None:
    """A scored batch's rows (a :class:`~.prediction.Prediction` per answer) under its question's labels and decision
    rule as ``info`` holds them: made by the scoring worker, so the thread that owns the session (the GUI thread in the
    app) stores them as they are. None where a row cannot be made so (a rule for another number of scores): the
    session then makes them itself, as it would have."""
    try:
        return [prediction_row(p, info.labels, info.cutpoints) for p in probabilities]
    except ValueError:
        return None


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
