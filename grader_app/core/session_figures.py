"""The figures a grading session gives (a part of :class:`~.session.GradingSession`): how many answers have each
status, the expected accuracy of the answers the models take alone, the sentence at the top of the results, each
question's final scores and how often the model agreed with the teacher. Pure Python, no Qt; reads the session only."""
from __future__ import annotations

from collections import Counter
from typing import Callable, Mapping

from . import review
from .metrics import accuracy, quadratic_weighted_kappa
from .session_records import Decision, ItemInfo


class SessionFigures:
    """Mixed into GradingSession, which provides what these read."""

    answers: list
    items: dict[str, ItemInfo]
    decisions: Mapping[int, Decision]
    _by_item: dict[str, list[int]]
    item_keys: Callable[[], list[str]]
    status: Callable[[int], str]
    threshold: Callable[[str], float]
    final_score: Callable[[int], object]
    model_score: Callable[[int], object]

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
                                     unscored=c[review.UNSCORED], decided=sum(c[t] for t in review.TEACHERS))

    def score_distribution(self, item: str) -> dict:
        """Final scores of one question: score -> count (None for answers still open)."""
        dist: Counter = Counter(self.final_score(k) for k in self._by_item[item])
        labels = list(self.items[item].labels) or sorted((v for v in dist if v is not None), key=float)
        if self.items[item].own_scale and any(v is not None and v not in labels for v in dist):   # a 7 beside 0, 4.5, 10
            labels = sorted(set(labels) | {v for v in dist if v is not None}, key=float)
        out = {lab: dist.get(lab, 0) for lab in labels}
        if dist.get(None):
            out[None] = dist[None]
        return out

    def agreement(self, item: str | None = None) -> dict:
        """How often the model's score matched the teacher's on the answers the teacher decided that a model had
        scored before them (:meth:`model_score`; "changed": the OVERRIDDEN ones); "decided": every answer the teacher
        decided, a model's score before her or not (a question no model scores has ``n`` 0 and as many as she
        scored). Over all questions (``item`` None)
        the kappa is given only where the decided answers are of one question: pooled over several it would count each
        question's own level of scores as agreement (a question marked low and one marked high agree "well" even where
        the model swapped every score within each), so it is None there and each question's own says it."""
        keys = [k for k in self.decisions if (item is None or self.answers[k].item == item)
                and self.model_score(k) is not None]
        model = [self.model_score(k) for k in keys]
        teacher = [self.decisions[k].score for k in keys]
        labels = list(self.items[item].labels) if item else None
        if labels is not None and any(v not in labels for v in teacher):   # a 7 on the scale of a model of 0, 4.5, 10
            labels = sorted(set(labels) | set(teacher), key=float)
        return {
            "decided": sum(1 for k in self.decisions if item is None or self.answers[k].item == item),
            "n": len(keys),
            "exact": accuracy(model, teacher) if keys else None,
            "qwk": (quadratic_weighted_kappa(teacher, model, labels)
                    if len(keys) >= 2 and len({self.answers[k].item for k in keys}) == 1 else None),
            "changed": sum(1 for m, t in zip(model, teacher) if m != t),
        }

