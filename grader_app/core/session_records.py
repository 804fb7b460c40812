"""The records a grading session (:mod:`.session`) is made of and hands out: what it knows of a question
(:class:`ItemInfo`), a teacher's decision (:class:`Decision`), and what a mutator changed (:class:`Change`).

Pure Python, no Qt; frozen dataclasses, so a view may keep one without it changing under it. Import them from
:mod:`.session`, as every caller does.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Callable, Mapping, Sequence

from ..bundles import kept_marks
from ..bundles.learned import is_learned
from ..bundles.manifest import rows_digest
from . import review
from .decision import check_cutpoints
from .scale import Scale, learned_scale
from .scored_before import fingerprint

LEARNED = "learned:"   # the bundle id prefix of a question scored by a model learned from the teacher's marks (learn)
UNSEALED = 1.0 + 1e-9   # the threshold of a model whose manifest has no digest of its own: it takes nothing
NOT_YET = 1.0 + 1e-9      # the threshold of a learned model whose guarantee does not hold yet: it takes nothing


def _qualified(manifest) -> bool:
    """Whether a learned model's out-of-fold check qualified a threshold (a review that does not say: as before, yes)."""
    said = manifest.get("review")
    return not isinstance(said, Mapping) or bool(said.get("qualified", True))


@dataclass(frozen=True)
class ItemInfo:
    """What the session knows of one question: the bundle that scores it (if any) and its policy.

    ``cutpoints`` is the bundle's decision rule (``grader_app.core.decision``): None for the arg-max
    (a model learned from the teacher's marks always), else the K − 1 cutpoints of the expected-score
    rule, checked against the labels here."""

    item: str
    bundle_id: str | None = None
    title: str = ""
    prompt: str = ""
    rubric: dict = field(default_factory=dict)
    labels: tuple = ()
    default_threshold: float = 0.9
    risk: tuple[review.RiskPoint, ...] = ()
    # a model learned from the teacher's marks that cannot vouch for any answer yet (:attr:`takes_nothing_yet`): the
    # risk-coverage table of its out-of-fold check on those marks, shown on the threshold panel's plot and nowhere else
    # (no answer is taken, nor any figure estimated, from it: ``risk`` stays empty); () for any other model
    check: tuple[review.RiskPoint, ...] = ()
    # a model of the library learned from a teacher's marks (its manifest says so: ``bundles.learned.is_learned``)
    from_marks: bool = False
    cutpoints: tuple[float, ...] | None = None
    unsealed: bool = False   # its bundle's manifest carries no digest of itself (``Bundle.sealed``)
    fingerprint: str = ""    # which version of its bundle (:func:`.scored_before.fingerprint`; "": no bundle)
    # which exact model gives its rows: its bundle's model file, normalisation, calibration and labels
    # (``bundles.manifest.rows_digest``; "" where none is known). A project keeps it with the model's rows, which another
    # model under the same id does not get back (io.project_predictions)
    model: str = ""
    # a model learned from a teacher's marked sheet: the scale of those marks (0-10 in half points, where the marks
    # were 0, 4.5 and 10), on which the teacher marks this question (:attr:`own_scale`); None for any other
    scale: Scale | None = None
    # the id of the teacher's own model (learned from their marks, with those marks kept beside it) whose marks the
    # marks given here add to: the question goes on teaching it (``learn.continuing``), on that model's scale (``scale``,
    # kept when a model learned in the session takes its place); "" for any other question
    continues: str = ""

    def __post_init__(self) -> None:
        if self.cutpoints is not None:   # ValueError (one sentence) unless K - 1 finite, increasing numbers
            object.__setattr__(self, "cutpoints", check_cutpoints(self.cutpoints, len(self.labels)))

    @classmethod
    def from_bundle(cls, item: str, bundle) -> "ItemInfo":
        """A bundle whose manifest has no digest of itself takes no answer on its own, at any threshold, and its risk
        table is not shown: nothing tells whether its threshold, calibration or table were edited (a digest that was
        deleted reads like a bundle of an older Grader: docs/bundle-format.md)."""
        m = bundle.manifest
        model, scale = rows_digest(m), learned_scale(m)
        continues = bundle.id if is_learned(m) and kept_marks.named(m) else ""
        if not bundle.sealed:
            return cls(item=item, bundle_id=bundle.id, title=bundle.title, prompt=bundle.prompt, rubric=bundle.rubric,
                       labels=tuple(bundle.labels), default_threshold=UNSEALED, cutpoints=bundle.cutpoints,
                       unsealed=True, fingerprint=fingerprint(bundle), model=model, scale=scale)
        table, learned = tuple(review.risk_table(m.get("review", {}))), is_learned(m)
        if learned and not _qualified(m):   # it takes nothing: its check is shown, and no threshold takes an answer
            return cls(item=item, bundle_id=bundle.id, title=bundle.title, prompt=bundle.prompt, rubric=bundle.rubric,
                       labels=tuple(bundle.labels), default_threshold=NOT_YET, check=review.shown_check(table),
                       from_marks=True, cutpoints=bundle.cutpoints, fingerprint=fingerprint(bundle), model=model,
                       scale=scale, continues=continues)
        return cls(item=item, bundle_id=bundle.id, title=bundle.title, prompt=bundle.prompt,
                   rubric=bundle.rubric, labels=tuple(bundle.labels), default_threshold=bundle.threshold,
                   risk=table, cutpoints=bundle.cutpoints, from_marks=learned,
                   fingerprint=fingerprint(bundle), model=model, scale=scale, continues=continues)

    @property
    def learned(self) -> bool:
        """Scored by a model learned in the session from the teacher's marks on it (``learn.in_session``)."""
        return (self.bundle_id or "").startswith(LEARNED)

    @property
    def marked_on_teachers_scale(self) -> bool:
        """No model gives the scale (no bundle and no labels, or a model learned in the session from the teacher's
        marks): the teacher marks on a scale of their own: what they set it to be out of, else the sheet's points, else
        Grader's guess, 0-3, widened with the marks given (``grader_app.io.lms_points.question_scale`` says what a score
        is out of). Never so for a question that goes on teaching the teacher's own model (:attr:`continues`): it is
        marked on that model's scale (:attr:`own_scale`), learned in the session or not."""
        return not self.continues and ((not self.bundle_id and not self.labels) or self.learned)

    @property
    def learns_from_marks(self) -> bool:
        """A model learns from the teacher's marks on this question in the session: it has no model of its own
        (:attr:`marked_on_teachers_scale`), or its model is the teacher's own, whose marks these add to
        (:attr:`continues`)."""
        return self.marked_on_teachers_scale or bool(self.continues)

    @property
    def own_scale(self) -> bool:
        """No shipped model's labels limit its scores: the teacher marks it on a scale of their own
        (:attr:`marked_on_teachers_scale`), or on the scale of the marked sheet its model learned from (``scale``):
        what the question is out of (``grader_app.core.scale``), not only the marks that model saw."""
        return self.marked_on_teachers_scale or self.scale is not None

    @property
    def takes_nothing_yet(self) -> bool:
        """A model learned from the teacher's marks whose out-of-fold guarantee does not hold yet (its threshold is
        above 1, :data:`NOT_YET`): it takes no answer on its own, whatever threshold is asked for, and
        its scores are suggestions (as ``grader score`` marks every answer of a model that does not qualify). One learned
        in the session; for one saved in the library too, :attr:`held_from_marks`."""
        return self.learned and self.default_threshold > 1.0

    @property
    def held_from_marks(self) -> bool:
        """A model learned from the teacher's marks, in the session (:attr:`takes_nothing_yet`) or saved in the library
        (:attr:`from_marks`), that takes no answer on its own (its threshold :data:`NOT_YET`): it did not qualify, or it
        is held back on the sheet it learned from (``learn.own_marks``). No threshold the teacher sets changes that."""
        return (self.learned or self.from_marks) and self.default_threshold > 1.0

    @property
    def takes_no_threshold(self) -> bool:
        """No threshold the teacher sets lets this question's model take an answer on its own: a learned model without
        its guarantee yet, in the session or saved (:attr:`held_from_marks`), or a model whose manifest is not sealed
        (:attr:`unsealed`)."""
        return self.held_from_marks or self.unsealed


@dataclass(frozen=True)
class Decision:
    score: object            # the final score the teacher chose
    comment: str = ""
    at: str = ""             # ISO 8601 UTC time stamp
    origin: str = ""         # why the answer was marked (core.origins: a suggestion's, "own"; "": not known)
    first: object = None     # the score its time stamp was first given with (None: ``score``): see :meth:`again`

    def __post_init__(self) -> None:
        if self.first is None:   # a decision made now, or one whose first score is not known: its own
            object.__setattr__(self, "first", self.score)

    @classmethod
    def now(cls, score, comment: str = "", origin: str = "") -> "Decision":
        """A decision made now. Its time stamp has microseconds: the answers of a group decided at once share one
        (``GroupDecideCommand``), and two groups given the same score within one second must not look like one
        (a question's learner keeps each group in one fold by its score and time stamp: ``learn.in_session``)."""
        return cls(score=score, comment=comment or "", at=datetime.now(timezone.utc).isoformat(timespec="microseconds"),
                   origin=origin)

    @classmethod
    def again(cls, old: "Decision | None", score, comment: str = "", origin: str = "") -> "Decision":
        """A decision made now for an answer whose decision is ``old`` (None: it has none). A first one is stamped now
        (:meth:`now`); one made again (another score, a comment) keeps ``old``'s time stamp: the mark's place in the
        order the marks were given, by which a question's learned model keeps each mark in its checking fold
        (``learn.folds.arrival_fold_ids``). Stamped anew, the mark went to the end of that order and the folds of every
        mark given after it were drawn again: a comment, or a mark changed and changed back, changed what the model
        takes though the marks were the same. (A group's score given at once takes one new stamp: ``GroupDecideCommand``.)
        It keeps ``old``'s ``first`` score too, the score that stamp was first given with: the fold is chosen by it (the
        folds are stratified by score), so a mark corrected later moves neither itself nor any mark after it to another
        fold. The project file keeps it in its decision log (the first row of the stamp: ``io.project_records``)."""
        made = cls.now(score, comment, origin)
        return made if old is None or not old.at else replace(made, at=old.at, first=old.first)


Listener = Callable[[int, "Decision | None"], None]
CommentListener = Callable[[int, str], None]   # (answer key, the comment waiting for its score, "" when gone)
ManyListener = Callable[[Sequence[tuple[int, "Decision | None"]]], None]   # [(answer key, its decision or None)]


@dataclass(frozen=True)
class Heard:
    """A decision listener (:data:`Listener`: ``one(key, decision)``) that hears the decisions of one step together
    as well: :meth:`GradingSession.restore_many <grader_app.core.session.GradingSession.restore_many>` calls ``many``
    once with them all (a group's score: one write to the project file, one repaint of the table), where a plain
    listener is called once per answer. Put in the session's ``listeners``, and taken out, as any listener."""

    one: Listener
    many: ManyListener

    def __call__(self, key: int, decision: "Decision | None") -> None:
        self.one(key, decision)


@dataclass(frozen=True)
class Change:
    """What a mutator of the session changed: ``keys``, answers whose prediction, decision or flags
    changed; ``items``, questions every answer of which may have changed (a threshold, a model)."""

    keys: frozenset[int] = frozenset()
    items: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.keys or self.items)

    def __or__(self, other: "Change") -> "Change":
        if not other:
            return self
        if not self:
            return other
        return Change(self.keys | other.keys, self.items | other.items)


NO_CHANGE = Change()
