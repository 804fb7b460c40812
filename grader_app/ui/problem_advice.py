"""The advice a bundle's refusal gives ("get a fresh copy from whoever made it", "ask whoever made it for a fixed
copy", "add it again"), as its sentences say it in each language, and a refusal said without it: the refusal of a model
the teacher made herself (``bundle.own_refused``, ``learn.own_refused``), for no one else has a copy of it. Its own
translation context, apart from the problems' sentences (``Problem``), which hold only
:data:`grader_app.problem_texts.TEXTS`."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..problem_texts_bundles import without_advice
from .i18n import QT_TRANSLATE_NOOP

# as the core's problem_texts_bundles.FRESH_COPY and OTHERS_ADVICE, which it cuts from the command line's sentence (a
# test holds them so): each translated as the sentences that give it translate it
FRESH_COPY = QT_TRANSLATE_NOOP("ProblemAdvice", "get a fresh copy from whoever made it")
OTHERS_ADVICE = (
    QT_TRANSLATE_NOOP("ProblemAdvice", "get a fresh copy"),
    QT_TRANSLATE_NOOP("ProblemAdvice", "ask whoever made it for a fixed copy"),
    QT_TRANSLATE_NOOP("ProblemAdvice", "ask whoever made it for a model that only reads the answers' text"),
    QT_TRANSLATE_NOOP("ProblemAdvice", "ask whoever made it to save the model without packed tables"),
    QT_TRANSLATE_NOOP("ProblemAdvice", "add it again"),
    QT_TRANSLATE_NOOP("ProblemAdvice", "add it again, and if that fails too, install Grader again or update it"),
)


def without_fresh_copy(text: str) -> str:
    """``text``, a refusal in the interface's language, without its advice meant for a model someone else made."""
    return without_advice(text, QCoreApplication.translate("ProblemAdvice", FRESH_COPY),
                          tuple(QCoreApplication.translate("ProblemAdvice", a) for a in OTHERS_ADVICE))
