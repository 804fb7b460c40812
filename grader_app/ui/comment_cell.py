"""The results table's Comment column: the comment of an answer's decision, or the one written on an answer that
has no score yet, which waits for the score (``GradingSession.waiting_comments``: the score given next takes it).

A waiting comment is no decision, and no export holds it (the graded sheet, the feedback and the LMS files are
made from the decisions only). The table shows it all the same, so the teacher who wrote it in the review finds
it in the table and with the search: marked with "◷ " and in italics (both read without colour), its tooltip
saying that it waits for a score.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from ..core.hidden_characters import show_hidden
from ..core.session import GradingSession

WAITING = "◷ "   # before a comment that waits for its answer's score
_italic: list[QFont] = []   # made with the first waiting comment painted (a QFont needs the application)


def waiting(session: GradingSession, key: int) -> str:
    """The comment waiting for the score of an answer that has no decision ("" if none)."""
    return session.waiting_comments.get(key, "") if key not in session.decisions else ""


def comment_of(session: GradingSession, key: int) -> str:
    """What the search finds: the decision's comment, or the one waiting for the answer's score."""
    d = session.decisions.get(key)
    return d.comment if d is not None else session.waiting_comments.get(key, "")


def shown(session: GradingSession, key: int) -> str:
    """The cell's text; a comment may quote an answer, so its hidden characters are written out."""
    d = session.decisions.get(key)
    if d is not None:
        return show_hidden(d.comment)
    text = waiting(session, key)
    return WAITING + show_hidden(text) if text else ""


def tooltip(session: GradingSession, key: int) -> str | None:
    """The whole comment; for one waiting for its score, first what that means."""
    d = session.decisions.get(key)
    if d is not None:
        return show_hidden(d.comment) if d.comment else None
    text = waiting(session, key)
    if not text:
        return None
    return QCoreApplication.translate("ResultsModel", "Waits for a score: it goes with the score you give this answer, "
                                      "and no export holds it until then.") + "\n\n" + show_hidden(text)


def font(session: GradingSession, key: int) -> QFont | None:
    """Italics for a comment waiting for its score (the table's font otherwise)."""
    if not waiting(session, key):
        return None
    if not _italic:
        f = QFont()   # only italics set: the view's font gives the rest
        f.setItalic(True)
        _italic.append(f)
    return _italic[0]
