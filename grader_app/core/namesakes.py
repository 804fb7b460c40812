"""Different students who share a name, in a sheet with no student id column: kept apart, never one student.

Without ids a student is their name (:func:`grader_app.core.sheet.answers_from_sheet`), so two students called
"Emily Nguyen" would be one: each one's feedback would show the other's answers, scores and comments. The sign that
a name belongs to more than one student is that it answers one question more than once. Such a name's students are
told apart by the row of the sheet where each one's answers start: "Emily Nguyen (row 14)" (the file's row number,
as the teacher's spreadsheet shows it). The rule:

* **Wide sheet** (one row per student): every row of a name that is on more than one row is a student of its own.
* **Long sheet** (one row per answer): a student's rows are taken to be together in the sheet. The name's rows are
  split into runs of rows next to each other, and a run is cut where a question comes again ("q1 q2 q3 q1 q2 q3" is
  two students). When every part found so answers the same questions in the same order, each part is a student: the
  answers pair up one way only. Otherwise (the sheet is sorted by question, or one of them has a question the other
  has not) nothing says which answers belong together, so each of the name's rows is a student of its own rather
  than a guess: a wrong guess would hand one student the other's answer and comment.

A name that answers no question twice is one student, exactly as before, and so is every student of a sheet with an
id column. The answer keeps the sheet's name as ``sheet_student``, so the answers' hashes in a project file (which
name the student as the sheet does) are those of before, and a project's decisions find their answers as they did.

The label's words follow the interface's language: the window sets them (:func:`set_label_template`, from
``grader_app.ui.i18n.install``: "Emily Nguyen (Zeile 14)" in German), the command line keeps English. Only the label
shown changes with the language; the project file names the student by ``sheet_student``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from string import Formatter
from typing import Sequence

from .sheet import LONG, Answer, ColumnMapping, Sheet


@dataclass(frozen=True)
class Namesake:
    """A name the sheet gives to more than one student."""

    name: str
    labels: tuple[str, ...]      # the students it stands for, as the app shows them ("Emily Nguyen (row 14)")
    paired: bool                 # False: its answers could not be paired, each row is a student of its own


ENGLISH_LABEL = "{name} (row {row})"
_label_template = ENGLISH_LABEL


def valid_label_template(template: str) -> bool:
    """Whether ``template`` names the student and the row once each ("{name} (Zeile {row})"), and nothing else: no
    other field, no format spec or conversion, no stray brace."""
    try:
        fields = [(f, spec or "", conv or "") for _, f, spec, conv in Formatter().parse(template) if f is not None]
    except ValueError:
        return False
    return sorted(fields) == [("name", "", ""), ("row", "", "")]


def set_label_template(template: str) -> bool:
    """Use ``template`` (with ``{name}`` and ``{row}``) for the labels of students who share a name from now on; a
    template that is not valid (:func:`valid_label_template`) leaves the English one in use. Returns whether it was
    taken."""
    global _label_template
    ok = valid_label_template(template)
    _label_template = template if ok else ENGLISH_LABEL
    return ok


def label(name: str, file_row: int) -> str:
    """A student who shares ``name`` with others, told apart by the sheet's row where their answers start (the file's
    row number): "Emily Nguyen (row 14)", in the interface's language when the window set it."""
    return _label_template.format(name=name, row=file_row)


def _parts(answers: Sequence[Answer], layout: str) -> tuple[list[list[Answer]], bool]:
    """One name's answers (in sheet order) as its students' (each a list), and whether they paired up; one part when
    the name is one student."""
    rows = list(dict.fromkeys(a.row for a in answers))
    if layout != LONG:
        by_row = [[a for a in answers if a.row == r] for r in rows]
        return by_row, True
    items = [a.item for a in answers]
    if len(set(items)) == len(items):
        return [list(answers)], True
    parts: list[list[Answer]] = []
    for i, a in enumerate(answers):
        together = i > 0 and a.key == answers[i - 1].key + 1   # the row right below the name's previous one
        if not together or any(b.item == a.item for b in parts[-1]):
            parts.append([])
        parts[-1].append(a)
    if len({tuple(b.item for b in part) for part in parts}) == 1:
        return parts, True
    return [[a] for a in answers], False


def tell_apart(answers: list[Answer], sheet: Sheet, mapping: ColumnMapping) -> tuple[list[Answer], list[Namesake]]:
    """``answers`` with each shared name's students told apart (see the module's docstring), and the names shared."""
    if mapping.id_column:
        return answers, []
    by_name: dict[str, list[Answer]] = {}
    for a in answers:
        by_name.setdefault(a.student, []).append(a)
    out = list(answers)
    shared: list[Namesake] = []
    for name, mine in by_name.items():
        if len({a.row for a in mine}) < 2:
            continue
        parts, paired = _parts(mine, mapping.layout)
        if len(parts) < 2:
            continue
        labels = []
        for part in parts:
            shown = label(name, sheet.row_number(min(a.row for a in part)))
            labels.append(shown)
            for a in part:
                out[a.key] = replace(a, student=shown, sheet_student=a.sheet_student or name)
        shared.append(Namesake(name, tuple(labels), paired))
    return out, shared

