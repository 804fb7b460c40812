"""The columns dialog (:class:`~.mapping_dialog.MappingDialog`) on a graded workbook opened again: each question's model
the one that scored it before, where the workbook names it and it is installed and the same
(:mod:`grader_app.core.scored_before`), and the note on the earlier grading saying how the answers the teacher did not
decide are scored with the models chosen now, and which question's model is missing or another version. The note is
said again whenever a model is chosen, so it never says the model scores answers that no model scores."""
from __future__ import annotations

from typing import Sequence

from ..core.scored_before import Checked, choices, scoring, unlike
from ..io.headers import shown_question
from ..io.notes import graded_before
from .sheet_notes import note_words


def earlier_choices(checked: Sequence[Checked], items: Sequence[str], mapping=None) -> dict[str, str]:
    """Question -> the id of the model that scored it before, for each of ``items`` whose model is installed and the
    same."""
    return choices(checked, {item: shown_question(mapping, item) for item in items})


def notes_text(notes: Sequence[str], chosen: dict[str, str | None] | None, checked: Sequence[Checked],
               mapping=None) -> str:
    """The sheet's ``notes`` in the interface's language, the one on its earlier grading with the models ``chosen``
    (question -> model id or None; None: no questions yet, so nothing said of their models)."""
    return " ".join(note_words(_with_models(n, chosen, checked, mapping)) for n in notes)


def _with_models(note: str, chosen: dict[str, str | None] | None, checked: Sequence[Checked], mapping) -> str:
    if getattr(note, "kind", "") != "graded_before" or not chosen:
        return note
    v = getattr(note, "values", {})
    names = {item: shown_question(mapping, item) for item in chosen}
    return graded_before(v.get("count", 0), v.get("typed", 0), v.get("commented", 0), v.get("waiting", 0),
                         scoring(chosen, checked, names), unlike(checked, chosen, names))
