"""The words of the graded workbook's Summary sheet (:class:`grader_app.io.summary_sheet.SummaryWords`) in the
interface's language.

Words the window already says are taken from where it says them: the printable report's ("Score", "Answers",
"Question {item} — {title}", context ``ReportPdf``), the results table's ("Question", context ``ResultsModel``)
and its status names (:func:`.style.status_text`), and the sentence at the top of the results
(:func:`.wording.session_sentence`); the rest are the ``SummarySheet`` context's. The sheet's name is translated
too, and so is the graded table's ("Graded"): their translations must be one of
:data:`grader_app.io.sheet_detection.SUMMARY_TITLES` and :data:`~grader_app.io.sheet_detection.GRADED_TITLES`, which the
reader knows (else the sheets are named "Summary" and "Graded"); so must the title of the models that scored the
answers be one of :data:`grader_app.io.scored_by.MODELS_TITLES` (else it is written in English), which Grader reads
back. Taken on the GUI thread; the callables may run on the worker that writes the workbook (Qt's translate is
thread-safe). The graded table's column names and status values are
:mod:`.graded_words`'.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..io.summary_sheet import SummaryWords
from . import i18n, style, wording
from .report_pdf import question_heading

translate = QCoreApplication.translate


def summary_words() -> SummaryWords:
    """The Summary sheet's words in the interface's language, its scores written as the teacher reads numbers."""
    return SummaryWords(
        sheet=translate("SummarySheet", "Summary"),
        graded=translate("SummarySheet", "Graded"),
        title=translate("SummarySheet", "Grading summary of {source}"),
        no_source=translate("SummarySheet", "the sheet"),
        sentence=wording.session_sentence,
        review_counts=translate("SummarySheet", "Review counts"),
        question=translate("ResultsModel", "Question"),
        answers=translate("ReportPdf", "Answers"),
        status=style.status_text,
        all_questions=translate("SummarySheet", "All questions"),
        agreement=translate("SummarySheet", "Model–teacher agreement on the answers you decided"),
        decided=translate("SummarySheet", "Decided by you"),
        model_first=translate("SummarySheet", "Of them, scored by the model before you"),
        agreed=translate("SummarySheet", "Model agreed (share)"),
        qwk=translate("SummarySheet", "Closeness to your scores (kappa: 1 = the same, 0 = chance)"),
        changed=translate("SummarySheet", "Scores you changed"),
        models=translate("SummarySheet", "Models that scored the answers"),
        model=translate("SummarySheet", "Model"),
        model_id=translate("SummarySheet", "Model id"),
        fingerprint=translate("SummarySheet", "Version check code"),
        no_model=translate("SummarySheet", "No model: you scored it"),
        learned_model=translate("SummarySheet", "A model learned from your marks"),
        distribution=translate("SummarySheet", "Final score distribution per question"),
        question_title=question_heading,
        score=translate("ReportPdf", "Score"),
        open=translate("SummarySheet", "still open"),
        chart=translate("SummarySheet", "Final scores: {item}"),
        number=i18n.score)
