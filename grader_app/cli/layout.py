"""``grader score --one-column-per-question``: the sheet read as one column per question (one row per student) when the
column guess took it for one row per answer, as the columns dialog's "One column per question" does in the window.

A teacher's sheet of one row per student whose first answers are a few words repeated ("nucleus", "ribosome" under a
header such as "Cell part") looks like a long sheet's column naming each row's question, and the guess read it so: the
other column's answers were graded as answers to questions called "nucleus" and "ribosome". Without a way to say
otherwise the command line could not grade that sheet at all (``--question-column`` is refused on a sheet of one row
per answer). With the option, the questions are the columns of text the guess would take as answers, and those named
by ``--question-column``; the student's id and name columns stay as guessed."""
from __future__ import annotations

import argparse

from ..core.sheet import WIDE, ColumnMapping, Sheet
from ..errors import GraderError

FLAG = "--one-column-per-question"


def one_column_per_question(sheet: Sheet, mapping: ColumnMapping, args: argparse.Namespace,
                            error: type[GraderError]) -> ColumnMapping:
    """``mapping`` (the guess) as one column per question; unchanged when it was one already. ``error``: the command's
    own kind of problem, raised when other options read the sheet as one row per answer, or no column holds answers."""
    from ..io.columns import answer_candidates
    from ..io.headers import question_items

    if args.answer_column or args.item_column:
        raise error(f"{FLAG} reads the sheet as one column per question, and --answer-column or --item-column as one "
                    "row per answer; give one or the other")
    if mapping.layout == WIDE:
        return mapping
    who = {c for c in (args.id_column, args.name_column, mapping.id_column, mapping.name_column,
                       mapping.first_name_column) if c}
    wanted = {*(c for c in answer_candidates(sheet) if c not in who), *args.question_column}
    if not wanted:
        raise error(f"{FLAG} found no column of answers in this sheet; name each question's column with "
                    "--question-column COLUMN")
    order = {c: i for i, c in enumerate(sheet.columns)}
    return ColumnMapping(layout=WIDE, id_column=mapping.id_column, name_column=mapping.name_column,
                         first_name_column=mapping.first_name_column,
                         answer_columns=question_items(sorted(wanted, key=order.__getitem__)))
