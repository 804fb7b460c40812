"""What an LMS export says after saving (:mod:`grader_app.io.lms.export_notes`), in the interface's language.

Each kind of export note has its sentence here, made from the note's values; a note of a kind this module does
not know (or a plain string) is shown as the export wrote it, in English. The LMS's menu names inside a sentence
("Grades > Import") are said as the export dialog says them (:mod:`.export_formats`); the file's column names stay in
English, as the LMS writes them.
Points possible are written as the teacher reads numbers (1,5 in German and Spanish); the sheet's ids, names and rows
a note quotes are in the interface's quotation marks (:func:`.i18n.quoted`), as its translator's own quotations are.
"""
from __future__ import annotations

from typing import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from ..io.lms.export_notes import visible
from .i18n import quoted, score
from .kind_words import kind_words
from .learning_words import sentence_name

translate = QCoreApplication.translate

LIST_LIMIT = 6   # as grader_app.io.lms.export_notes.LIST_LIMIT


def listed(parts: Sequence[str], limit: int = LIST_LIMIT, separator: str = ", ") -> str:
    """ "q1, q2, q3" or "q1, ..., q6 and 4 more" (the rest counted in the interface's language)."""
    shown = separator.join(parts[:limit])
    if len(parts) > limit:
        shown += translate("ExportNotes", " and %n more", "", len(parts) - limit)
    return shown


def _canvas_gradebook(v: dict) -> str:
    return translate("ExportNotes", "In Canvas open Grades, choose Import, and upload this file; each question becomes "
                                    "an assignment column, and empty cells leave a grade unchanged.")


def _canvas_email_ids(v: dict) -> str:
    return translate("ExportNotes", "The sheet's student ids are email addresses. Canvas finds a student by SIS User ID, "
                                    "else by SIS Login ID; an email address is seldom the SIS User ID but usually the "
                                    "SIS Login ID (the address the student logs in with), so this file gives each "
                                    "address in both columns. Check that Canvas's import found every student.")


def _canvas_unlikely_ids(v: dict) -> str:
    ids = [quoted(i) for i in v["ids"]]
    if len(ids) == 1:
        text = translate("ExportNotes", "Canvas matches the students of this file by SIS User ID, and the sheet's id "
                                        "{ids} holds a space, as SIS User IDs seldom do: Canvas may not find that student. "
                                        "Enter the SIS User IDs in the sheet's id column, or export from a Canvas "
                                        "download.")
    else:
        text = translate("ExportNotes", "Canvas matches the students of this file by SIS User ID, and the sheet's ids "
                                        "{ids} hold a space, as SIS User IDs seldom do: Canvas may not find those "
                                        "students. Enter the SIS User IDs in the sheet's id column, or export from a "
                                        "Canvas download.")
    return text.format(ids=listed(ids))


def _canvas_different_scores(v: dict) -> str:
    cells = [translate("ExportNotes", "{student} on {question} ({scores})").format(
        student=student, question=quoted(question), scores=" / ".join(score(x) for x in scores))
        for student, question, scores in v["cells"]]
    return translate("ExportNotes", "%n cells were left empty because a student's attempts at a question got different "
                                    "scores: {cells}. Decide which attempt counts and enter that grade in Canvas by "
                                    "hand.", "", len(cells)).format(cells=listed(cells, separator="; "))


def _canvas_lookalike_ids(v: dict) -> str:
    shown = listed([" / ".join(quoted(visible(x)) for x in group) for group in v["groups"]], separator="; ")
    if v["what"] == "names":
        text = translate("ExportNotes", "Some student names differ only in spaces or invisible characters ({names}), so "
                                        "each kept a row of its own with the name exactly as in the sheet; check them "
                                        "in the sheet before importing into Canvas.")
        return text.format(names=shown)
    return translate("ExportNotes", "Some student ids differ only in spaces or invisible characters ({ids}), so each "
                                    "kept a row of its own with the id exactly as in the sheet; check them in the "
                                    "sheet before importing into Canvas.").format(ids=shown)


def _moodle_gradebook(v: dict) -> str:
    # Moodle's "Map to" names its fields in the site's language: the sentence names the field, not its label
    column = v["column"]
    if column == "Username":
        text = translate("ExportNotes", "In Moodle choose Grades > Import > CSV file, map from “{column}” to Moodle's "
                                        "username field, and map each question column to a grade item (or a new "
                                        "grade item).")
    elif column == "ID number":
        text = translate("ExportNotes", "In Moodle choose Grades > Import > CSV file, map from “{column}” to Moodle's "
                                        "ID number field, and map each question column to a grade item (or a new "
                                        "grade item).")
    elif column == "Email address":
        text = translate("ExportNotes", "In Moodle choose Grades > Import > CSV file, map from “{column}” to Moodle's "
                                        "email address field, and map each question column to a grade item (or a new "
                                        "grade item).")
    else:
        raise KeyError(column)   # a column no sentence names: the note as written
    return text.format(column=column)


def _moodle_maximum_grades(v: dict) -> str:
    known = [f"{sentence_name(title)}: {score(points)}" for title, points in v["known"]]   # "“Why?”: 2"
    separator = "; " if QLocale().decimalPoint() == "," else ", "   # "Q1: 1,5; Q2: 2", never "1,5, 2"
    if not known:
        return translate("ExportNotes", "A grade item that Moodle makes in the import has a maximum grade of 100: make "
                                        "each question's grade item first with its maximum grade from your marking "
                                        "scheme, or edit it after the import without rescaling existing grades.")
    return translate("ExportNotes", "A grade item that Moodle makes in the import has a maximum grade of 100: make each "
                                    "question's grade item first with its maximum grade ({points}), or edit it after "
                                    "the import without rescaling existing grades.").format(
        points=listed(known, separator=separator))


def _moodle_worksheet(v: dict) -> str:
    return translate("ExportNotes", "In Moodle open the assignment, choose View all submissions > Upload grading "
                                    "worksheet, and tick 'Allow updating records that have been modified more "
                                    "recently in Moodle than in the spreadsheet' if Moodle holds newer grades.")


def _brightspace_grades(v: dict) -> str:
    return translate("ExportNotes", "In Brightspace open Grades, choose Import, and upload this file; students are "
                                    "matched on {id_header}, and a question's item is created if it does not exist "
                                    "yet.").format(id_header=v["id_header"])


def _google_classroom(v: dict) -> str:
    return translate("ExportNotes", "Google Classroom matches students by email address: copy a question's column "
                                    "into the assignment's grades, or into your Classroom grade sheet.")


def _points_sheet(v: dict) -> str:
    if not v.get("without_total"):
        return translate("ExportNotes", "Every student has a row with their points per question and their total.")
    return translate("ExportNotes", "Every student has a row with their points per question; %n of them has no "
                                    "total yet, because an answer of theirs has no score.", "", v["without_total"])


def _blackboard_upload(v: dict) -> str:
    return translate("ExportNotes", "In Blackboard open the Grade Center, choose Work Offline > Upload, pick this file "
                                    "(comma delimiter) and tick the question columns; students are matched on "
                                    "Username.")


def _blackboard_points(v: dict) -> str:
    known = [f"{sentence_name(title)}: {score(points)}" for title, points in v["known"]]   # "“Why?”: 2"
    separator = "; " if QLocale().decimalPoint() == "," else ", "   # "Q1: 1,5; Q2: 2", never "1,5, 2"
    if not known:
        return translate("ExportNotes", "Blackboard adds each new column as a text column worth 0 points: edit each "
                                        "one (Edit Column Information), choose Score as its primary display and set "
                                        "its points possible.")
    return translate("ExportNotes", "Blackboard adds each new column as a text column worth 0 points: edit each one "
                                    "(Edit Column Information), choose Score as its primary display and set its "
                                    "points possible ({points}).").format(points=listed(known, separator=separator))


def _blackboard_unknown_points(v: dict) -> str:
    titles = list(v["titles"])
    if len(titles) == 1:
        text = translate("ExportNotes", "The points possible of {questions} are not known (no model scores it, the "
                                        "sheet does not give them and no mark above 0 was given), so the header gives "
                                        "none; set them from your marking scheme.")
    else:
        text = translate("ExportNotes", "The points possible of {questions} are not known (no model scores them, the "
                                        "sheet does not give them and no mark above 0 was given), so the header gives "
                                        "none; set them from your marking scheme.")
    return text.format(questions=listed(titles))


def _stale_report_deleted(v: dict) -> str:
    return translate("ExportNotes", "The earlier list of students left out, {file}, was deleted: every student is in "
                                    "this file.").format(file=v["name"])


def _stale_report_kept(v: dict) -> str:
    return translate("ExportNotes", "The earlier list of students left out, {file}, could not be deleted; delete it "
                                    "yourself, as every student is in this file now.").format(file=v["name"])


def _not_students_left_out(v: dict) -> str:
    rows = [quoted(r) for r in v["rows"]]
    if len(rows) == 1:
        text = translate("ExportNotes", "The row {rows} of the downloaded report is not a student, so it is not in "
                                        "this file.")
    else:
        text = translate("ExportNotes", "The rows {rows} of the downloaded report are not students, so they are not "
                                        "in this file.")
    return text.format(rows=listed(rows))


def _scores_scaled(v: dict) -> str:
    separator = "; " if QLocale().decimalPoint() == "," else ", "   # "0,67), Q2", never a comma between numbers
    shown = [translate("ExportNotes", "{question} 0–{top} to 0–{points} ({score} → {scaled})").format(
        question=title, top=score(top), points=score(lms), score=score(a), scaled=score(b))
        for title, top, lms, a, b in v["scaled"]]
    return translate("ExportNotes", "Scores were scaled to the points {system} gives each question (score ÷ "
                                    "highest score × points, rounded to 2 decimals): {questions}.").format(
        system=v["system"], questions=listed(shown, separator=separator))


SAYERS: dict[str, Callable[[dict], str]] = {
    "canvas_gradebook": _canvas_gradebook, "canvas_email_ids": _canvas_email_ids,
    "canvas_unlikely_ids": _canvas_unlikely_ids, "canvas_different_scores": _canvas_different_scores,
    "canvas_lookalike_ids": _canvas_lookalike_ids,
    "moodle_gradebook": _moodle_gradebook, "moodle_maximum_grades": _moodle_maximum_grades,
    "moodle_worksheet": _moodle_worksheet, "brightspace_grades": _brightspace_grades,
    "google_classroom": _google_classroom, "points_sheet": _points_sheet, "blackboard_upload": _blackboard_upload,
    "blackboard_points": _blackboard_points, "blackboard_unknown_points": _blackboard_unknown_points,
    "stale_report_deleted": _stale_report_deleted, "stale_report_kept": _stale_report_kept,
    "not_students_left_out": _not_students_left_out, "scores_scaled": _scores_scaled,
}


def note_words(note: str) -> str:
    """An export note in the interface's language (a note of an unknown kind, or whose values do not fit it, as the
    export wrote it)."""
    return kind_words(note, SAYERS)


def notes_words(notes: Iterable[str]) -> str:
    """The notes of an export, each in the interface's language, one after the other."""
    return " ".join(note_words(n) for n in notes)
