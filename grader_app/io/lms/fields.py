"""The kinds of student identifier an LMS matches on: one name per kind, whatever a system calls its column.

:data:`FIELD_WORDS` is each kind in English words (what a script and an English list of students left out
say; the window says them in the teacher's language, ``grader_app/ui/unmatched_words.py``), and :data:`HEADERS`
the column header a teacher's own sheet can give it, which :func:`grader_app.io.lms.identifiers_for` reads (a
participant identifier, and the sheet's own id column, have none: only a download from the LMS, or the
columns dialog, gives them). Pure Python, no Qt.
"""
from __future__ import annotations

import re

from .. import moodle_words

EMAIL = "email"
USERNAME = "username"
CANVAS_ID = "canvas_id"          # Canvas's own numeric user id
SIS_ID = "sis_id"                # Canvas SIS User ID
SIS_LOGIN_ID = "sis_login_id"    # Canvas SIS Login ID
ORG_DEFINED_ID = "org_defined_id"  # Brightspace OrgDefinedId
STUDENT_ID = "student_id"        # Blackboard Student ID, a form's "Student number"
ID_NUMBER = "id_number"          # Moodle ID number
PARTICIPANT = "participant"      # Moodle assignment worksheet "Participant 123"
NAME = "name"
FIRST_NAME = "first_name"
LAST_NAME = "last_name"
SHEET_ID = "id"                  # whatever the mapping's student id column holds (no system known)
SECTION = "section"              # Canvas's section ("Period 3"): no identifier, written back to its gradebook
# not an identifier: on a row that is no student (Moodle's "Overall average" row), the text that row shows;
# such a row is in no export file, and the export says so (formats.ExportFormat.write)
NOT_A_STUDENT = "not_a_student"

FIELD_WORDS = {
    EMAIL: "email address", USERNAME: "username", CANVAS_ID: "Canvas user ID", SIS_ID: "SIS User ID",
    SIS_LOGIN_ID: "SIS Login ID", ORG_DEFINED_ID: "OrgDefinedId", STUDENT_ID: "student ID",
    ID_NUMBER: "ID number", PARTICIPANT: "participant identifier", NAME: "name", SHEET_ID: "student id",
}
FOLDED = frozenset({EMAIL, USERNAME, SIS_LOGIN_ID})   # compared without case

# the header under which a teacher's own sheet gives each identifier (one of those recognition._GENERIC reads)
HEADERS = {
    EMAIL: "Email", USERNAME: "Username", CANVAS_ID: "Canvas user ID", SIS_ID: "SIS User ID",
    SIS_LOGIN_ID: "SIS Login ID", ORG_DEFINED_ID: "OrgDefinedId", STUDENT_ID: "Student ID", ID_NUMBER: "ID number",
}

# headers an email address column goes by, in the languages Grader is most used in (compared by Headers.find: case,
# spaces and hyphens do not matter, so "E-Mail" is "email" and "E-Mail-Adresse" is "emailadresse")
EMAIL_HEADERS = ("email address", "email", "e-mail", "mail", "e-mail address", "mail address",
                 "correo", "correo electrónico", "correo electronico", "dirección de correo electrónico",
                 "dirección de correo", "e-mail-adresse", "mailadresse",
                 "courriel", "adresse e-mail", "adresse électronique", "adresse mail", "adresse courriel",
                 "endereço de e-mail", "indirizzo email", "indirizzo e-mail", "e-mailadres", "adres e-mail")
# headers a username column goes by: the English ones, Moodle's own German and Spanish words for it
# (:data:`grader_app.io.moodle_words.USERNAME`: "Anmeldename", "Nombre de usuario") and the words a German or Spanish
# teacher heads one with ("Benutzername", "Nutzername", "Usuario"). Never a word that may head something else: a
# bare "Name", "Nombre" or "ID" is no username
USERNAME_HEADERS = tuple(dict.fromkeys(("username", "user name", "login", *moodle_words.USERNAME,
                                        "benutzername", "nutzername", "usuario")))
# headers of Moodle's ID number: English, and Moodle's German and Spanish ("ID-Nummer", "Número de ID"), written
# without the hyphen or the accent too; never a bare "ID" or "Nummer"
ID_NUMBER_HEADERS = tuple(dict.fromkeys((*moodle_words.ID_NUMBER, "id nummer", "numero de id")))
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def is_email(text: str) -> bool:
    """Whether ``text`` (trimmed) is one email address: "ana@escuela.es"."""
    return bool(_EMAIL.fullmatch(text.strip()))


# the ids a school or its LMS gives a student, the first one given being the student's id in every file the teacher
# reads (the points sheet, the feedback sheet and PDF): :func:`student_id`
SCHOOL_IDS = (STUDENT_ID, ID_NUMBER, SIS_ID, ORG_DEFINED_ID)


def student_id(ids: dict[str, str]) -> str:
    """The student's id as one row of identifiers gives it, the same in every file the teacher reads: the school's or
    the LMS's id for them (:data:`SCHOOL_IDS`: a form's "Student number", Moodle's ID number, an SIS id, Brightspace's
    OrgDefinedId), else the sheet's own id column, unless that holds an identifier written under its own name (the
    email address or the username: Moodle's responses, Blackboard's results), which is never a student id as well."""
    found = next((ids[f] for f in SCHOOL_IDS if ids.get(f)), "")
    own = ids.get(SHEET_ID, "")
    if found or not own:
        return found
    named = {ids.get(f, "").strip().casefold() for f in (EMAIL, USERNAME)}
    return "" if own.strip().casefold() in named else own


def username(ids: dict[str, str]) -> str:
    """The student's username (Blackboard's, Brightspace's, Moodle's), "" when none or when it is their
    :func:`student_id` already (one identifier is never written twice under two names)."""
    name = ids.get(USERNAME, "")
    return "" if name.strip().casefold() == student_id(ids).strip().casefold() else name


def field_words(field: str) -> str:
    """A field in English words ("email address"); an unknown field as it is named."""
    return FIELD_WORDS.get(field, field)


def alternatives(parts) -> str:
    """ "a", "a or b", "a or b or c": the English of a choice between identifiers."""
    return " or ".join(parts)
