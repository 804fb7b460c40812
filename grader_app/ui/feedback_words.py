"""The words of the mail-merge feedback sheet (:class:`grader_app.io.feedback.FeedbackWords`) in the interface's
language: its headers, which become the merge fields a teacher puts in their letter ("F1 Antwort", "P1 respuesta"),
and the XLSX sheet's name. A question's headers keep ``{n}``, its number (the io module takes English for one that
lost it). Taken on the GUI thread and handed to the worker that writes the file as plain data.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..io.feedback import FeedbackWords

translate = QCoreApplication.translate


def feedback_words() -> FeedbackWords:
    """The feedback sheet's headers in the interface's language (English without a translation)."""
    return FeedbackWords(
        sheet=translate("FeedbackSheet", "Feedback"),
        name=translate("FeedbackSheet", "Name"),
        student_id=translate("FeedbackSheet", "Student ID"),
        username=translate("FeedbackSheet", "Username"),
        email=translate("FeedbackSheet", "Email"),
        first_name=translate("FeedbackSheet", "First name"),
        last_name=translate("FeedbackSheet", "Last name"),
        row=translate("FeedbackSheet", "Row"),
        question=translate("FeedbackSheet", "Q{n} question"),
        answer=translate("FeedbackSheet", "Q{n} answer"),
        score=translate("FeedbackSheet", "Q{n} score"),
        out_of=translate("FeedbackSheet", "Q{n} out of"),
        rubric=translate("FeedbackSheet", "Q{n} rubric"),
        comment=translate("FeedbackSheet", "Q{n} comment"),
        total=translate("FeedbackSheet", "Total"),
        total_out_of=translate("FeedbackSheet", "Out of"))
