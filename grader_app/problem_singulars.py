"""The English of each counted problem text of :mod:`grader_app.problem_texts` (one with ``%n``) for a count of one:
``problem_texts.TEXTS`` holds it for any other count, and :func:`grader_app.problem_texts.english` chooses. Kept here
apart from the texts themselves (``problem_texts`` holds them, and imports this under its own name)."""
from __future__ import annotations

# the English of each counted text (one with %n) for a count of one; problem_texts.TEXTS holds it for any other count
SINGULAR: dict[str, str] = {
    "columns.formulas_without_results": "%n cell in the columns chosen holds a formula whose value was never computed "
                                        "({cells}), so Grader cannot see what it shows; open and save the sheet in "
                                        "Excel or LibreOffice first, then open it again",
    "read.formulas_without_results": "{name} has %n cell holding a formula whose value was never computed ({cells}), "
                                     "so Grader cannot see what it shows; open and save the sheet in Excel or "
                                     "LibreOffice first, then open it again",
    "project.decisions_unsaved": "your decision is kept but could not be saved to {name} (%n unsaved); check the "
                                 "disk has room and the file is not read-only",
    "project.decisions_and_more_unsaved": "your decision and {what} are kept but could not be saved to {name} (%n "
                                          "unsaved); check the disk has room and the file is not read-only",
    "project.decisions_unsaved_at_close": "%n decision could not be saved to {name} before it was closed ({why}); "
                                          "check the disk has room and the file is not read-only, then open the "
                                          "sheet again and redo it",
    "project.decisions_and_more_unsaved_at_close": "%n decision and {what} could not be saved to {name} before it was "
                                                   "closed ({why}); check the disk has room and the file is not "
                                                   "read-only, then open the sheet again and redo them",
    "project.still_writing": "Grader was still writing to {name} when it closed (%n change waiting); check the disk, "
                             "and open the sheet again later to see what was saved",
    "project.columns_renamed": "this sheet has no column {gone} any more, which {name} was made with; {found} holds "
                               "the same answers and is chosen in its place: check the columns and start scoring, "
                               "and your %n decision stays with its answer",
    "project.columns_gone": "this sheet has no column {gone} any more, which {name} was made with; choose the "
                            "columns above again, and your %n decision stays with its answer, or rename the column "
                            "back to {gone} in the sheet and open it again",
    "project.decided_other_columns": "this project already holds %n decision made with other column choices; keep "
                                     "the earlier columns or save the sheet under a new name to start again",
    "project.columns_lose": "{name} holds %n decision or comment on an answer that the columns chosen do not hold as "
                            "it was (the same student, question and text), so nothing was changed; choose the column "
                            "that holds that answer, or rename the column back to {gone} in the sheet and open it "
                            "again",
    "project.ids_new": "this sheet has a new column {column} of student ids, which {name} was made without; it is "
                       "chosen above for the students' ids, so students who share a name are told apart by it: start "
                       "scoring, and your %n decision stays with its answer, or choose no id column to keep the "
                       "students as before",
    "project.ids_question_new": "this sheet has a new column {column} of student ids and a new column {question}, "
                                "which {name} was made without; {column} is chosen above for the students' ids, so "
                                "students who share a name are told apart by it, and {question} is ticked as a "
                                "question to grade: start scoring, and your %n decision stays with its answer, or "
                                "choose no id column and untick {question} to grade the sheet as before",
    "project.ids_questions_new": "this sheet has a new column {column} of student ids and new columns {question}, "
                                 "which {name} was made without; {column} is chosen above for the students' ids, so "
                                 "students who share a name are told apart by it, and the new columns are ticked as "
                                 "questions to grade: start scoring, and your %n decision stays with its answer, or "
                                 "choose no id column and untick those that are not questions",
    "project.none_in_sheet": "the %n decision in {name} is not on an answer in this {sheet}: it was made for another "
                             "sheet (another class?); open that sheet, or move {name} to another folder to grade this "
                             "one afresh",
    "project.few_in_sheet": "the %n decision in {name} is hardly on an answer in this {sheet} ({found} of them): it "
                            "was made for another sheet (another class?); open that sheet, or move {name} to another "
                            "folder to grade this one afresh",
    "learn.scores_not_numbers": "the score column “{column}” holds “{value}” in row {row}, which is not a number (nor "
                                "is %n more of its cells); write each score as a number (such as 2 or 1.5), or clear "
                                "those cells to leave their answers out, and learn again",
    "learn.too_few_marks": "it has {marks} of the {need} marked answers a model needs before it can take any answer on "
                           "its own; mark at least %n more answer of this question (another class's answers in the "
                           "same sheet count too) and learn again",
    "learn.too_few_to_save": "the model of question {question} has learned from {marks} of the {need} marked answers a "
                             "model needs before it can take any answer on its own, so it is not saved; mark at least "
                             "%n more answer of this question, then save it again",
    "learn.too_few_answers_to_save": "question {question} has %n answer here, fewer than the {need} marked answers a "
                                     "model needs before it can take any answer on its own, so its model is not saved; "
                                     "to keep one, make models from a marked sheet that holds at least {need} marked "
                                     "answers of this question (the graded sheets of two classes in one, say)",
    # a model bundle's (problem_texts_bundles): its model's scores per answer, %n, against its manifest's labels
    "bundle.model_labels": "{name} holds a model whose scores do not match the scores its manifest lists, so it was "
                           "refused; get a fresh copy from whoever made it (its model gives %n score per answer but its "
                           "manifest lists {labels} labels)",
    "bundle.output_labels": "{name} holds a model that gives %n score per answer but its manifest lists {labels} labels;"
                            " get a fresh copy from whoever made it",
}
