"""Guessing which columns of a sheet hold what: student id, name, question, answer(s).

Two layouts (see :class:`~grader_app.core.sheet.ColumnMapping`):

* long: one row per answer. Chosen when a column looks like a question id (a header such as
  "Item", "Question", "Prompt", "EssaySet", "Task", "Q", or few distinct short values that repeat)
  and another column holds the text. The answer column is the one whose header says
  answer/response/text/essay, else the one with the longest text. A column headed "Question", "Item",
  "Frage", "Question ID" is the question column even when its values do not repeat (one student's
  sheet, or a single row). Answers that are numbers ("42", "3.5", "-7": a maths quiz) are answers when
  their header says answer or response (not "Answer score", "Answer key").
* wide: one row per student, one column per question. Chosen when there is no question column and
  several columns hold free text (headers like "Q1", "Question 2", "asap-sas-5", or any text-heavy
  columns); each such column becomes a question whose id is the header itself (a header written in HTML, as its words:
  :func:`~.headers.question_items`). So does a sheet's only answer column
  when its header names or asks one question ("asap-sas-5", "Why does a metal spoon feel colder ...?"): the sheet is
  that question's, never a nameless "whole sheet" (a model learned from it would take every such sheet). A column
  whose header names or asks one question ("Q1", "Frage 2", "Which organelle ...?") holds answers even when they are
  a word each, and is never taken for the question column of a long sheet (a class giving the same few words would look like one).
  Beside columns headed like "Q1", a column of text headed by a question's wording ("¿Qué opinas del texto?") is a
  question too; one with a plain label ("Reflection") is left unticked and a note says so. A question column whose
  answers are only choices or numbers (her "Q3" of True and False: :func:`.lms.closed_answers.own_closed`) is left
  unticked too, as a quiz report's are, and a note says so; unless every question is such a one.

A grade file Grader wrote (an LMS upload file, the points sheet: :mod:`.lms.grade_files`) holds no answers: the guess
raises SheetError saying what it is and to open the sheet of answers instead.

What a header says (:func:`shape`). A question header may carry its points, "Q1 (3 marks)",
"Question 2 (2 points)", "Q3 [4 pts]", "Frage 1 (2 Punkte)", "Q4 /3": the points do not make it a
score column. It may carry the question's text, "1. What is photosynthesis?", "Q2: Cells",
"Q3 - What time is it?": a word of a question's wording ("number", "time", "name") does not make its
column an id, a score or a comment, while a short tail after the id does ("Q1 score", "Q1 comment" are
not answers), and a numbered question is never the id or name column. The id of such a question
stays the whole header, points and text included: it is unique in the sheet, and the files Grader
writes title the question with it, so they show the teacher's own header. Headers are read in
English, German and Spanish ("Kommentar", "Nota" are not answers), and a French class list's too ("Nom", "Prénom",
"Numéro").

A header that names the student's first name or surname ("Prénom", "Vorname", "Nombre", "First name", "Surname")
holds a name, whatever its cells look like: pseudonymised names ("Élève12", "Marie2") are never taken for the ids.
A header that reads as a question or an instruction (:func:`~.header_words.sentence`) names the student's name or id
only when that is its subject ("What is your name?", "Your student number") and its cells are short and mostly
distinct: "What is the name of the process plants use to make food?" and "Name two parts of a cell." head answers.

With a long sheet that has no question column, ``item_column`` and ``default_item`` stay ``None``:
the caller asks which model scores the whole sheet. The guess is only a proposal that the teacher
confirms; ``ColumnMapping.validate`` checks whatever is finally chosen.
"""
from __future__ import annotations

from ..core.sheet import LONG, WIDE, ColumnMapping, Sheet
from . import notes
from .column_stats import ColumnStats, column_stats
from .errors import SheetError
from .header_words import ID_WORDS, KEY_WORDS, NAME_WORDS, NOT_ANSWER_WORDS
from .headers import question_items
from .student_columns import pick_first_name, pick_id, pick_name

_FEW_ROWS = 30        # one student's answers: a column headed "Question" is the question whatever its values


def _is_texty(s: ColumnStats) -> bool:
    """Free text: mostly words, a few of them per cell, not one value repeated down the column."""
    if s.filled == 0 or s.letters < 0.6:
        return False
    if s.filled >= 6 and s.distinct < 0.5 * s.filled:
        return False
    return s.mean_words >= 3 or s.mean_len >= 20


def _answer_rank(s: ColumnStats) -> float:
    """Higher is a likelier answer column."""
    score = min(s.mean_len, 400.0) + 20 * s.mean_words
    if s.answer_header:
        score += 1000
    if s.question:
        score += 500
    return score


def answer_candidates(sheet: Sheet) -> list[str]:
    """Columns that could hold the students' answers, likeliest first."""
    return _candidates(column_stats(sheet))


def _candidates(stats: list[ColumnStats]) -> list[str]:
    cands = []
    for s in stats:
        labelled = not (s.answer_header or s.question or s.wording)   # the header's words say what it holds
        if s.filled == 0 or s.emails or labelled and (s.has(NOT_ANSWER_WORDS) or s.says(ID_WORDS)):
            continue
        if _is_texty(s) or _named_words(s) or (s.answer_header and not _looks_like_item(s, strict=True)
                                               and (s.letters >= 0.5 or _short_answers(s))):   # numbers answer a maths quiz
            cands.append(s)
    cands.sort(key=_answer_rank, reverse=True)
    return [s.name for s in cands]


def _named_words(s: ColumnStats) -> bool:
    """A question's column of short answers in words ("Q1" or "Which organelle releases energy?": "mitochondria",
    most students giving the same one): answers under a header that names one question or asks it (unless it asks
    who the student is), not free text. Letters of a multiple choice ("A", "b)") and numbers (marks, as often as a
    maths quiz's answers) are not taken for them."""
    return _asked(s) and s.letters >= 0.6 and s.mean_len > 2


def _asked(s: ColumnStats) -> bool:
    """The header names one question ("Q1") or is its wording ("Which organelle releases energy?", "Name two parts
    of a cell."), and asks neither who the student is ("What is your name?") nor for a score or a comment."""
    return s.question or (s.wording or s.sentence) and not (s.says(NAME_WORDS | ID_WORDS) or s.has(NOT_ANSWER_WORDS))


def _short_answers(s: ColumnStats) -> bool:
    """Whether a column of answers that are mostly numbers ("42", "3.5", "-7": a maths quiz) is answers: it is
    when its header says answer or response ("Answer", "Response 2"), unless the header also says it holds
    scores, ids or dates ("Answer score", "Response ID", "Response date") or the expected answer ("Answer key",
    "Right answer")."""
    return s.answer_header and not s.has(NOT_ANSWER_WORDS | ID_WORDS | KEY_WORDS)


# a header that names the question of each row, whatever its values ("Question", "Item", "Frage", "Question ID")
_QUESTION_NAMES = {"question", "questions", "item", "items", "q", "qid", "itemid", "questionid", "prompt", "task",
                   "frage", "aufgabe", "pregunta", "ejercicio"}
_QUESTION_ID = {"id", "no", "nr", "number", "num", "nummer", "número", "numero"}


def _names_question(s: ColumnStats) -> bool:
    """The header says the column holds the question: "Question", "Item", "Frage", "Question ID", "Aufgabe Nr"."""
    words = set(s.words)
    return (not s.answer_header and (bool(words & _QUESTION_NAMES) or "".join(s.words) in _QUESTION_NAMES)
            and words <= _QUESTION_NAMES | _QUESTION_ID)


def _looks_like_item(s: ColumnStats, strict: bool = False) -> bool:
    """Few distinct values that repeat: the question of each row in a long sheet. A column whose header says so
    ("Question") is that even when its values do not repeat (one student's answers, or one row), if they are
    short ids, or few (a question's wording may be long)."""
    if s.filled == 0 or s.distinct == 0:
        return False
    if _names_question(s) and (s.mean_len <= 40 or s.filled <= _FEW_ROWS):
        return True
    if s.filled < 2:
        return False
    repeats = s.distinct < s.filled and s.max_repeat >= 2
    if s.item_header and not s.answer_header:
        # short ids that repeat, or long question texts that repeat a lot; never free answers
        return s.distinct == 1 or (repeats and (s.mean_len <= 40 or s.distinct <= max(1, s.filled // 4)))
    if strict:
        return False
    return repeats and s.distinct <= max(1, s.filled // 4) and s.mean_len <= 40


# the problems of a file that holds grades and no answers: an upload file or the points sheet Grader wrote, its list of
# the students an LMS file could not take, an LMS's gradebook download; and the students' feedback sheet Grader wrote (its
# answers beside the question's name, scores and comments: :mod:`.feedback_headers`). No choice of columns makes it a
# sheet of answers,
# so the window refuses it as the command line does, with the same sentence (:func:`holds_no_answers`).
GRADE_FILES = frozenset({"columns.grades_file", "columns.points_file", "columns.left_out_list", "columns.moodle_upload",
                         "columns.moodle_gradebook", "columns.feedback_file"})


def holds_no_answers(problem: BaseException | None) -> bool:
    """``problem``, raised by :func:`guess_columns`, says the file is one of :data:`GRADE_FILES`."""
    return getattr(problem, "kind", None) in GRADE_FILES


def guess_columns(sheet: Sheet) -> ColumnMapping:
    """A proposed :class:`ColumnMapping` for ``sheet`` (long or wide layout).

    A known LMS export (:mod:`.lms`) is mapped by its system's layout, and its sentence is added
    to the sheet's notes, with one naming its question columns left unticked as multiple choice, true/false or numbers
    (:mod:`.lms.closed_answers`); an LMS report with no answers raises SheetError saying what to download.
    """
    from .lms import reading_of, recognise
    from .lms.closed_answers import closed_note, closed_notes, own_closed
    from .feedback_headers import feedback_header_written
    from .lms.grade_files import grades_file, left_out_list
    from .lms.moodle_upload import uploaded_worksheet

    known = recognise(sheet)
    if known is not None:
        if known.mapping is None:   # a download of no answers: its problem says which file to take instead
            raise SheetError.said(known.refusal) if known.refusal else SheetError(known.sentence)
        if known.sentence not in sheet.notes:
            sheet.notes.append(known.sentence)
        if known.closed and (said := closed_notes(known.mapping, known.closed)) not in sheet.notes:   # left unticked
            sheet.notes.append(said)
        return known.mapping
    if uploaded_worksheet(sheet):   # the grading worksheet Grader wrote for Moodle's upload, opened again
        raise SheetError.said("columns.moodle_upload")
    if (system := grades_file(sheet)) is not None:   # Grader's own upload file, or its points sheet, opened again
        raise (SheetError.said("columns.grades_file", system=system) if system else
               SheetError.said("columns.points_file"))
    if (system := left_out_list(sheet)) is not None:   # the students an LMS file could not take, opened again
        raise SheetError.said("columns.left_out_list", system=system)
    if feedback_header_written(sheet.columns):   # the students' feedback for a mail merge, opened again
        raise SheetError.said("columns.feedback_file")
    stats = [s for s in column_stats(sheet) if not added_by_grader(s.name, sheet.columns)]
    answers = _candidates(stats)
    if not answers:
        raise _no_answers(stats, sheet)

    item = _pick_item(stats, exclude=set())
    if item is not None and item in answers and len(answers) > 1:
        answers = [a for a in answers if a != item]
    elif item is not None and item in answers:
        item = _pick_item(stats, exclude={item})

    wide_cols = [a for a in answers if a != item]
    questions = {s.name for s in stats if s.question}
    question_like = [a for a in wide_cols if a in questions]
    asked = {s.name for s in stats if not s.question and _asked(s)}
    # just an "asap-sas-5" column, or one headed by the question's wording ("Why does a metal spoon feel colder ...?")
    one_named_question = len(wide_cols) == 1 and bool(question_like or set(wide_cols) & asked)
    if item is None and (len(wide_cols) >= 2 or one_named_question):
        # several "Q1", "asap-sas-5" columns: the questions are those and the columns headed by a question's wording
        # ("¿Qué opinas del texto?"); another column of text ("Reflection") is said, not taken
        named = [a for a in wide_cols if a in questions or a in asked]
        chosen = named if len(question_like) >= 2 else wide_cols
        if left := [a for a in wide_cols if a not in chosen]:
            said = notes.text_not_taken(left)
            if said not in sheet.notes:
                sheet.notes.append(said)
        order = {c: i for i, c in enumerate(sheet.columns)}
        chosen = sorted(chosen, key=order.__getitem__)
        if shut := own_closed(sheet, chosen, reading_of(None, sheet)):   # her "Q3" of True and False: not ticked
            chosen = [c for c in chosen if c not in shut]
            if (said := closed_note(shut, own=True)) not in sheet.notes:
                sheet.notes.append(said)
        used = {*chosen, *shut}
        id_col = pick_id(stats, used, sheet)
        name_col = pick_name(stats, used | {id_col})
        mapping = ColumnMapping(layout=WIDE, id_column=id_col, name_column=name_col,
                                answer_columns=question_items(chosen),
                                first_name_column=pick_first_name(stats, used | {id_col}, name_col))
    else:
        answer = answers[0]
        used = {answer} | ({item} if item else set())
        id_col = pick_id(stats, used, sheet, item=item)
        name_col = pick_name(stats, used | {id_col})
        mapping = ColumnMapping(layout=LONG, id_column=id_col, name_column=name_col, item_column=item,
                                answer_column=answer, first_name_column=pick_first_name(stats, used | {id_col}, name_col))
        if item is None:
            return mapping      # the caller chooses the model for the whole sheet
    mapping.validate(sheet)
    return mapping


def _no_answers(stats: list[ColumnStats], sheet: Sheet) -> SheetError:
    """Why no column holds answers. When a column headed like the answers ("Answer", "Antwort", "Respuesta") is
    empty, the problem names it and carries, as ``guess``, the other columns guessed as usual (the question, the
    student's id and name), so that the teacher need choose only the answers' column. An LMS's own gradebook download
    is said to be one."""
    from .lms.grade_files import downloaded_gradebook

    if (system := downloaded_gradebook(sheet)) is not None:   # Moodle's "Export grades", Blackboard's Grade Center…
        if system == "Moodle":   # where in Moodle the answers are, as Canvas's item analysis report says it
            return SheetError.said("columns.moodle_gradebook")
        return SheetError.said("columns.grades_file", system=system)
    empty = [s for s in stats if s.filled == 0 and _short_answers(s)]
    if not empty:
        return SheetError.said("columns.no_answers")
    problem = SheetError.said("columns.empty_answers", column=empty[0].name)
    item = _pick_item(stats, exclude=set())
    used = {s.name for s in empty} | ({item} if item else set())
    id_col = pick_id(stats, used, sheet, item=item)
    name_col = pick_name(stats, used | {id_col})
    problem.guess = ColumnMapping(layout=LONG, id_column=id_col, name_column=name_col, item_column=item,
                                  first_name_column=pick_first_name(stats, used | {id_col}, name_col))
    return problem


def added_by_grader(column: str, columns) -> bool:
    """Whether ``column`` is one Grader's graded sheet adds: after an answer column in a wide sheet ("asap-sas-1 status",
    "asap-sas-1 Hinweise"), or one of the set at the end of a long one ("flags", "Avisos"), in any language
    (:mod:`.graded_columns`). Reopened (last year's marked sheet), those hold scores and statuses, never answers or
    questions."""
    from .formula_guard import grading_groups
    from .graded_columns import all_names

    columns = list(columns)
    if any(column.endswith(" " + n) and column[:-len(n) - 1] in columns for n in all_names()):
        return True
    return any(not s.column and column in [columns[a] for a in s.at if a is not None] for s in grading_groups(columns))


def _pick_item(stats: list[ColumnStats], exclude: set[str]) -> str | None:
    named = [s for s in stats if s.name not in exclude and s.item_header and not s.answer_header
             and not s.question and _looks_like_item(s)]
    if named:
        # "Question ID" over "Question text"; then fewest distinct values
        named.sort(key=lambda s: (not s.has(ID_WORDS | {"item", "essayset", "q", "qid", "itemid"}),
                                  s.mean_len > 40, s.distinct))
        return named[0].name
    loose = [s for s in stats if s.name not in exclude and not s.has(ID_WORDS | NAME_WORDS | NOT_ANSWER_WORDS)
             and not (s.question or s.wording or s.sentence) and _looks_like_item(s)
             and s.distinct >= 2]   # "Q1" and "Name a gas." hold answers
    if loose:
        loose.sort(key=lambda s: s.distinct)
        return loose[0].name
    return None
