"""The flags that come with the model's row rather than with the text alone, set anew whenever the row (or the
threshold it is weighed against) changes: INVALID_OUTPUT (a row that is not a probability distribution), TERM_LIST (a
bare list of terms given credit, :mod:`.term_list`) and DENIES (an answer that denies or negates, given credit with a
confidence the threshold takes, :mod:`.denial`)."""
from __future__ import annotations

from typing import Protocol, Sequence

from .flags import DENIES, INVALID_OUTPUT, TERM_LIST
from .review import TAKES_NOTHING
from .term_list import is_term_list

MODEL_FLAGS = frozenset({INVALID_OUTPUT, TERM_LIST, DENIES})


class Scored(Protocol):
    """What :func:`with_model_flags` reads of the model's row (``core.session.Prediction``)."""

    @property
    def valid(self) -> bool: ...
    @property
    def score(self) -> object: ...
    @property
    def labels(self) -> tuple: ...
    @property
    def confidence(self) -> float: ...
    @property
    def likeliest(self) -> "Scored": ...


def text_flags(flags: Sequence[str]) -> list[str]:
    """``flags`` without those that come with the model's row (:data:`MODEL_FLAGS`): the flags of the text."""
    return [f for f in flags if f not in MODEL_FLAGS]


def with_model_flags(flags: Sequence[str], text: str, lists_ok: bool, pred: Scored | None, *, denies: bool = False,
                     threshold: float = TAKES_NOTHING, term_list: bool | None = None) -> list[str]:
    """``flags`` with the flags that come with the model's row set from ``pred`` (None: no row): INVALID_OUTPUT for a
    row that is not a probability distribution; for one that gives the answer credit (a score above the lowest),
    TERM_LIST for a bare list of terms where a list is not an answer (``lists_ok``: :func:`.term_list.lists_answer` of
    its question; ``term_list``: :func:`.term_list.is_term_list` of ``text`` if already read, else it is read here
    where it matters), and DENIES for an answer that denies or negates (``denies``: :func:`.denial.denies` of its text,
    in its class's language) when its confidence reaches ``threshold``, its question's: the model would accept it."""
    out = text_flags(flags)
    if pred is None:
        return out
    if not pred.valid:
        out.append(INVALID_OUTPUT)
        return out
    if not lists_ok and _credit(pred) and (is_term_list(text) if term_list is None else term_list):
        out.append(TERM_LIST)
    if (denies and pred.score != min(pred.labels) and threshold < TAKES_NOTHING
            and pred.confidence >= threshold):   # the rule's score and its confidence: what the model takes alone
        out.append(DENIES)
    return out


def _credit(pred: Scored) -> bool:
    """Does the model give the answer credit: its decision rule's score (which stands when it takes the answer alone),
    or its likeliest score (the one it suggests when the teacher decides), above the lowest?"""
    lowest = min(pred.labels)
    return pred.score != lowest or pred.likeliest.score != lowest
