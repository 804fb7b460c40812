"""Moodle: quiz Responses report and assignment grading worksheet in; gradebook CSV and grading
worksheet out.

In:
* Quiz > Results > Responses, downloaded as CSV or Excel: one row per attempt with the identity
  fields the site shows (``Last name``/``Surname``, ``First name``, often ``Email address``,
  sometimes ``Username``, ``ID number``, ``Institution``, ``Department``), then ``State``/``Status``,
  ``Started on``/``Started``, ``Completed``, ``Time taken``/``Duration``, ``Grade/10.00``, and per
  question ``Response 1``, ``Response 2``, ... (with ``Question N`` and ``Right answer N`` when
  those were ticked). The responses are the answers; questions are named Q1, Q2, ..., and ``Question N`` gives
  question N's text (:func:`.recognition.question_texts`: none where its rows name different questions).
* Assignment > View all submissions > Download grading worksheet: ``Identifier``
  ("Participant 123"), ``Full name``, ``Email address``, ``Status``, ``Grade``, ``Maximum Grade``,
  ``Grade can be changed``, ``Last modified (submission)``, an ``Online text`` column when the
  assignment takes online text, ``Last modified (grade)``, ``Feedback comments``.

A site in German or Spanish writes these headers in its language ("Nachname", "Vorname", "Begonnen", "Beendet",
"Bewertung/10,00", "Antwort 1"; "Apellido(s)", "Nombre", "Comenzado", "Finalizado", "Respuesta 1"; the worksheet's
"ID"/"Identificador" with "Teilnehmer/in123"/"Participante123"): :mod:`grader_app.io.moodle_words` holds Moodle's own words.

Out:
* Gradebook CSV import (Grades > Import > CSV file): ``First name``, ``Last name``, ``Username``,
  ``ID number``, ``Email address``, then one column per question. In the import's mapping the
  teacher maps the identifier column the result's note names (email address, else username, else
  ID number) and each question column to a grade item (or a new one, named by the column's header: a header longer
  than a grade item's name can be, a whole question, is cut after a word, :func:`_item_name`). Students without it are
  unmatched. The same file "by your student id column" (a teacher's own sheet whose school ids are Moodle's ID
  numbers) writes the sheet's student id column as ``ID number`` and matches on it alone.
* Offline grading worksheet (Assignment > Upload grading worksheet): the worksheet's columns
  ``Identifier``, ``Full name``, ``Email address``, ``Status``, ``Grade``, ``Maximum Grade``,
  ``Grade can be changed``, ``Last modified (submission)``, ``Last modified (grade)``,
  ``Feedback comments``; ``Grade`` is the student's total (empty while any answer is open),
  ``Feedback comments`` the teacher's comments per question. Only students with their
  ``Participant N`` identifier (from a downloaded worksheet) can be matched. The columns are named in the language
  of the downloaded worksheet (:func:`worksheet_header`): Moodle's upload finds them by their names in its language.
"""
from __future__ import annotations

import re

from ..errors import SheetError
from ..writers import is_risky
from . import export_notes as said
from .canvas_file import short_title
from .title_rules import within
from .cleaning import HTML, moodle_responses
from ._common import (import_titles, EMAIL, FIRST_NAME, ID_NUMBER, LAST_NAME, NAME, NOT_A_STUDENT, PARTICIPANT,
                      SHEET_ID, USERNAME, Headers, Recognition, best_filled, cell, filled, holding_no_answers, item_header,
                      names_of, norm, own_titles, points, read_identifiers, recognised, wide_mapping)
from .. import moodle_words as W
from .export_files import Table
from .matched_points import matched_with_points
from .moodle_comments import feedback_cell
from .moodle_upload import uploaded_worksheet
from .reasons import ListWords

SYSTEM = "Moodle"
# the gradebook and worksheet files start with a UTF-8 BOM, so Excel shows accented names right: Moodle reads both
# uploads with its csv_import_reader, whose load_csv_content takes a UTF-8 BOM off before parsing (lib/csvlib.class.php;
# the grading worksheet's upload, assignfeedback_offline, reads through it too)
BOM = True
RESPONSE = W.RESPONSE
# Moodle's average rows, in the languages it is most used in
_AVERAGE = re.compile(r"(?:overall|group) average|gesamtdurchschnitt|gruppendurchschnitt|moyenne (?:générale|du groupe)|"
                      r"promedio (?:general|del grupo)|media (?:complessiva|del gruppo)|média (?:geral|do grupo)")
GRADEBOOK_HEADER = ("First name", "Last name", "Username", "ID number", "Email address")
ITEM_NAME_LIMIT = 250   # a grade item's name holds 255 characters: room left for " (2)" when two are alike
ITEM_NAME_MOST = 255    # and no more, " (10)" and the formula guard's "'" counted (.title_rules.within)
WORKSHEET_HEADER = tuple(n for n in W.WORKSHEET["en"] if n != "Online text")   # the uploaded worksheet's columns
# values carried from a downloaded worksheet back into the uploaded one
_KEEP = {"moodle_status": "Status", "moodle_can_change": "Grade can be changed",
         "moodle_modified_submission": "Last modified (submission)", "moodle_modified_grade": "Last modified (grade)"}
FEEDBACK = "moodle_feedback"   # the downloaded worksheet's feedback comment, given back unless Grader adds to it


def recognise(sheet) -> Recognition | None:
    h = Headers(sheet)
    return _responses(sheet, h) or _worksheet(sheet, h)


def _identity(h: Headers) -> dict:
    """The identity columns, by the names Moodle gives them in English, German or Spanish (:mod:`grader_app.io.moodle_words`)."""
    return {EMAIL: h.find(*W.EMAIL), USERNAME: h.find(*W.USERNAME), ID_NUMBER: h.find(*W.ID_NUMBER),
            FIRST_NAME: h.find(*W.FIRST_NAME), LAST_NAME: h.find(*W.LAST_NAME)}


def _responses(sheet, h: Headers) -> Recognition | None:
    cols = _identity(h)
    attempt = sum(h.has(*names) for names in (W.STATE, W.STARTED, W.COMPLETED, W.DURATION))
    if not cols[FIRST_NAME] or not cols[LAST_NAME] or attempt < 2:
        return None
    grade = any(W.GRADE_OUT_OF.fullmatch(norm(c)) for c in h.columns)
    responses = h.matching(RESPONSE)
    if not responses or not (grade or h.has(*W.COMPLETED)):
        return None
    answer_columns = {c: f"Q{int(m.group(1))}" for c, m in responses}
    id_col = best_filled(sheet, cols[EMAIL], cols[USERNAME], cols[ID_NUMBER])
    mapping = wide_mapping(sheet, answer_columns, id_col, cols[LAST_NAME], first_name_column=cols[FIRST_NAME])
    if mapping is None:
        return None
    ids = read_identifiers(sheet, cols, SYSTEM)
    averages = _average_rows(sheet, cols, list(answer_columns))
    for r in averages:
        ids.rows[r][NOT_A_STUDENT] = cell(sheet, r, cols[LAST_NAME]).strip()
    # the question's text beside its responses, where the report was downloaded with it ("Question 1")
    texts = {int(m.group(1)): c for c, m in h.matching(W.QUESTION)}
    questions = {c: texts[n] for c, m in responses if (n := int(m.group(1))) in texts}
    # "-" is no answer; the average rows give none (no student: not graded, not reviewed, in no file)
    return recognised(SYSTEM, "quiz responses export", mapping, ids, ("moodle-gradebook",),
                      reading=moodle_responses(averages), questions=questions)


def _average_rows(sheet, cols: dict, responses: list[str]) -> list[int]:
    """The rows Moodle adds below the attempts ("Overall average", "Group average"): the average's words where
    the surname goes, no other identity and no response. (The report puts them last.)"""
    out = []
    for r in range(len(sheet) - 1, max(-1, len(sheet) - 4), -1):
        name = cell(sheet, r, cols[LAST_NAME]).strip()
        if not _AVERAGE.fullmatch(norm(name)):
            break
        if any(cell(sheet, r, c).strip() for f, c in cols.items() if f != LAST_NAME) or \
                any(cell(sheet, r, c).strip() not in ("", "-") for c in responses):
            break
        out.append(r)
    return out


def _worksheet(sheet, h: Headers) -> Recognition | None:
    ident, full = h.find(*W.worksheet_names("Identifier")), h.find(*W.worksheet_names("Full name"))
    if not ident or not full or not h.has(*W.worksheet_names("Grade")) or not h.has(*W.worksheet_names("Status")):
        return None
    values = [v for v in sheet.frame[ident].tolist() if str(v or "").strip()]
    if not values or sum(1 for v in values if W.PARTICIPANT.fullmatch(str(v).strip())) < 0.8 * len(values):
        return None
    # the identity fields the site shows (its "Show user identity": the email address by default, often the ID
    # number, sometimes the username) stand between the full name and the status: each is kept, for the points sheet's
    # student id and the gradebook, which matches on them
    cols = {PARTICIPANT: ident, NAME: full, EMAIL: h.find(*W.EMAIL), USERNAME: h.find(*W.USERNAME),
            ID_NUMBER: h.find(*W.ID_NUMBER), FEEDBACK: h.find(*W.worksheet_names("Feedback comments")),
            **{k: h.find(*W.worksheet_names(v)) for k, v in _KEEP.items()}}
    ids = read_identifiers(sheet, cols, SYSTEM)
    text = h.find(*W.worksheet_names("Online text"))
    if not text or not filled(sheet, text):
        if uploaded_worksheet(sheet):   # Grader's own upload file, opened again: no download (io.columns says so)
            return None
        return holding_no_answers(SYSTEM, "grading worksheet", ids, "columns.moodle_no_online_text",
                                  ("moodle-worksheet",))
    # the question is named by the worksheet's own header, in the site's language ("Texteingabe online")
    mapping = wide_mapping(sheet, {text: text}, ident, full)
    if mapping is None:
        return None
    return recognised(SYSTEM, "assignment grading worksheet", mapping, ids, ("moodle-worksheet",), reading=HTML)


# what each file matches a student by: the gradebook the one of Moodle's identifiers most students have; the gradebook
# by the sheet's student id column that column; the worksheet the "Participant N" only a downloaded worksheet gives
GRADEBOOK_MATCHED_ON = (EMAIL, USERNAME, ID_NUMBER)
BY_ID_MATCHED_ON = (SHEET_ID,)
WORKSHEET_MATCHED_ON = (PARTICIPANT,)


def build_gradebook(session, identifiers, item_names, words: ListWords) -> Table:
    """The gradebook matched on Moodle's own identifiers: email address, else username, else ID number."""
    return _gradebook(session, identifiers, item_names, words, by_sheet_id=False)


def build_gradebook_by_id(session, identifiers, item_names, words: ListWords) -> Table:
    """The gradebook by the sheet's own student id column, written as Moodle's ``ID number`` (a teacher whose school
    ids are their students' ID numbers in Moodle); SheetError when the sheet has no student id column chosen."""
    if not session.mapping.id_column:
        raise SheetError.said("lms.moodle_needs_id")
    return _gradebook(session, identifiers, item_names, words, by_sheet_id=True)


def _item_name(title: str) -> str:
    """A question's column header as Moodle can name a grade item after it: as it is up to :data:`ITEM_NAME_LIMIT`
    characters, a longer one (a whole question as the sheet's header) cut after a word, ending in "…". The import
    makes a "new grade item" named by the header, and Moodle keeps a grade item's name in 255 characters: a longer
    one stopped the import with a database error."""
    return title if len(title) <= ITEM_NAME_LIMIT else short_title(title, ITEM_NAME_LIMIT)


def question_columns(session, item_names: dict[str, str]) -> list[str]:
    """Each question's column header in the gradebook file (the name of a grade item the import makes of it): the
    title of :func:`~._common.import_titles`, no longer than a grade item's name may be (:func:`_item_name`), none like
    another's or like the file's own columns."""
    items = session.item_keys()
    names = import_titles(session, item_names)
    return within(items, {i: _item_name(item_header(i, names)) for i in items}, ITEM_NAME_MOST, GRADEBOOK_HEADER)


def _gradebook(session, identifiers, item_names, words: ListWords, by_sheet_id: bool) -> Table:
    titles = question_columns(session, item_names)
    m = matched_with_points(session, identifiers, titles, SYSTEM, BY_ID_MATCHED_ON if by_sheet_id else GRADEBOOK_MATCHED_ON)
    rows = [[*GRADEBOOK_HEADER, *titles]]
    for st, _ in m.good:
        first, last, _full = names_of(st)
        id_number = st.ids.get(SHEET_ID if by_sheet_id else ID_NUMBER, "")
        rows.append([first, last, st.ids.get(USERNAME, ""), id_number, st.ids.get(EMAIL, ""), *m.scores(st)])
    column = {EMAIL: "Email address", USERNAME: "Username", ID_NUMBER: "ID number", SHEET_ID: "ID number"}[m.key or EMAIL]
    # a grade item the import makes is out of 100 (Moodle's default), whatever the question is out of
    maxima = [(t, points(m.pts.maxima[i])) for t, i in zip(titles, m.items) if m.pts.maxima[i]]
    return Table(rows=rows, unmatched=m.unmatched(session, words),
                 notes=[said.moodle_gradebook(column), said.moodle_maximum_grades(maxima), *m.scaled], written=len(m.good),
                 bom=BOM)


def worksheet_header(sheet) -> tuple[str, ...]:
    """The uploaded worksheet's columns in the language of the worksheet ``sheet`` was downloaded as (English for a
    sheet that is none): Moodle's upload finds its identifier, grade and last modified columns by their names in the
    site's language, so a German site takes back "ID", "Bewertung", "Zuletzt geändert (Bewertung)"."""
    h = Headers(sheet)
    found = {lang: sum(h.has(n) for n in names) for lang, names in W.WORKSHEET.items()}
    lang = max(found, key=lambda k: found[k])       # ties (none found): English, the first
    return tuple(n for n, en in zip(W.WORKSHEET[lang], W.WORKSHEET["en"]) if en != "Online text")


def build_worksheet(session, identifiers, item_names, words: ListWords) -> Table:
    item_names = own_titles(session, item_names)   # a sheet that names no question: its answer column's header
    titles = [item_header(i, item_names) for i in session.item_keys()]
    m = matched_with_points(session, identifiers, titles, SYSTEM, WORKSHEET_MATCHED_ON)
    items, pts, maxima = m.items, m.pts, m.pts.maxima
    out_of = sum(maxima.values()) if all(v is not None for v in maxima.values()) else None
    rows = [list(worksheet_header(session.sheet))]
    for st, participant in m.good:
        dec = session.decisions
        comments = []
        for i in items:
            for k in st.answers.get(i, []):
                c = dec[k].comment.strip() if k in dec else ""
                if c:
                    comments.append(c if len(items) == 1 else f"{item_header(i, item_names)}: {c}")
        kept = {k: ("" if v.strip() == "-" or is_risky(v) else v) for k in _KEEP for v in [st.ids.get(k, "")]}  # "-": none yet
        rows.append([participant, names_of(st)[2], st.ids.get(EMAIL, ""), kept["moodle_status"],
                     points(pts.total(st.scores, items)), points(out_of), kept["moodle_can_change"],
                     kept["moodle_modified_submission"], kept["moodle_modified_grade"],
                     feedback_cell(st.ids.get(FEEDBACK, ""), "\n".join(comments))])
    return Table(rows=rows, unmatched=m.unmatched(session, words),
                 notes=[said.moodle_worksheet(), *m.scaled],
                 written=len(m.good), bom=BOM)


EXPORTS = [   # (key, name, system, suffix, where it is uploaded, build)
    ("moodle-gradebook", "Moodle gradebook (CSV import)", SYSTEM, ".csv",
                 "In Moodle: Grades > Import > CSV file.", build_gradebook),
    ("moodle-gradebook-by-id", "Moodle gradebook by your student id column (CSV import)", SYSTEM, ".csv",
                 "In Moodle: Grades > Import > CSV file; your student ids go in as ID numbers.", build_gradebook_by_id),
    ("moodle-worksheet", "Moodle assignment grading worksheet", SYSTEM, ".csv",
                 "In Moodle: the assignment's View all submissions > Upload grading worksheet.", build_worksheet),
]
