"""What the readers say about a sheet (:mod:`grader_app.io.notes`), in the interface's language.

Each kind of :class:`~grader_app.io.notes.Note` has its sentence here, made from the note's values; a
note of a kind this module does not know (or a plain string) is shown as the reader wrote it, in English.
The learning platforms' export kinds ("quiz responses export") are marked here too: a banner whose kind
has no translation keeps the reader's English sentence whole rather than mixing two languages.
"""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from .i18n import QT_TRANSLATE_NOOP, quoted

translate = QCoreApplication.translate

SEPARATORS = {",": QT_TRANSLATE_NOOP("SheetNotes", "comma"), ";": QT_TRANSLATE_NOOP("SheetNotes", "semicolon"),
              "\t": QT_TRANSLATE_NOOP("SheetNotes", "tab"), "|": QT_TRANSLATE_NOOP("SheetNotes", "bar")}

# the kinds of export grader_app.io.lms recognises (Recognition.kind), marked for translation
EXPORT_KINDS = (
    QT_TRANSLATE_NOOP("SheetNotes", "quiz responses export"),
    QT_TRANSLATE_NOOP("SheetNotes", "assignment grading worksheet"),
    QT_TRANSLATE_NOOP("SheetNotes", "test results download (by user)"),
    QT_TRANSLATE_NOOP("SheetNotes", "test results download (by question and user)"),
    QT_TRANSLATE_NOOP("SheetNotes", "quiz question details export"),
    QT_TRANSLATE_NOOP("SheetNotes", "quiz Student Analysis report"),
    QT_TRANSLATE_NOOP("SheetNotes", "responses export"),
    QT_TRANSLATE_NOOP("SheetNotes", "responses workbook"),
)


def numbers_words(numbers: Sequence[int | str], limit: int = 6) -> str:
    """ "3, 7, 12" or "3, 7, 12, 15, 20, 21 and 4 more" (the rest counted in the interface's language)."""
    shown = ", ".join(str(n) for n in numbers[:limit])
    if len(numbers) > limit:
        shown += translate("SheetNotes", " and %n more", "", len(numbers) - limit)
    return shown


def _read_as(v: dict) -> str:
    if v.get("guessed"):   # the code page guessed is said by the note that follows (_code_page_guessed)
        return translate("SheetNotes", "Read as {separator}-separated text.").format(
            separator=translate("SheetNotes", SEPARATORS.get(v["separator"], v["separator"])))
    return translate("SheetNotes", "Read as {encoding} text, {separator}-separated.").format(
        encoding=v["encoding"], separator=translate("SheetNotes", SEPARATORS.get(v["separator"], v["separator"])))


def _open_quote(v: dict) -> str:
    return translate("SheetNotes", "Row {row} opens a quote that is never closed, so everything after it was read "
                                   "into one cell; add the missing closing quote in the file and open it again.").format(
        row=v["row"])


def _quote_closed_late(v: dict) -> str:
    return translate("SheetNotes", "Row {row} opens a quote that is closed only %n lines further down, so those lines "
                                   "(other students' rows?) were read into row {row}, not as rows of their own; add the "
                                   "missing closing quote in the file and open it again.", "", v["lines"]).format(
        row=v["row"])


def _excel_errors(v: dict) -> str:
    return translate("SheetNotes", "%n cells of the table show an Excel error instead of a value ({cells}), read as that "
                                   "text; an answer typed beginning with =, + or - becomes a formula in Excel: put an "
                                   "apostrophe before it there (the formula bar shows the student's words), save, and "
                                   "open the sheet again.", "", v["count"]).format(cells=v["cells"])


def _cut_off_in_quote(v: dict) -> str:
    return translate("SheetNotes", "The file ends inside a quoted cell, in row {row}: it may still have been being saved "
                                   "or copied, so its last answer may be cut short; if so, wait until the file is complete "
                                   "and open it again.").format(row=v["row"])


def _nul_removed(v: dict) -> str:
    return translate("SheetNotes", "Removed %n NUL characters (invisible control characters) from the text.", "",
                     v["count"])


def _not_utf8(v: dict) -> str:
    lines = v["lines"]
    return translate("SheetNotes", "%n lines of the file are not UTF-8 and were read as Windows-1252 ({lines}); "
                                   "check the accented letters there.", "", len(lines)).format(lines=numbers_words(lines))


def _code_page_guessed(v: dict) -> str:
    return translate("SheetNotes", "This file is not saved as UTF-8, so Grader guessed that its accented letters are "
                                   "{encoding} (as Excel for Mac or MS-DOS saves a CSV); if any look wrong, save the "
                                   "sheet as “CSV UTF-8” in Excel and open that.").format(encoding=v["encoding"])


def _header_again(v: dict) -> str:
    rows = v["rows"]
    return translate("SheetNotes", "Left out %n rows that repeat the header row (rows {rows}), so no student's answers "
                                   "are there; the graded sheet keeps them as they are.", "", len(rows)).format(
        rows=numbers_words(rows))


def _survey_labels(v: dict) -> str:
    rows = v["rows"]
    return translate("SheetNotes", "Left out %n rows below the header that only label its columns as survey tools "
                                   "export them (rows {rows}), so no student's answers are there; the graded sheet keeps "
                                   "them as they are.", "", len(rows)).format(rows=numbers_words(rows))


def _section_rows(v: dict) -> str:
    rows = v["rows"]
    return translate("SheetNotes", "Left out %n rows with neither a question nor an answer (rows {rows}), such as a "
                                   "heading between two lists (“Class 9B”), so no student's answers are there; the "
                                   "graded sheet keeps them as they are.", "", len(rows)).format(rows=numbers_words(rows))


def _table_totals(v: dict) -> str:
    rows = v["rows"]
    return translate("SheetNotes", "Left out %n total rows of Excel tables {tables} (rows {rows}), so no student's "
                                   "answers are there; the graded sheet keeps them where they were.", "",
                     len(rows)).format(tables=", ".join(quoted(t) for t in v["tables"]), rows=numbers_words(rows))


def _title_rows(v: dict) -> str:
    return translate("SheetNotes", "Skipped %n title rows above the header (row {row}).", "", v["count"]).format(
        row=v["header_row"])


def _renamed_columns(v: dict) -> str:
    return translate("SheetNotes", "Renamed columns with an empty or repeated header: {names}.").format(
        names=", ".join(v["names"]))


def _extra_fields(v: dict) -> str:
    rows = v["rows"]
    return translate("SheetNotes", "%n rows have more fields than the header row (an answer with an unquoted "
                                   "comma?): rows {rows}; the extra fields are in {columns}.", "", len(rows)).format(
        rows=numbers_words(rows), columns=", ".join(v["columns"]))


def _used_sheet(v: dict) -> str:
    return translate("SheetNotes", "Used sheet “{title}” of {count}.").format(title=v["title"], count=v["count"])


def _formulas_without_results(v: dict) -> str:
    return translate("SheetNotes", "%n cells with a formula but no saved result read as empty in Grader ({cells}), and "
                                   "the graded workbook keeps them as formulas; to see their values here, open the file "
                                   "in Excel, save it, and open it again.", "", v["count"]).format(cells=v["shown"])


def _hidden_rows(v: dict) -> str:
    rows = v["rows"]
    return translate("SheetNotes", "%n rows of the sheet are hidden or filtered out (rows {rows}); they are graded and exported "
                                   "like the others, and the graded workbook keeps them hidden.", "", len(rows)).format(
        rows=numbers_words(rows))


def _merged_down(v: dict) -> str:
    ranges = v["ranges"]
    return translate("SheetNotes", "%n ranges of cells are merged down over several rows ({ranges}), so each of those "
                                   "rows reads the merged cell's text (rows {rows}); if those students answered "
                                   "separately, unmerge the cells in Excel, type each one's answer, and open the sheet "
                                   "again.", "", len(ranges)).format(ranges=numbers_words(ranges, 4),
                                                                     rows=numbers_words(v["rows"]))


def _hidden_columns(v: dict) -> str:
    letters = v["letters"]
    columns = [f"{letter}: {name}" for letter, name in zip(letters, v["names"])]
    return translate("SheetNotes", "%n columns of the sheet are hidden ({columns}); they are read like the others, and "
                                   "the graded workbook keeps them hidden.", "", len(letters)).format(
        columns=numbers_words(columns))


def _cells_left_out(v: dict) -> str:
    return translate("SheetNotes", "Left out %n cells far away from the table ({cells}).", "", v["count"]).format(
        cells=v["shown"])


def _recognised_export(v: dict) -> str | None:
    export = translate("SheetNotes", v["export"])
    if export == v["export"]:
        return None   # no translation of the kind (English, or a kind added since): the reader's sentence
    return translate("SheetNotes", "This looks like {export} from {system}; the columns are mapped for you.").format(
        export=export, system=v["system"])


def _dashes_not_marked(v: dict) -> str:
    rows = v["rows"]
    return translate("SheetNotes", "Read the score “-” as no mark: left out %n rows of column “{column}” (rows {rows}).",
                     "", len(rows)).format(column=v["column"], rows=numbers_words(rows))


def _excel_dates(v: dict) -> str:
    rows, readings = v["rows"], v["readings"]
    typed = readings[0] if len(readings) == 1 else translate("SheetNotes", "{one} or {other}").format(
        one=readings[0], other=readings[1])
    return translate("SheetNotes", "%n cells in column “{column}” (rows {rows}) are dates that Excel made from what was "
                                   "typed: {shown}, as Grader reads it, may have been typed as {typed}. Check those "
                                   "answers in the sheet; to keep answers such as 3/4 as typed, format the column as "
                                   "Text in Excel before they are typed.", "", len(rows)).format(
        column=v["column"], rows=numbers_words(rows), shown=v["shown"], typed=typed)


def _words_not_scores(v: dict) -> str:
    rows = v["rows"]
    return translate("SheetNotes", "Skipped %n rows of column “{column}” whose score is not a number ({words}): they are "
                                   "not used for learning (rows {rows}).", "", len(rows)).format(
        column=v["column"], words=", ".join(quoted(w) for w in v["words"]), rows=numbers_words(rows))


def _off_scale(v: dict) -> str:
    rows = v["rows"]
    return translate("SheetNotes", "Question “{question}” has %n answers marked {scores} (rows {rows}), which are not on "
                                   "the scale of its other marks ({scale}): they are left out of learning. Correct them, "
                                   "or give such marks to at least {few} answers if they belong to your scale, and learn "
                                   "again.", "", len(rows)).format(
        question=v["question"], scores=translate("SheetNotes", " or ").join(v["scores"]), rows=numbers_words(rows),
        scale=", ".join(v["scale"]), few=v["few"])


def _one_question(v: dict) -> str:
    return translate("SheetNotes", "Read {spellings} as one question, “{name}”.").format(
        spellings=", ".join(quoted(s) for s in v["spellings"]), name=v["name"])


def _question_from_above(v: dict) -> str:
    rows = v["rows"]
    return translate("SheetNotes", "%n rows with an empty cell in column “{column}” were read as the question above them "
                                   "(rows {rows}).", "", len(rows)).format(column=v["column"], rows=numbers_words(rows))


def _summing_rows_left_out(v: dict) -> str:
    rows = v["rows"]
    return translate("SheetNotes", "Left out %n rows that sum up the marks (a total or an average), not an answer's "
                                   "score (rows {rows}).", "", len(rows)).format(rows=numbers_words(rows))


def _graded_before(v: dict) -> str:
    count, typed = v["count"], v.get("typed", 0)
    comments = _comments_typed(v.get("commented", 0), v.get("waiting", 0))
    if not count and not typed:
        said = [translate("SheetNotes", "This sheet was graded with Grader before.") if comments else
                translate("SheetNotes", "This sheet was graded with Grader before and holds no decisions of yours.")]
    elif not count:
        said = [translate("SheetNotes", "This sheet was graded with Grader before: %n final scores typed into the sheet "
                                        "are taken as your decisions where they are scores of their questions.", "",
                          typed)]
    else:
        said = [translate("SheetNotes", "This sheet was graded with Grader before: your %n earlier decisions are kept.",
                          "", count)]
        if typed:
            said.append(translate("SheetNotes", "%n final scores typed into the sheet are taken as your decisions too, "
                                                "where they are scores of their questions.", "", typed))
    said += comments
    if v.get("scored"):   # how the answers not decided are scored: said once the models are chosen
        said.append(translate("SheetNotes", SCORED[(v["scored"], bool(count or typed))]))
    said += [model_unlike(*u) for u in v.get("unlike", ())]
    return " ".join(said)


# how the answers the teacher did not decide are scored (core.scored_before.scoring), (how, some were decided)
SCORED = {
    ("again", True): QT_TRANSLATE_NOOP("SheetNotes", "The model scores the other answers again."),
    ("again", False): QT_TRANSLATE_NOOP("SheetNotes", "The model scores its answers again."),
    ("chosen", True): QT_TRANSLATE_NOOP("SheetNotes", "The model chosen for each question scores the other answers."),
    ("chosen", False): QT_TRANSLATE_NOOP("SheetNotes", "The model chosen for each question scores its answers."),
    ("some", True): QT_TRANSLATE_NOOP("SheetNotes", "The other answers are scored by the model chosen for their "
                                                    "question; those of questions without a model wait for you."),
    ("some", False): QT_TRANSLATE_NOOP("SheetNotes", "Its answers are scored by the model chosen for their question; "
                                                     "those of questions without a model wait for you."),
    ("none", True): QT_TRANSLATE_NOOP("SheetNotes", "No model is chosen, so the other answers wait for you to score "
                                                    "them."),
    ("none", False): QT_TRANSLATE_NOOP("SheetNotes", "No model is chosen, so its answers wait for you to score them."),
}


def model_unlike(state: str, model: str, question: str, chosen: bool) -> str:
    """A question whose model that scored it before is not installed now, or is another version of it."""
    if state == "missing":
        return translate("SheetNotes", "{model}, the model that scored question “{question}” before, is not installed: "
                                       "add it to your models to score that question's other answers as before.").format(
            model=model, question=question)
    if chosen:
        return translate("SheetNotes", "The installed {model} is not the version that scored question “{question}” "
                                       "before, so some of its scores may differ from those in the sheet.").format(
            model=model, question=question)
    return translate("SheetNotes", "The installed {model} is not the version that scored question “{question}” before, "
                                   "so it is not chosen for that question again: its scores may differ from those in "
                                   "the sheet.").format(model=model, question=question)


def _comments_typed(commented: int, waiting: int) -> list[str]:
    said = []
    if commented:
        said.append(translate("SheetNotes", "%n comments typed beside the model's score are kept with that score as "
                                            "your decisions.", "", commented))
    if waiting:
        said.append(translate("SheetNotes", "%n comments typed on answers with no score wait for their scores.", "",
                              waiting))
    return said


def _text_not_taken(v: dict) -> str:
    columns = v["columns"]
    return translate("SheetNotes", "%n columns hold text but are not taken as questions ({columns}); to grade their "
                                   "answers, tick them among the questions.", "", len(columns)).format(
        columns=", ".join(quoted(c) for c in columns))


def _closed_not_ticked(v: dict) -> str:
    names = v["names"]
    if v.get("own"):   # the teacher's own sheet: no learning platform marks them
        return translate("SheetNotes", "%n question columns are not ticked ({columns}): their answers are only choices "
                                       "or numbers (multiple choice, true/false, numeric), not written answers; tick "
                                       "them to grade them here too.", "", len(names)).format(
            columns=", ".join(quoted(c) for c in names))
    return translate("SheetNotes", "%n question columns are not ticked ({columns}): their answers are only choices or "
                                   "numbers (multiple choice, true/false, numeric), which your learning platform marks "
                                   "itself; tick them to grade them here too.", "", len(names)).format(
        columns=", ".join(quoted(c) for c in names))


def _closed_left_out(v: dict) -> str:
    questions = v["questions"]
    return translate("SheetNotes", "%n questions are not graded ({questions}): their answers are only choices or numbers "
                                   "(multiple choice, true/false, numeric), which your learning platform marks itself; to "
                                   "grade them here too, tick “Also grade closed questions”.", "",
                     len(questions)).format(questions=", ".join(quoted(q) for q in questions))


def _shared_names(v: dict) -> str:
    names = v["names"]
    if v.get("unused_ids"):   # the sheet has a column of ids, not chosen: the window's command to choose it
        text = translate("SheetNotes", "%n names in this sheet belong to more than one student ({names}), and the "
                                       "sheet's column {column} is not chosen for the student ids: Grader keeps them "
                                       "apart by the row where each one's answers start, as “{example}”. Choose it "
                                       "for the student ids (File ▸ Choose columns…) before you upload grades to a "
                                       "learning platform.", "", len(names)).format(
            names=", ".join(quoted(n) for n in names), example=v["example"], column=quoted(v["unused_ids"]))
        return text + _unpaired(v)
    text = translate("SheetNotes", "%n names in this sheet belong to more than one student ({names}), and the sheet has "
                                   "no student id column: Grader keeps them apart by the row where each one's answers "
                                   "start, as “{example}”. Add a column of student ids to the sheet before you upload "
                                   "grades to a learning platform.", "", len(names)).format(
        names=", ".join(quoted(n) for n in names), example=v["example"])
    return text + _unpaired(v)


def _unpaired(v: dict) -> str:
    if not v["unpaired"]:
        return ""
    return " " + translate("SheetNotes", "The answers of {names} could not be paired into students (a question is "
                                         "answered more than once and their rows are not together), so each of "
                                         "those rows counts as a student of its own.").format(
        names=", ".join(quoted(n) for n in v["unpaired"]))


def _drawn_at_random(v: dict) -> str:
    questions = v["questions"]
    listed = "; ".join(translate("SheetNotes", "{question}: %n different questions", "", k).format(question=q)
                       for q, k in questions)
    return translate("SheetNotes", "%n questions of this quiz are random questions: different students were given "
                                   "different questions there ({questions}). Grader grades each of them as one question "
                                   "all the same, with one scale and one model, and groups alike answers together even "
                                   "where they answer different questions. To grade each question a student was given "
                                   "on its own, make a sheet with one row per answer and a column that names its "
                                   "question, and open that instead.", "", len(questions)).format(questions=listed)


def twice_words(note, blind: bool = False) -> str:
    """Students in the sheet more than once (:func:`grader_app.io.notes.twice`), whom no LMS file can take, and what to
    do before marking, in the interface's language; ``blind``: names hidden, so each is said by their rows alone."""
    return _twice(getattr(note, "values", {}), blind)


def _twice(v: dict, blind: bool = False) -> str:
    found = v["students"]
    said = "; ".join(translate("SheetNotes", "rows {rows}").format(rows=numbers_words(rows)) if blind else
                     translate("SheetNotes", "{student} (rows {rows})").format(student=" / ".join(labels),
                                                                              rows=numbers_words(rows))
                     for labels, rows in found)
    text = translate("SheetNotes", "%n students are in this sheet more than once, under the same email address, "
                                   "username or id (a second attempt, or a form sent twice): {students}.", "",
                     len(found)).format(students=said)
    text += " " + translate("SheetNotes", "Grader marks every row, but no learning platform's file can take them: their "
                                          "grades would have to be entered by hand.")
    if v.get("moodle"):
        return text + " " + translate("SheetNotes", "Before you mark, keep one attempt of each: in Moodle's report, "
                                                    "tick “Show at most one finished attempt per user” and download "
                                                    "the responses again, or delete the extra rows from the sheet; "
                                                    "then open it again.")
    return text + " " + translate("SheetNotes", "Before you mark, keep one attempt of each: delete the extra rows from "
                                                "the sheet, then open it again.")


SAYERS: dict[str, Callable[[dict], str | None]] = {
    "read_as": _read_as, "open_quote": _open_quote, "quote_closed_late": _quote_closed_late,
    "cut_off_in_quote": _cut_off_in_quote, "excel_errors": _excel_errors,
    "nul_removed": _nul_removed, "not_utf8": _not_utf8,
    "code_page_guessed": _code_page_guessed, "header_again": _header_again,
    "survey_labels": _survey_labels, "section_rows": _section_rows, "table_totals": _table_totals,
    "title_rows": _title_rows, "renamed_columns": _renamed_columns, "extra_fields": _extra_fields,
    "used_sheet": _used_sheet, "formulas_without_results": _formulas_without_results,
    "cells_left_out": _cells_left_out, "hidden_rows": _hidden_rows, "merged_down": _merged_down,
    "hidden_columns": _hidden_columns, "recognised_export": _recognised_export,
    "dashes_not_marked": _dashes_not_marked, "excel_dates": _excel_dates, "words_not_scores": _words_not_scores,
    "off_scale": _off_scale,
    "one_question": _one_question, "question_from_above": _question_from_above,
    "summing_rows_left_out": _summing_rows_left_out, "graded_before": _graded_before,
    "text_not_taken": _text_not_taken, "closed_not_ticked": _closed_not_ticked, "closed_left_out": _closed_left_out,
    "shared_names": _shared_names,
    "twice": _twice, "drawn_at_random": _drawn_at_random,
}


def note_words(note: str) -> str:
    """A sheet note in the interface's language (a note of an unknown kind as the reader wrote it)."""
    say = SAYERS.get(getattr(note, "kind", ""))
    if say is None:
        return str(note)
    try:
        said = say(getattr(note, "values", {}))
    except (KeyError, IndexError, ValueError):   # a note whose values do not fit its kind: the reader's words
        return str(note)
    return said if said else str(note)
