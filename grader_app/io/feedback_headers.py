"""The mail-merge feedback sheet's headers (:class:`FeedbackWords`, English unless the window gives its language), and
knowing a header written so again (:func:`feedback_header_written`).

The sheet itself is :mod:`.feedback`'s. Nothing reads it as a sheet of answers: opened as if it were one, its
``Q1 question`` column (the question's name, the same for every student) was scored as answers beside ``Q1 answer``,
and its CSV's answers kept the formula guard's ``'``. So the column guess (:func:`grader_app.io.columns.guess_columns`)
refuses it, as it refuses the grade files Grader writes, when its header is the one the writer gives in one of the
languages the window speaks (:data:`FEEDBACK_WORDS`: the window's German and Spanish for the words below,
``grader_app/ui/feedback_words.py``; ``tests/ui/test_feedback_sheet_known.py`` holds the catalogues to these): the
columns naming the student (some of them, in the writer's order), each question's six columns numbered from 1, then
the total and what it is out of. A sheet headed with some of those words but laid out otherwise is read as answers.

Pure Python, no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

WHO = ("name", "student_id", "username", "email", "first_name", "last_name")    # who the student is, in this order
PER_QUESTION = ("question", "answer", "score", "out_of", "rubric", "comment")
SHEET_TITLE = "Feedback"
_SHEET_FORBIDS = set('[]:*?/\\')


@dataclass(frozen=True)
class FeedbackWords:
    """The feedback sheet's headers and its XLSX sheet's name, English unless given (the ui gives the interface's
    language). A question's headers hold ``{n}``, its number; one given without it is taken in English (else every
    question's column would have one name and a mail merge could not tell them apart)."""
    sheet: str = SHEET_TITLE
    name: str = "Name"
    student_id: str = "Student ID"
    username: str = "Username"
    email: str = "Email"
    first_name: str = "First name"
    last_name: str = "Last name"
    row: str = "Row"                    # the file's row number, for a sheet that names nobody
    question: str = "Q{n} question"
    answer: str = "Q{n} answer"
    score: str = "Q{n} score"
    out_of: str = "Q{n} out of"
    rubric: str = "Q{n} rubric"
    comment: str = "Q{n} comment"
    total: str = "Total"
    total_out_of: str = "Out of"

    def per_question(self, what: str, n: int) -> str:
        """The header of question ``n``'s ``what`` (one of :data:`PER_QUESTION`)."""
        template = getattr(self, what)
        if "{n}" not in template:
            template = getattr(FeedbackWords, what)
        return template.replace("{n}", str(n))

    def sheet_title(self) -> str:
        """The XLSX sheet's name: the given one where a sheet may be so named (31 characters, none of []:*?/\\)."""
        name = self.sheet.strip()
        ok = name and len(name) <= 31 and not (set(name) & _SHEET_FORBIDS) and not name.startswith("'")
        return name if ok else SHEET_TITLE


ENGLISH = FeedbackWords()


# the headers in each language the window writes them (English, and the window's German and Spanish)
FEEDBACK_WORDS: dict[str, FeedbackWords] = {
    "en": ENGLISH,
    "de": FeedbackWords(sheet="Rückmeldung", name="Name", student_id="Schüler-ID", username="Benutzername",
                        email="E-Mail", first_name="Vorname", last_name="Nachname", row="Zeile", question="F{n} Frage",
                        answer="F{n} Antwort", score="F{n} Punkte", out_of="F{n} Höchstpunktzahl",
                        rubric="F{n} Bewertungsraster", comment="F{n} Kommentar", total="Summe",
                        total_out_of="Höchstpunktzahl"),
    "es": FeedbackWords(sheet="Comentarios", name="Nombre completo", student_id="ID de estudiante",
                        username="Nombre de usuario", email="Correo electrónico", first_name="Nombre",
                        last_name="Apellidos", row="Fila", question="P{n} pregunta", answer="P{n} respuesta",
                        score="P{n} puntuación", out_of="P{n} puntuación máxima", rubric="P{n} rúbrica",
                        comment="P{n} comentario", total="Total", total_out_of="Puntuación máxima"),
}


def _fold(cell) -> str:
    return " ".join(str(cell).split()).casefold()


def _written_in(cells: list[str], words: FeedbackWords) -> bool:
    """``cells`` (folded) are the header :func:`~.feedback.feedback_header` writes in ``words``: the student's columns
    in the writer's order (one at least), each question's six columns numbered 1, 2, ..., the total and its maximum."""
    if len(cells) < 1 + len(PER_QUESTION) + 2 or cells[-2:] != [_fold(words.total), _fold(words.total_out_of)]:
        return False
    who = [_fold(getattr(words, f)) for f in (*WHO, "row")]
    k, at = 0, 0
    while k < len(cells) - 2 and cells[k] in who[at:]:
        at = who.index(cells[k], at) + 1
        k += 1
    questions, rest = divmod(len(cells) - 2 - k, len(PER_QUESTION))
    return k > 0 and questions > 0 and not rest and cells[k:-2] == [
        _fold(words.per_question(what, n)) for n in range(1, questions + 1) for what in PER_QUESTION]


def feedback_header_written(columns) -> bool:
    """Whether ``columns`` are the header of the feedback sheet Grader wrote, in one of :data:`FEEDBACK_WORDS`."""
    cells = [_fold(c) for c in columns]
    return any(_written_in(cells, words) for words in FEEDBACK_WORDS.values())
