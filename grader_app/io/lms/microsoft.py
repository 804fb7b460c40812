"""Microsoft Forms: the responses workbook in (grades go back through the plain points sheet or
Google-style email columns; Forms itself takes no grade file).

In: Responses > Open in Excel downloads an .xlsx with ``ID``, ``Start time``, ``Completion time``,
``Email``, ``Name`` (``anonymous`` when the form does not record names), sometimes ``Last modified
time``; a quiz adds ``Total points``, ``Quiz feedback`` and, per question, ``Points - <question>``
and ``Feedback - <question>``; every other column is a question, headed with its text. Questions
that ask who the student is ("Your name", "Student number") name the student, as in a Google form
(:func:`grader_app.io.lms.google.split_questions`); they are not answers to grade. Their values are
used where the form recorded no email or name (an anonymous form).

Forms heads these columns in the language of the form's owner. The German and Spanish ones below are those that
public scripts reading such workbooks name (German ``ID``, ``Startzeit``,
``Fertigstellungszeit``, ``E-Mail``, ``Name``; Spanish ``ID``/``Id``, ``Hora de inicio``, ``Hora de finalización``,
``Correo electrónico``, ``Nombre``, a quiz's ``Total de puntos``, ``Comentarios del cuestionario``, ``Hora de la
última modificación``, and ``Puntos: <question>`` / ``Comentarios: <question>``), not Microsoft's documentation, which
does not list them. A German quiz's own columns were seen nowhere: :data:`_FIXED` and :data:`_PER_QUESTION` hold
likely German words for them (``Gesamtpunktzahl``, ``Punkte - <question>``...), which are **uncertain**; a German
quiz's total or per-question column they miss is taken for a question's answers when it holds anything, and the
teacher unticks it in the columns dialog. A sheet Forms wrote in a language not known here is read as a teacher's own
sheet, and its response number ``ID`` (1, 2, 3...) is never taken for the student id when it has an email column
(:func:`grader_app.io.columns.guess_columns`).
"""
from __future__ import annotations

import re

from ._common import (EMAIL, NAME, STUDENT_ID, Headers, Identifiers, Recognition, best_filled,
                      norm, read_identifiers, recognised, wide_mapping)
from .google import name_columns, split_questions

SYSTEM = "Microsoft Forms"
# the response's own columns, in English, German and Spanish (see the module's docstring for which are uncertain)
_START = ("start time", "startzeit", "hora de inicio")
_COMPLETED = ("completion time", "fertigstellungszeit", "hora de finalización", "hora de finalizacion")
_EMAIL = ("email", "e-mail", "correo electrónico", "correo electronico")
_NAME = ("name", "nombre")
_FIXED = {"id", *_START, *_COMPLETED, *_EMAIL, *_NAME, "last modified time", "total points", "quiz feedback",
          "grade posted to learners", "posted time",
          "total de puntos", "comentarios del cuestionario", "hora de la última modificación",
          "gesamtpunktzahl", "feedback zum test", "quizfeedback", "zeitpunkt der letzten änderung"}   # German: uncertain
# "Points - <question>", "Feedback - <question>"; Spanish "Puntos: <question>"; German (uncertain) "Punkte - ..."
_PER_QUESTION = re.compile(r"(?:points|feedback|puntos|comentarios|punkte)\s*[-–:]\s*.*", re.DOTALL)
_ANONYMOUS = ("anonymous", "anonym", "anónimo", "anonimo")   # the English word seen; the others: uncertain


def _clean(field: str, value: str) -> str:
    return "" if value.casefold() in _ANONYMOUS or (field == EMAIL and "@" not in value) else value


def recognise(sheet) -> Recognition | None:
    h = Headers(sheet)
    if not (h.has("id") and h.has(*_START) and h.has(*_COMPLETED)):
        return None
    email, name = h.find(*_EMAIL), h.find(*_NAME)
    questions = [c for c in sheet.columns if norm(c) not in _FIXED and not _PER_QUESTION.fullmatch(norm(c))]
    asked, answers = split_questions(questions)
    ids = read_identifiers(sheet, {EMAIL: email, NAME: name}, SYSTEM, clean=_clean)
    recorded = {f: sum(1 for r in ids.rows if r.get(f)) for f in (EMAIL, NAME)}   # by the form, not anonymous
    told = read_identifiers(sheet, asked, SYSTEM, clean=_clean)   # what the student typed about themselves
    ids = Identifiers(system=SYSTEM, rows=[{**typed, **own} for own, typed in zip(ids.rows, told.rows)])   # the form's first
    id_column = email if email and recorded[EMAIL] else best_filled(sheet, asked[STUDENT_ID], email)
    name_column: str | None
    first_column: str | None
    if name and recorded[NAME]:
        name_column, first_column = name, None
    else:
        name_column, first_column = name_columns(asked)
        name_column = name_column or name
    mapping = wide_mapping(sheet, answers, id_column, name_column, first_name_column=first_column)
    if mapping is None:
        return None
    return recognised(SYSTEM, "responses workbook", mapping, ids, ("google-classroom", "points"))


EXPORTS: list = []
