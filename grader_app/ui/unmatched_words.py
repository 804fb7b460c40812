"""Why a student is not in an LMS file, and why no file was written, in the interface's language.

:mod:`grader_app.io.lms.reasons` gives each reason as a kind with its values (its ``str()`` is the English); each
kind has its sentence here, in the ``ExportReasons`` context, made from the values, and a reason of a kind this
module does not know (or a plain string) is shown as the export wrote it. The identifiers' names are translated
(:data:`FIELDS`); an LMS's own column names ("Username", "OrgDefinedId") and menu names stay as the LMS writes
them, since Grader cannot know the school's LMS language.

The list of students left out (``<name>-unmatched.csv``) is read by the teacher, who enters those grades by hand,
never by an LMS: :func:`list_words` gives its header and its reasons in the interface's language, and
:func:`open_word` the word for an answer still open beside a second answer's score (also in the points and feedback
sheets). They are taken on the GUI thread; the reasons are said on the worker that writes the file
(``QCoreApplication.translate`` reads the installed catalogues under a lock, so it may be called from any thread).
"""
from __future__ import annotations

from functools import reduce
from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from ..errors import sentence
from ..io.lms import ListWords, NothingMatched
from ..io.lms.export_notes import visible
from ..io.lms.fields import (CANVAS_ID, EMAIL, ID_NUMBER, NAME, ORG_DEFINED_ID, PARTICIPANT, SHEET_ID, SIS_ID,
                             SIS_LOGIN_ID, STUDENT_ID, USERNAME)
from .i18n import QT_TRANSLATE_NOOP, quoted
from .kind_words import kind_words

translate = QCoreApplication.translate

FIELDS = {
    EMAIL: QT_TRANSLATE_NOOP("ExportReasons", "email address"),
    USERNAME: QT_TRANSLATE_NOOP("ExportReasons", "username"),
    CANVAS_ID: QT_TRANSLATE_NOOP("ExportReasons", "Canvas user ID"),
    SIS_ID: QT_TRANSLATE_NOOP("ExportReasons", "SIS User ID"),
    SIS_LOGIN_ID: QT_TRANSLATE_NOOP("ExportReasons", "SIS Login ID"),
    ORG_DEFINED_ID: QT_TRANSLATE_NOOP("ExportReasons", "OrgDefinedId"),
    STUDENT_ID: QT_TRANSLATE_NOOP("ExportReasons", "student ID"),
    ID_NUMBER: QT_TRANSLATE_NOOP("ExportReasons", "ID number"),
    PARTICIPANT: QT_TRANSLATE_NOOP("ExportReasons", "participant identifier"),
    NAME: QT_TRANSLATE_NOOP("ExportReasons", "name"),
    SHEET_ID: QT_TRANSLATE_NOOP("ExportReasons", "student id"),
}


def field_words(field: str) -> str:
    """An identifier's name in the interface's language ("E-Mail-Adresse"); an unknown one as it is named."""
    return translate("ExportReasons", FIELDS[field]) if field in FIELDS else field


def alternatives(parts: Iterable[str]) -> str:
    """ "a", "a or b", "a or b or c" in the interface's language."""
    return reduce(lambda one, other: translate("ExportReasons", "{one} or {other}").format(one=one, other=other),
                  list(parts))


def _fields(v: dict, key: str = "fields") -> str:
    return alternatives(field_words(f) for f in v[key])


def _several_answers(v: dict) -> str:
    if v["more"]:
        text = translate("ExportReasons", "{count} answers to {item} and %n more questions (more than one attempt?); "
                                          "enter this student's grade by hand", "", int(v["more"]))
    else:
        text = translate("ExportReasons", "{count} answers to {item} (more than one attempt?); enter this student's "
                                          "grade by hand")
    return text.format(count=v["count"], item=quoted(visible(v["item"])))


def _no_identifier(v: dict) -> str:
    return translate("ExportReasons", "no {what} for this student, so {system} could not match them").format(
        what=_fields(v), system=v["system"])


def _unsafe_identifier(v: dict) -> str:
    cause = v["cause"]
    if cause == "spaces":
        text = translate("ExportReasons", "the {field} {value} begins or ends with a space or tab, which {system} would "
                                          "not match; remove the space or tab in the sheet, open the sheet again and "
                                          "export again")
    elif cause == "line_break":
        text = translate("ExportReasons", "the {field} {value} has a line break in it, which {system} would not match; "
                                          "remove the line break in the sheet, open the sheet again and export again")
    elif cause == "invisible":
        text = translate("ExportReasons", "the {field} {value} has an invisible character before “{sign}”, so a "
                                          "spreadsheet could read it as a formula and it cannot be written safely; type "
                                          "the {field} again in the sheet, open the sheet again and export again")
    elif cause == "formula":
        text = translate("ExportReasons", "the {field} {value} starts with “{sign}”, which a spreadsheet could read as a "
                                          "formula, so it cannot be written safely; correct it in the sheet, open the "
                                          "sheet again and export again, or, if {system} has it so, enter this "
                                          "student's grade in {system} by hand")
    elif cause == "formula_inside":
        text = translate("ExportReasons", "the {field} {value} has “{sign}” after a comma, semicolon or tab, where a "
                                          "spreadsheet could start a cell and read a formula, so it cannot be written "
                                          "safely; correct it in the sheet, open the sheet again and export again, or, "
                                          "if {system} has it so, enter this student's grade in {system} by hand")
    else:
        raise KeyError(cause)   # a cause this module does not know: the reason as the export wrote it
    return text.format(field=field_words(v["field"]), value=quoted(visible(v["value"])), sign=v["sign"],
                       system=v["system"])


def _shared_identifier(v: dict) -> str:
    return translate("ExportReasons", "the same {field} ({value}) as the student on row {rows} (a second attempt?); "
                                      "they were not merged, enter these grades by hand").format(
        field=field_words(v["field"]), value=v["value"], rows=", ".join(str(r) for r in v["rows"]))


def _nothing_matched(v: dict) -> str:
    return translate("ExportReasons", "{name} was not saved, because {system} could not match any student of this "
                                      "sheet; the list says why for each: correct the sheet, open it again and export "
                                      "again").format(name=v["name"], system=v["system"])


def _nothing_matched_participant(v: dict) -> str:
    return translate("ExportReasons", "{name} was not saved, because {system} matches a grading worksheet by each "
                                      "student's participant identifier (“Participant 123”), which only the grading "
                                      "worksheet downloaded from {system} gives; in {system} open the assignment, "
                                      "choose View all submissions > Download grading worksheet, and open that file "
                                      "here instead").format(name=v["name"], system=v["system"])


def _nothing_matched_missing(v: dict) -> str:
    columns = alternatives(quoted(h) for h in v["headers"])   # the column names Grader reads (English), in this language's marks
    return translate("ExportReasons", "{name} was not saved, because {system} matches students by their {what} and "
                                      "this sheet gives none (no {columns} column, or an empty one); add such a column "
                                      "with each student's {what}, open the sheet again and export again, or choose "
                                      "“{points}”, which needs no identifier").format(
        name=v["name"], system=v["system"], what=_fields(v), columns=columns,
        points=translate("export_formats", v["points"]))


def _no_score(v: dict) -> str:
    return translate("ExportReasons", "in this file without a grade: no score yet for {questions}; score it in the "
                                      "review and export again, or enter the grade by hand").format(
        questions=", ".join(quoted(visible(i)) for i in v["items"]))


SAYERS: dict[str, Callable[[dict], str]] = {
    "several_answers": _several_answers, "no_identifier": _no_identifier, "unsafe_identifier": _unsafe_identifier,
    "shared_identifier": _shared_identifier, "nothing_matched": _nothing_matched,
    "nothing_matched_participant": _nothing_matched_participant, "nothing_matched_missing": _nothing_matched_missing,
    "no_score": _no_score,
}


def reason_words(reason: str) -> str:
    """A reason in the interface's language (one of an unknown kind, or values that do not fit it, as written)."""
    return kind_words(reason, SAYERS)


def problem_words(problem: NothingMatched) -> str:
    """Why no file was written, as one sentence in the interface's language."""
    return sentence(reason_words(problem.reason))


def open_word() -> str:
    """The word for an answer still without a score, written beside the score of the student's other answer to that
    question (two attempts: "2; open") in the files the teacher reads: the list of students left out, the points
    sheet and the feedback sheet (an LMS import file never has it)."""
    return translate("ExportReasons", "open")


def list_words() -> ListWords:
    """The words of the list of students left out (and of the points sheet), in the interface's language (taken on
    the GUI thread)."""
    return ListWords(row=translate("ExportReasons", "Row in sheet"), student=translate("ExportReasons", "Student"),
                     why=translate("ExportReasons", "Why a grade is missing in {system}"), reason=reason_words,
                     open=open_word(), points=points_words())


def points_words() -> tuple[str, ...]:
    """The points sheet's headers (who the student is, the total) in the interface's language: the writer takes them
    when they are words the reader knows (:data:`grader_app.io.lms.plain.POINTS_HEADERS`; ``tests/ui/
    test_points_sheet_words.py`` holds them in step), so the file is recognised when it is opened again."""
    return (translate("PointsSheet", "Student"), translate("PointsSheet", "Student ID"),
            translate("PointsSheet", "Username"), translate("PointsSheet", "Email"), translate("PointsSheet", "Total"),
            translate("PointsSheet", "Out of"))
