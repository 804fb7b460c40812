"""The problems of learning models from the teacher's marks (``learn.*`` of :mod:`grader_app.problem_texts_learning`)
marked for lupdate, part of :data:`grader_app.ui.problem_words.MARKED` (kept apart so that module stays short to read,
as :mod:`.problem_words_bundles` is)."""
from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, Numerus

LEARN_MARKED = (
    # learning models from a marked sheet, and saving the model learned in the session (learn.from_sheet, learn.in_session)
    QT_TRANSLATE_NOOP("Problem", "the score column “{column}” of {name} is empty; give the column that holds the scores"),
    QT_TRANSLATE_NOOP("Problem", "every score in column “{column}” is {score}; a model needs answers with at least two "
                                 "different scores"),
    QT_TRANSLATE_NOOP("Problem", "the score column “{column}” holds “{value}” in row {row}, which is not a number; write "
                                 "each score as a number (such as 2 or 1.5), or clear the cell to leave that answer out, "
                                 "and learn again"),
    Numerus.translate("Problem", "the score column “{column}” holds “{value}” in row {row}, which is not a number (nor are "
                                 "%n more of its cells); write each score as a number (such as 2 or 1.5), or clear those "
                                 "cells to leave their answers out, and learn again", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "the score column “{column}” holds “{value}” in row {row}, which is not a number; give the "
                                 "column that holds numeric scores"),
    QT_TRANSLATE_NOOP("Problem", "the score column “{column}” of {name} holds no number, only words written instead of "
                                 "scores, such as “{value}” in row {row}, so there is nothing to learn from; give the "
                                 "column that holds the scores, or write each score as a number (such as 2 or 1.5) and "
                                 "learn again"),
    QT_TRANSLATE_NOOP("Problem", "the score column “{column}” of {name} reads empty because its formulas have no saved "
                                 "results (the program that wrote the file does not save them); open the file in Excel or "
                                 "LibreOffice, save it, and learn again"),
    QT_TRANSLATE_NOOP("Problem", "no column of {name} other than the scores holds text answers; make the models again and "
                                 "choose the column with the answers under “Which column holds the answers?”"),
    QT_TRANSLATE_NOOP("Problem", "{name} has several answer columns ({columns}); make the models again and choose the one "
                                 "the scores are for under “Which column holds the answers?”"),
    QT_TRANSLATE_NOOP("Problem", "cannot write {file} into {folder}: {why}"),
    QT_TRANSLATE_NOOP("Problem", "question “{question}” of {name} cannot teach a model: {why}"),
    QT_TRANSLATE_NOOP("Problem", "no question of {name} can teach a model (question “{question}”: {why})"),
    Numerus.translate("Problem", "it has {marks} of the {need} marked answers a model needs before it can take any answer "
                                 "on its own; mark at least %n more answers of this question (another class's answers in "
                                 "the same sheet count too) and learn again", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "all its {marks} scored answers have the score {score}, so there is nothing to learn the "
                                 "difference from"),
    QT_TRANSLATE_NOOP("Problem", "its score {score} in row {row} is far from its other scores ({low} to {high}); correct "
                                 "it, or clear the cell to leave that answer out, and learn again"),
    QT_TRANSLATE_NOOP("Problem", "its score {score} in row {row} is far from its other scores (all {other}); correct it, or "
                                 "clear the cell to leave that answer out, and learn again"),
    QT_TRANSLATE_NOOP("Problem", "the model learned from its marks failed Grader's check ({detail}), so it was not "
                                 "added; your sheet and its marks are unchanged: check this question's marks there, or "
                                 "change one so that it learns anew, then learn again"),
    QT_TRANSLATE_NOOP("Problem", "Grader could not finish checking the model learned from its marks ({detail}), so it was "
                                 "not added; your sheet and its marks are unchanged and nothing is lost: learn again when "
                                 "the computer is less busy, and if it fails each time, install Grader again or update it"),
    Numerus.translate("Problem", "the model of question {question} has learned from {marks} of the {need} marked answers a "
                                 "model needs before it can take any answer on its own, so it is not saved; mark at least "
                                 "%n more answers of this question, then save it again", "", "count"),
    Numerus.translate("Problem", "question {question} has %n answers here, fewer than the {need} marked answers a model "
                                 "needs before it can take any answer on its own, so its model is not saved; to keep one, "
                                 "make models from a marked sheet that holds at least {need} marked answers of this "
                                 "question (the graded sheets of two classes in one, say)", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "this sheet names no question, so a model saved from it would score every later sheet that "
                                 "names none, whatever its question; give the question a name (its wording, say) when you "
                                 "save the model"),
)
