"""The column headers Moodle writes in its downloads, in English, German and Spanish: a download's headers are the
site's language (a German school's Moodle writes "Nachname", "Vorname", "Begonnen", "Bewertung/10,00", "Antwort 1").

Each word is the one Moodle's own language pack gives (Moodle 4.4/4.5 packs; ``quiz`` and ``quiz_responses``,
core ``moodle``, ``assign``, ``assignsubmission_onlinetext``, ``assignfeedback_comments``), with the string it is
written from; where a later Moodle renamed a column (``timetaken`` -> ``attemptduration``), both. Headers are compared
by :class:`.lms._common.Headers` (case, spaces and punctuation do not matter: "Apellido(s)" is "Apellidos").

The one list of these words: the Moodle recogniser (:mod:`.lms.moodle`) reads the downloads by them, a teacher's own
sheet is read by them too (:mod:`.lms.recognition`: "Anmeldename", "ID-Nummer"), and so are the points Moodle's
worksheet gives each question (:mod:`.lms_points`: "Maximum Grade", "Bestwertung", "Calificación máxima"). It sits in
``grader_app.io``, beside :mod:`.lms_points`, which the LMS package imports and so cannot import from it.
Pure Python, no Qt.
"""
from __future__ import annotations

import re

# ----- quiz Responses report (mod/quiz/report/responses) -------------------------------------------------------

LAST_NAME = ("last name", "surname", "lastname",        # core lastname
             "nachname", "apellido(s)")
FIRST_NAME = ("first name", "firstname",                 # core firstname
              "vorname", "nombre")
EMAIL = ("email address", "email",                       # core email
         "e-mail-adresse", "dirección de correo")
USERNAME = ("username",                                  # core username
            "anmeldename", "nombre de usuario")
ID_NUMBER = ("id number", "idnumber",                    # core idnumber
             "id-nummer", "número de id")
# the attempt's own columns: its state, when it started and ended, how long it took
STATE = ("state", "status",                              # quiz attemptstate ("Status" also en/de assign status)
         "estado")
STARTED = ("started on", "started",                      # quiz startedon
           "begonnen", "begonnen am", "comenzado")       # "Begonnen am": startedon on an earlier German site
COMPLETED = ("completed",                                # quiz timecompleted
             "beendet", "finalizado")
DURATION = ("time taken", "duration",                    # quiz timetaken (earlier), attemptduration
            "verbrauchte zeit", "dauer", "tiempo empleado", "duración")
ATTEMPT_FIELDS = (*STATE, *STARTED, *COMPLETED, *DURATION)
# "Grade/10.00": the quiz's grade out of its maximum (core gradenoun, earlier quiz grade); German writes "10,00"
GRADE_OUT_OF = re.compile(r"(?:grade|bewertung|calificación|calificacion)/\s*\d+(?:[.,]\d+)?")
# "Response 1", "Antwort 1", "Respuesta 1" (quiz_responses responsex); never "Right answer 1" ("Richtige Antwort 1",
# "Respuesta correcta 1": rightanswerx) nor "Question 1"
RESPONSE = re.compile(r"(?:response|antwort|respuesta)\s*(\d+)")
# "Question 1", "Frage 1", "Pregunta 1" (quiz_responses questionx): the question's text, when the report was downloaded
# with it ticked
QUESTION = re.compile(r"(?:question|frage|pregunta)\s*(\d+)")

# ----- assignment grading worksheet (mod/assign, feedback offline) ---------------------------------------------

# The worksheet's columns, in the order Moodle writes them, per language: recordid, core fullname, core email,
# assign status, core grade(noun), assign maxgrade, assign gradecanbechanged, assign lastmodifiedsubmission, the
# online text plugin's name, assign lastmodifiedgrade, assignfeedback_comments pluginname. Moodle's upload reads the
# identifier, grade, last modified (grade) and comments columns by their names in the site's language.
WORKSHEET = {
    "en": ("Identifier", "Full name", "Email address", "Status", "Grade", "Maximum Grade", "Grade can be changed",
           "Last modified (submission)", "Online text", "Last modified (grade)", "Feedback comments"),
    "de": ("ID", "Vollständiger Name", "E-Mail-Adresse", "Status", "Bewertung", "Bestwertung",
           "Bewertung kann geändert werden", "Zuletzt geändert (Abgabe)", "Texteingabe online",
           "Zuletzt geändert (Bewertung)", "Feedback als Kommentar"),
    "es": ("Identificador", "Nombre completo", "Dirección de correo", "Estado", "Calificación", "Calificación máxima",
           "La calificación puede ser cambiada", "Última modificación (entrega)", "Texto en línea",
           "Última modificación (calificación)", "Comentarios de retroalimentación"),
}
_AT = {name: i for i, name in enumerate(WORKSHEET["en"])}
# other names Moodle gives a worksheet column: core fullnameuser, the online text plugin's pluginname
_ALSO = {"Full name": ("Nombre completo del usuario",), "Online text": ("Entregas de texto en línea",)}


def worksheet_names(column: str) -> tuple[str, ...]:
    """Every name of the worksheet's ``column`` (its English name): "Grade" -> ("Grade", "Bewertung", "Calificación")."""
    return (*dict.fromkeys(words[_AT[column]] for words in WORKSHEET.values()), *_ALSO.get(column, ()))


# "Participant 123": assign hiddenuser, then the student's number; the German and Spanish packs write the word
# without the space the English one ends with ("Teilnehmer/in123")
PARTICIPANT = re.compile(r"\S.*\s\d+|(?:participant|teilnehmer/in|participante)\d+", re.IGNORECASE)
