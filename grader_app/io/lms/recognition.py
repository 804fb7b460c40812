"""Which LMS a sheet came from (:func:`recognise`) and its students' identifiers (:func:`identifiers_for`)."""
from __future__ import annotations

from copy import deepcopy
from dataclasses import replace

from ...core.sheet import LONG, ColumnMapping, Reading, Sheet, student_names
from .. import notes
from ..header_again import header_again_rows
from ..notes import Note
from ..section_rows import rows_left_out
from ..survey_rows import survey_label_rows
from ..lms_points import column_texts
from ..html_text import html_text, written_in_html
from ..sheet_detection import file_headers
from . import blackboard, brightspace, canvas, google, microsoft, moodle
from .canvas_gradebook import canvas_id_column, not_student_rows
from .classroom_download import points_rows
from ._common import (CANVAS_ID, EMAIL, FIRST_NAME, ID_NUMBER, LAST_NAME, NAME, NOT_A_STUDENT, ORG_DEFINED_ID,
                      SHEET_ID, SIS_ID, SIS_LOGIN_ID, STUDENT_ID, USERNAME, Headers, Identifiers, Recognition, cell,
                      read_identifiers)
from .closed_answers import leave_closed_out, leave_closed_unticked
from .fields import EMAIL_HEADERS, ID_NUMBER_HEADERS, USERNAME_HEADERS, is_email

# Strictest first: each asks for several of its system's own column names.
RECOGNISERS = (canvas.recognise, moodle.recognise, brightspace.recognise, blackboard.recognise,
               microsoft.recognise, google.recognise)


def recognise(sheet: Sheet) -> Recognition | None:
    """Which LMS exported ``sheet`` (the first recogniser that claims it), or None. Of a download of one column per
    question, the columns whose answers are closed (multiple choice, true/false, numbers: :mod:`.closed_answers`) are
    left out of its mapping, and named in its ``closed``.

    Worked out once per sheet (a pass over its columns: 0.07 s for 10,000 students of 6 questions), though its
    opening asks six times (the columns guessed, the rows the columns dialog counts, the session's reading, its
    question texts, its notes): kept on the sheet (``Sheet._recognised``) with the frame it read, which no one changes
    in place; a sheet given another frame is recognised again. Each call gets a copy of its own, so a caller that
    changes what it got (the command line's columns given by flags, a long sheet's question filled in) changes no
    other's."""
    kept = sheet._recognised
    seen = (len(sheet.frame), tuple(sheet.frame.columns))
    if kept is not None and kept[0] is sheet.frame and kept[1] == seen:
        found = kept[2]
    else:
        found = _recognised(sheet)
        sheet._recognised = (sheet.frame, seen, found)
    return _own_copy(found) if found is not None else None


def _own_copy(found: Recognition) -> Recognition:
    """``found`` with nothing a caller could change shared with it: its mapping, identifiers and dicts copied."""
    ids = found.identifiers
    return replace(found, mapping=deepcopy(found.mapping), questions=dict(found.questions), closed=dict(found.closed),
                   identifiers=Identifiers(ids.system, [dict(r) for r in ids.rows]))


def _recognised(sheet: Sheet) -> Recognition | None:
    """:func:`recognise`'s work, done once per sheet."""
    for fn in RECOGNISERS:
        try:
            found = fn(sheet)
        except (ValueError, KeyError, IndexError):   # a recogniser never stops a sheet from opening
            found = None
        if found is not None:
            mapping, closed = leave_closed_unticked(sheet, found.mapping, found.reading)   # multiple choice left out
            if not closed:   # one row per answer: its closed questions' rows (by Brightspace's "Q Type" where given)
                types = brightspace.type_column(sheet) if found.system == brightspace.SYSTEM else None
                mapping, closed = leave_closed_out(sheet, found.mapping, found.reading, types)
            return replace(found, mapping=mapping, closed=closed) if closed else found
    return None


def reading_for(sheet: Sheet, mapping: ColumnMapping | None = None) -> Reading | None:
    """How the answers of ``sheet`` are read (:class:`~grader_app.core.sheet.Reading`): a recognised export's
    (its HTML as text, Moodle's "-" as blank, its rows that are no student left out), and in any sheet its rows that
    repeat the header left out (:mod:`..header_again`), as are a survey tool's rows labelling its columns
    (:mod:`..survey_rows`), and, read with ``mapping``, its rows that only head a section
    (:mod:`..section_rows`) or hold a teacher's note under the list (:mod:`..note_rows`); in Canvas's gradebook
    download its rows that are no student ("Points Possible", the Student View's "Student, Test":
    :mod:`.canvas_gradebook`; Google Classroom's row of points: :mod:`.classroom_download`); None: as written."""
    return reading_of(recognise(sheet), sheet, mapping)


def reading_of(found: Recognition | None, sheet: Sheet | None = None,
               mapping: ColumnMapping | None = None) -> Reading | None:
    """The reading :func:`reading_for` gives ``sheet`` read with ``mapping``, which :func:`recognise` found to be
    ``found`` (None: not recognised); without ``sheet``, the export's alone."""
    reading = found.reading if found is not None and found.mapping is not None else None
    again = header_again_rows(sheet.frame, file_headers(sheet.frame)) if sheet is not None else frozenset()
    if sheet is not None:
        again |= rows_left_out(sheet, mapping) | survey_label_rows(sheet.frame) | set(no_student_rows(sheet))
    if not again:
        return reading
    return Reading(skip=again) if reading is None else replace(reading, skip=reading.skip | again)


def question_texts(sheet: Sheet, found: Recognition | None, mapping: ColumnMapping, answers) -> dict[str, str]:
    """Each question's text as ``sheet``, a download :func:`recognise` found to be ``found``, gives it beside the
    answers, question -> text (Blackboard's ``Question``, Brightspace's ``Q Text``, Moodle's ``Question 1``, whose
    questions are named "q_1", "1" or "Q1"), read as text where the LMS wrote it in HTML: the one text of the filled
    cells beside each question's ``answers`` (the session's; none where they differ). {} for a sheet whose questions
    are named by their text (Canvas, Google Forms) or that no LMS gave, and for a question ``mapping`` takes from other
    columns than the download's own."""
    # one text per question; a column whose rows name different questions (a quiz drawing each student's question at
    # random) gives none, as no one of them is the question of every answer
    return {item: next(iter(texts)) for item, texts in _texts_beside(sheet, found, mapping, answers).items()
            if len(texts) == 1}


def drawn_at_random(sheet: Sheet, found: Recognition | None, mapping: ColumnMapping, answers) -> dict[str, int]:
    """The questions whose answers the download gives beside different question texts on different rows (a quiz's
    random question: each student was given one of several questions in that place), question -> how many different
    ones, in the order of the answers; {} for a download that gives no question text (:func:`question_texts`)."""
    return {item: len(texts) for item, texts in _texts_beside(sheet, found, mapping, answers).items() if len(texts) > 1}


def drawn_note(session) -> Note | None:
    """What the opening says of a download's random questions (:func:`drawn_at_random`), or None if it has none."""
    found = drawn_at_random(session.sheet, recognise(session.sheet), session.mapping, session.answers)
    return notes.drawn_at_random([(i, found[i]) for i in session.item_keys() if i in found]) if found else None


def drawn_texts(session) -> dict[int, str]:
    """The question each student was given where the download's question is a random one (:func:`drawn_at_random`):
    answer key -> the text of the question cell beside that answer (Moodle's "Question 2" on that student's row);
    {} when no question is drawn at random."""
    found = recognise(session.sheet)
    drawn = drawn_at_random(session.sheet, found, session.mapping, session.answers)
    beside = _each_text_beside(session.sheet, found, session.mapping, session.answers)
    return {a.key: beside[a.key] for a in session.answers if a.item in drawn and a.key in beside}


def _texts_beside(sheet: Sheet, found: Recognition | None, mapping: ColumnMapping, answers) -> dict[str, set[str]]:
    """The texts the filled question cells beside each question's ``answers`` hold, read as text where in HTML."""
    items = {a.key: a.item for a in answers}
    seen: dict[str, set[str]] = {}
    for key, text in _each_text_beside(sheet, found, mapping, answers).items():
        seen.setdefault(items[key], set()).add(text)
    return seen


def _each_text_beside(sheet: Sheet, found: Recognition | None, mapping: ColumnMapping, answers) -> dict[int, str]:
    """The text of the filled question cell beside each of ``answers``, answer key -> text (read as text where in
    HTML); an answer beside an empty question cell, or with no question column, has none."""
    if found is None or not found.questions:
        return {}
    out: dict[int, str] = {}
    for a in answers:
        col = found.questions.get(str(mapping.item_column if mapping.layout == LONG else a.column))
        if col is None or col not in sheet.columns:
            continue
        if text := cell(sheet, a.row, col).strip():
            out[a.key] = html_text(text) if written_in_html(text) else text
    return out


# headers a teacher's own sheet may use for each identifier (the email address, the username and Moodle's ID number
# in German and Spanish too: :mod:`.fields`)
_GENERIC = {
    EMAIL: EMAIL_HEADERS,
    USERNAME: USERNAME_HEADERS,
    ORG_DEFINED_ID: ("orgdefinedid", "org defined id"),
    SIS_ID: ("sis user id", "sis_id", "sis id"),
    SIS_LOGIN_ID: ("sis login id",),
    CANVAS_ID: ("canvas id", "canvas user id"),
    STUDENT_ID: ("student id", "student number", "student no"),
    ID_NUMBER: ID_NUMBER_HEADERS,
    FIRST_NAME: ("first name", "firstname", "given name"),
    LAST_NAME: ("last name", "lastname", "surname", "family name"),
}


def _answer_columns(mapping: ColumnMapping | None) -> set[str]:
    if mapping is None:
        return set()
    return {c for c in (*mapping.answer_columns, mapping.answer_column, mapping.item_column) if c}


def email_column(sheet: Sheet, mapping: ColumnMapping | None = None) -> str | None:
    """The column that holds email addresses whatever its header ("Correo", "Contact"): the first whose filled cells
    are all email addresses, the mapping's student id column before any other; never a column of answers. None when
    there is none."""
    skip = _answer_columns(mapping)
    first = mapping.id_column if mapping is not None and mapping.id_column in sheet.columns else None
    for col in [c for c in (first, *sheet.columns) if c and c not in skip]:
        values = (v for v in (t.strip() for t in column_texts(sheet.frame, col)) if v)   # (the column read once)
        head = next(values, None)   # read on only while the cells are email addresses
        if head is not None and is_email(head) and all(is_email(v) for v in values):
            return col
    return None


def no_student_rows(sheet: Sheet) -> dict[int, str]:
    """The rows of an LMS's gradebook download opened as the sheet to grade that are no student, row -> its name:
    Canvas's "Points Possible" and Student View (:mod:`.canvas_gradebook`), Classroom's points (:mod:`.classroom_download`)."""
    return {**not_student_rows(sheet), **points_rows(sheet)}


def identifiers_for(sheet: Sheet, mapping: ColumnMapping | None = None) -> Identifiers:
    """The student identifiers of ``sheet``: a recognised export's, else found by column headers.

    A sheet that gives no email address so gets them from a column that holds only email addresses
    (:func:`email_column`). The mapping's student id and name columns are added as ``id`` and ``name`` where a
    row has no such field yet (the name only when the system gave no first or last name). Where the mapping names a
    first-name column beside the name column, these two are the first and last name (a row's own from a system
    first): "Nombre" and "Apellidos" give Pablo / Muñoz Díaz, where the whole name split at its last space gave
    "Pablo Muñoz" / "Díaz".
    """
    found = recognise(sheet)
    if found is not None:
        ids = found.identifiers
    else:   # a column of answers is never taken for an identifier ("Email address" asked as a question)
        skip = _answer_columns(mapping)
        h = Headers(sheet, exclude=skip)
        found_columns = {f: h.find(*names) for f, names in _GENERIC.items()}
        if (canvas_ids := canvas_id_column(sheet)) is not None and canvas_ids not in skip:
            found_columns[CANVAS_ID] = canvas_ids   # Canvas's gradebook download: its ID is Canvas's user id
        ids = read_identifiers(sheet, found_columns, None,
                               clean=lambda f, v: v.lstrip("#") if f in (USERNAME, ORG_DEFINED_ID) else v)
        for row, named in no_student_rows(sheet).items():   # Canvas's "Points Possible" row, its Student View's
            ids.rows[row][NOT_A_STUDENT] = named
    if EMAIL not in ids.fields() and (emails := email_column(sheet, mapping)) is not None:
        found_emails = read_identifiers(sheet, {EMAIL: emails}, None)
        ids = Identifiers(system=ids.system, rows=[{**r, **more} for r, more in zip(ids.rows, found_emails.rows)])
    if mapping is None or not (mapping.id_column or mapping.name_column or mapping.first_name_column):
        return ids
    # Brightspace's "#" before a username or org id keeps it text in a spreadsheet: the id is what follows it
    tidy = (lambda f, v: v.lstrip("#")) if ids.system == brightspace.SYSTEM else None
    columns = {SHEET_ID: mapping.id_column}
    if mapping.first_name_column and mapping.name_column and mapping.first_name_column != mapping.name_column:
        columns |= {FIRST_NAME: mapping.first_name_column, LAST_NAME: mapping.name_column}
    extra = read_identifiers(sheet, columns, None, clean=tidy)
    rows = [dict(r) for r in ids.rows]
    names = student_names(sheet.frame, mapping)   # (each column read once)
    for i, (r, more) in enumerate(zip(rows, extra.rows)):
        if name := names[i].strip():
            more = {**more, NAME: name}
        if FIRST_NAME in r or LAST_NAME in r:   # the system's own first and last name, not the mapping's
            more = {f: v for f, v in more.items() if f not in (NAME, FIRST_NAME, LAST_NAME)}
        for f, v in more.items():
            r.setdefault(f, v)
    return Identifiers(system=ids.system, rows=rows)


def has_canvas_ids(sheet: Sheet, mapping: ColumnMapping | None, found: Recognition | None) -> bool:
    """Whether ``sheet`` (which :func:`recognise` found to be ``found``) holds one of Canvas's own student ids, its
    user id, SIS User ID or SIS Login ID: a Canvas export, or a column so headed that is no column of answers.

    Only then does the Canvas gradebook of :data:`FORMATS` differ from the one by the sheet's student id column
    (:mod:`grader_app.io.canvas`): it fills Canvas's ``ID``; without them both write the same file. Headers only."""
    if found is not None:
        return found.system == canvas.SYSTEM
    h = Headers(sheet, exclude=_answer_columns(mapping))
    return any(h.has(*_GENERIC[f]) for f in (CANVAS_ID, SIS_ID, SIS_LOGIN_ID))
