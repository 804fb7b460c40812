"""What the window says when a sheet's project file could not give everything back (QA s51b #4-#6), in the teacher's
language: the saved decisions and thresholds left out because they could not be read or are not scores of their
question (:class:`grader_app.io.project_readback.LeftOut`), said above the results when the sheet opens, one sentence
each naming the file; and, once the answers are scored again, each question whose model has changed since the project's
rows were saved, with how many answers' score it accepts on its own changed
(:func:`grader_app.io.project_predictions.changed_answers`), said once. Plain functions, in the opening notes'
translation context ("SheetOpener")."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..io.project_predictions import ModelChange, changed_answers
from .i18n import score_list
from .learning_words import question_name, with_question

translate = QCoreApplication.translate

SHOWN = 3   # the answers named in a note; the rest are counted


def left_out_notes(session, left_out, project_name: str) -> list[str]:
    """The notes on what ``left_out`` holds (none if nothing)."""
    notes = []
    if left_out.unreadable:
        notes.append(translate("SheetOpener", "%n saved decisions in {file} could not be read, so they were left out "
                               "({answers}): score those answers again; your other decisions are back.", "",
                               len(left_out.unreadable)).format(file=project_name,
                                                                answers=answers_named(session, left_out.unreadable)))
    if left_out.not_scores:
        named = []
        for key, said in left_out.not_scores[:SHOWN]:
            a = session.answers[key]
            labels = score_list(session.items[a.item].labels)
            named.append(translate("SheetOpener", "row {row}: “{said}” for {item}, whose scores are {labels}").format(
                row=session.sheet.row_number(a.row), said=said, item=question_name(a.item, session.mapping),
                labels=labels) if labels else
                translate("SheetOpener", "row {row}: “{said}” for {item}").format(
                    row=session.sheet.row_number(a.row), said=said, item=question_name(a.item, session.mapping)))
        if len(left_out.not_scores) > len(named):
            named.append(translate("SheetOpener", "%n more", "", len(left_out.not_scores) - len(named)))
        notes.append(translate("SheetOpener", "%n saved decisions in {file} were left out because their score is not a "
                               "score of their question ({answers}): score those answers again; your other decisions "
                               "are back.", "", len(left_out.not_scores)).format(file=project_name,
                                                                                 answers="; ".join(named)))
    if left_out.thresholds:
        notes.append(translate("SheetOpener", "The threshold saved in {file} for %n questions could not be read "
                               "({questions}), so they use their model's own threshold again.", "",
                               len(left_out.thresholds)).format(
                                   file=project_name,
                                   questions=", ".join(question_name(i, session.mapping) for i in left_out.thresholds)))
    return notes


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


def answers_named(session, keys) -> str:
    """The sheet's row and question of the first answers of ``keys`` ("row 4, Q2"), the rest counted: how every note
    of the sheet's opening names answers (``opening_notes`` too)."""
    named = [translate("SheetOpener", "row {row}, {item}").format(row=session.sheet.row_number(session.answers[k].row),
                                                                   item=question_name(session.answers[k].item,
                                                                                      session.mapping))
             for k in keys[:SHOWN]]
    if len(keys) > len(named):
        named.append(translate("SheetOpener", "%n more", "", len(keys) - len(named)))
    return "; ".join(named)
