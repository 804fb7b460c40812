"""The grading columns a graded sheet adds (:mod:`.writers`), and their words in every language Grader speaks.

After the teacher's own columns the graded sheet has, per answer, six columns: the model's score, its confidence, the
answer's status, its flags, the final score and the teacher's comment (:data:`ADDED`, their English names, which the
command line writes and programs reading the file may expect). The window writes them in the teacher's language
(:class:`GradedWords`, given by :mod:`grader_app.ui.graded_words`; this module may not use Qt's translations): the
column names are one of the sets of :data:`COLUMN_NAMES`, the status values one of :data:`STATUS_WORDS`' words, and
the flags as the window names them (nothing reads them back). A translation that is not one of these is not used:
that name or status stays English, so every graded sheet is read back.

Reading a graded sheet back (:mod:`.earlier_grading`, ``grader learn``, the column guess) recognises the columns and
the status values in any of the languages, whatever the interface's language now: a German graded sheet is read back
under an English interface and the other way round (:func:`names_sets`, :func:`status_of`). ``tests/ui/test_graded_words.py``
holds the catalogues' translations in step with the words here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..core import review

# the grading columns' English names, in the order they are written
ADDED = ("model_score", "confidence", "status", "flags", "final_score", "comment")

# the names of the six columns in each language (the same order as ADDED)
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "en": ADDED,
    "de": ("Modellpunkte", "Sicherheit", "Status", "Hinweise", "Endpunkte", "Kommentar"),
    "es": ("Nota del modelo", "Confianza", "Estado", "Avisos", "Nota final", "Comentario"),
}

# each status (core.review.STATUSES) as a cell of the status column says it, in each language
STATUS_WORDS: dict[str, dict[str, str]] = {
    "en": {s: s for s in review.STATUSES},
    "de": {review.NEEDS_REVIEW: "zu prüfen", review.AUTO: "automatisch", review.REVIEWED: "geprüft",
           review.OVERRIDDEN: "geändert", review.DECIDED: "selbst bewertet", review.UNSCORED: "ohne Modell"},
    "es": {review.NEEDS_REVIEW: "por revisar", review.AUTO: "automática", review.REVIEWED: "revisada",
           review.OVERRIDDEN: "cambiada", review.DECIDED: "puntuada por ti", review.UNSCORED: "sin modelo"},
}

_STATUS_OF = {" ".join(w.split()).casefold(): s for words in STATUS_WORDS.values() for s, w in words.items()}


@dataclass(frozen=True)
class GradedWords:
    """The grading columns' words: English unless given (the window gives the interface's language). ``columns``: the
    six names in :data:`ADDED`'s order, used only when they are one of :data:`COLUMN_NAMES`' sets; ``status``: a
    status as its cell says it (a word of :data:`STATUS_WORDS`, else the English one); ``flag``: a flag's name."""
    columns: tuple[str, ...] = ADDED
    status: Callable[[str], str] = str
    flag: Callable[[str], str] = str

    def names(self) -> tuple[str, ...]:
        """The six column names written: the given ones when the reader knows them as a set, else the English."""
        names = tuple(self.columns)
        return names if names in COLUMN_NAMES.values() else ADDED

    def status_cell(self, status: str) -> str:
        """``status`` as its cell says it: the given word when the reader reads it as that status, else English."""
        said = self.status(status)
        return said if status_of(said) == status else status


ENGLISH = GradedWords()


def names_sets() -> tuple[tuple[str, ...], ...]:
    """Every language's six column names (English first), each as :data:`ADDED` orders them."""
    return tuple(COLUMN_NAMES.values())


def all_names() -> frozenset[str]:
    """Every grading column's name in every language."""
    return frozenset(n for names in COLUMN_NAMES.values() for n in names)


def status_of(cell) -> str | None:
    """The status (:data:`core.review.STATUSES`) a status cell says in any language ("geprüft", "Revisada", "reviewed"),
    None for a cell that says none; case and spaces do not count."""
    return _STATUS_OF.get(" ".join(str(cell or "").split()).casefold())


def same_column_names(name: str) -> tuple[str, ...]:
    """The names a grading column has in every language, given its name in one ("final_score" gives "final_score",
    "Endpunkte", "Nota final"; a wide sheet's "asap-sas-1 final_score" gives "asap-sas-1 Endpunkte", ...), so that a
    column named as the help says (``--score-column final_score``) is found in a sheet exported in another language.
    () for a name that is no grading column's."""
    said = " ".join(str(name).split())
    for names in COLUMN_NAMES.values():
        for i, n in enumerate(names):
            if said.casefold() == n.casefold():
                return tuple(dict.fromkeys(other[i] for other in COLUMN_NAMES.values()))
            if said.casefold().endswith(" " + n.casefold()):
                head = said[:-len(n) - 1]
                return tuple(dict.fromkeys(f"{head} {other[i]}" for other in COLUMN_NAMES.values()))
    return ()
