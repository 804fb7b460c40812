"""The words of the grading columns the graded sheet adds (:class:`grader_app.io.graded_columns.GradedWords`) in the
interface's language: the six column names and the status values in the ``GradedSheet`` context, the flags as the
window names them (:func:`.style.flag_text`). Their translations must be words the reader knows
(:data:`~grader_app.io.graded_columns.COLUMN_NAMES`, :data:`~grader_app.io.graded_columns.STATUS_WORDS`), else the
writer keeps the English ones; ``tests/ui/test_graded_words.py`` holds them in step. Taken on the GUI thread; the
callables may run on the worker that writes the sheet (Qt's translate is thread-safe).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core import review
from ..io.graded_columns import GradedWords
from . import style
from .i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# each status as the graded sheet's status column says it (short: a cell of a spreadsheet)
STATUS_CELLS = {
    review.NEEDS_REVIEW: QT_TRANSLATE_NOOP("GradedSheet", "needs review"),
    review.AUTO: QT_TRANSLATE_NOOP("GradedSheet", "auto"),
    review.REVIEWED: QT_TRANSLATE_NOOP("GradedSheet", "reviewed"),
    review.OVERRIDDEN: QT_TRANSLATE_NOOP("GradedSheet", "overridden"),
    review.DECIDED: QT_TRANSLATE_NOOP("GradedSheet", "decided"),
    review.UNSCORED: QT_TRANSLATE_NOOP("GradedSheet", "unscored"),
}


def status_cell(status: str) -> str:
    """``status`` as the graded sheet's status column says it in the interface's language."""
    return translate("GradedSheet", STATUS_CELLS[status]) if status in STATUS_CELLS else status


def graded_words() -> GradedWords:
    """The grading columns' names and values in the interface's language."""
    return GradedWords(
        columns=(translate("GradedSheet", "model_score"), translate("GradedSheet", "confidence"),
                 translate("GradedSheet", "status"), translate("GradedSheet", "flags"),
                 translate("GradedSheet", "final_score"), translate("GradedSheet", "comment")),
        status=status_cell,
        flag=style.flag_text)
