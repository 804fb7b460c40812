"""What a question's scores are out of: its scale (:class:`Scale`), "out of 10, in half points".

Pure Python, no Qt. Every question has one, and one answer to where it comes from (its ``source``), in this order
(:func:`grader_app.io.lms_points.question_scale` works it out for a session):

* ``MODEL``: a shipped model's own labels (0-3); the teacher cannot change them, the model scores on them.
* ``TEACHER``: what the teacher set for a question no shipped model scores (the columns dialog's "Out of", or the
  review's "Set…" beside the score buttons); kept in the project file (meta ``scales``).
* ``SHEET``: the points the sheet gives the question ("Ice floats (10 marks)", an "Out of" or "Points possible"
  column: :func:`grader_app.io.lms_points.source_points`).
* ``LEARNED``: a model learned from a marked sheet (``grader learn``, File ▸ Make models from a marked sheet…) keeps
  the scale of the marks it learned from: 0 to the highest mark, in the step those marks use (whole or half points),
  not only the marks that happened to be given (0, 4.5 and 10 make 0-10 in half points). Its manifest's ``scale``.
* ``GUESS``: nothing says: 0-3 (:data:`DEFAULT_TOP`), widened to the highest mark given. Said as a guess wherever the
  scale is shown, never silent; never narrowed by Grader, but where the teacher's marks, many of them, all stop short
  of its top, the review says so and Change… suggests their highest (:meth:`Scale.short_of`).

A score is on a scale when it is one of a model's labels, or a number from 0 to ``top`` in its step (``half``: 0.5).
A guess takes any digit 0-9 too (the teacher typed a higher one: the scale widens to it), as the review always did.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Iterable, Mapping

from .numbers import plain, score_text, tidy

MODEL, TEACHER, SHEET, LEARNED, GUESS = "model", "teacher", "sheet", "learned", "guess"
SOURCES = (MODEL, TEACHER, SHEET, LEARNED, GUESS)
DEFAULT_TOP = 3     # a question nothing says the scale of: 0 to 3 (said as Grader's guess)
GUESS_TYPED = 9     # a guessed scale takes any digit up to 9 (typing a higher one widens it)
MAX_TOP = 100       # the highest "out of" the teacher can set
MARKS_SAY_AFTER = 20   # the teacher's marks on a guess, all short of its top, after which the review says so


def number(v: Any) -> int | float | None:
    """``v`` as a finite number (an int when whole), None for anything else (text, a bool, NaN)."""
    v = plain(v)
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        return None
    return tidy(v)


def is_half(v: Any) -> bool:
    """Whether ``v`` is a number with half a point (4.5), not a whole one."""
    n = number(v)
    return n is not None and not float(n).is_integer() and float(n * 2).is_integer()


@dataclass(frozen=True)
class Scale:
    """What a question's scores are out of: 0 to ``top`` in whole points, or in half points (``half``); a shipped
    model's ``labels`` instead where it has them. ``source``: where it comes from (see the module)."""

    top: int | float
    half: bool = False
    source: str = GUESS
    labels: tuple = ()

    @classmethod
    def of_labels(cls, labels: Iterable) -> "Scale":
        """A shipped model's scale: its labels."""
        labels = tuple(labels)
        numbers = [n for n in map(number, labels) if n is not None]
        return cls(top=max(numbers) if numbers else 0, half=any(map(is_half, numbers)), source=MODEL, labels=labels)

    @classmethod
    def of_marks(cls, marks: Iterable, source: str = LEARNED, top=None) -> "Scale | None":
        """The scale marks were given on: 0 to the highest of them (or ``top`` if higher), in half points when one is a
        half; None when a mark is not a number, below 0, or neither whole nor half (0.25: no step of ours)."""
        numbers = [number(m) for m in marks]
        if not numbers or any(n is None or n < 0 or not float(n * 2).is_integer() for n in numbers):
            return None
        highest = max(n for n in numbers if n is not None)
        given = number(top)
        top = given if given is not None and given > highest and float(given * 2).is_integer() else highest
        return cls(top=tidy(top), half=any(map(is_half, numbers)) or is_half(top), source=source)

    @property
    def settable(self) -> bool:
        """The teacher can set it: no shipped model gives it."""
        return self.source != MODEL

    @property
    def from_marks(self) -> bool:
        """A guess that widened to the highest mark given, above the 0-3 it guesses alone (:data:`DEFAULT_TOP`): its top is
        that mark. Still a guess (nothing says the question is out of it; exports say so): only where its top came from
        is known."""
        return self.source == GUESS and not self.labels and self.top > DEFAULT_TOP

    def short_of(self, marks: Iterable) -> int | float | None:
        """Where only Grader's guess says the scale, and the teacher's ``marks`` (at least :data:`MARKS_SAY_AFTER`, a
        score above 0 among them) all stop short of its top: the highest of them; else None. The review says so beside
        the buttons and **Change…** suggests it (a class marked 0, 1 and 2 many times over on a guess of 0-3 is most
        likely out of 2); the guess itself stays, as a 3 may only be rare, and a scale is the teacher's to set."""
        numbers = [n for n in map(number, marks) if n is not None]
        if self.source != GUESS or self.labels or len(numbers) < MARKS_SAY_AFTER:
            return None
        highest = max(numbers)
        return highest if 0 < highest < self.top else None

    @property
    def step(self) -> float:
        return 0.5 if self.half else 1

    def scores(self) -> tuple:
        """Every score on the scale, lowest first: a model's labels, else 0 to ``top`` in its step."""
        if self.labels:
            return self.labels
        return tuple(tidy(i * self.step) for i in range(int(math.floor(self.top / self.step + 1e-9)) + 1))

    def typed(self) -> "Scale":
        """The scale a typed score is read on: a guess takes any digit up to 9 as well (it widens to it)."""
        return replace(self, top=max(self.top, GUESS_TYPED)) if self.source == GUESS else self

    def allows(self, v: Any) -> bool:
        """Whether ``v`` is a score on the scale (as typed: :meth:`typed`)."""
        if self.labels:
            return any(v == lab for lab in self.labels)
        n = number(v)
        scale = self.typed()
        return n is not None and 0 <= n <= scale.top and float(n / scale.step).is_integer()

    def longer(self, text: str) -> bool:
        """Whether a score on the scale (as typed) is written as ``text`` followed by more ("1" on a scale out of 10:
        10; "4." in half points: 4.5): a digit typed so far waits for the next one."""
        return any(t != text and t.startswith(text) for t in map(score_text, self.typed().scores()))

    def to_json(self) -> dict:
        return {"top": self.top, "half": self.half}

    @classmethod
    def from_json(cls, value: Any, source: str = TEACHER) -> "Scale | None":
        """A scale as the project file keeps it ({"top": 10, "half": true}); None for anything else."""
        if not isinstance(value, Mapping):
            return None
        top, half = number(value.get("top")), value.get("half", False)
        if top is None or not 0 < top <= MAX_TOP or not isinstance(half, bool) or not float(top * 2).is_integer():
            return None
        return cls(top=top, half=half or is_half(top), source=source)

    def widened(self, marks: Iterable) -> "Scale":
        """The scale with the marks given on it: a guess widens to the highest of them; any scale takes half points
        where a mark is a half (a project saved by a Grader that let one in), and never says "3 out of 2"."""
        numbers = [n for n in map(number, marks) if n is not None]
        if self.labels or not numbers:
            return self
        return replace(self, top=max(self.top, max(numbers)), half=self.half or any(map(is_half, numbers)))


def scales_json(scales: Mapping[str, Scale]) -> dict:
    """Question -> its scale as the project file keeps it."""
    return {str(item): s.to_json() for item, s in scales.items()}


def scales_from_json(value: Any) -> dict[str, Scale]:
    """The teacher's scales as the project file keeps them; a value that is not one is left out (its question is
    then on the scale the sheet or its model says, as before it was set)."""
    if not isinstance(value, Mapping):
        return {}
    return {str(item): s for item, v in value.items() if (s := Scale.from_json(v)) is not None}


def learned_scale(manifest: Mapping) -> Scale | None:
    """The scale of a model learned from a teacher's marked sheet: its manifest's ``scale``, else (a model learned
    before Grader kept it) the one its labels, the marks it learned from, were given on; None for any other model."""
    from ..bundles.learned import is_learned

    if not is_learned(manifest):
        return None
    kept = Scale.from_json(manifest.get("scale"), source=LEARNED)
    return kept if kept is not None else Scale.of_marks(manifest.get("labels") or (), LEARNED)
