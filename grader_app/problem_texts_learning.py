"""The English sentence of each problem of learning models from the teacher's marks (``learn.*``: a marked sheet's,
a question's that teaches no model, "Save as model…"'s), part of :data:`grader_app.problem_texts.TEXTS`, and the
window's sentence of those that advise a command-line option, part of :data:`grader_app.problem_texts.WINDOW` (kept
apart so that module stays short to read); everything said there holds for them (docs/translations.md)."""
from __future__ import annotations

LEARN_TEXTS: dict[str, str] = {
    # learning models from a marked sheet (learn.from_sheet): the sheet's problems
    "learn.empty_score_column": "the score column “{column}” of {name} is empty; give the column that holds the scores",
    "learn.one_score_in_sheet": "every score in column “{column}” is {score}; a model needs answers with at least two "
                                "different scores",
    "learn.score_not_a_number": "the score column “{column}” holds “{value}” in row {row}, which is not a number; write "
                                "each score as a number (such as 2 or 1.5), or clear the cell to leave that answer out, "
                                "and learn again",
    "learn.scores_not_numbers": "the score column “{column}” holds “{value}” in row {row}, which is not a number (nor "
                                "are %n more of its cells); write each score as a number (such as 2 or 1.5), or clear "
                                "those cells to leave their answers out, and learn again",
    "learn.not_a_score_column": "the score column “{column}” holds “{value}” in row {row}, which is not a number; give "
                                "the column that holds numeric scores",
    "learn.only_words_not_scores": "the score column “{column}” of {name} holds no number, only words written instead of "
                                   "scores, such as “{value}” in row {row}, so there is nothing to learn from; give the "
                                   "column that holds the scores, or write each score as a number (such as 2 or 1.5) "
                                   "and learn again",
    "learn.formulas_without_results": "the score column “{column}” of {name} reads empty because its formulas have no "
                                      "saved results (the program that wrote the file does not save them); open the "
                                      "file in Excel or LibreOffice, save it, and learn again",
    "learn.no_answer_column": "no column of {name} other than the scores holds text answers; name the answer column "
                              "with --answer-column",
    "learn.several_answer_columns": "{name} has several answer columns ({columns}); say which one the score column "
                                    "scores with --answer-column",
    "learn.cannot_write": "cannot write {file} into {folder}: {why}",
    "learn.question_cannot_teach": "question “{question}” of {name} cannot teach a model: {why}",
    "learn.no_question_can_teach": "no question of {name} can teach a model (question “{question}”: {why})",
    # why a question of a marked sheet teaches no model: said inside "question ... cannot teach a model: {why}" and
    # after the question's name in the list of questions skipped; not sentences of their own
    "learn.too_few_marks": "it has {marks} of the {need} marked answers a model needs before it can take any answer on "
                           "its own; mark at least %n more answers of this question (another class's answers in the "
                           "same sheet count too) and learn again",
    "learn.one_score": "all its {marks} scored answers have the score {score}, so there is nothing to learn the "
                       "difference from",
    "learn.stray_score": "its score {score} in row {row} is far from its other scores ({low} to {high}); correct it, or "
                         "clear the cell to leave that answer out, and learn again",
    "learn.stray_score_one": "its score {score} in row {row} is far from its other scores (all {other}); correct it, or "
                             "clear the cell to leave that answer out, and learn again",
    # a question whose learned model Grader refused as it wrote or tried it (problem_texts_bundles.refuses_own): the
    # teacher's own, so no "get a fresh copy from whoever made it" in {detail}
    "learn.own_refused": "the model learned from its marks failed Grader's check ({detail}), so it was not added; your "
                         "sheet and its marks are unchanged: check this question's marks there, or change one so that "
                         "it learns anew, then learn again",
    # …refused by a check a second try passes (problem_texts_bundles.ONE_OFF: a busy computer, say)
    "learn.own_refused_once": "Grader could not finish checking the model learned from its marks ({detail}), so it was "
                              "not added; your sheet and its marks are unchanged and nothing is lost: learn again when "
                              "the computer is less busy, and if it fails each time, install Grader again or update it",
    # "Save as model…" with a model learned from too few of the open session's marks (learn.in_session)
    "learn.too_few_to_save": "the model of question {question} has learned from {marks} of the {need} marked answers a "
                             "model needs before it can take any answer on its own, so it is not saved; mark at least "
                             "%n more answers of this question, then save it again",
    "learn.too_few_answers_to_save": "question {question} has %n answers here, fewer than the {need} marked answers a "
                                     "model needs before it can take any answer on its own, so its model is not saved; "
                                     "to keep one, make models from a marked sheet that holds at least {need} marked "
                                     "answers of this question (the graded sheets of two classes in one, say)",
    # "Save as model…" for a sheet that names no question ("whole sheet", learn.library_names)
    "learn.nameless_question": "this sheet names no question, so a model saved from it would score every later sheet "
                               "that names none, whatever its question; give the question a name (its wording, say) "
                               "when you save the model",
}

# the window's dialog ("Make models from a marked sheet…") lets the teacher choose the column with the answers instead
LEARN_WINDOW: dict[str, str] = {
    "learn.no_answer_column": "no column of {name} other than the scores holds text answers; make the models again and "
                              "choose the column with the answers under “Which column holds the answers?”",
    "learn.several_answer_columns": "{name} has several answer columns ({columns}); make the models again and choose the "
                                    "one the scores are for under “Which column holds the answers?”",
}
