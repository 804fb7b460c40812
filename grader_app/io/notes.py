"""What the readers say about a sheet (``Sheet.notes``), in words the window can translate.

A :class:`Note` is its English sentence (a ``str``: what the command line prints, and what every caller
that only reads text sees) that also carries its ``kind`` and the ``values`` it was made from, so the
window can say it in the interface's language (:mod:`grader_app.ui.sheet_notes`, one case per kind).
A note without a kind is shown as it is. The kinds are the names below; the values each kind carries are
the keyword arguments of its constructor here, so the readers and the window agree on them in one place.
"""
from __future__ import annotations

from typing import Sequence


class Note(str):
    """A sheet note: English text, plus ``kind`` and ``values`` for a translation."""

    kind: str
    values: dict

    def __new__(cls, text: str, kind: str = "", **values) -> "Note":
        note = super().__new__(cls, text)
        note.kind = kind
        note.values = values
        return note

    def __reduce__(self):   # a copy (or a pickle) keeps the kind and the values
        return (_rebuild, (str(self), self.kind, self.values))


def _rebuild(text: str, kind: str, values: dict) -> Note:
    return Note(text, kind, **values)


OFF_SCALE_FEW = 5   # answers that make a mark off the others' scale a score to learn (fewer: left out, said)


def _s(n: int) -> str:
    return "" if n == 1 else "s"


SEPARATORS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}


def read_as(encoding: str, separator: str, guessed: bool = False) -> Note:
    """What a CSV was read as; ``guessed``: its code page was guessed, which :func:`code_page_guessed` says right after
    it, so this one names only the separator (QA s53f: "Read as MacRoman text" and then the guess said it twice)."""
    if guessed:
        return Note(f"Read as {SEPARATORS[separator]}-separated text.", "read_as", encoding=encoding,
                    separator=separator, guessed=True)
    return Note(f"Read as {encoding} text, {SEPARATORS[separator]}-separated.", "read_as",
                encoding=encoding, separator=separator)


def open_quote(row: int) -> Note:
    return Note(f"Row {row} opens a quote that is never closed, so everything after it was read into one cell; add "
                "the missing closing quote in the file and open it again.", "open_quote", row=row)


def quote_closed_late(row: int, lines: int) -> Note:
    """A quote of ``row`` that only one ``lines`` lines down closes (:func:`~.csv_reader.quotes_closed_late`)."""
    if lines == 1:
        what = f"only on the next line, so that line (another student's row?) was read into row {row}, not as a row of its own"
    else:
        what = (f"only {lines} lines further down, so those lines (other students' rows?) were read into row {row}, not as "
                "rows of their own")
    return Note(f"Row {row} opens a quote that is closed {what}; add the missing closing quote in the file and open it "
                "again.", "quote_closed_late", row=row, lines=lines)


def excel_errors(count: int, cells: str) -> Note:
    return Note(f"{count} cell{_s(count)} of the table show{'s' if count == 1 else ''} an Excel error instead of a value "
                f"({cells}), read as that text; an answer typed beginning with =, + or - becomes a formula in Excel: put "
                "an apostrophe before it there (the formula bar shows the student's words), save, and open the sheet "
                "again.", "excel_errors", count=count, cells=cells)


def cut_off_in_quote(row: int) -> Note:
    return Note(f"The file ends inside a quoted cell, in row {row}: it may still have been being saved or copied, so its "
                "last answer may be cut short; if so, wait until the file is complete and open it again.",
                "cut_off_in_quote", row=row)


def nul_removed(count: int) -> Note:
    return Note(f"Removed {count} NUL character{_s(count)} (invisible control characters) from the text.",
                "nul_removed", count=count)


def not_utf8(lines: Sequence[int]) -> Note:
    lines = list(lines)
    where = ", ".join(str(n) for n in lines[:6]) + (f" and {len(lines) - 6} more" if len(lines) > 6 else "")
    many = len(lines) != 1
    return Note(f"Line{_s(len(lines))} {where} of the file {'are' if many else 'is'} not UTF-8 and was read as "
                "Windows-1252; check the accented letters there.", "not_utf8", lines=lines)


def code_page_guessed(encoding: str) -> Note:
    return Note(f"This file is not saved as UTF-8, so Grader guessed that its accented letters are {encoding} (as "
                "Excel for Mac or MS-DOS saves a CSV); if any look wrong, save the sheet as “CSV UTF-8” in Excel and "
                "open that.", "code_page_guessed", encoding=encoding)


def survey_labels(rows: Sequence[int]) -> Note:
    n = len(rows)
    return Note(f"Left out {n} row{_s(n)} below the header that only label{'' if n != 1 else 's'} its columns as survey "
                f"tools export them (row{_s(n)} {_numbers(rows)}), so no student's answers are there; the graded sheet "
                f"keeps {'them' if n != 1 else 'it'} as {'they are' if n != 1 else 'it is'}.", "survey_labels",
                rows=list(rows))


def header_again(rows: Sequence[int]) -> Note:
    n = len(rows)
    return Note(f"Left out {n} row{_s(n)} that repeat{'' if n != 1 else 's'} the header row (row{_s(n)} "
                f"{_numbers(rows)}), so no student's answers are there; the graded sheet keeps "
                f"{'them' if n != 1 else 'it'} as {'they are' if n != 1 else 'it is'}.", "header_again", rows=list(rows))


def section_rows(rows: Sequence[int]) -> Note:
    n = len(rows)
    return Note(f"Left out {n} row{_s(n)} with neither a question nor an answer (row{_s(n)} {_numbers(rows)}), such "
                f"as a heading between two lists (“Class 9B”), so no student's answers are there; the graded sheet keeps "
                f"{'them' if n != 1 else 'it'} as {'they are' if n != 1 else 'it is'}.", "section_rows", rows=list(rows))


def table_totals(rows: Sequence[int], tables: Sequence[str]) -> Note:   # an Excel table's total rows (.table_totals)
    n, named = len(rows), ", ".join(f"“{t}”" for t in tables)
    what = f"the total row of the Excel table {named}" if n == 1 else f"{n} total rows of Excel tables {named}"
    return Note(f"Left out {what} (row{_s(n)} {_numbers(rows)}), so no student's answers are there; the graded sheet keeps "
                f"{'it where it was' if n == 1 else 'them where they were'}.", "table_totals", rows=[*rows], tables=[*tables])


def title_rows(count: int, header_row: int) -> Note:
    return Note(f"Skipped {count} title row{_s(count)} above the header (row {header_row}).", "title_rows",
                count=count, header_row=header_row)


def renamed_columns(names: Sequence[str]) -> Note:
    return Note("Renamed columns with an empty or repeated header: " + ", ".join(names) + ".", "renamed_columns",
                names=list(names))


def extra_fields(rows: Sequence[int], columns: Sequence[str]) -> Note:
    n = len(rows)
    return Note(f"{n} row{_s(n)} {'has' if n == 1 else 'have'} more fields than the header row (an answer with an "
                f"unquoted comma?): row{_s(n)} {_numbers(rows)}; the extra fields are in {', '.join(columns)}.",
                "extra_fields", rows=list(rows), columns=list(columns))


def used_sheet(title: str, count: int) -> Note:
    return Note(f"Used sheet “{title}” of {count}.", "used_sheet", title=title, count=count)


def formulas_without_results(count: int, shown: str) -> Note:
    """Cells holding a formula whose result the workbook never saved (a script wrote it), in no column Grader reads
    (:mod:`.table_formulas`): Grader sees them empty, the graded workbook keeps their formulas."""
    said = (f"{count} cell{_s(count)} with a formula but no saved result read{'s' if count == 1 else ''} as empty in "
            f"Grader ({shown}), and the graded workbook keeps {'it as a formula' if count == 1 else 'them as formulas'}; "
            f"to see {'its value' if count == 1 else 'their values'} here, open the file in Excel, save it, and open it again.")
    return Note(said, "formulas_without_results", count=count, shown=shown)


def hidden_rows(rows: Sequence[int]) -> Note:
    """Rows of a workbook hidden or filtered out (``rows``: their 1-based numbers): read, graded and exported like
    the others (teachers hide withdrawn students); the graded workbook keeps them hidden."""
    n = len(rows)
    said = (f"{n} rows of the sheet are hidden or filtered out (rows {_numbers(rows)}); they are graded and exported "
            "like the others, and the graded workbook keeps them hidden." if n != 1 else
            f"1 row of the sheet is hidden or filtered out (row {_numbers(rows)}); it is graded and exported like the "
            "others, and the graded workbook keeps it hidden.")
    return Note(said, "hidden_rows", rows=list(rows))


def hidden_columns(letters: Sequence[str], names: Sequence[str]) -> Note:
    """Columns of a workbook's table hidden (``letters``: theirs in the teacher's worksheet, ``names``: their headers):
    read like the others; the graded workbook keeps them hidden (:mod:`.hidden_columns`)."""
    n = len(letters)
    shown = _numbers([f"{letter}: {name}" for letter, name in zip(letters, names)])
    said = (f"{n} columns of the sheet are hidden ({shown}); they are read like the others, and the graded workbook "
            "keeps them hidden." if n != 1 else
            f"1 column of the sheet is hidden ({shown}); it is read like the others, and the graded workbook keeps it "
            "hidden.")
    return Note(said, "hidden_columns", letters=list(letters), names=list(names))


def merged_down(ranges: Sequence[str], rows: Sequence[int]) -> Note:
    """Cells of a workbook merged down over several students' rows (``ranges``: "C6:C7"; ``rows``: the 1-based rows
    they fill): each row reads the merged cell's text, as one answer (Excel kept only the top cell's when they were
    merged), so the teacher checks that those students really gave it."""
    n = len(ranges)
    said = (f"{n} ranges of cells are" if n != 1 else "1 range of cells is") + (
        f" merged down over several rows ({_numbers(list(ranges), 4)}), so each of those rows reads the merged cell's "
        f"text (rows {_numbers(rows)}); if those students answered separately, unmerge the cells in Excel, type each "
        "one's answer, and open the sheet again.")
    return Note(said, "merged_down", ranges=list(ranges), rows=list(rows))


def cells_left_out(count: int, shown: str) -> Note:
    return Note(f"Left out {count} cell{_s(count)} far away from the table ({shown}).", "cells_left_out",
                count=count, shown=shown)


def recognised_export(system: str, kind: str) -> Note:
    article = "an" if system[:1].lower() in "aeiou" else "a"
    return Note(f"This looks like {article} {system} {kind}; the columns are mapped for you.", "recognised_export",
                system=system, export=kind)


def graded_before(count: int, typed: int = 0, commented: int = 0, waiting: int = 0, scored: str | None = None,
                  unlike: Sequence = ()) -> Note:
    """A sheet Grader graded before, opened to grade again (:mod:`.earlier_grading`): ``count`` decisions of the
    teacher's are taken over, and ``typed`` final scores typed into the sheet where its status did not say the teacher
    decided (in Excel, say); ``commented`` comments typed beside the model's score are kept with it as decisions, and
    ``waiting`` comments typed on answers with no score wait for their scores; the grading columns are made anew.

    How the other answers are scored is said only once the models are chosen (``scored``: one of
    :data:`grader_app.core.scored_before.AGAIN` ... ``NONE``; None as the sheet is read, before any is), and so is
    each question whose model that scored it before is missing or differs now (``unlike``:
    :func:`grader_app.core.scored_before.unlike`)."""
    values: dict = {"count": count} if not typed else {"count": count, "typed": typed}
    values |= {k: v for k, v in (("commented", commented), ("waiting", waiting)) if v}
    values |= {"scored": scored} if scored else {}
    values |= {"unlike": [list(u) for u in unlike]} if unlike else {}
    if not count and not typed:
        said = ("This sheet was graded with Grader before." if commented or waiting else
                "This sheet was graded with Grader before and holds no decisions of yours.")
    elif not count:
        where = "it is a score of its question" if typed == 1 else "they are scores of their questions"
        said = (f"This sheet was graded with Grader before: {typed} final score{_s(typed)} typed into the sheet "
                f"{'is' if typed == 1 else 'are'} taken as your decision{_s(typed)} where {where}.")
    else:
        said = (f"This sheet was graded with Grader before: your {count} earlier decision{_s(count)} "
                f"{'is' if count == 1 else 'are'} kept.")
        if typed:
            where = "it is a score of its question" if typed == 1 else "they are scores of their questions"
            said += (f" {typed} final score{_s(typed)} typed into the sheet {'is' if typed == 1 else 'are'} taken as "
                     f"your decision{_s(typed)} too, where {where}.")
    said += comments_typed(commented, waiting)
    if scored:
        said += " " + SCORED[(scored, bool(count or typed))]
    for state, model, question, chosen in unlike:
        said += " " + model_unlike(state, model, question, chosen)
    return Note(said, "graded_before", **values)


# how the answers the teacher did not decide are scored (core.scored_before.scoring), (how, some were decided)
SCORED = {
    ("again", True): "The model scores the other answers again.",
    ("again", False): "The model scores its answers again.",
    ("chosen", True): "The model chosen for each question scores the other answers.",
    ("chosen", False): "The model chosen for each question scores its answers.",
    ("some", True): "The other answers are scored by the model chosen for their question; those of questions without "
                    "a model wait for you.",
    ("some", False): "Its answers are scored by the model chosen for their question; those of questions without a "
                     "model wait for you.",
    ("none", True): "No model is chosen, so the other answers wait for you to score them.",
    ("none", False): "No model is chosen, so its answers wait for you to score them.",
}


def model_unlike(state: str, model: str, question: str, chosen: bool) -> str:
    """The sentence on a question whose model that scored it before is missing now, or differs from the installed one
    of its id (``chosen``: that one scores the question now)."""
    if state == "missing":
        return (f"{model}, the model that scored question “{question}” before, is not installed: add it to your models "
                "to score that question's other answers as before.")
    if chosen:
        return (f"The installed {model} is not the version that scored question “{question}” before, so some of its "
                "scores may differ from those in the sheet.")
    return (f"The installed {model} is not the version that scored question “{question}” before, so it is not chosen "
            "for that question again: its scores may differ from those in the sheet.")


def comments_typed(commented: int, waiting: int) -> str:
    """The sentences (each after a space, "" for none) on comments typed into a graded sheet alone: beside the model's
    score, kept with it as the teacher's decisions; on answers with no score, waiting for their scores."""
    said = ""
    if commented:
        said += (f" {commented} comment{_s(commented)} typed beside the model's score {'is' if commented == 1 else 'are'}"
                 f" kept with that score as your decision{_s(commented)}.")
    if waiting:
        said += (f" {waiting} comment{_s(waiting)} typed on {'an answer' if waiting == 1 else 'answers'} with no score "
                 f"{'waits for its score' if waiting == 1 else 'wait for their scores'}.")
    return said


def text_not_taken(columns: Sequence[str]) -> Note:
    """Columns of text left out of a wide sheet's questions: the others are headed like questions ("Q1", "asap-sas-5")
    and these are not ("Reflection"); the teacher ticks them if they hold answers."""
    names, n = ", ".join(f"“{c}”" for c in columns), len(columns)
    text = (f"{n} column holds text but is not taken as a question ({names}); to grade its answers, tick it among the "
            "questions." if n == 1 else
            f"{n} columns hold text but are not taken as questions ({names}); to grade their answers, tick them among "
            "the questions.")
    return Note(text, "text_not_taken", columns=list(columns))


def closed_not_ticked(columns: Sequence[str], names: Sequence[str], own: bool = False) -> Note:
    """Question columns of a quiz report left unticked, as their answers are only choices or numbers (:mod:`.lms.
    closed_answers`); ``names``: each as the columns dialog lists it, cut short. The teacher ticks them to grade them.
    ``own``: the columns of the teacher's own sheet (no LMS marks them)."""
    shown, n = ", ".join(f"“{c}”" for c in names), len(columns)
    why = "not written answers" if own else "which your learning platform marks itself"
    text = (f"1 question column is not ticked ({shown}): its answers are only choices or numbers (multiple choice, "
            f"true/false, numeric), {why}; tick it to grade it here too." if n == 1
            else f"{n} question columns are not ticked ({shown}): their answers are only choices or numbers (multiple "
            f"choice, true/false, numeric), {why}; tick them to grade them here too.")
    return Note(text, "closed_not_ticked", columns=list(columns), names=list(names), **({"own": True} if own else {}))


def closed_left_out(questions: Sequence[str]) -> Note:
    """Questions of a download of one row per answer left out, as their answers are only choices or numbers (:func:`.lms.
    closed_answers.leave_closed_out`); the teacher ticks the box that grades them too."""
    shown, n = ", ".join(f"“{q}”" for q in questions), len(questions)
    text = (f"1 question is not graded ({shown}): its answers are only choices or numbers (multiple choice, true/false, "
            "numeric), which your learning platform marks itself; to grade it here too, tick “Also grade closed "
            "questions”." if n == 1 else
            f"{n} questions are not graded ({shown}): their answers are only choices or numbers (multiple choice, "
            "true/false, numeric), which your learning platform marks itself; to grade them here too, tick “Also grade "
            "closed questions”.")
    return Note(text, "closed_left_out", questions=list(questions))


# learning from a marked sheet (grader_app.learn.from_sheet): what was read otherwise than cell by cell; the
# row numbers as the window lists them (ui.sheet_notes.numbers_words), so the English reads the same in both


def _numbers(numbers: Sequence[int | str], limit: int = 6) -> str:
    shown = ", ".join(str(n) for n in numbers[:limit])
    return shown + (f" and {len(numbers) - limit} more" if len(numbers) > limit else "")


def dashes_not_marked(column: str, rows: Sequence[int]) -> Note:
    """Score cells holding a dash (Moodle writes one too): no mark given, those rows left out."""
    n = len(rows)
    return Note(f"Read the score “-” as no mark: left out {n} row{_s(n)} of column “{column}” "
                f"(row{_s(n)} {_numbers(rows)}).",
                "dashes_not_marked", column=column, rows=list(rows))


def words_not_scores(column: str, words: Sequence[str], rows: Sequence[int]) -> Note:
    """Score cells holding a word instead of a number ("abs", "n/a", "absent"; ``words``: the different ones, a few at
    most): those rows skipped, not learned from."""
    n = len(rows)
    said = ", ".join(f"“{w}”" for w in words)
    return Note(f"Skipped {n} row{_s(n)} of column “{column}” whose score is not a number ({said}): "
                f"{'they are' if n != 1 else 'it is'} not used for learning (row{_s(n)} {_numbers(rows)}).",
                "words_not_scores", column=column, words=list(words), rows=list(rows))


def off_scale(question: str, scores: Sequence[str], rows: Sequence[int], scale: Sequence[str]) -> Note:
    """A score given to very few answers of a question that is not on the scale its other marks form (a half point
    among whole points: ``scores``, on sheet rows ``rows``; ``scale``: the other marks): those answers are left out of
    learning, so the model learns no score of its own from one or two answers."""
    n = len(rows)
    marked = " or ".join(scores)
    return Note(f"Question “{question}” has {n} answer{_s(n)} marked {marked} (row{_s(n)} {_numbers(rows)}), which "
                f"{'is' if n == 1 else 'are'} not on the scale of its other marks ({', '.join(scale)}): "
                f"{'it is' if n == 1 else 'they are'} left out of learning. Correct {'it' if n == 1 else 'them'}, or "
                f"give such marks to at least {OFF_SCALE_FEW} answers if they belong to your scale, and learn again.",
                "off_scale", question=question, scores=list(scores), rows=list(rows), scale=list(scale), few=OFF_SCALE_FEW)


def one_question(spellings: Sequence[str], name: str) -> Note:
    """Question names that differ only in case or spaces, read as one question (its first spelling)."""
    return Note(f"Read {', '.join(f'“{v}”' for v in spellings)} as one question, “{name}”.", "one_question",
                spellings=list(spellings), name=name)


def question_from_above(column: str, rows: Sequence[int]) -> Note:
    """Rows whose question cell is empty, read as the question above them (written once per block)."""
    n = len(rows)
    said = (f"{n} rows with an empty cell in column “{column}” were read as the question above them" if n != 1 else
            f"1 row with an empty cell in column “{column}” was read as the question above it")
    return Note(f"{said} (row{_s(n)} {_numbers(rows)}).", "question_from_above", column=column, rows=list(rows))


def summing_rows_left_out(rows: Sequence[int]) -> Note:
    """Rows that sum the marks up ("Total", "Class average" beside an empty answer), left out."""
    n = len(rows)
    said = f"Left out {n} rows that sum up the marks" if n != 1 else "Left out 1 row that sums up the marks"
    return Note(f"{said} (a total or an average), not an answer's score (row{_s(n)} {_numbers(rows)}).",
                "summing_rows_left_out", rows=list(rows))


def shared_names(found: Sequence, unused_ids: str | None = None) -> Note:
    """The names a sheet without a student id column chosen gives to more than one student (``found``: the session's
    ``namesakes``, :class:`grader_app.core.namesakes.Namesake`, at least one), kept apart by their rows. A name whose
    answers could not be paired into students has each of its rows counted as a student of its own. ``unused_ids``:
    the sheet's column of student ids, when it has one that is not chosen (then named, instead of "no id column")."""
    names, example = [f.name for f in found], found[0].labels[-1]
    unpaired = [f.name for f in found if not f.paired]
    n, said = len(names), ", ".join(f"“{v}”" for v in names)
    head = f"{n} name{_s(n)} in this sheet {'belongs' if n == 1 else 'belong'} to more than one student ({said}), and "
    if unused_ids:
        text = (head + f"the sheet's column “{unused_ids}” is not chosen for the student ids: Grader keeps them apart by "
                f"the row where each one's answers start, as “{example}”. Choose “{unused_ids}” for the student ids "
                "before you upload grades to a learning platform.")
    else:
        text = (head + "the sheet has no student id column: Grader keeps them apart by the row where each one's answers "
                f"start, as “{example}”. Add a column of student ids to the sheet before you upload grades to a "
                "learning platform.")
    if unpaired:
        text += (" The answers of " + ", ".join(f"“{v}”" for v in unpaired) + " could not be paired into students (a "
                 "question is answered more than once and their rows are not together), so each of those rows counts "
                 "as a student of its own.")
    return Note(text, "shared_names", names=names, example=example, unpaired=unpaired, unused_ids=unused_ids)


def twice(found: Sequence[tuple[Sequence[str], Sequence[int]]], moodle: bool = False) -> Note:
    """Students in the sheet more than once (``found``: each one's labels as the window shows them, and the file's
    rows; :func:`grader_app.io.lms.attempts.more_than_once`), whom no LMS file can take, and what to do before
    marking: keep one attempt of each (``moodle``: a Moodle Responses report, whose own setting does it)."""
    n = len(found)
    said = "; ".join(f"{' / '.join(labels)} (rows {_numbers(list(rows))})" for labels, rows in found)
    head = (f"{n} student{_s(n)} {'is' if n == 1 else 'are'} in this sheet more than once, under the same email "
            f"address, username or id (a second attempt, or a form sent twice): {said}. Grader marks every row, but no "
            "learning platform's file can take them: their grades would have to be entered by hand. Before you mark, "
            "keep one attempt of each: ")
    how = ("in Moodle's report, tick “Show at most one finished attempt per user” and download the responses again, or "
           "delete the extra rows from the sheet; then open it again." if moodle else
           "delete the extra rows from the sheet, then open it again.")
    return Note(head + how, "twice", students=[[list(labels), list(rows)] for labels, rows in found], moodle=moodle)


def drawn_at_random(questions: Sequence[tuple[str, int]]) -> Note:
    """A download's questions that are random questions (``questions``: each one's name and how many different
    questions its students were given there; :func:`grader_app.io.lms.recognition.drawn_at_random`): each is graded
    as one question all the same, and what to do to grade them apart."""
    n = len(questions)
    listed = "; ".join(f"{q}: {k} different questions" for q, k in questions)
    head = (f"1 question of this quiz is a random question: different students were given different questions there "
            f"({listed}). Grader grades it as one question all the same" if n == 1 else
            f"{n} questions of this quiz are random questions: different students were given different questions there "
            f"({listed}). Grader grades each of them as one question all the same")
    return Note(head + ", with one scale and one model, and groups alike answers together even where they answer "
                "different questions. To grade each question a student was given on its own, make a sheet with one row "
                "per answer and a column that names its question, and open that instead.", "drawn_at_random",
                questions=[[q, k] for q, k in questions])


def excel_dates(column: str, rows: Sequence[int], text: str, readings: Sequence[str]) -> Note:
    """Cells of ``column`` that Excel turned into dates from what was typed (:mod:`.excel_dates`): their rows, the
    first one's text as read (``text``, the value ``shown``) and what it may have been typed as (``readings``:
    month/day, then day/month)."""
    n = len(rows)
    where = (f"{n} cells in column “{column}” (rows {_numbers(rows)}) are dates" if n != 1 else
             f"1 cell in column “{column}” (row {_numbers(rows)}) is a date")
    said = (f"{where} that Excel made from what was typed: {text}, as Grader reads it, may have been typed as "
            f"{' or '.join(readings)}. Check those answers in the sheet; to keep answers such as 3/4 as typed, format the "
            "column as Text in Excel before they are typed.")
    return Note(said, "excel_dates", column=column, rows=list(rows), shown=text, readings=list(readings))
