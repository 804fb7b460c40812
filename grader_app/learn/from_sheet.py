"""Learning one bundle per question from any sheet that holds scores (``grader learn``).

A sheet with one row per answer and a column of scores — a teacher's marking spreadsheet, or a
graded sheet this app exported last year (its ``final_score`` column) — becomes one
``.gradebundle`` per question: a model learned from that question's scored answers
(:func:`grader_app.learn.marks_model.fit_marks`), whose manifest carries the cross-validated
(out-of-fold) agreement figures and review threshold, and says it was learned from N marks, when; beside it, the
answers and marks it learned from (:mod:`grader_app.bundles.kept_marks`), which later sheets' marks add to.

Rows whose score cell is empty or a dash are not marks (say, answers the teacher had not decided) and
are left out, as are rows that sum the marks up ("Total", "Class average" beside an empty answer) and rows whose score
is a word written instead of a number ("abs", "n/a", "absent": skipped, and a note says how many and why). A
question's name counts whatever its case and spaces, and an empty question cell under a question is that
question (written once per block). A score cell with digits that is not a number ("2/3", "2 pts"), a column of words
rather than scores, one with no number left once such words are skipped, a sheet with no such column, or
scores with only one distinct value are a :class:`LearnError` with one sentence; a question with fewer marks than a
model needs before its threshold can take any answer (:data:`~grader_app.learn.limits.MIN_MARKS`: such a model
would take nothing off the teacher's desk, and installed it would take its question's place in later sheets), with a
single distinct score, or with a lone score far off its others (22 among 0-2: a typo), is skipped with its reason: a
LearnError too, never raised, whose ``str()`` is the English the command line prints and whose kind and values the
window says in the teacher's language (:mod:`grader_app.problem_texts`), as it says the sheet's problems. What was read
so is said in ``LearnResult.notes``. A bundle is named after its question, but beside a model that already scores
the question (one that came with Grader, say) it takes an id and title of its own and leaves that model the question's
first choice (:mod:`grader_app.learn.library_names`; ``LearnedItem.beside``). No Qt: the app calls
:func:`learn_from_sheet` on a worker just as the command line does.
"""
from __future__ import annotations

import math
import os
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import Any, Callable

from ..core.header_points import points_in
from ..core.scale import Scale
from ..io import notes as read_notes
from ..io.graded_columns import same_column_names
from .limits import MIN_MARKS
from .fit_job import FIT_VARIANTS, SHEET_FIT
from .marks_model import LearnedModel, NotEnoughMarks
from .score_column import (LearnError, guess_score_column, parse_score, read_scores,  # noqa: F401  (names of this module)
                           row_numbers)

FOLD_DISTANCE = 0.2
# what `grader learn` fits (scripts/bench_effort.py measures the same): the adjacent-category ordinal
# model, balanced class weights, and score offsets for QWK where they hold up out of fold; chosen on
# ASAP-SAS's training split only (docs/effort.md)
RECIPE: dict[str, Any] = FIT_VARIANTS[SHEET_FIT]


@dataclass
class LearnedItem:
    item: str
    bundle_id: str
    path: Path
    model: LearnedModel
    texts: list[str]           # the marked answers it learned from, in sheet order
    rows: list[int]            # their rows in the sheet (0-based, below the header)
    beside: str | None = None  # the installed model that keeps scoring the question by default (library_names)
    scale: Scale | None = None  # what the question is out of (core.scale): the scale of its marks

    @property
    def n_marks(self) -> int:
        return self.model.n_marks

    def summary(self) -> str:
        m = self.model
        q = m.metrics.get("qwk")
        acc = m.metrics.get("accuracy")
        figs = [f"cross-validated QWK {q:.2f}" if q is not None else "QWK n/a",
                f"exact agreement {100 * acc:.0f} %" if acc is not None else "agreement n/a"]
        if m.qualified:
            cov = m.review.get("coverage_at_threshold", 0.0)
            figs.append(f"auto-accepts {100 * cov:.0f} % at confidence {m.threshold:.2f}")
        else:
            figs.append("no review threshold qualified (every answer goes to review)")
        scores = ", ".join(_fmt(v) for v in m.labels)
        also = f" (beside model {self.beside}, which stays its model by default)" if self.beside else ""
        out_of = (f"out of {_fmt(self.scale.top)}{' in half points' if self.scale.half else ''}, "
                  if self.scale is not None else "")
        return (f"{self.path.name}: question “{self.item}”{also}, {m.n_marks} marks ({out_of}scores given {scores}); "
                + "; ".join(figs))


@dataclass
class LearnResult:
    items: list[LearnedItem] = field(default_factory=list)
    skipped: dict[str, LearnError] = field(default_factory=dict)   # question -> why (str(): the English reason)
    notes: list[str] = field(default_factory=list)           # what the reader did (encoding, title rows…)

    def skip(self, item: str, refused) -> None:
        """Question ``item`` teaches no model after all: Grader refused the model learned from its marks (``refused``,
        a bundle's refusal that :func:`~grader_app.problem_texts_bundles.refuses_own`), said as the teacher's own."""
        from ..problem_texts_bundles import one_off, own_fault

        self.items = [it for it in self.items if it.item != item]
        fault = own_fault(refused)   # learn again when the computer is less busy, or change a mark so that it learns anew
        self.skipped[item] = (LearnError.said("learn.own_refused_once", detail=fault) if one_off(refused)
                              else LearnError.said("learn.own_refused", detail=fault))

    def nothing_learned(self, name: str) -> LearnError:
        """Why the sheet ``name`` taught no model: the first question skipped, and its reason."""
        item, first = next(iter(self.skipped.items()))
        if len(self.skipped) == 1:
            return LearnError.said("learn.question_cannot_teach", question=item, name=name, why=first)
        return LearnError.said("learn.no_question_can_teach", name=name, question=item, why=first)


def _fmt(v) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def learn_from_sheet(sheet_path: str | os.PathLike, score_column: str, out_dir: str | os.PathLike, *,
                     item_column: str | None = None, answer_column: str | None = None,
                     sheet_name: str | None = None, when: datetime | None = None,
                     progress: Callable[[int, int, str], None] | None = None, library=None,
                     graph=None) -> LearnResult:
    """Write one learned bundle per question of the sheet into ``out_dir``; see the module notes. Each is named
    beside the models of ``library`` (default: those that come with Grader) as :mod:`.library_names` says; ``graph``
    makes each model's ONNX graph (:func:`~grader_app.learn.export.write_learned_bundle`)."""
    from ..bundles.errors import BundleError
    from ..bundles.kept_marks import KeptMarks, remove_kept
    from ..problem_texts_bundles import refuses_own
    from ..bundles.library import Library
    from ..paths import bundled_models_dir
    from ..core.groups import group_answers, group_ids
    from ..core.unsaved_formulas import refuse_unsaved
    from ..io.errors import SheetError
    from ..io.headers import find_column
    from ..io.readers import read_sheet
    from .export import write_learned_bundle
    from .library_names import learned_name
    from .marks_model import fit_marks

    try:
        sheet = read_sheet(sheet_path, sheet_name=sheet_name)
    except SheetError as exc:
        raise LearnError.of(exc) from None
    name = Path(sheet_path).name
    cols = sheet.columns

    def column(flag: str, col: str | None) -> str | None:
        """The sheet's column the user named ("score" or "Score " finds "Score"), else a LearnError."""
        if not col:
            return col
        found = find_column(cols, col)
        for other in same_column_names(col) if found is None else ():   # "final_score" in a German graded sheet
            found = found or find_column(cols, other)
        if found is None:
            raise LearnError(f"{name} has no column named “{col}” (given by {flag}); its columns are: {', '.join(cols)}")
        return found
    score_column = column("--score-column", score_column) or score_column
    item_column = column("--item-column", item_column)
    answer_column = column("--answer-column", answer_column)
    df = sheet.frame
    given = answer_column
    notes: list[str] = []
    # a cell whose formula shows nothing yet (a script wrote the sheet) in a column learned from: its mark or answer lost
    refuse_unsaved(sheet, [score_column], LearnError)
    scores = {score_column: read_scores(sheet, score_column, name, notes)}   # a column of answers given as scores: said first
    answer_column, item_column = _columns(sheet, name, score_column, answer_column, item_column)
    pairs = [(answer_column, score_column)]
    tail = score_column[len(answer_column) + 1:]
    if not given and item_column is None and score_column == f"{answer_column} {tail}":
        # a wide sheet graded by this app (last year's): every question's answers with its own score column
        pairs += [(c, f"{c} {tail}") for c in cols if c != answer_column and f"{c} {tail}" in cols]
    refuse_unsaved(sheet, [item_column, *(c for pair in pairs for c in pair)], LearnError)
    items, filled = _item_names(sheet, item_column, notes) if item_column else (None, set())
    per_item: dict[str, list[tuple[int, str, float]]] = {}
    summing: set[int] = set()
    for a_col, s_col in pairs:
        a_idx = cols.index(a_col)
        for r, score in (scores[s_col] if s_col in scores else read_scores(sheet, s_col, name, notes)).items():
            text = _text(df.iat[r, a_idx])
            if not text.strip() and _sums_up(df, r):   # "Total", "Average": a row about the marks, not a mark
                summing.add(r)
                continue
            item = items[r] if items is not None else a_col
            per_item.setdefault(item, []).append((r, text, score))
    used = filled.intersection(r for rows in per_item.values() for r, _, _ in rows)
    if used:
        notes.append(read_notes.question_from_above(str(item_column), row_numbers(sheet, used)))
    if summing:
        notes.append(read_notes.summing_rows_left_out(row_numbers(sheet, summing)))
    if not per_item:
        raise LearnError.said("learn.empty_score_column", column=score_column, name=name)
    distinct = sorted({s for rows in per_item.values() for _, _, s in rows})
    if len(distinct) < 2:
        raise LearnError.said("learn.one_score_in_sheet", column=score_column, score=_fmt(distinct[0]))

    result = LearnResult(notes=list(sheet.notes) + notes)
    installed = library if library is not None else Library.load([bundled_models_dir()])
    out = Path(out_dir)
    used_ids: set[str] = set()
    todo = list(per_item.items())
    for n_done, (item, rows) in enumerate(todo):
        if progress is not None:
            progress(n_done, len(todo), item)
        off = _off_scale(rows)
        if off:   # 1.5 once among whole marks: a score learned from one answer would stay on the model's scale
            marks = sorted({s for _, _, s in rows} - {s for _, s in off})
            result.notes.append(read_notes.off_scale(item, [_fmt(v) for v in sorted({s for _, s in off})],
                                                     row_numbers(sheet, [r for r, _ in off]), [_fmt(v) for v in marks]))
            rows = [row for row in rows if row[0] not in {r for r, _ in off}]
        if len(rows) < MIN_MARKS:   # its threshold could accept nothing: no library model (the module notes)
            result.skipped[item] = LearnError.said("learn.too_few_marks", marks=len(rows), need=MIN_MARKS,
                                                   count=MIN_MARKS - len(rows))
            continue
        stray = _stray(rows)
        if stray is not None:   # "22" for 2: a typo learned as a score of its own would stay in the model
            (r, v), (lo, hi) = stray
            at = {"score": _fmt(v), "row": sheet.row_number(r)}
            result.skipped[item] = (LearnError.said("learn.stray_score_one", **at, other=_fmt(lo)) if lo == hi else
                                    LearnError.said("learn.stray_score", **at, low=_fmt(lo), high=_fmt(hi)))
            continue
        texts = [t for _, t, _ in rows]
        marks = {i: s for i, (_, _, s) in enumerate(rows)}
        try:
            # near-identical answers share a fold, so a copy never vouches for its original
            gid = group_ids(group_answers(texts, distance=FOLD_DISTANCE, near=FOLD_DISTANCE), len(texts))
            # a bundle for later classes, checked on the folds a later sheet's session draws for these marks (in the
            # sheet's order: continuing), and learning on with its recipe there, so both say one agreement
            model = replace(fit_marks(texts, marks, groups=gid, order=tuple(range(len(texts))), **RECIPE),
                            variant=SHEET_FIT)
        except NotEnoughMarks:   # one distinct score (MIN_MARKS of them at least, so "answers" is always right)
            result.skipped[item] = LearnError.said("learn.one_score", marks=len(rows), score=_fmt(rows[0][2]))
            continue
        named = learned_name(item, installed)   # never another model's id, nor its question's first choice
        bid = named.bundle_id
        base, k = bid, 2
        while bid in used_ids:
            bid = f"{base[:60]}-{k}"
            k += 1
        used_ids.add(bid)
        try:
            # the title is the question's name as the sheet writes it: `grader score` and the app match a
            # question to a bundle by id or by title, so "Q 2/b" finds bundle q-2-b (beside a model that scores
            # the question, a title that says it was learned from the teacher's marks)
            # what the question is out of: 0 to its highest mark (or the points its name gives it, "(10 marks)"), in
            # the step its marks use, not only the marks given (0, 4.5 and 10: any half point from 0 to 10)
            scale = Scale.of_marks([s for _, _, s in rows], top=points_in(item))
            # the answers and marks it learned from, kept beside it: later sheets' marks go on teaching it (kept_marks)
            kept = KeptMarks(tuple(texts), tuple(s for _, _, s in rows), (name,))
            path = write_learned_bundle(out / f"{bid}.gradebundle", model, bundle_id=bid, title=named.title or bid,
                                        prompt=named.prompt, source=name, when=when, question=item, scale=scale,
                                        kept=kept, graph=graph)
        except OSError as exc:
            raise LearnError.said("learn.cannot_write", file=f"{bid}.gradebundle", folder=out.name or str(out),
                                  why=exc.strerror or type(exc).__name__) from None
        except BundleError as exc:
            if not refuses_own(exc):
                raise LearnError.of(exc) from None
            remove_kept(out / f"{bid}.gradebundle")   # written first: no marks left without their model
            result.skip(item, exc)   # its manifest or its graph: said as hers, with what she can do
            continue
        result.items.append(LearnedItem(item=item, bundle_id=bid, path=path, model=model, texts=texts,
                                        rows=[r for r, _, _ in rows], scale=scale,
                                        beside=named.beside.id if named.beside is not None else None))
    if progress is not None:
        progress(len(todo), len(todo), "")
    if not result.items:
        raise result.nothing_learned(name)
    return result


# a row whose answer is empty and which says one of these sums the marks up ("Total", "Class average")
SUMMARY_WORDS = frozenset("total totals subtotal sum average averages avg mean median overall max maximum min minimum "
                          "summe gesamt insgesamt durchschnitt mittelwert suma promedio media totales".split())
def _sums_up(df, r: int) -> bool:
    """Whether row ``r`` says it sums the marks up: a short cell with "Total", "Average", "Summe"…"""
    for v in df.iloc[r]:
        words = re.findall(r"\w+", _text(v).casefold())
        if 0 < len(words) <= 3 and any(w in SUMMARY_WORDS for w in words):
            return True
    return False


def _item_names(sheet, column: str, notes: list[str]) -> tuple[list[str], set[int]]:
    """Each row's question, and the rows whose empty cell took the question above: names that differ only
    in case or spaces are one question (the first spelling); an empty cell under a question is that question
    (written once per block, as a merged cell looks)."""
    df, j = sheet.frame, sheet.columns.index(column)
    first: dict[str, str] = {}
    spellings: dict[str, set[str]] = {}
    out: list[str] = []
    filled: set[int] = set()
    for r in range(len(df)):
        raw = " ".join(_text(df.iat[r, j]).split())
        if not raw and out and out[-1]:
            filled.add(r)
            out.append(out[-1])
            continue
        out.append(first.setdefault(raw.casefold(), raw))
        spellings.setdefault(raw.casefold(), set()).add(_text(df.iat[r, j]))
    for key, seen in spellings.items():
        if len(seen) > 1:
            notes.append(read_notes.one_question(sorted(seen), first[key]))
    return out, filled


def _stray(rows: list[tuple[int, str, float]]):
    """``((row, score), (low, high))`` for a score given to very few answers far outside the range of the
    question's other scores (22 among 0-2: a typo), else None."""
    counts = Counter(s for _, _, s in rows)
    few = max(1, len(rows) // 20)
    common = [v for v, c in counts.items() if c > few]
    for r, _, s in rows:
        if counts[s] > few or len(rows) - counts[s] < 5:   # common, or too few other marks to tell a scale
            continue
        base = common if len(common) > 1 else [v for v in counts if v != s]   # 0 ×30, 1, 3: 3 is no typo
        if not base:
            return None
        lo, hi = min(base), max(base)
        reach = 2 * max(hi - lo, 1)
        if s > hi + reach or s < lo - reach:
            return (r, s), (lo, hi)
    return None


def _off_scale(rows: list[tuple[int, str, float]]) -> list[tuple[int, float]]:
    """``(row, score)`` of the answers marked with a score given to fewer than ``OFF_SCALE_FEW`` answers in all that is
    not on the scale the question's common marks form (each given to that many answers at least) with whole marks (1.5
    among 0, 1, 2, whose step is 1; 0.25 among 0, 0.5, 1), else []. A half point given once among whole marks is a slip
    or a one-off: learned as a score of its own, it would sit on the model's scale, learned from one answer, offered in
    the review and exported for every later class. Half points given to a handful of answers are the teacher's scale,
    kept; so is a rare whole mark (a 3 among 0, 2, 4)."""
    counts = Counter(s for _, _, s in rows)
    common = sorted(Fraction(v).limit_denominator(1000) for v, c in counts.items() if c >= read_notes.OFF_SCALE_FEW)
    if len(common) < 2:
        return []   # too few common marks to tell a scale
    step = Fraction(1)   # whole marks are always on the scale (0, 2, 4 with a 3 once: a rare mark, no slip)
    for v in common[1:]:
        d = v - common[0]
        step = Fraction(math.gcd(step.numerator * d.denominator, d.numerator * step.denominator),
                        step.denominator * d.denominator)
    off = {v for v in counts if (Fraction(v).limit_denominator(1000) - common[0]) % step}
    if not off or sum(counts[v] for v in off) >= read_notes.OFF_SCALE_FEW:
        return []
    return [(r, s) for r, _, s in rows if s in off]


def _text(v) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return str(v)


def _columns(sheet, name: str, score_column: str, answer_column: str | None,
             item_column: str | None) -> tuple[str, str | None]:
    """(answer column, question column or None) from the user's choices, else the reader's guess."""
    from ..core.sheet import LONG
    from ..io.columns import guess_columns
    from ..io.errors import SheetError

    if answer_column and answer_column == score_column:
        raise LearnError("the answer column and the score column are the same; name the column with the answers")
    if answer_column:
        if item_column is None:
            item_column = _guess_item(sheet, score_column, answer_column)
        return answer_column, item_column
    # a wide sheet graded by this app: "<answer column> final_score" scores "<answer column>"
    own = [c for c in sheet.columns if c != score_column and score_column.startswith(c + " ")]
    if own:
        return max(own, key=len), item_column
    try:
        mapping = guess_columns(sheet)
    except SheetError as exc:
        raise LearnError.of(exc) from None
    if mapping.layout == LONG and mapping.answer_column and mapping.answer_column != score_column:
        return mapping.answer_column, item_column or mapping.item_column
    cands = [c for c in mapping.answer_columns if c != score_column]
    if len(cands) == 1:
        return cands[0], item_column
    if not cands:
        raise LearnError.said("learn.no_answer_column", name=name)
    raise LearnError.said("learn.several_answer_columns", name=name, columns=", ".join(cands[:4]))


def _guess_item(sheet, score_column: str, answer_column: str) -> str | None:
    from ..io.columns import guess_columns
    from ..io.errors import SheetError

    try:
        m = guess_columns(sheet)
    except SheetError:
        return None
    item = m.item_column
    return item if item not in (None, score_column, answer_column) else None
