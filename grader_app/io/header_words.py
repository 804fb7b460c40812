"""What a column's header says, in English, German and Spanish (and the French of a class list: "Nom", "Prénom",
"Numéro", "Classe", "Réponse"): its words, whether it names one question of a wide sheet ("Q1", "Q2 (3 marks)",
"1. Why ...?"), and whether it reads as a header at all rather than a student's value (:func:`header_like`). Used by
the column guess (:mod:`.columns`) and by the readers, which tell a second header row from a first row of data
(:mod:`.sheet_detection`); of the app it imports only the points vocabulary (:mod:`grader_app.core.header_points`)
and the reading of a header written in HTML (:mod:`.html_text`): such a header is judged by the words the teacher
reads in it, and it names a question (an LMS writes a question's text so), never the student, their name or id.
"""
from __future__ import annotations

import re
import unicodedata

from ..core.header_points import without_points   # a question's points: "Q1 (3 marks)" -> "Q1"
from .html_text import question_name, written_in_html


def split_words(header: str) -> list[str]:
    """Header split into lower-case words: "StudentID" -> ["student", "id"], "Q_1" -> ["q", "1"], "Schüler" -> ["schüler"]."""
    # composed first: a Mac writes "Prénom" as "Pre" + an accent + "nom", which split into "pre" and "nom" (a surname)
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", unicodedata.normalize("NFC", str(header)))
    spaced = re.sub(r"\b[Nn]\s*[°º]", "no ", spaced)    # "N° élève", "Nº": the number sign is no letter
    return re.findall(r"[^\W\d_]+|\d+", spaced.lower())


ANSWER_WORDS = {"answer", "answers", "response", "responses", "essay", "essaytext", "reply",
                 "antwort", "antworten", "respuesta", "respuestas", "réponse", "reponse", "writing", "explanation"}
ITEM_WORDS = {"item", "items", "question", "questions", "prompt", "essayset", "task", "q", "qid",
               "itemid", "problem", "exercise", "set", "frage", "aufgabe", "pregunta", "ejercicio"}
# ("Benutzername", "Anmeldename", "Nombre de usuario": a username, as "Username" is)
ID_WORDS = {"id", "sid", "studentid", "number", "no", "nr", "num", "matric", "matriculation", "roll",
             "code", "username", "login", "email", "candidate", "matrikelnummer", "número", "numero",
             "numéro", "matricule", "identifiant", "benutzername", "nutzername", "anmeldename", "usuario"}
# a header with one of these holds the student's first name ("First name", "Vorname", "Nombre(s)", "Prénom"), or
# surname ("Surname", "Nachname", "Apellidos", "Nom de famille"): a name whatever its cells look like ("Élève12")
FIRST_NAME_WORDS = {"first", "given", "firstname", "forename", "forenames", "vorname", "vornamen", "nombre", "nombres",
                    "prénom", "prénoms", "prenom", "prenoms"}
LAST_NAME_WORDS = {"last", "surname", "surnames", "lastname", "family", "nachname", "familienname", "apellido",
                   "apellidos", "famille", "usage"}   # "Nom d'usage"
BARE_NAMES = {"name", "nom"}   # "Name", "Nom" alone: the whole name, or the surname beside a first name
NAME_WORDS = {"name", "names", "student", "pupil", "learner", "surname", "fullname", "schüler", "schülerin",
              "alumno", "alumna", "estudiante", "nom", "noms", "élève", "eleve", "étudiant", "étudiante", "etudiant",
              "etudiante"} | FIRST_NAME_WORDS | (LAST_NAME_WORDS - {"family", "famille", "usage"})   # with "name", "nom"
NOT_ANSWER_WORDS = {"comment", "comments", "feedback", "note", "notes", "remark", "remarks", "score",
                     "scores", "grade", "grades", "mark", "marks", "points", "date", "time", "class",
                     "email", "teacher", "total", "status", "flags", "confidence",
                     # German and Spanish
                     "kommentar", "kommentare", "bemerkung", "bemerkungen", "anmerkung", "anmerkungen",
                     "rückmeldung", "punkte", "punktzahl", "bewertung", "noten", "datum", "klasse", "lehrer",
                     "lehrerin", "comentario", "comentarios", "observación", "observaciones", "nota", "notas",
                     "puntos", "puntuación", "calificación", "calificaciones", "fecha", "clase", "profesor",
                     "profesora", "docente",
                     # French
                     "commentaire", "commentaires", "remarque", "remarques", "appréciation", "appréciations",
                     "classe", "professeur", "enseignant", "enseignante", "horodateur", "barème"}
# a header with one of these holds the expected answer ("Answer key", "Right answer", "Musterlösung"), not the students'
KEY_WORDS = {"key", "correct", "right", "expected", "model", "solution", "solutions", "lösung", "musterlösung",
             "richtige", "correcta", "solución"}
Q = r"q|question|item|task|problem|exercise|frage|aufgabe|pregunta|ejercicio|prompt"
# A header that names one question of a wide sheet: "Q1", "Question 2", "Item 3a", "asap-sas-5".
QUESTION_HEADER = re.compile(
    rf"^\s*(?:(?:{Q})\s*[-_#.]?\s*\d+[a-z]?|"
    r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*[-_]\d+)\s*$", re.IGNORECASE)
# A question's id followed by its text: "1. What is photosynthesis?", "Q2: Cells", "Question 3 - Explain ..."
NUMBERED = re.compile(rf"^\s*(?:(?:{Q})\s*[-_#.]?\s*\d+[a-z]?(?:\s*[.):\-–—]\s*|\s+)|\d+[a-z]?\s*[.):]\s*)"
                       r"(?P<text>[^\d\s].*)$", re.IGNORECASE | re.DOTALL)
def shape(header: str) -> tuple[tuple[str, ...], bool, bool]:
    """(``header``'s words, whether it names one question of a wide sheet, whether it holds a question's wording).

    A question's points are not among the words ("Q1 (3 marks)" is ["q", "1"], a question). A question's
    wording ("2. Name two parts of a cell", "What number is it?") does not make its column an id, a score or
    a comment; a short tail after a question's id does ("Q1 score", "Q1 comment" name no question).
    A header written in HTML is read as its text ("<p>Name two processes</p>" is "Name two processes", no "p" among
    its words) and names a question whatever its words: an LMS heads only a question so, never a student's name or id.
    """
    bare = without_points(question_name(str(header)))
    words = split_words(bare)
    if written_in_html(str(header)):
        return tuple(words), True, asks(bare)
    labels = NOT_ANSWER_WORDS | ID_WORDS
    if QUESTION_HEADER.match(bare):
        return tuple(words), not any(w in labels for w in words), False    # "asap-sas-5", not "score_1"
    numbered = NUMBERED.match(bare)
    tail = [w for w in split_words(numbered.group("text")) if not w.isdigit()] if numbered else []
    if numbered and tail:
        if asks(numbered.group("text")) or (len(tail) >= 4 and tail[0] not in labels and tail[-1] not in labels):
            return tuple(words), True, True                                # "2. Name two parts of a cell"
        return tuple(words), not any(w in labels for w in tail), False     # "Q2: Cells", not "Q2 score"
    return tuple(words), False, asks(bare)


def header_like(label: str) -> bool:
    """Whether ``label`` is what a column's header says ("ID", "Name", "Q1", "Answer", "Score", "Frage 2"), not a
    student's value: the second row of a two-row header is told from a first row of data by it."""
    words, question, _ = shape(label)
    vocab = ANSWER_WORDS | ITEM_WORDS | ID_WORDS | NAME_WORDS | NOT_ANSWER_WORDS
    return question or any(w in vocab for w in words) or "".join(words) in vocab


def asks(text: str) -> bool:
    """A question's wording, "What is osmosis?" (a label such as "Comments?" is a word or two)."""
    return text.rstrip().endswith("?") and len([w for w in split_words(text) if not w.isdigit()]) >= 3


def sentence(header: str) -> bool:
    """Whether ``header`` reads as a question's or an instruction's wording rather than a label: it asks ("What is the
    name of the process plants use to make food?"), ends as a sentence does ("Name two parts of a cell."), or is long
    (five words or more, an elided "d'" or "l'" not counting: "Numéro d'identification de l'élève" is a label). Its
    words then say what the question is about, not what the column holds (:func:`about`). A question's points and an
    HTML header's tags do not count ("Q1 (3 marks)" is a label)."""
    text = without_points(question_name(str(header))).rstrip()
    words = [w for w in split_words(text) if not w.isdigit()]
    return (asks(text) or (text[-1:] in (".", "!") and len(words) >= 3)
            or len([w for w in words if len(w) > 1]) >= 5)


def about(words, vocab: set[str]) -> bool:
    """Whether a header that reads as a sentence (:func:`sentence`), split into ``words``, is about what ``vocab``
    names: that is its subject when it ends the header ("What is your name?", "Please enter your student number") or
    the header names it twice ("Name und Vorname des Schülers"), not when a question merely mentions it ("What is the
    name of the process plants use to make food?", "Name two parts of a cell.")."""
    words = [w for w in words if not w.isdigit()]
    return bool(words) and (words[-1] in vocab or len({w for w in words if w in vocab}) >= 2)
