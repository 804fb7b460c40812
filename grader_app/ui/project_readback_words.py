"""What the window says when a sheet's project file could not give everything back (QA s51b #4), in the teacher's
language: once the answers are scored again, each question whose model has changed since the project's rows were
saved, with how many answers' score it accepts on its own changed
(:func:`grader_app.io.project_predictions.changed_answers`), said once. Plain functions, in the opening notes'
translation context ("SheetOpener")."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..io.project_predictions import ModelChange, changed_answers
from .learning_words import question_name, with_question

translate = QCoreApplication.translate


def model_changed_notes(session, changes: list[ModelChange]) -> list[str]:
    """Once the answers of ``changes``' questions are scored again: a note for each whose model the project named and
    that has changed, or whose score accepted on its own changed for some answer (an older project: see
    :mod:`grader_app.io.project_predictions`)."""
    notes = []
    for change in changes:
        if change.item not in session.items:
            continue
        n = changed_answers(session, change)
        if not (n or change.known):
            continue
        question = question_name(change.item, session.mapping)
        if n:
            template = translate("SheetOpener", "The model for question {question} has changed since this sheet was last "
                                 "open, so Grader scored its answers again (your decisions stay as they are); the score "
                                 "it accepts on its own changed for %n answers.", "", n)
        else:
            template = translate("SheetOpener", "The model for question {question} has changed since this sheet was last "
                                 "open, so Grader scored its answers again (your decisions stay as they are); the score "
                                 "it accepts on its own is the same for every answer.")
        notes.append(with_question(template, question))
    return notes
