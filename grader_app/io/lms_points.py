"""The points an LMS file declares for each question (:func:`item_maxima`) and writes for each score
(:class:`LmsPoints`): the one place every LMS writer, and the Canvas file by student id, takes them from.

A question's score range is its own scale (:func:`question_scale`, :func:`question_top`): its labels' for a shipped
model, 0-3 for a 0-3 model; for a question the teacher marks without one, what she set it to be out of, else the
sheet's points, else a learned model's scale, else Grader's guess (:mod:`grader_app.core.scale`). The LMS may give the
question other points: Moodle's worksheet a ``Maximum Grade`` of 100 (a German site's ``Bestwertung``, a
Spanish one's ``Calificación máxima``), Canvas's Student Analysis a question worth 1 point or 10,
Blackboard's ``Possible Points``, Brightspace's ``Out Of`` (:func:`source_points`). Those points are that LMS's own:
they hold for the file that goes back to the LMS the sheet came from (and the plain points sheet), never for another
LMS's file, which gets the scores on their own scale (``own=False``: a Moodle worksheet's 100 is not what Canvas or
Google Classroom gives the question). A teacher who uploads a 2 on a 0-3 scale expects two thirds of the points, not
2 out of 100, so:

* when the downloaded sheet gives a question's points and they differ from the highest score of its range, each
  score is scaled to them: score / highest score x points, rounded to 2 decimals (2 of 3 on 100 points is 66.67),
  never above the points; the file's points possible stay the LMS's, and the export says so once in its notes
  (:func:`~grader_app.io.lms.export_notes.scores_scaled`, in the export dialog after saving);
* when they are equal, or the sheet gives no points (the file then declares the score range's highest score, see
  (:func:`item_maxima`), the scores are written as they are and nothing is said;
* when the teacher marks the question on a scale of their own (no shipped model: ``ItemInfo.own_scale``) and has not
  set what it is out of, the sheet's points are its scale (:func:`question_scale`): the teacher's marks are taken as
  the LMS's points and written as they are, out of those points, in the LMS file, the points sheet and the students'
  feedback alike. A mark above the LMS's points shows the teacher did not mark out of them, and the LMS file is
  refused (:class:`PointsUnknown`, one sentence saying what to do) instead of writing grades above the points
  possible. Where the teacher set another "out of" (marked out of 2, a Canvas question worth 10), or the scale is a
  model's learned from a marked sheet, the scores are scaled to the LMS's points as a shipped model's are.

The graded workbook and CSV keep the scores as given: only the LMS files (and the plain points sheet, which declares
the same points) are scaled. So does the students' feedback (sheet and PDF), out of the question's own scale
(:func:`scale_maxima`): "2 out of 3", the scale the teacher marked on, never "2 out of 100".
"""
from __future__ import annotations

import math
import re
from typing import Any, Sequence

from ..core.header_points import points_in
from ..core.numbers import number_or_text
from ..core.row_questions import row_questions
from ..core.scale import DEFAULT_TOP as _DEFAULT_TOP
from ..core.scale import GUESS, SHEET, Scale, is_half
from ..core.sheet import LONG, column_values
from .errors import SheetError
from .headers import norm
from .moodle_words import worksheet_names

DECIMALS = 2


def cell_text(frame, r: int, col: str | None) -> str:
    """A cell's text exactly as in the sheet ("" for an empty cell or no column)."""
    if not col:
        return ""
    v = frame.iat[r, frame.columns.get_loc(col)]
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return str(v)


def column_texts(frame, col: str | None) -> list[str]:
    """:func:`cell_text` of every row, the column read once."""
    if not col:
        return [""] * len(frame)
    return ["" if v is None or (isinstance(v, float) and v != v) else str(v)
            for v in column_values(frame, col)]


# ----- points possible --------------------------------------------------------------------------
#
# Each question's points possible, for the files that declare them: Canvas's "Points Possible" row,
# Blackboard's ``[Total Pts: N Score]``, Brightspace's ``MaxPoints``, Moodle's maximum grade, the
# points sheet (the feedback sheet and PDF give each question's own scale instead: :func:`scale_maxima`).
#
# In this order, the first that is known:
#
# 1. what the downloaded sheet gave: Blackboard's ``Possible Points`` (``Possible Points N`` beside
#    ``Answer N`` in the by-user download), Brightspace's ``Out Of``, the points header Canvas's Student
#    Analysis puts right after each question's column ("2.0"), or a column of that name in any sheet
#    (one row per answer, or one answer column);
# 2. the highest score of the question's own scale (:func:`question_top`): its shipped model's labels, or for
#    a question the teacher marks on a scale of their own, what she set it to be out of, a learned model's scale,
#    or Grader's guess (0-3, or higher once the teacher gave a higher score), never the highest mark alone.
#
# So a question the teacher marked out of 3 is never declared worth 0 points, nor worth 1 because every student
# got 1. None when nothing is known (a question without a model that nobody marked yet): the file then leaves the
# maximum out (Blackboard's header is the question's title alone, and its note says to set the points possible),
# never 0.

# a sheet column giving each answer's points possible; Moodle's grading worksheet names its column in the site's
# language ("Maximum Grade", "Bestwertung", "Calificación máxima": :mod:`.moodle_words`, the one list of its words)
POSSIBLE = ("possible points", "points possible", "out of", "max points", "maximum points", "maxpoints",
            "max score", "maximum score", "max marks", "maximum marks", "max mark", "maximum mark", "marks possible",
            "possible marks", "höchstpunktzahl", "maximale punktzahl", "max punkte", "maximale punkte",
            "puntuación máxima", "puntos máximos", "puntos posibles", *worksheet_names("Maximum Grade"))
_ANSWER_N = re.compile(r"answer\s*(\d+)")                 # Blackboard by user
_CANVAS_QUESTION = re.compile(r"\d+\s*:\s*.*", re.DOTALL)   # Canvas Student Analysis
_RENAMED = re.compile(r"\s\(\d+\)$")                         # "2.0 (2)": the second column headed "2.0"


def _squash(header) -> str:
    """A header's letters and digits alone, without case: "Calificación máxima" -> "calificaciónmáxima"."""
    return re.sub(r"[\W_]", "", norm(header))


def _find(columns, *names: str):
    """The first column headed one of ``names`` (without case, spaces or punctuation mattering)."""
    squash = {_squash(c): c for c in reversed(columns)}
    for n in names:
        if (c := squash.get(_squash(n))) is not None:
            return c
    return None


_DECIMAL_COMMA = re.compile(r"\s*(\d+),(\d{1,2})\s*")   # "2,5" as German or French Excel writes 2.5


def _number(v) -> int | float | None:
    """A finite number >= 0 from a cell or a label, else None. A decimal comma is read where it cannot be anything
    else: digits, one comma, one or two digits after it, no dot ("2,5", "0,75"); "1,000" (three digits after the
    comma: a thousands separator?) and "1.000,5" are not read as points."""
    if isinstance(v, str) and (m := _DECIMAL_COMMA.fullmatch(v)):
        v = f"{m.group(1)}.{m.group(2)}"
    v = number_or_text(v)
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0:
        return None
    return v


def _cells(sheet, col: str, rows) -> set[str]:
    """The distinct texts of column ``col``'s cells on ``rows`` (as :func:`cell_text` reads each, a number its format
    shows otherwise as the number: :meth:`~grader_app.core.sheet.Sheet.stored_values`), read in one go: the review asks
    for a question's scale at each key, and cell by cell a class of 10,000 answers took a tenth of a second."""
    return {"" if v is None or (isinstance(v, float) and v != v) else str(v) for v in sheet.stored_values(col, rows)}


def _highest(values) -> int | float | None:
    found = [n for n in (_number(v) for v in values) if n is not None]
    return max(found) if found else None


def _item_points(sheet, m, columns: list, per_row, item: str, answer_column: str | None, rows) -> int | float | None:
    """The points possible the sheet gives ``item`` (None when it says nothing of them): its answers are in
    ``answer_column`` (None: it has none) on ``rows``."""
    col = None
    if m.layout != LONG and answer_column is not None:    # a question's own points column first, one answer column or many
        n = _ANSWER_N.fullmatch(norm(answer_column))
        if n:
            col = _find(columns, f"possible points {n.group(1)}")
        elif _CANVAS_QUESTION.fullmatch(norm(answer_column)):   # then a column headed with its points
            j = columns.index(answer_column)
            after = str(columns[j + 1]) if j + 1 < len(columns) else ""
            points = _number(_RENAMED.sub("", after))       # the reader made repeated headers unique
            if after not in m.answer_columns and points is not None:
                return points
    if col is None and (m.layout == LONG or len(m.answer_columns) == 1):
        col = per_row
    if col is not None and (found := _highest(_cells(sheet, col, rows))) is not None:
        return found
    # the points the question's own name gives it: "Q1 (3 marks)" heading its answer column (a wide sheet), or as the
    # question cells name it (a long one)
    return points_in(answer_column if m.layout != LONG and answer_column is not None else item)


def source_points(session, items: Sequence[str] | None = None) -> dict[str, Any]:
    """Per question (of ``items``, else all), the points possible the sheet itself gives (questions it says nothing
    of are absent, and so are those it gives 0 points: a practice or survey question's 0 is no scale, and declared in
    the file beside the scores given it made them extra credit in Canvas)."""
    frame, m = session.sheet.frame, session.mapping
    columns = list(frame.columns)
    per_row = _find(columns, *POSSIBLE)
    out: dict[str, Any] = {}
    for item in session.item_keys() if items is None else items:
        answers = session.answers_for(item)
        column = answers[0].column if answers else None
        if points := _item_points(session.sheet, m, columns, per_row, item, column, [a.row for a in answers]):
            out[item] = points   # 0 (a practice question the LMS gives no points) is none: never "0" beside a 2
    return out


def sheet_points(sheet, m) -> dict[str, Any]:
    """:func:`source_points` from the sheet and its columns alone, before a session is made (the columns dialog shows
    them as each question's "out of"): a question's rows are those its question cell names (a long sheet), or every row
    (a wide one)."""
    frame = sheet.frame
    columns = list(frame.columns)
    per_row = _find(columns, *POSSIBLE)
    out: dict[str, Any] = {}
    if m.layout == LONG:
        if m.item_column:
            rows: dict[str, list[int]] = {}
            for r, item in enumerate(row_questions(frame, m.item_column)):   # an empty cell: the question above
                rows.setdefault(item, []).append(r)
        else:
            rows = {str(m.default_item): list(range(len(frame)))}
        wanted = {item: (m.answer_column, r) for item, r in rows.items()}
    else:
        wanted = {str(item): (column, list(range(len(frame)))) for column, item in m.answer_columns.items()}
    for item, (column, item_rows) in wanted.items():
        if points := _item_points(sheet, m, columns, per_row, item, column, item_rows):   # 0: none, as above
            out[item] = points
    return out


# ----- a question's own scale ---------------------------------------------------------------------
#
# What a score is out of, on the scale the teacher marks on (the feedback's "2 out of 3", the points sheet's and
# every LMS file's points possible unless that LMS gives its own, the review's buttons and the scores it takes): one
# answer, :func:`question_scale` (where it comes from, in order: :mod:`grader_app.core.scale`).
#
# * A shipped model's question: its labels.
# * A question the teacher marks on a scale of their own (no shipped model, a model learned from their marks, or one
#   learned from a marked sheet: ``ItemInfo.own_scale``): what the teacher set it to be out of; else the points the
#   sheet gives it; else the scale of the marked sheet its model learned from; else Grader's guess, 0-3
#   (:data:`DEFAULT_TOP`), widened to the highest score given above it (the teacher's, or one a learned model took an
#   answer with), and said as a guess wherever it is shown. Never the highest mark alone: a class marked 1 on a 0-3
#   question is "1 out of 3", not full marks; and never an in-session model's labels, so the scale is the same whether
#   or not a model has learned from the marks yet.

DEFAULT_TOP = _DEFAULT_TOP   # the review's buttons for a question nothing says the scale of: 0 to 3 (a guess)


def _marks(session, item: str) -> list:
    """The final scores of ``item``'s answers that are numbers (the teacher's, or a model's it took), each once."""
    given = {session.final_score(k) for k in session.keys_for(item)}
    return [n for n in map(_number, given) if n is not None]


def _marked(session, item: str):
    """The highest final score of ``item``'s answers: None when none is a number."""
    return max(_marks(session, item), default=None)


def question_scale(session, item: str, points=None) -> Scale:
    """What ``item``'s scores are out of (see the comment above); ``points``: those the sheet gives it (looked up when
    not given, ``False`` to leave them aside)."""
    info = session.items[item]
    if not info.own_scale:
        return Scale.of_labels(v for v in info.labels if not isinstance(v, bool))
    scale = session.scales.get(item)
    if scale is None:
        if points is None:
            points = source_points(session, [item]).get(item)
        if points:
            scale = Scale(top=points, half=is_half(points), source=SHEET)
        else:
            scale = info.scale or Scale(top=DEFAULT_TOP, source=GUESS)
    return scale.widened(_marks(session, item))


def question_top(session, item: str, points=None):
    """The highest score of ``item``'s own scale, what a score on it is out of (:func:`question_scale`); None while
    only Grader's guess says it and no score was given to the question (nothing is known of its scale yet)."""
    scale = question_scale(session, item, points)
    if scale.source == GUESS and _marked(session, item) is None:
        return None
    return scale.top or None


def scale_maxima(session) -> dict[str, Any]:
    """Each question's highest score on its own scale (None when unknown, :func:`question_top`), what a student's
    feedback says a score is out of: a 2 on a 0-3 model is "2 out of 3" whatever points the LMS gives it."""
    given = source_points(session)
    return {i: question_top(session, i, given.get(i, False)) for i in session.item_keys()}


def item_maxima(session, own: bool = True) -> dict[str, Any]:
    """Each question's points possible (None when unknown): the sheet's (unless not ``own``: not the points of the
    file's LMS), else the highest score of its own scale (:func:`question_top`)."""
    out = scale_maxima(session)
    if own:
        out.update(source_points(session))
    return out


class PointsUnknown(SheetError):
    """A question's marks go above the points the LMS gives it, and its score range is not known."""


def _plain(n: float) -> int | float:
    return int(n) if float(n).is_integer() else n


class LmsPoints:
    """Per question: the points possible an LMS file declares (``maxima``) and each score as that file writes it
    (:meth:`score`). Raises :class:`PointsUnknown` (see the module's docstring) for ``system``'s file. ``own``:
    whether the points the sheet gives are ``system``'s (the sheet came from it); else they are left aside: the
    file declares and writes the scores on their own scale."""

    def __init__(self, session, system: str = "the LMS", titles: dict[str, str] | None = None,
                 own: bool = True) -> None:
        given = source_points(session) if own else {}
        self.maxima: dict[str, Any] = item_maxima(session, own)
        self.system = system
        self.scaled: dict[str, tuple[Any, Any]] = {}        # item -> (highest score of its range, the LMS's points)
        titles = titles or {}
        over = []
        for i in session.item_keys():
            lms = given.get(i)
            if not lms:                                      # not given: the scores as they are
                continue
            top = question_top(session, i, lms)              # the one scale of the question, as its feedback says
            if question_scale(session, i, lms).source == SHEET or not top:   # marked in the LMS's points: as they are
                marked = _marked(session, i)
                if marked is not None and marked > lms:
                    over.append((titles.get(i, i), marked, lms))
            elif top != lms:
                self.scaled[i] = (top, lms)
        if over:
            title, marked, lms = over[0]
            raise PointsUnknown.said("lms.points_unknown", title=title, lms=_plain(lms), marked=_plain(marked),
                                     system=system)

    def score(self, item: str, value):
        """``value`` (a final score, None while open) as the LMS file writes it."""
        if value is None or item not in self.scaled:
            return value
        n = number_or_text(value)
        if isinstance(n, bool) or not isinstance(n, (int, float)):
            return value
        top, lms = self.scaled[item]
        return _plain(min(float(lms), round(n / top * lms, DECIMALS)))

    def total(self, scores: dict[str, Any], items: Sequence[str]):
        """The sum of the written scores of ``items`` (those in ``scores``); None while any is open or no number."""
        vals = [number_or_text(self.score(i, scores.get(i))) for i in items if i in scores]
        if not vals or any(v is None or isinstance(v, bool) or not isinstance(v, (int, float)) for v in vals):
            return None
        return _plain(round(sum(vals), DECIMALS))

    def examples(self, titles: dict[str, str]) -> list[tuple[str, Any, Any, Any, Any]]:
        """(title, highest score, the LMS's points, a score, that score as written) per scaled question."""
        out = []
        for i, (top, lms) in self.scaled.items():
            example = top - 1 if top > 1 else top
            out.append((titles.get(i, i), _plain(top), _plain(lms), _plain(example), self.score(i, example)))
        return out


__all__ = ["DECIMALS", "DEFAULT_TOP", "POSSIBLE", "LmsPoints", "PointsUnknown", "cell_text", "item_maxima",
           "question_scale", "question_top", "scale_maxima", "sheet_points", "source_points"]
