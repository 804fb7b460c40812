"""What the end of a review says of a model that learned from the teacher's marks on this sheet and is not saved.

QA (a Spanish teacher, her own question, a model made from last year's marked sheet): she marked this year's answers,
the line said the model learned from "your 200 earlier marks and 150 of this sheet", and the review ended with "Next
step: export the grades". Her library's model was still the one of last year's 200 marks: a sheet of that question
opened later learned from those 200 again, and this year's marks were lost to it unless she found File ▸ Save as
model… by herself, which nothing pointed to. Now the end of a review names each of its questions whose learned model
could be saved (enough marks: :func:`~grader_app.learn.in_session.unsaved_because`) and has not been saved as it is
now, and says how to keep it. A model saved (:func:`note_saved`) is not named again until it learns from more marks.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .. import workflow
from ..io.question_headings import heading_name
from .learning_words import question_name, with_question

translate = QCoreApplication.translate


def note_saved(learning, item: str, model) -> None:
    """``item``'s learned ``model`` was saved as a library model (File ▸ Save as model…)."""
    learning.saved_models[item] = model


def unsaved_questions(learning, session, items) -> list[str]:
    """Those of ``items`` whose model learned from the teacher's marks in ``session`` could be saved and is not saved
    as it is now, in the sheet's order."""
    if learning is None or session is None:
        return []
    out = []
    for item in (it for it in session.item_keys() if it in items):
        model = learning.models.get(item)
        if model is None or learning.saved_models.get(item) is model:
            continue
        if workflow.unsaved_because(session, item, model) is None:   # too few marks: it cannot be saved yet
            out.append(item)
    return out


def keep_note(learning, session, items) -> str:
    """What the end of a review adds (with a space before it), or "": how to keep what the models of ``items`` learned
    here for a later sheet of their questions."""
    unsaved = unsaved_questions(learning, session, items)
    if not unsaved:
        return ""
    names = ", ".join(heading_name(question_name(it, session.mapping)) for it in unsaved)
    return " " + with_question(translate(
        "ModelKeeping", "The models of %n questions ({question}) learned from your marks on this sheet, but your models "
                        "do not keep that yet: to score later sheets with what they learned, save each one now (File ▸ "
                        "Save as model…, on one of its answers).", "", len(unsaved)), names)
