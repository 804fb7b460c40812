"""What a learned model's fit learns from, as one comparable value (the assistant's "lesson"), and its digest.

A lesson has a row per mark: the answer, its mark, its batch (which marks were decided together, the batches numbered
as they first come in answer order, so the same decisions synced live or restored at once read the same), its place in
the order the marks were given and the score it was first given where its mark is another (None: its mark; the two
choose its checking fold, :func:`~grader_app.learn.folds.arrival_fold_ids`), and a 0 after them where it does not
choose the threshold (:mod:`.threshold_marks`). Without the place and first score, a mark taken back and given again
with its score read as the lesson before, though it then came last and the folds it and the marks after it were
checked in were others (those the project opened again has), so the model was not fitted again. The marks taken back
keep their places in that order (:func:`ghosts_placed`: they choose the folds of the marks after them), a last row of
the lesson. The digest goes to the project file with the fits' estimates (:mod:`.progress`).
"""
from __future__ import annotations

import hashlib
import json
from typing import Any, Hashable, Iterable, Mapping, Sequence


def lesson(marks: Mapping[int, Any], batch: Mapping[int, Hashable], arrival: Sequence[int], first: Mapping[int, Any],
           out: set[int], ghosts: Sequence[tuple[int, int, Any]] = ()) -> tuple:
    """The lesson of ``marks`` (answer → mark) decided in ``batch`` (answer → batch), given in the order ``arrival``,
    ``first`` (answer → the score first given, where the mark is another), ``out``: marks that do not choose the
    threshold; ``ghosts``: the marks taken back, where they were in that order (:func:`ghosts_placed`), a last row
    ("ghosts", them) where there are any (a lesson without is as before they were kept)."""
    numbered: dict[Hashable, int] = {}
    place = {i: r for r, i in enumerate(arrival)}
    return tuple((i, marks[i], numbered.setdefault(batch[i], len(numbered)), place[i], first.get(i))
                 + ((0,) if i in out else ()) for i in sorted(marks)) + ((("ghosts", tuple(ghosts)),) if ghosts else ())


def ghosts_placed(stamps: Mapping[int, str], ghosts: Mapping[tuple[int, str], Any]) -> tuple[tuple[int, int, Any], ...]:
    """The marks taken back (``ghosts``: (answer, time stamp) → the score first given), in the order they were given,
    each (the marked answer it came just before, by time stamp then answer, -1: after every mark; its answer; that
    score): ``fit_marks(ghosts=...)``. ``stamps``: each marked answer's time stamp ("": none, before every stamped)."""
    marks = sorted((at, i) for i, at in stamps.items() if at)
    found, j = [], 0
    for i, at in ghosts_in_order(ghosts):
        while j < len(marks) and marks[j] < (at, i):
            j += 1
        found.append((marks[j][1] if j < len(marks) else -1, i, ghosts[(i, at)]))
    return tuple(found)


def ghosts_in_order(ghosts: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """The marks taken back ((answer, time stamp)) in the order they were given: by time stamp, then answer."""
    return sorted(ghosts, key=lambda g: (g[1], g[0]))


def without_ghosts(lesson: tuple) -> tuple:
    """``lesson`` without its marks taken back: what a Grader that did not keep them learned from."""
    return tuple(m for m in lesson if m[0] != "ghosts")


def lesson_digest(lesson: tuple) -> str:
    """A short digest of what a fit learned from (:func:`lesson`: each mark, how it was decided, its place in the order
    the marks were given and the score it was first given)."""
    return _digest([[int(m[0]), str(m[1]), int(m[2]), int(m[3]), None if m[4] is None else str(m[4]),
                     *(int(v) for v in m[5:])] if m[0] != "ghosts" else
                    ["ghosts", [[int(b), int(i), str(f)] for b, i, f in m[1]]] for m in lesson])


def earlier_digest(lesson: tuple) -> str:
    """The digest a Grader before :func:`lesson_digest` took the marks' order and first scores wrote for ``lesson``
    (each mark and how it was decided alone): a project it saved, opened again, goes on from its last fit (the
    assistant's ``use_model``) as it did, and the line reads as it did before the project was closed."""
    return _digest([[int(m[0]), str(m[1]), int(m[2]), *(int(v) for v in m[5:])] for m in without_ghosts(lesson)])


def digests(lesson: tuple) -> tuple[str, ...]:
    """The digests ``lesson`` was written with, by this Grader and those before (:func:`earlier_digest`; one that did not
    keep the marks taken back: without them), which a project's fit history may hold."""
    return lesson_digest(lesson), earlier_digest(lesson), lesson_digest(without_ghosts(lesson))


def _digest(rows: list) -> str:
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()[:32]
