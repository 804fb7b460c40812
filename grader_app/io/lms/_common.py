"""What every LMS module shares: header matching, the recognition and identifier records, the
students of a session (never merged) and matching them on one identifier.

Pure Python (no Qt). What an export writes (its table, its result, the report of the students left out, the
formula-safe CSV) is :mod:`.export_files`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from ...core.numbers import number_or_text
from ...errors import sentence
from ...problem_texts import english
from ...core.sheet import LONG, WIDE, ColumnMapping, Reading, Sheet, student_names
from ..headers import item_header as item_header  # re-exported: the LMS modules take these from here
from ..headers import item_headers as item_headers
from ..headers import norm, question_items, question_titles, shown_question
from ..html_text import question_name
from ..lms_points import LmsPoints, column_texts
from ..lms_points import item_maxima as maxima
from ..notes import Note, recognised_export
from . import reasons as why
from .export_files import Unmatched
from .fields import (  # the identifier fields (re-exported: the LMS modules take them from here)
    CANVAS_ID as CANVAS_ID, EMAIL as EMAIL, FIRST_NAME as FIRST_NAME, FOLDED, ID_NUMBER as ID_NUMBER,
    LAST_NAME as LAST_NAME, NAME as NAME, NOT_A_STUDENT as NOT_A_STUDENT, ORG_DEFINED_ID as ORG_DEFINED_ID,
    PARTICIPANT as PARTICIPANT, SHEET_ID as SHEET_ID, SIS_ID as SIS_ID, SIS_LOGIN_ID as SIS_LOGIN_ID,
    STUDENT_ID as STUDENT_ID, USERNAME as USERNAME)
from .person_names import split_full_name
from .reasons import ListWords, Reason


def squash(header) -> str:
    """A header with only its letters, digits and ``#``: "Org Defined ID" -> "orgdefinedid"."""
    return re.sub(r"[^0-9a-z#/]", "", norm(header))


class Headers:
    """Look a sheet's columns up by the names a system gives them."""

    def __init__(self, sheet: Sheet, exclude: Iterable[str] = ()) -> None:
        skip = set(exclude)
        self.columns = [c for c in sheet.columns if c not in skip]
        self._norm: dict[str, str] = {}
        self._squash: dict[str, str] = {}
        for c in self.columns:
            self._norm.setdefault(norm(c), c)
            self._squash.setdefault(squash(c), c)

    def find(self, *names: str) -> str | None:
        """The first column whose header is one of ``names`` (compared by :func:`norm`, then :func:`squash`)."""
        for n in names:
            if norm(n) in self._norm:
                return self._norm[norm(n)]
        for n in names:
            if squash(n) in self._squash:
                return self._squash[squash(n)]
        return None

    def has(self, *names: str) -> bool:
        return self.find(*names) is not None

    def matching(self, pattern: re.Pattern) -> list[tuple[str, re.Match]]:
        """Columns (in sheet order) whose normalised header matches ``pattern`` in full."""
        out = []
        for c in self.columns:
            m = pattern.fullmatch(norm(c))
            if m:
                out.append((c, m))
        return out


def cell(sheet: Sheet, r: int, col: str | None) -> str:
    """A cell's text as in the sheet ("" for no column or an empty cell)."""
    if not col:
        return ""
    frame = sheet.frame
    v = frame.iat[r, frame.columns.get_loc(col)]
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return str(v)


def filled(sheet: Sheet, col: str) -> int:
    return sum(1 for t in column_texts(sheet.frame, col) if t.strip())


# ----- what a recogniser returns ---------------------------------------------------------------

@dataclass
class Identifiers:
    """Per sheet row (the frame's 0-based row), the student identifiers the system needs back.

    ``rows[r]`` maps field names (:data:`EMAIL`, :data:`USERNAME`, ...) to the trimmed text of
    the sheet; a field the row does not have is absent.
    """

    system: str | None
    rows: list[dict[str, str]] = field(default_factory=list)

    def get(self, row: int) -> dict[str, str]:
        return self.rows[row] if 0 <= row < len(self.rows) else {}

    def fields(self) -> set[str]:
        return {k for r in self.rows for k, v in r.items() if v and k != NOT_A_STUDENT}

    def not_students(self) -> list[str]:
        """What the rows that are no student show ("Overall average"), in sheet order."""
        return [r[NOT_A_STUDENT] for r in self.rows if r.get(NOT_A_STUDENT)]


def read_identifiers(sheet: Sheet, columns: dict[str, str | None], system: str | None,
                     clean: Callable[[str, str], str] | None = None) -> Identifiers:
    """Identifiers from ``columns`` (field -> column header or None); ``clean(field, text)`` may tidy a value. Each
    column is read once (:func:`~..lms_points.column_texts`), not a cell at a time: the export dialog reads them as it
    opens (0.3 s for a class of 20,000 read cell by cell)."""
    texts = {f: column_texts(sheet.frame, col) for f, col in columns.items() if col}
    rows = []
    for r in range(len(sheet)):
        ids = {}
        for f, col_texts in texts.items():
            v = col_texts[r].strip()
            if v and clean is not None:
                v = clean(f, v).strip()
            if v:
                ids[f] = v
        rows.append(ids)
    return Identifiers(system=system, rows=rows)


@dataclass
class Recognition:
    """A sheet recognised as one LMS's export.

    ``mapping`` is None when the file is that system's but holds no answers to grade (a statistics
    report); ``sentence`` then says which file to download instead. ``reading`` is how its cells are read
    as answers (HTML as text, rows that are no student left out; :mod:`.cleaning`), None for as they are.
    """

    system: str                 # "Moodle"
    kind: str                   # "quiz responses export"
    mapping: ColumnMapping | None
    identifiers: Identifiers
    sentence: str
    exports: tuple[str, ...] = ()   # keys of the export formats that give the grades back to it
    reading: Reading | None = None
    # where the download gives each question's text beside its answers (Blackboard's "Question N", Brightspace's
    # "Q Text"): a column of answers (a wide sheet), or a long sheet's column of questions -> the column of its text
    # (:func:`~.recognition.question_texts`)
    questions: dict[str, str] = field(default_factory=dict)
    # a file that holds no answers: the kind of problem (grader_app.problem_texts) its opening is refused with, which
    # the window says in the teacher's language (``sentence`` is its English)
    refusal: str = ""
    # the question columns left unticked as their answers are closed (multiple choice, true/false, numbers), column ->
    # question (:mod:`.closed_answers`): ``mapping`` leaves them out, the columns dialog says so
    closed: dict[str, str] = field(default_factory=dict)


def holding_no_answers(system: str, kind: str, identifiers: Identifiers, refusal: str,
                       exports: Sequence[str] = ()) -> Recognition:
    """``system``'s file of ``kind`` that holds no answers: opening it is refused with the problem ``refusal``, which
    says which file to download instead."""
    said = sentence(english(refusal, {}))
    return Recognition(system, kind, None, identifiers, said, tuple(exports), refusal=refusal)


def recognised(system: str, kind: str, mapping: ColumnMapping, identifiers: Identifiers,
               exports: Sequence[str] = (), extra: str = "", reading: Reading | None = None,
               questions: dict[str, str] | None = None) -> Recognition:
    sentence = recognised_export(system, kind)
    if extra:
        sentence = Note(f"{sentence} {extra}")   # words of their own: shown as they are
    return Recognition(system, kind, mapping, identifiers, sentence, tuple(exports), reading, dict(questions or {}))


# ----- free text ------------------------------------------------------------------------------

def wide_mapping(sheet: Sheet, answer_columns: dict[str, str], id_column: str | None,
                 name_column: str | None, first_name_column: str | None = None) -> ColumnMapping | None:
    """A wide mapping over the answer columns that hold anything (None if none does); a question named by its
    column's header is named as the teacher reads it (:func:`~..headers.question_items`: an HTML header's words)."""
    kept = [c for c in answer_columns if filled(sheet, c)]
    used = question_items(kept, {c: i for c, i in answer_columns.items() if i != c})
    if not used:
        return None
    m = ColumnMapping(layout=WIDE, id_column=id_column, name_column=name_column, answer_columns=used,
                      first_name_column=first_name_column)
    m.validate(sheet)
    return m


def long_mapping(sheet: Sheet, item_column: str, answer_column: str, id_column: str | None,
                 name_column: str | None, first_name_column: str | None = None) -> ColumnMapping:
    m = ColumnMapping(layout=LONG, id_column=id_column, name_column=name_column, item_column=item_column,
                      answer_column=answer_column, first_name_column=first_name_column)
    m.validate(sheet)
    return m


def best_filled(sheet: Sheet, *columns: str | None) -> str | None:
    """The first of ``columns`` that is filled on most rows, else the fullest one, else None."""
    present = [c for c in columns if c]
    if not present:
        return None
    counts = {c: filled(sheet, c) for c in present}
    for c in present:
        if counts[c] >= 0.5 * len(sheet) and counts[c]:
            return c
    best = max(present, key=lambda c: counts[c])
    return best if counts[best] else None


def import_titles(session, item_names: dict[str, str]) -> dict[str, str]:
    """What an LMS import file heads each question's column with, before :func:`item_headers` makes them its own:
    the teacher's ``item_names``, else the question's title as the teacher reads it (:func:`plain_title`: a question
    headed in HTML, Canvas's "3318801: <p>Use the results &amp; ...</p>", by its words "3318801: Use the results &
    ..."; one the sheet does not name by its answer column's header, :func:`own_titles`). Never the HTML header
    itself: the LMS showed its tags and entities as the grade item's name, and the notes quoted them."""
    titles = own_titles(session, {})
    for item in map(str, session.item_keys()):
        title = titles.get(item) or item
        if (plain := plain_title(title)) != title:
            titles[item] = plain
    return {**titles, **item_names}


def plain_title(title: str) -> str:
    """A question's title as words on one line: HTML read as its text (tags gone, entities decoded,
    :func:`~..html_text.question_name`), whitespace single spaces; the title as it is if that leaves no words."""
    return " ".join(question_name(str(title)).split()) or str(title)


def own_titles(session, item_names: dict[str, str]) -> dict[str, str]:
    """Each question's title in a file the teacher reads, where it is not its key: the teacher's ``item_names``, else
    for the one question of a sheet that names none ("whole sheet") its answer column's header
    (:func:`~..headers.question_titles`)."""
    return {**question_titles(session.mapping), **item_names}


# ----- students of a session --------------------------------------------------------------------

@dataclass
class Student:
    """One student as the exports see them: a row of a wide sheet, or one id's rows of a long one."""

    label: str                          # as the app shows them: "name · id", or "row N"
    rows: list[int]                     # sheet rows (0-based frame rows)
    ids: dict[str, str]                 # identifier fields
    answers: dict[str, list[int]]       # item -> answer keys (more than one: a problem)
    scores: dict[str, object]           # item -> final score (None while open); only for single answers
    problem: Reason | None = None       # why this student cannot go into an import file

    def score_cells(self, items: Sequence[str], session, open_word: str = "open",
                    scale: Callable[[str, Any], Any] = lambda item, v: v) -> list[str]:
        """Each question's points for a file the teacher reads: "" while open; for two answers to one question
        (two attempts) each one's, joined with "; ", ``open_word`` (the teacher's language) for one still open.
        ``scale(item, score)``: the score as the file writes it (:meth:`grader_app.io.lms_points.LmsPoints.score`)."""
        out = []
        for i in items:
            keys = self.answers.get(i, [])
            out.append("; ".join(points(scale(i, session.final_score(k))) or open_word for k in keys) if len(keys) > 1
                       else points(scale(i, self.scores.get(i))))
        return out

    def total(self, items: Sequence[str]):
        vals = [self.scores.get(i) for i in items if i in self.answers]
        if not vals or any(v is None or isinstance(v, bool) or not isinstance(number_or_text(v), (int, float)) for v in vals):
            return None
        t = sum(number_or_text(v) for v in vals)
        return int(t) if isinstance(t, float) and t.is_integer() else t


def points(v) -> str:
    """A score as an LMS reads points: "2", "1.5" (a dot, no thousands separator); "" for none."""
    if v is None:
        return ""
    v = number_or_text(v)
    if isinstance(v, bool):
        return str(int(v))
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return ""
        if v.is_integer():
            return str(int(v))
        return f"{v:.6f}".rstrip("0").rstrip(".")
    return str(v)


def students(session, identifiers: Identifiers, scores: bool = True) -> list[Student]:
    """The session's students in sheet order; never two students merged into one.

    A row the identifiers mark :data:`NOT_A_STUDENT` (a report's "Overall average") is no student.
    Wide sheet: each row is a student (a second submission is a second student). Long sheet: the
    rows of one id exactly as the sheet spells it (else one name, else one row) are one student, unless
    they carry different names (an id typed twice by mistake: two students, whom an LMS file then leaves
    out as sharing an id); a student with two answers to one question (two attempts) gets a ``problem``.
    Without ``scores`` their ``scores`` stay empty (who they are is all that is asked: the export dialog's counts).
    """
    from .canvas_file import _name_key, student_keys

    layout = session.mapping.layout
    keys = student_keys(session) if layout == LONG else {a.key: ("row", a.row) for a in session.answers}
    if layout == LONG:   # one id written for two students (a typo): their names tell them apart, never one page
        names = student_names(session.sheet.frame, session.mapping)   # (each column read once)
        keys = {k: v + ((_name_key(names[session.answers[k].row]),) if v[0] == "id" else ()) for k, v in keys.items()}
    out: dict[tuple, Student] = {}
    for a in session.answers:
        st = out.get(keys[a.key])
        if st is None:
            st = out[keys[a.key]] = Student(label=a.student, rows=[], ids={}, answers={}, scores={})
        if a.row not in st.rows:
            st.rows.append(a.row)
            for f, v in identifiers.get(a.row).items():
                st.ids.setdefault(f, v)
        st.answers.setdefault(a.item, []).append(a.key)
        if scores:
            st.scores[a.item] = session.final_score(a.key)
    for k in [k for k, st in out.items() if all(identifiers.get(r).get(NOT_A_STUDENT) for r in st.rows)]:
        del out[k]   # a report's summary row: no student, and no answer to give back (the export's note says so)
    for st in out.values():
        twice = [i for i, ks in st.answers.items() if len(ks) > 1]
        if twice:
            st.problem = why.several_answers(len(st.answers[twice[0]]), shown_question(session.mapping, twice[0]),
                                             len(twice) - 1)
            for i in twice if scores else ():
                st.scores[i] = None
    return list(out.values())


def item_maxima(session) -> dict[str, Any]:
    """Each question's points possible (None when unknown): see :func:`grader_app.io.lms_points.item_maxima`."""
    return maxima(session)


# a system whose grades go back through another's file: a Google Form's quiz grades go to Google Classroom (whose quiz
# assignments take their grades from the form), so the points its questions give (in their titles: "(2 points)") hold
# for the Classroom file as for the points sheet
GOES_BACK_TO = {"Google Forms": "Google Classroom"}


def lms_points(session, system: str, titles: dict[str, str], source: str | None) -> tuple[LmsPoints, list[Note]]:
    """The points ``system``'s file declares and writes for each score (:mod:`grader_app.io.lms_points`: scaled to
    the points the sheet gives, never above them, when the sheet came from ``system``, or from a system whose grades go
    back to it (:data:`GOES_BACK_TO`): ``source``, the system it was recognised as; else on their own scale), and the
    note saying which were scaled, to ``source``'s points (none when none was).
    ``titles``: each question's title in the file. PointsUnknown (a SheetError) when the file cannot be written."""
    from .export_notes import scores_scaled

    own = source == system or GOES_BACK_TO.get(str(source)) == system
    pts = LmsPoints(session, system, titles, own=own)
    shown = pts.examples(titles)
    return pts, ([scores_scaled(source if own and source else system,
                                [(t, points(a), points(b), points(c), points(d)) for t, a, b, c, d in shown])]
                 if shown else [])


# ----- matching on one identifier ---------------------------------------------------------------

def unmatched_entry(session, st: Student, reason: str, words: ListWords | None = None,
                    pts: LmsPoints | None = None) -> Unmatched:
    """``st`` left out for ``reason``, with their scores in the ``words`` of the list (English without): each one as
    the file would have written it (``pts``: the file's :class:`~grader_app.io.lms_points.LmsPoints`, so a score
    scaled to the LMS's points in the file is scaled here too), the value the teacher types into the LMS by hand."""
    items = [i for i in session.item_keys() if i in st.answers]
    open_word = (words if words is not None else ListWords()).open
    scale = pts.score if pts is not None else (lambda item, v: v)
    return Unmatched(student=st.label, row=session.sheet.row_number(min(st.rows)), reason=reason,
                     scores=dict(zip(items, st.score_cells(items, session, open_word, scale))))


def matched_by(sts: Sequence[Student], options: Sequence[str], choose: bool = True) -> tuple[str | None, list[str]]:
    """(the field chosen, the fields a student may be matched by) for :func:`match_on`: with ``choose`` the one of
    ``options`` most students have (ties by preference), alone; else none chosen, and any of ``options``."""
    if not choose:
        return None, list(options)
    counts = {f: sum(1 for s in sts if s.ids.get(f)) for f in options}
    best = max(options, key=lambda f: (counts[f], -options.index(f))) if options else None
    return best, [best] if best else []


def match_on(session, sts: list[Student], options: Sequence[str], system: str,
             choose: bool = True) -> tuple[str | None, list[tuple[Student, str]], list[tuple[Student, Reason]]]:
    """Pick the identifier field to match on and sort the students.

    ``options`` in order of preference; with ``choose`` the field most students have wins (ties
    by preference), else any of the options is used per student. Returns (field chosen, matched
    [(student, value)], unmatched [(student, reason)], each reason a :class:`~.reasons.Reason`). A student
    with no value, a value that cannot be written as it is (:func:`~.reasons.unsafe_identifier`: a formula's sign at
    its start, a line break in it, a space at an end), the same value as another student
    (compared without case for emails and usernames) or a ``problem`` is unmatched; none is dropped.
    """
    best, fields = matched_by(sts, options, choose)
    matched: list[tuple[Student, str, str]] = []
    bad: list[tuple[Student, Reason]] = []
    for s in sts:
        if s.problem:
            bad.append((s, s.problem))
            continue
        f = next((f for f in fields if s.ids.get(f)), None)
        if f is None:
            bad.append((s, why.no_identifier(fields or options, options, system)))
            continue
        v = s.ids[f]
        unsafe = why.unsafe_identifier(f, v, system)
        if unsafe is not None:
            bad.append((s, unsafe))
            continue
        matched.append((s, f, v))
    seen: dict[str, list[int]] = {}
    for n, (_s, f, v) in enumerate(matched):
        seen.setdefault(f + "\0" + (v.casefold() if f in FOLDED else v), []).append(n)
    clash = {n: group for group in seen.values() if len(group) > 1 for n in group}
    good = []
    for n, (s, f, v) in enumerate(matched):
        if n in clash:
            others = [session.sheet.row_number(min(matched[m][0].rows)) for m in clash[n] if m != n]
            bad.append((s, why.shared_identifier(f, v, others)))
        else:
            good.append((s, v))
    order = {id(s): k for k, s in enumerate(sts)}
    bad.sort(key=lambda sb: order[id(sb[0])])
    return best, good, bad


def names_of(st: Student) -> tuple[str, str, str]:
    """(first, last, full) as the sheet gives them; a full name alone is split by
    :func:`~.person_names.split_full_name` (its surname with the lower-case particles before it or from its Gaelic
    prefix on, "Last, First" as written, a suffix after a comma with the last name, a trailing number never a last
    name)."""
    first, last, full = st.ids.get(FIRST_NAME, ""), st.ids.get(LAST_NAME, ""), st.ids.get(NAME, "")
    if not full:
        full = " ".join(p for p in (first, last) if p)
    if full and not (first or last):
        first, last = split_full_name(full)
    return first, last, full
