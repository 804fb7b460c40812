"""Which question columns of a quiz report hold no written answers (multiple choice, true/false, numbers), so that
the columns dialog leaves them unticked (:func:`leave_closed_unticked`, applied to every recognised download of one
column per question by :func:`~.recognition.recognise`), says so (:func:`~..notes.closed_not_ticked`), and the teacher
can tick them back; of a download of one row per answer, the questions whose answers are closed are left out
(:func:`leave_closed_out`, by Brightspace's "Q Type" where it says the type), and a box under the columns takes them back.

A quiz's report mixes questions the LMS marks itself with the one or two written ones Grader is for. None of the
downloads read here says a question's type (Canvas's Student Analysis, Moodle's Responses, Blackboard's by user and the
forms give the chosen choice's text, or the number typed, as the answer), and a choice's text looks like a
fill-in-the-blank answer, so the rule goes by the answers alone and is conservative: only answers that are obviously
closed make a column unticked, and a column that could hold what students wrote stays ticked. On one question's filled
answers as the session reads them (HTML as its text, Moodle's "-" blank), each trimmed (:func:`closed`):

* fewer than :data:`MIN_ANSWERS`: not closed (three "True" tell nothing);
* numbers: every answer is a number, alone or with one short unit ("4.5", "-3", "12,5 %", "4.5 m/s"), as a
  numeric question takes them;
* a choice's letter or a truth value: every answer is a letter alone ("B", "c)") or one of true/false, yes/no (in
  English, German, Spanish or French: "Wahr", "Falso"), however few students chose the other; or
* choices: from 2 to :data:`MAX_CHOICES` different answers, at least two of them given word for word by two students
  or more, at most one answer in ten given by one student alone, and no two that differ only in capitals, spaces,
  accents or punctuation ("Mitochondria" and "mitochondria.": an LMS writes a choice the same way every time, only
  typing varies it).

So a column of varied sentences is never unticked (more different answers than a question has choices), nor one where
most students wrote the same word (one value alone, or one value and a tail of others each written once, or the same
word with and without a capital). What it cannot tell apart is a fill-in-the-blank question whose students all typed
one of a few answers exactly alike; the LMS marks such answers by itself too, and the note names the column, so the
teacher can tick it back. When every question column of the download is closed, all stay ticked as before: the teacher
opened the report to grade something, and an empty choice would help no one.

On every ASAP-SAS set (1,278 to 1,808 answers each) and on classes of 6 to 40 of their answers drawn at random, no
column is closed (``tests/io/lms/test_closed_answers.py`` checks the sets when the data is there).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from typing import Callable, Sequence

from ...core.sheet import WIDE, ColumnMapping, Reading, Sheet, cell_text, column_values
from ..html_text import question_name
from ..notes import Note, closed_left_out, closed_not_ticked

MIN_ANSWERS = 6      # fewer filled answers than this tell nothing
MAX_CHOICES = 8      # more different answers than this are no one question's choices
ALONE_SHARE = 0.1    # at most this share of the answers given by one student alone (a choice one student took)

_NUMBER = r"[-+−]?(?:\d+(?:[ ,.'’]\d{3})*(?:[.,]\d+)?|[.,]\d+)(?:[eE][-+]?\d+)?"
_UNIT = r"(?:%|‰|°[CFK]?|[^\W\d_][^\s\d]{0,5}(?:[/^·][^\s]{1,4})?[²³]?)"
NUMBER_ANSWER = re.compile(rf"{_NUMBER}(?:\s?{_UNIT})?")
_LETTER = re.compile(r"\(?[A-Za-z][).]?")   # a choice's letter: "B", "c)", "(d)"
TRUTH = {"true", "false", "yes", "no", "wahr", "falsch", "richtig", "ja", "nein", "verdadero", "falso", "sí", "si",
         "vrai", "faux", "oui", "non"}


def closed(answers: Sequence[str]) -> bool:
    """Whether one question's ``answers`` (as read, blank ones included) are obviously closed: numbers, or a few
    choices repeated across students (see the module)."""
    return _closed(Counter(answers))


def _closed(cells: Counter, read: Callable[[Sequence[str]], Sequence[str]] | None = None) -> bool:
    """:func:`closed` of the answers counted in ``cells`` (cell -> how many), each different cell read by ``read``
    (a :class:`~grader_app.core.sheet.Reading`'s ``texts``) as the session reads an answer."""
    if len(cells) > 4 * MAX_CHOICES + 2 and not all(_numbers_only(cell_text(c)) for c in cells):
        return False   # more different cells than a question has choices, and not only numbers: read no further
    counts: Counter[str] = Counter()
    for cell, n in cells.items():
        text = cell_text(cell)
        answer = (read([text])[0] if read is not None else text).strip()
        if answer:
            counts[answer] += n
    if sum(counts.values()) < MIN_ANSWERS:
        return False
    if all(NUMBER_ANSWER.fullmatch(a) or _LETTER.fullmatch(a) or a.casefold() in TRUTH for a in counts):
        return True
    return _choices(counts)


def _numbers_only(text: str) -> bool:
    """A cell that may be a numeric question's answer, or none ("", Moodle's "-")."""
    return not text.strip() or text.strip() == "-" or bool(NUMBER_ANSWER.fullmatch(text.strip()))


def _choices(counts: Counter[str]) -> bool:
    if not 2 <= len(counts) <= MAX_CHOICES:
        return False
    repeated = [v for v, n in counts.items() if n >= 2]
    alone = sum(1 for n in counts.values() if n == 1)
    if len(repeated) < 2 or alone > ALONE_SHARE * sum(counts.values()):
        return False
    return len({_folded(v) for v in counts}) == len(counts)   # "True" and "true": typed, not chosen


def _folded(text: str) -> str:
    """``text`` without capitals, accents, spaces or punctuation: two answers alike but for those were typed."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in plain if ch.isalnum())


def closed_columns(sheet: Sheet, columns: Sequence[str], reading: Reading | None = None) -> list[str]:
    """Those of ``columns`` whose answers are :func:`closed`, on ``reading``'s student rows, each different cell read as
    it reads an answer (HTML as its text, Moodle's "-" blank). Counted first, so that a column is read once and each
    different cell looked at once: 10,000 students' six answers in 20 ms."""
    skip = reading.skip if reading is not None else frozenset()
    out = []
    for column in columns:
        values = column_values(sheet.frame, column)
        cells = Counter(v for r, v in enumerate(values) if r not in skip) if skip else Counter(values)
        if _closed(cells, reading.texts if reading is not None else None):
            out.append(column)
    return out


def leave_closed_unticked(sheet: Sheet, mapping: ColumnMapping | None,
                          reading: Reading | None) -> tuple[ColumnMapping | None, dict[str, str]]:
    """``mapping`` (a recognised download's) without its question columns whose answers are :func:`closed`, and those
    columns with their questions (column -> question, as ``mapping`` named them: Blackboard's "Answer 2" is "Q2", which
    the dialog keeps when the teacher ticks it back); ``mapping`` itself and {} for a sheet of one row per answer, or
    when none or every one of its questions is closed."""
    if mapping is None or mapping.layout != WIDE or len(mapping.answer_columns) < 2:
        return mapping, {}
    shut = closed_columns(sheet, list(mapping.answer_columns), reading)
    if not shut or len(shut) == len(mapping.answer_columns):
        return mapping, {}
    kept = {c: i for c, i in mapping.answer_columns.items() if c not in shut}
    return replace(mapping, answer_columns=kept), {c: mapping.answer_columns[c] for c in shut}


# Brightspace's "Q Type" of a question, folded (:func:`_folded`): the codes its Question Library gives each type (D2L's
# help on creating quiz questions: "T/F", "M/C" or "MC", "M-S", "MAT", "ORD", "2+2" for Arithmetic, "x10" for
# Significant Figures, "LIK" closed; "WR", called "LA" (Long Answer) before, "SA", "MSA", "FIB" written), or the types'
# names. Assumed, not documented: that the question details download writes these codes in "Q Type" (its columns are
# not in Brightspace's public help; they are those of downloads seen, tests/io/lms/lms_sheets.py's BRIGHTSPACE_HEAD).
CLOSED_TYPES = {"mc", "multiplechoice", "tf", "truefalse", "trueorfalse", "ms", "multiselect", "mat", "matching",
                "ord", "ordering", "22", "arith", "arithmetic", "x10", "sig", "sf", "significantfigures", "lik", "likert"}
WRITTEN_TYPES = {"wr", "writtenresponse", "la", "longanswer", "sa", "shortanswer", "msa", "multishortanswer",
                 "multipleshortanswer", "fib", "fillintheblanks", "fillintheblank"}


def leave_closed_out(sheet: Sheet, mapping: ColumnMapping | None, reading: Reading | None,
                     types: str | None = None) -> tuple[ColumnMapping | None, dict[str, str]]:
    """A recognised download of one row per answer (Blackboard's by question and user, Brightspace's question details):
    ``mapping`` with its questions whose answers are closed left out (``ColumnMapping.left_out``: their rows give no
    answers), and those questions (question -> question). A question is closed by its type where the download says it
    (``types``: Brightspace's "Q Type" column, "MC", "T/F" closed, "WR", "SA" written, on every one of its rows), else by
    :func:`closed` over its rows' answers. As for a report of one column per question: nothing is left out when fewer
    than two questions, or every one, are closed."""
    if mapping is None or mapping.layout == WIDE or not mapping.item_column or not mapping.answer_column:
        return mapping, {}
    from ...core.row_questions import row_questions

    skip = reading.skip if reading is not None else frozenset()
    questions = row_questions(sheet.frame, mapping.item_column)
    answers, kinds = column_values(sheet.frame, mapping.answer_column), (
        column_values(sheet.frame, types) if types else None)
    cells: dict[str, Counter] = {}
    said: dict[str, set[str]] = {}
    for r, q in enumerate(questions):
        if r in skip:
            continue
        cells.setdefault(q, Counter())[answers[r]] += 1
        if kinds is not None:
            said.setdefault(q, set()).update({_folded(cell_text(kinds[r]))} - {""})
    texts = reading.texts if reading is not None else None
    shut = [q for q, counted in cells.items() if _closed_kind(said.get(q, set()), counted, texts)]
    if len(cells) < 2 or not shut or len(shut) == len(cells):
        return mapping, {}
    return replace(mapping, left_out=shut), {q: q for q in shut}


def _closed_kind(kinds: set[str], cells: Counter, texts) -> bool:
    """A question of one row per answer is closed: by the type its rows say, else by its answers."""
    if kinds and kinds <= CLOSED_TYPES:
        return True
    if kinds & WRITTEN_TYPES:
        return False
    return _closed(cells, texts)


NAME_CHARS = 40   # a question named in the note is cut after this many characters (Canvas heads it with its text)


def own_closed(sheet: Sheet, chosen: Sequence[str], reading: Reading | None) -> list[str]:
    """Of ``chosen``, the question columns of a teacher's own sheet of one column per question (no LMS download) whose
    answers are :func:`closed` (her "Q3" of True and False), by the rule a quiz report's go by; none when fewer than two
    are chosen or every one is closed (nothing would be left to grade)."""
    if len(chosen) < 2:
        return []
    shut = closed_columns(sheet, chosen, reading)
    return shut if len(shut) < len(chosen) else []


def closed_notes(mapping: ColumnMapping, closed: dict[str, str]) -> Note:
    """The note on a recognised download's closed questions: its columns left unticked (:func:`closed_note`), or, of
    one row per answer, its questions left out (:func:`leave_closed_out`)."""
    return closed_note(closed) if mapping.layout == WIDE else closed_left_out(list(closed))


def closed_note(closed: dict[str, str] | Sequence[str], own: bool = False) -> Note:
    """The columns dialog's note on the question columns ``closed`` left unticked (column -> question), each named as
    the dialog lists it (:func:`~..html_text.question_name`: an HTML header's words), cut short; ``own``: of the
    teacher's own sheet (:func:`own_closed`)."""
    names = [question_name(c) for c in closed]
    return closed_not_ticked(list(closed), [n if len(n) <= NAME_CHARS else n[:NAME_CHARS - 1].rstrip() + "…"
                                            for n in names], own)


def own_closed_columns(notes: Sequence[str]) -> list[str]:
    """The columns of a teacher's own sheet that ``notes`` say were left unticked as closed (:func:`own_closed`)."""
    return [c for n in notes if getattr(n, "kind", "") == "closed_not_ticked" and n.values.get("own")   # type: ignore
            for c in n.values["columns"]]   # type: ignore[attr-defined]


def still_unticked(notes: Sequence[str], mapping: ColumnMapping) -> list[str]:
    """``notes`` with the one on closed question columns (:func:`closed_note`) saying only those ``mapping`` still leaves
    unticked, and left out once the teacher ticked them all or chose one row per answer (where nothing is ticked)."""
    out: list[str] = []
    for note in notes:
        kind = getattr(note, "kind", "")
        if kind == "closed_left_out":   # one row per answer: said while they are left out
            if mapping.layout != WIDE and mapping.left_out:
                out.append(note)
            continue
        if kind != "closed_not_ticked":
            out.append(note)
            continue
        if mapping.layout != WIDE:
            continue
        left = [(c, n) for c, n in zip(note.values["columns"], note.values["names"])   # type: ignore[attr-defined]
                if c not in mapping.answer_columns]
        if left:
            out.append(closed_not_ticked([c for c, _ in left], [n for _, n in left],
                                         bool(note.values.get("own"))))   # type: ignore[attr-defined]
    return out
