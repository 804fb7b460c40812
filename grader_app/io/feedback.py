"""Feedback for each student: the page model, and the sheet for a mail merge (issue 13.3).

:func:`feedback_pages` gives one :class:`StudentPage` per student (plain dataclasses, no Qt): each
question, the student's own answer(s), the score and what it is out of, the rubric level's words
and the teacher's comment. The mail-merge sheet below is made from it, and so is the printable
PDF (``grader_app/ui/feedback_pdf.py``, one page per student).

The sheet has one row per student (a row of a wide sheet, or one id's rows of a long one, as the
LMS exports count them: never two students merged), in sheet order. Columns:

First who the student is, each column only where the sheet gives it for someone: ``Name`` (the student's name
alone, for "Dear «Name»", never the app's "name · id" label), ``Student ID``, ``Username``, ``Email``, ``First
name``, ``Last name`` (each identifier under its own name and only once, as the points sheet gives them:
:func:`~.lms.fields.student_id`, :func:`~.lms.fields.username`); a sheet that gives none of those has a ``Row``
column instead (the file's row number). Then for each question in order, numbered so a mail-merge field name stays
short and fixed: ``Q1 question`` (the teacher's name for it: :func:`students_question_names`; for a download's random
question, the one that student was given, as the download gives it beside their answer), ``Q1 answer``
(the student's own answer, exactly as in the sheet), ``Q1 score``
(empty while open; two answers to it give both, "2; open", that word in the teacher's language), ``Q1 out of``
(the highest score of the question's own scale: a 2 on a 0-3 model is 2 out of 3 even where the LMS gives it 100
points, :func:`~.lms_points.scale_maxima`),
``Q1 rubric`` (the words of the rubric level the score reaches, from the model's ``item.rubric``, when it has one)
and ``Q1 comment`` (the teacher's); and at the end ``Total`` (empty while any answer is open) and ``Out of``.

The headers (and the XLSX sheet's name) are :class:`FeedbackWords`: English unless given, as this module may not use
Qt's translations; the export dialog gives them in the interface's language
(:func:`grader_app.ui.feedback_words.feedback_words`), so the merge fields read as the teacher's own words
("F1 Antwort", "P1 respuesta"). No part of the app reads the feedback sheet back: opened as a sheet to grade, it
is refused (:mod:`.feedback_headers`).

Written as XLSX (a "Feedback" sheet, its name in the teacher's language too; every text cell a string, risky ones
quote-prefixed) or CSV (UTF-8 with a BOM, every risky cell with a leading ``'``), atomically, never over the sheet of
answers. The CSV is the teacher's (their spreadsheet or word processor reads it, no LMS): semicolon-separated with
decimal commas in the scores when the teacher's CSV was (:mod:`.csv_locale`), like the graded CSV.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Sequence

from ..core.header_points import without_points
from ..core.numbers import number_or_text
from ..core.session import GradingSession
from ..core.sheet import LONG
from .csv_locale import csv_delimiter, with_decimal_mark
from .cut_cells import CutCell, note_cut
from .errors import SheetError
from .headers import question_titles, shown_question
from .lms.recognition import drawn_texts, identifiers_for, question_texts, recognise
from .lms._common import EMAIL, Identifiers, names_of, points, students
from .lms.fields import student_id, username
from .lms.export_files import write_csv
from .lms_points import scale_maxima
from .paths_check import refuse_overwriting_input
from .safe_write import atomic_write
from .workbook_save import save_workbook
from .xlsx_cells import set_cell
from .feedback_headers import ENGLISH, PER_QUESTION, WHO, FeedbackWords

OPEN = "open"   # an answer still without a score, beside another answer's to that question (the window's word: its own)


def rubric_words(rubric: dict, score) -> str:
    """The rubric's description for ``score`` ("" when the rubric has no such level or no score)."""
    if score is None or not rubric:
        return ""
    want = number_or_text(score)
    for k, v in rubric.items():
        if str(k).strip() == str(score).strip() or number_or_text(str(k).strip()) == want:
            return str(v)
    return ""


def feedback_header(n_items: int, words: FeedbackWords | None = None, who: Sequence[str] = WHO) -> list[str]:
    """The header: ``who`` (fields of :class:`FeedbackWords` naming the student), each question's columns, the total."""
    w = words or ENGLISH
    return [*(getattr(w, f) for f in who),
            *(w.per_question(what, q) for q in range(1, n_items + 1) for what in PER_QUESTION), w.total, w.total_out_of]


def who_columns(pages: Sequence["StudentPage"]) -> tuple[str, ...]:
    """The fields naming the students that the sheet gives for at least one of them; ``("row",)`` when it gives
    none (else nothing would tell two rows apart), and the row after them when two students share all of them (two
    students of one name in a sheet without ids: :mod:`grader_app.core.namesakes`)."""
    given = tuple(f for f in WHO if any(getattr(p, f) for p in pages))
    return (given + ("row",) if any(p.namesake for p in pages) else given) or ("row",)


# ----- the page model: one student's feedback, shared by the mail-merge sheet and the PDF ---------

@dataclass(frozen=True)
class QuestionFeedback:
    """One question on one student's page."""

    item: str                        # the question's id in the sheet
    question: str                    # the teacher's name for it, else its title, else its prompt, else its id
    prompt: str                      # the question's prompt ("" when there is none)
    answers: tuple[str, ...]         # the student's own answer(s), exactly as in the sheet; () when they have no row
    scores: tuple = ()               # the final score of each answer (None while open)
    out_of: Any = None               # the highest score of the question's own scale (None when unknown)
    rubric: str = ""                 # the words of the rubric level each score reaches, one per line
    comment: str = ""                # the teacher's comments, one per line

    @property
    def answered(self) -> bool:
        """Does the sheet hold an answer (even a blank one) of this student to this question?"""
        return bool(self.answers)

    @property
    def answer(self) -> str:
        return "\n\n".join(self.answers)

    @property
    def score(self):
        """One score as a number; None while open or unanswered; "1; open" for two attempts."""
        return _score_value(self.scores)


@dataclass(frozen=True)
class StudentPage:
    """One student's feedback: a row of a wide sheet, or one id's rows of a long one (never two merged)."""

    student: str                     # as the app shows them: "name · id", or "row N"
    student_id: str
    email: str
    first_name: str
    last_name: str
    name: str                        # the full name as the sheet gives it ("" when none)
    rows: tuple[int, ...]            # the sheet rows (0-based frame rows) the page is made of
    questions: tuple[QuestionFeedback, ...]
    total: Any = None                # None while any of their answers is open
    out_of: Any = None               # the sum of their questions' maxima (None when one is unknown)
    row: int = 0                     # the file's row number of their first row (1-based, as the teacher sees it)
    # another student of the sheet has the same name (and no id or email tells them apart): their row does
    namesake: bool = False
    username: str = ""               # their username, when it is not their student id

    @property
    def display_name(self) -> str:
        """The student's name for a heading: the full name, else the label the app shows."""
        return self.name or self.student


def feedback_pages(session: GradingSession, identifiers: Identifiers | None = None,
                   item_names: dict[str, str] | None = None) -> list[StudentPage]:
    """One :class:`StudentPage` per student in sheet order, every question of the session on each."""
    ids = identifiers if identifiers is not None else identifiers_for(session.sheet, session.mapping)
    items = session.item_keys()
    names = students_question_names(session, item_names)
    # a download's random question: each student's own, as the download gives it beside their answer (not "Q2"),
    # unless a name was given for it
    drawn = {k: t for k, t in drawn_texts(session).items() if not (item_names or {}).get(session.answers[k].item)}
    maxima = scale_maxima(session)      # the question's own scale, not the LMS's points
    pages = []
    for st in students(session, ids):
        first, last, full = names_of(st)
        questions = []
        for i in items:
            info = session.items[i]
            keys = st.answers.get(i, [])
            finals = tuple(session.final_score(k) for k in keys)
            comments = [session.decisions[k].comment for k in keys if k in session.decisions]
            given = {drawn[k] for k in keys if k in drawn}
            question = given.pop() if len(given) == 1 else names[i]   # two attempts given two: neither is the question
            questions.append(QuestionFeedback(
                item=i, question=question, prompt=info.prompt if info.prompt and info.prompt != question else "",
                answers=tuple(session.answers[k].text for k in keys), scores=finals,
                out_of=number_or_text(maxima[i]) if maxima[i] is not None else None,
                rubric="\n".join(w for w in (rubric_words(info.rubric, s) for s in finals) if w),
                comment="\n".join(c for c in comments if c)))
        mine = [i for i in items if i in st.answers]
        out_of = sum(maxima[i] for i in mine) if mine and all(maxima[i] is not None for i in mine) else None
        pages.append(StudentPage(
            student=st.label, student_id=student_id(st.ids), username=username(st.ids),
            email=st.ids.get(EMAIL, ""), first_name=first, last_name=last, name=full, rows=tuple(st.rows),
            questions=tuple(questions), total=st.total(items),
            out_of=number_or_text(out_of) if out_of is not None else None,
            row=session.sheet.row_number(min(st.rows)) if st.rows else 0))
    seen = Counter(_naming(p) for p in pages)
    return [replace(p, namesake=True) if seen[_naming(p)] > 1 else p for p in pages]


def students_question_names(session: GradingSession, item_names: dict[str, str] | None = None) -> dict[str, str]:
    """What each question is called on the students' feedback (page and sheet): the teacher's name for it, not the
    model's catalogue title (QA: "1. ASAP-SAS 5 — Biology: protein synthesis from mRNA" on every page of a sheet
    that calls it "Protein synthesis"). In this order: ``item_names``' (a name given for the export); the question's
    text as a download gives it beside the answers (Blackboard's ``Question`` of "q_11":
    :func:`~.lms.recognition.question_texts`); the sheet's own name for it (its question cell, its answer column's
    header), unless that is only its model's id or title ("asap-sas-5", as the sample sheet names its questions,
    says nothing to a student); else the model's title, the question's prompt, or its key as files name it. The
    page heads a long name with its first words and prints it whole once below
    (:mod:`grader_app.ui.feedback_pdf`, :mod:`.question_headings`)."""
    given = item_names or {}
    texts = question_texts(session.sheet, recognise(session.sheet), session.mapping, session.answers)
    unnamed = _unnamed(session.mapping)
    own = question_titles(session.mapping, generic=False) if unnamed else {}
    out = {}
    for i in session.item_keys():
        info = session.items[i]
        sheet_name = own.get(i, "") if unnamed else i
        if _names_model(sheet_name, info.bundle_id, info.title):
            sheet_name = ""
        out[i] = str(given.get(i) or texts.get(i) or sheet_name.strip() or info.title or info.prompt
                     or shown_question(session.mapping, i))
    return out


def _unnamed(mapping) -> bool:
    """A sheet whose answers name no question (a long one without a question column): its one question's key is not
    the teacher's name for it; its answer column's header may be."""
    return mapping.layout == LONG and not mapping.item_column


def _names_model(name: str, bundle_id: str | None, title: str) -> bool:
    """Whether the sheet's ``name`` for a question is only its model's id or title (the points after it aside)."""
    def tidy(text: str) -> str:
        return " ".join(str(text).split()).casefold()
    named = {tidy(name), tidy(without_points(name))}
    return bool(bundle_id) and bool(named & {tidy(bundle_id or ""), tidy(title)} - {""})


def _naming(page: StudentPage) -> tuple[str, ...]:
    """What names the student on their page (two students alike in all of it need their row too)."""
    return tuple(getattr(page, f) for f in WHO)


def class_title(session: GradingSession) -> str:
    """What the class is called on its pages: the sheet's file name without its suffix, with the worksheet's."""
    sheet = session.sheet
    stem = Path(sheet.source).stem if sheet.source is not None else ""
    if sheet.sheet_name and sheet.sheet_name != stem:
        return f"{stem} · {sheet.sheet_name}" if stem else str(sheet.sheet_name)
    return stem


def feedback_rows(session: GradingSession, identifiers: Identifiers | None = None,
                  item_names: dict[str, str] | None = None, open_word: str = OPEN,
                  words: FeedbackWords | None = None) -> list[list]:
    """Header first (in ``words``, English without), then one row per student (:func:`feedback_pages`); scores are
    numbers, everything else text; two answers to one question give both scores, ``open_word`` for one still open
    ("2; open")."""
    pages = feedback_pages(session, identifiers, item_names)
    who = who_columns(pages)
    rows: list[list] = [feedback_header(len(session.item_keys()), words, who)]
    for page in pages:
        row: list = [getattr(page, f) for f in who]
        for q in page.questions:
            row += [q.question, q.answer, _score_value(q.scores, open_word), q.out_of, q.rubric, q.comment]
        rows.append([*row, page.total, page.out_of])
    return rows


def _score_value(finals: Sequence, open_word: str = OPEN):
    if len(finals) == 1:
        v = finals[0]
        return None if v is None else number_or_text(v)
    if not finals:
        return None
    return "; ".join(points(v) or open_word for v in finals)     # two answers to one question


def _number_columns(n_items: int, start: int) -> set[int]:
    """The columns of :func:`feedback_header` that hold scores (``start``: how many columns name the student): each
    question's score and out of, Total, Out of."""
    per = len(PER_QUESTION)
    cols = {start + per * q + PER_QUESTION.index(w) for q in range(n_items) for w in ("score", "out_of")}
    return cols | {start + per * n_items, start + per * n_items + 1}


def _csv_number(v, delimiter: str) -> str:
    """A score cell as the CSV has it: points ("1.5"; "1.5; open" for two answers) with the delimiter's decimal
    mark."""
    if v is None:
        return ""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        v = points(v)
    return with_decimal_mark(str(v), delimiter)


def write_feedback(session: GradingSession, path, identifiers: Identifiers | None = None,
                   item_names: dict[str, str] | None = None, open_word: str = OPEN,
                   words: FeedbackWords | None = None, cut: list[CutCell] | None = None) -> Path:
    """Write the mail-merge sheet as .xlsx or .csv (by the name's suffix); SheetError (one sentence) on failure;
    ``cut`` (if given) gets each .xlsx cell cut to Excel's limit (:mod:`.cut_cells`).
    ``open_word``: the word for an answer still without a score beside the score of the student's other answer to
    that question, and ``words`` the headers, in the teacher's language (the window gives them; English without)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise SheetError(f"cannot write {p.name}: the feedback sheet must be saved as .xlsx or .csv; "
                         "choose a name ending in one of those")
    refuse_overwriting_input(p, [session.sheet.source])
    rows = feedback_rows(session, identifiers, item_names, open_word, words)
    n_items = len(session.item_keys())
    n_who = len(rows[0]) - len(PER_QUESTION) * n_items - 2   # the columns naming the student
    if suffix == ".csv":
        delimiter = csv_delimiter(session.sheet)
        numbers = _number_columns(n_items, n_who)
        return write_csv(p, [rows[0], *([_csv_number(v, delimiter) if j in numbers else v for j, v in enumerate(row)]
                                        for row in rows[1:])], bom=True, delimiter=delimiter)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = (words or ENGLISH).sheet_title()
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for j, name in enumerate(rows[0], start=1):
        set_cell(ws.cell(row=1, column=j), name).font = bold
    for r, row in enumerate(rows[1:], start=2):
        for j, v in enumerate(row, start=1):
            if v is None or v == "":
                continue
            c = set_cell(ws.cell(row=r, column=j), v)
            note_cut(cut, v, _who, (r, row[:n_who]), str(rows[0][j - 1]))
            if isinstance(v, str) and "\n" in v:
                c.alignment = wrap
    ws.freeze_panes = "A2"
    return atomic_write(p, lambda f: save_workbook(wb, f))


def _who(at: tuple[int, Sequence]) -> str:
    """The student of the feedback workbook's row ``at`` (its number, its cells naming the student) as those cells say
    them ("Ann · S001"), each once."""
    r, cells = at
    return " · ".join(dict.fromkeys(str(w) for w in cells if w)) or f"row {r}"


__all__ = ["write_feedback", "feedback_rows", "feedback_header", "rubric_words", "feedback_pages", "class_title",
           "who_columns", "FeedbackWords", "StudentPage", "QuestionFeedback"]
