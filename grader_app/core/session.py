"""The grading session: answers, the model's predictions, flags and the teacher's decisions.

Pure Python, no Qt. The app's table model, the review screen, the project store and the writers
are all views over one :class:`GradingSession`. Every change of a decision is announced to the
session's listeners (the project store writes it to disk at once).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable, Sequence

import numpy as np

from ..scoring.outputs import is_probability_row
from . import review
from .flags import INVALID_OUTPUT, flags_for_group
from .metrics import accuracy, quadratic_weighted_kappa
from .sheet import Answer, ColumnMapping, Sheet, answers_from_sheet


@dataclass(frozen=True)
class ItemInfo:
    """What the session knows of one question: the bundle that scores it (if any) and its policy."""

    item: str
    bundle_id: str | None = None
    title: str = ""
    prompt: str = ""
    rubric: dict = field(default_factory=dict)
    labels: tuple = ()
    default_threshold: float = 0.9
    risk: tuple[review.RiskPoint, ...] = ()

    @classmethod
    def from_bundle(cls, item: str, bundle) -> "ItemInfo":
        m = bundle.manifest
        return cls(item=item, bundle_id=bundle.id, title=bundle.title, prompt=bundle.prompt,
                   rubric=bundle.rubric, labels=tuple(bundle.labels), default_threshold=bundle.threshold,
                   risk=tuple(review.risk_table(m.get("review", {}))))


@dataclass(frozen=True)
class Prediction:
    """The model's row for one answer. A row that is not a probability distribution (NaN, infinite,
    negative, above 1, not adding up to 1) is not ``valid``: it is kept as all zeros (so no NaN
    reaches a table, a project file or an export), its confidence is 0.0 and the answer needs
    review whatever the threshold."""

    probabilities: tuple[float, ...]
    labels: tuple
    # the index of the first maximum (as np.argmax), worked out once: tables ask for it per cell
    _index: int = field(init=False, repr=False, compare=False, default=0)
    _valid: bool = field(init=False, repr=False, compare=False, default=True)

    def __post_init__(self) -> None:
        p = self.probabilities
        valid = is_probability_row(p)
        object.__setattr__(self, "_valid", valid)
        if not valid:
            object.__setattr__(self, "probabilities", (0.0,) * len(p))
        object.__setattr__(self, "_index", max(range(len(p)), key=p.__getitem__) if valid else 0)

    @property
    def index(self) -> int:
        return self._index

    @property
    def valid(self) -> bool:
        return self._valid

    @property
    def score(self):
        return self.labels[self._index]

    @property
    def confidence(self) -> float:
        return float(self.probabilities[self._index]) if self._valid else 0.0


@dataclass(frozen=True)
class Decision:
    score: object            # the final score the teacher chose
    comment: str = ""
    at: str = ""             # ISO 8601 UTC time stamp

    @classmethod
    def now(cls, score, comment: str = "") -> "Decision":
        return cls(score=score, comment=comment or "", at=datetime.now(timezone.utc).isoformat(timespec="seconds"))


Listener = Callable[[int, "Decision | None"], None]


class GradingSession:
    def __init__(self, sheet: Sheet, mapping: ColumnMapping, items: dict[str, ItemInfo] | None = None) -> None:
        self.sheet = sheet
        self.mapping = mapping
        self.answers: list[Answer] = answers_from_sheet(sheet, mapping)
        self.items: dict[str, ItemInfo] = {}
        for a in self.answers:
            self.items.setdefault(a.item, (items or {}).get(a.item) or ItemInfo(item=a.item))
        self.predictions: dict[int, Prediction] = {}
        self.decisions: dict[int, Decision] = {}
        self.thresholds: dict[str, float] = {}
        self.flags: dict[int, list[str]] = {}
        self.listeners: list[Listener] = []
        self._by_item: dict[str, list[int]] = defaultdict(list)
        for a in self.answers:
            self._by_item[a.item].append(a.key)
        self.compute_flags()

    # ----- questions and models -------------------------------------------------------------
    def item_keys(self) -> list[str]:
        return list(self._by_item)

    def answers_for(self, item: str) -> list[Answer]:
        return [self.answers[k] for k in self._by_item.get(item, [])]

    def set_item_info(self, info: ItemInfo) -> None:
        old = self.items.get(info.item)
        self.items[info.item] = info
        for k in self._by_item.get(info.item, []):
            self.predictions.pop(k, None)
            self._mark_output(k, True)
        if old is None or old.prompt != info.prompt:  # flags depend only on the texts and the prompt
            self.compute_flags([info.item])

    def compute_flags(self, items: Iterable[str] | None = None) -> None:
        for item in (items if items is not None else self._by_item):
            keys = self._by_item[item]
            texts = [self.answers[k].text for k in keys]
            for k, f in zip(keys, flags_for_group(texts, self.items[item].prompt)):
                self.flags[k] = f
                pred = self.predictions.get(k)
                if pred is not None and not pred.valid:
                    self._mark_output(k, False)

    def set_predictions(self, keys: Sequence[int], probabilities: np.ndarray) -> None:
        """Store the model's rows; a row that is not a probability distribution gets INVALID_OUTPUT."""
        for k, p in zip(keys, probabilities):
            labels = self.items[self.answers[k].item].labels
            pred = self.predictions[k] = Prediction(tuple(float(x) for x in p), labels)
            self._mark_output(k, pred.valid)

    def _mark_output(self, key: int, valid: bool) -> None:
        f = self.flags.get(key, [])
        if not valid and INVALID_OUTPUT not in f:
            self.flags[key] = [*f, INVALID_OUTPUT]
        elif valid and INVALID_OUTPUT in f:
            self.flags[key] = [x for x in f if x != INVALID_OUTPUT]

    # ----- thresholds and status ----------------------------------------------------------
    def threshold(self, item: str) -> float:
        return self.thresholds.get(item, self.items[item].default_threshold)

    def set_threshold(self, value: float, item: str | None = None) -> None:
        value = min(1.0, max(0.0, float(value)))
        for it in ([item] if item else self.item_keys()):
            self.thresholds[it] = value

    def status(self, key: int) -> str:
        a = self.answers[key]
        pred = self.predictions.get(key)
        dec = self.decisions.get(key)
        return review.status_for(
            scored=pred is not None, confidence=pred.confidence if pred else None, flags=self.flags.get(key, []),
            threshold=self.threshold(a.item), decided_score=dec.score if dec else None,
            model_score=pred.score if pred else None, valid=pred.valid if pred else True)

    def final_score(self, key: int):
        dec = self.decisions.get(key)
        if dec is not None:
            return dec.score
        pred = self.predictions.get(key)
        if pred is not None and self.status(key) == review.AUTO:
            return pred.score
        return None

    def needs_teacher(self, key: int) -> bool:
        return self.status(key) in (review.NEEDS_REVIEW, review.UNSCORED)

    def review_queue(self) -> list[int]:
        """Answers the teacher must see, in sheet order."""
        return [a.key for a in self.answers if self.needs_teacher(a.key)]

    # ----- decisions ----------------------------------------------------------------------
    def decide(self, key: int, score, comment: str | None = None) -> Decision:
        """Record the teacher's final score (keeping an earlier comment unless a new one is given)."""
        item = self.items[self.answers[key].item]
        if item.labels and score not in item.labels:
            allowed = ", ".join(_fmt(v) for v in item.labels)
            raise ValueError(f"{_fmt(score)} is not a score for this question; use one of {allowed}")
        old = self.decisions.get(key)
        if comment is None:
            comment = old.comment if old else ""
        dec = Decision.now(score, comment)
        self.restore(key, dec)
        return dec

    def accept(self, key: int) -> Decision:
        pred = self.predictions.get(key)
        if pred is None:
            raise ValueError("this answer has no model score to accept; type the score instead")
        if not pred.valid:
            raise ValueError("the model gave no usable score for this answer; type the score instead")
        return self.decide(key, pred.score)

    def restore(self, key: int, decision: Decision | None) -> None:
        """Set (or with None, clear) a decision exactly as given; used by undo and by the store.

        Every listener is called even if one fails (say the project file cannot be written); the
        first failure is raised after all of them have run, so the caller can tell the teacher.
        """
        if decision is None:
            self.decisions.pop(key, None)
        else:
            self.decisions[key] = decision
        failure: Exception | None = None
        for fn in list(self.listeners):
            try:
                fn(key, decision)
            except Exception as exc:
                failure = failure or exc
        if failure is not None:
            raise failure

    def identical_to(self, key: int) -> list[int]:
        """Other answers to the same question with the same normalised text (non-blank)."""
        from ..scoring.normalise import normalise

        a = self.answers[key]
        target = normalise(a.text)
        if not target:
            return []
        return [k for k in self._by_item[a.item] if k != key and normalise(self.answers[k].text) == target]

    # ----- figures ------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        c = Counter(self.status(a.key) for a in self.answers)
        return {s: c.get(s, 0) for s in review.STATUSES}

    def expected_accuracy(self) -> float | None:
        """Lower bound on the accuracy of the auto-accepted answers, weighted over questions."""
        num = den = 0.0
        for item in self.item_keys():
            n_auto = sum(1 for k in self._by_item[item] if self.status(k) == review.AUTO)
            if not n_auto:
                continue
            acc = review.expected_accuracy(list(self.items[item].risk), self.threshold(item))
            if acc is None:
                return None
            num += n_auto * acc
            den += n_auto
        return num / den if den else None

    def sentence(self) -> str:
        c = self.counts()
        return review.plain_sentence(c[review.NEEDS_REVIEW], c[review.AUTO], self.expected_accuracy(),
                                     unscored=c[review.UNSCORED])

    def score_distribution(self, item: str) -> dict:
        """Final scores of one question: score -> count (None for answers still open)."""
        dist: Counter = Counter(self.final_score(k) for k in self._by_item[item])
        labels = list(self.items[item].labels) or sorted((v for v in dist if v is not None), key=float)
        out = {lab: dist.get(lab, 0) for lab in labels}
        if dist.get(None):
            out[None] = dist[None]
        return out

    def agreement(self, item: str | None = None) -> dict:
        """How often the model's score matched the teacher's on the answers the teacher decided."""
        keys = [k for k in self.decisions if k in self.predictions and (item is None or self.answers[k].item == item)]
        model = [self.predictions[k].score for k in keys]
        teacher = [self.decisions[k].score for k in keys]
        labels = list(self.items[item].labels) if item else None
        return {
            "n": len(keys),
            "exact": accuracy(model, teacher) if keys else None,
            "qwk": quadratic_weighted_kappa(teacher, model, labels) if len(keys) >= 2 else None,
            "changed": sum(1 for m, t in zip(model, teacher) if m != t),
        }


def _fmt(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
