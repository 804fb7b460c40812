"""Why a student is not in an LMS file, and why no file was written at all, in words the window can translate.

Each reason is a :class:`Reason` (an :class:`~grader_app.io.notes.Note`): its ``str()`` is the English sentence
(what a script and the tests read), and it carries its ``kind`` and the values it was made from, so that
:mod:`grader_app.ui.unmatched_words` says it in the teacher's language, one case per kind:

* ``several_answers``: more than one answer to a question (two attempts?), so no single grade;
* ``no_identifier``: the student has none of the identifiers the system matches on;
* ``unsafe_identifier``: their identifier cannot be written as it is, for a ``cause`` of its own (a space or tab at
  an end, a line break in it, a formula's sign at its start, or an invisible character before one), each said with
  what to do;
* ``shared_identifier``: another student has the same identifier (they are never merged);
* ``no_score``: the student is in the file, but without a grade for a question whose answer has no score yet (listed
  after those the file left out, :mod:`.ungraded`).

When the file could take nobody, nothing is written (an import file with a header alone would look like a success)
and :class:`NothingMatched` says why: no student has the identifier the system needs (``nothing_matched_missing``,
naming it and the column to add; ``nothing_matched_participant`` for Moodle's grading worksheet, whose identifier
only Moodle's own download has), or each student for a reason of their own (``nothing_matched``: the list says
which). :class:`ListWords` are the words of the list of students left out (``<name>-unmatched.csv``): a teacher
reads it, no LMS does, so the window writes it in the teacher's language, and it has the list separator and decimal
mark of the teacher's sheet (:mod:`grader_app.io.csv_locale`). Pure Python, no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from ..errors import SheetError
from ..formula_guard import formula_start, inner_formula_start, is_risky
from ..notes import Note
from .export_notes import visible
from .fields import HEADERS, PARTICIPANT, alternatives, field_words


LINE_BREAKS = "\n\r"      # in an identifier: no LMS has it so (the cell would hold two lines)


class Reason(Note):
    """Why a student is not in a file (or why no file was written): English text, ``kind`` and ``values``."""

    def __reduce__(self):   # a copy (or a pickle) stays a Reason
        return (_rebuild, (str(self), self.kind, self.values))


def _rebuild(text: str, kind: str, values: dict) -> Reason:
    return Reason(text, kind, **values)


def several_answers(count: int, item: str, more: int) -> Reason:
    """``count`` answers to the question ``item``, and more than one to ``more`` other questions too."""
    text = f"{count} answers to “{visible(item)}”"
    if more:
        text += f" and {more} more question{'' if more == 1 else 's'}"
    return Reason(text + " (more than one attempt?); enter this student's grade by hand", "several_answers",
                  count=count, item=item, more=more)


def no_identifier(fields: Sequence[str], options: Sequence[str], system: str) -> Reason:
    """The student has none of ``fields`` (what the file matches on); ``options``: every field the system can match
    on (what a sheet would need to give)."""
    what = alternatives(field_words(f) for f in fields)
    return Reason(f"no {what} for this student, so {system} could not match them", "no_identifier",
                  fields=list(fields), options=list(options), system=system)


def unsafe_identifier(field: str, value: str, system: str) -> Reason | None:
    """Why ``value`` (the student's ``field``) cannot be written into an import file for ``system``, or None when it
    can. The ``cause``, each with its own sentence: ``spaces`` (a space or tab before or after it), ``line_break``
    (a line break in it), ``invisible`` (an invisible character before a sign a spreadsheet reads as a formula's
    start: ``sign``), ``formula`` (it starts with such a sign, ``sign``, as :func:`~..formula_guard.is_risky` reads
    it: "=", "+", "-", "@", the minus sign, or a wide form of one), ``formula_inside`` (such a sign after a comma,
    semicolon or tab, where a spreadsheet splitting there starts a cell: written, it would need a guard inside, and the
    LMS would match the guarded text to no one). The first cause found is given."""
    sign = formula_start(value)
    if value != value.strip():
        cause = "spaces"
    elif any(c in value for c in LINE_BREAKS):
        cause = "line_break"
    elif sign:
        cause = "formula" if value.startswith(sign) else "invisible"
    elif is_risky(value):   # a risky start of no other kind (today a tab or carriage return, a space: never here)
        cause, sign = "formula", value[:1]
    elif inner_formula_start(value):
        cause, sign = "formula_inside", inner_formula_start(value)
    else:
        return None
    what, name = f"the {field_words(field)} “{visible(value)}”", field_words(field)
    text = {
        "spaces": f"{what} begins or ends with a space or tab, which {system} would not match; remove the space or tab "
                  "in the sheet, open the sheet again and export again",
        "line_break": f"{what} has a line break in it, which {system} would not match; remove the line break in the "
                      "sheet, open the sheet again and export again",
        "invisible": f"{what} has an invisible character before “{sign}”, so a spreadsheet could read it as a formula "
                     f"and it cannot be written safely; type the {name} again in the sheet, open the sheet again and "
                     "export again",
        "formula": f"{what} starts with “{sign}”, which a spreadsheet could read as a formula, so it cannot be written "
                   f"safely; correct it in the sheet, open the sheet again and export again, or, if {system} has it "
                   f"so, enter this student's grade in {system} by hand",
        "formula_inside": f"{what} has “{sign}” after a comma, semicolon or tab, where a spreadsheet could start a cell "
                          f"and read a formula, so it cannot be written safely; correct it in the sheet, open the sheet "
                          f"again and export again, or, if {system} has it so, enter this student's grade in {system} "
                          "by hand",
    }[cause]
    return Reason(text, "unsafe_identifier", field=field, value=value, cause=cause, sign=sign, system=system)


def shared_identifier(field: str, value: str, rows: Sequence[int]) -> Reason:
    """Another student (on ``rows`` of the sheet) has the same ``value``."""
    rows = [int(r) for r in rows]
    return Reason(f"the same {field_words(field)} ({value}) as the student on row {', '.join(map(str, rows))} "
                  "(a second attempt?); they were not merged, enter these grades by hand", "shared_identifier",
                  field=field, value=value, rows=rows)


def no_score(items: Sequence[str]) -> Reason:
    """A student in the file without a grade for the questions ``items`` (as the file names them), whose answers
    still have no score (:mod:`.ungraded`): listed beside the file with those it could not take."""
    names = ", ".join(f"“{visible(i)}”" for i in items)
    return Reason(f"in this file without a grade: no score yet for {names}; score it in the review and export again, "
                  "or enter the grade by hand", "no_score", items=list(items))


def nothing_matched(name: str, system: str, unmatched: Sequence, points: str) -> Reason:
    """Why the file ``name`` took no student of ``unmatched`` (each with a reason), and what to do; ``points``: the name
    of the export that needs no identifier."""
    reasons = [u.reason for u in unmatched]
    missing = [r for r in reasons if getattr(r, "kind", "") == "no_identifier"]
    options = list(missing[0].values.get("options", ())) if missing else []
    headers = [HEADERS[f] for f in options if f in HEADERS]   # none for the sheet's own id column: no header to add
    if not reasons or len(missing) < len(reasons) or not (headers or PARTICIPANT in options):
        return Reason(f"{name} was not saved, because {system} could not match any student of this sheet; the list "
                      "says why for each: correct the sheet, open it again and export again", "nothing_matched",
                      name=name, system=system)
    if PARTICIPANT in options:
        return Reason(f"{name} was not saved, because {system} matches a grading worksheet by each student's "
                      f"participant identifier (“Participant 123”), which only the grading worksheet downloaded from "
                      f"{system} gives; in {system} open the assignment, choose View all submissions > Download grading "
                      "worksheet, and open that file here instead", "nothing_matched_participant",
                      name=name, system=system)
    what = alternatives(field_words(f) for f in options)
    columns = alternatives(f"“{h}”" for h in headers)
    return Reason(f"{name} was not saved, because {system} matches students by their {what} and this sheet gives "
                  f"none (no {columns} column, or an empty one); add such a column with each student's {what}, open "
                  f"the sheet again and export again, or choose “{points}”, which needs no identifier",
                  "nothing_matched_missing", name=name, system=system, fields=options, headers=headers, points=points)


class NothingMatched(SheetError):
    """No student could go into the file, so none was written: ``reason`` (a :class:`Reason`) says why and what to
    do, ``unmatched`` who was left out and why."""

    def __init__(self, reason: Reason, unmatched: Sequence = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unmatched = list(unmatched)

    def __reduce__(self):
        return (NothingMatched, (self.reason, self.unmatched))


@dataclass(frozen=True)
class ListWords:
    """The words of the list of students left out (``<name>-unmatched.csv``), English unless the window gives the
    teacher's: the header's three first columns (``why`` with ``{system}``), ``reason(r)`` for each reason, and
    ``open``, the word for an answer still without a score beside the score of the student's other answer to that
    question ("2; open": two attempts), in the list and in the points sheet. No LMS import file has it: a student with
    two answers to one question is left out of those, and an answer still open is an empty cell there. ``points``: the
    points sheet's own headers (``Student``, ``Student ID``, ``Username``, ``Email``, ``Total``, ``Out of``), used only
    when they are one of the sets :data:`grader_app.io.lms.plain.POINTS_HEADERS` knows (else English), so that the file is always
    recognised when it is opened again."""

    row: str = "Row in sheet"
    student: str = "Student"
    why: str = "Why a grade is missing in {system}"
    reason: Callable[[str], str] = str
    open: str = "open"
    points: tuple[str, ...] = ()
