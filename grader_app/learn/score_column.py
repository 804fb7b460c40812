"""A marked sheet's column of scores, as ``grader learn`` reads it (:mod:`.from_sheet`): which column holds the scores
(:func:`guess_score_column`), each filled cell as a number (:func:`parse_score`, :func:`read_scores`: a dash is no mark,
a word such as "abs" written instead of a score is skipped and said), and :class:`LearnError`, the one-sentence problem
a sheet that cannot teach a model raises.
"""
from __future__ import annotations

import math
import re

from ..errors import GraderError
from ..io import notes as read_notes
from ..io.answer_doubts import mark_word
from ..io.graded_columns import COLUMN_NAMES


class LearnError(GraderError, ValueError):
    """The sheet cannot teach a model (or one question of it cannot: a reason in ``LearnResult.skipped``); the
    message is one sentence."""

    @classmethod
    def of(cls, problem: GraderError) -> "LearnError":
        """Another layer's problem (a sheet that cannot be read) as a LearnError, its kind and values kept."""
        err = cls(str(problem))
        err.kind, err.values = problem.kind, dict(problem.values)
        return err



def parse_score(text: str) -> float | None:
    """A score cell as a number; None for an empty cell; ValueError if it is not a number."""
    t = str(text or "").strip()
    if not t:
        return None
    v = float(t.replace(",", ".")) if t.count(",") == 1 and "." not in t else float(t)
    if not math.isfinite(v):
        raise ValueError(t)
    return int(v) if v.is_integer() else v



SCORE_NAMES = re.compile(r"score|(?<![a-z])marks?(?![a-z])|grade|points?|pts|punkte?|punktzahl|nota|note|puntos|"
                         r"puntaje|puntuaci[oó]n|calificaci[oó]n|bewertung", re.IGNORECASE)
NOT_MARKED = frozenset({"-", "--", "\u2013", "\u2014"})   # a dash: no mark given (Moodle writes one too)
_FEW_WORDS = 4   # the different words written instead of a score that a note names; more make a column of words


def guess_score_column(sheet) -> str | None:
    """The column of a marked sheet that most likely holds the scores: the last one named so ("Score",
    "Punkte", "Nota") whose filled cells are numbers that vary, else the last one named so, else the last
    column of any name whose filled cells are numbers that vary.

    A sheet this app graded holds the teacher's marks in its final-score columns ("<question> final_score",
    "Endpunkte"): one of those, never a column of the model's scores ("model_score", "Modellpunkte") nor its
    confidence, even where one question's final scores are all alike and the model's vary."""
    finals = [c for c in sheet.columns if _graded(c, 4)]
    if finals:
        return ([c for c in finals if c in _varying(sheet, finals)] or finals)[-1]
    named = [c for c in sheet.columns if SCORE_NAMES.search(str(c))]
    varying = [c for c in sheet.columns if _varying_numbers(sheet.stored_values(c, range(min(len(sheet), 5000))))]
    for cands in ([c for c in named if c in varying], named, varying):
        if cands:
            return cands[-1]
    return None


def _graded(column, index: int) -> bool:
    """Whether ``column`` is a graded sheet's column of :data:`~grader_app.io.graded_columns.ADDED` ``[index]`` (in
    any language): the name alone (a sheet of one answer per row) or after its answer column's name."""
    name = " ".join(str(column).split()).casefold()
    return any(name == n.casefold() or name.endswith(" " + n.casefold()) for n in
               (names[index] for names in COLUMN_NAMES.values()))


def _varying(sheet, columns) -> set:
    return {c for c in columns if _varying_numbers(sheet.stored_values(c, range(min(len(sheet), 5000))))}


def _varying_numbers(values) -> bool:
    seen: set = set()
    for v in values:
        t = str(v).strip()
        if not t or t in NOT_MARKED or mark_word(t):   # no mark, or a word such as "abs" written instead of one
            continue
        try:
            seen.add(parse_score(t))
        except ValueError:
            return False
    return len(seen) > 1


def read_scores(sheet, column: str, name: str, notes: list[str]) -> dict[int, float]:
    """``{frame row: score}`` of a score column's filled cells. A dash is no mark, and a word written instead of a
    number ("abs", "n/a", "absent": :func:`~grader_app.io.answer_doubts.mark_word`) is no score: those rows are skipped,
    said in ``notes``. LearnError on a cell with digits that is no number ("2/3": a score written otherwise, which the
    teacher would lose), on a column of words (not the scores), on one that holds only such words (no score left to
    learn from), or on one that reads empty for its formulas. A cell holding a number is read as that number, however
    its format shows it (0.85 under a percent format, shown "85%": :meth:`~grader_app.core.sheet.Sheet.stored_values`)."""
    cells = sheet.stored_values(column)
    out: dict[int, float] = {}
    bad: list[int] = []
    dashes: list[int] = []
    for r, raw in enumerate(cells):
        if str(raw).strip() in NOT_MARKED:
            dashes.append(r)
            continue
        try:
            score = parse_score(raw)
        except ValueError:
            bad.append(r)
            continue
        if score is not None:
            out[r] = score
    words = [r for r in bad if mark_word(cells[r])]   # "abs", "n/a": rows to skip
    said = list(dict.fromkeys(str(cells[r]).strip() for r in words))
    if bad:
        at = {"column": column, "value": str(cells[bad[0]]).strip()[:40], "row": sheet.row_number(bad[0])}
        digits = len(bad) - len(words)
        if len(out) <= len(bad) and 2 * digits <= len(bad) and len(said) > _FEW_WORDS:
            raise LearnError.said("learn.not_a_score_column", **at)   # mostly words, and varied: not the column of scores
        otherwise = [r for r in bad if r not in set(words)]
        if otherwise:   # scores written otherwise ("2/3", "2 pts"): the right column
            at = {"column": column, "value": str(cells[otherwise[0]]).strip()[:40],
                  "row": sheet.row_number(otherwise[0])}
            if len(otherwise) == 1:
                raise LearnError.said("learn.score_not_a_number", **at)
            raise LearnError.said("learn.scores_not_numbers", **at, count=len(otherwise) - 1)
        if not out:     # only words such as "abs": no score left to learn from
            raise LearnError.said("learn.only_words_not_scores", name=name, **at)
    if not out and any(getattr(n, "kind", "") == "formulas_without_results" for n in sheet.notes):
        raise LearnError.said("learn.formulas_without_results", column=column, name=name)
    if dashes:
        notes.append(read_notes.dashes_not_marked(column, row_numbers(sheet, dashes)))
    if words:
        notes.append(read_notes.words_not_scores(column, [w[:20] for w in said[:_FEW_WORDS]], row_numbers(sheet, words)))
    return out


def row_numbers(sheet, rows) -> list[int]:
    """The sheet's own row numbers (as the teacher sees them) of frame rows ``rows``, in order."""
    return [sheet.row_number(r) for r in sorted(rows)]
