"""What a screen reader is told of one answer: the model's score, the teacher's, its flags. The review screen
(:mod:`.review_speech`) and each member of a group (:mod:`.group_panel`) say them alike, in context ReviewSpeech."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.review import AUTO
from ..core.session import GradingSession
from .i18n import percent_down
from .i18n import score as fmt_score
from .style import flags_text
from .wording import fitted_to_mark, takes_none

translate = QCoreApplication.translate


def model_said(session: GradingSession, key: int) -> str:
    if session.learned_from_mark(key):   # fitted to the teacher's mark: not shown on the card, nor said
        return fitted_to_mark()
    pred = session.model_says(key)   # the likeliest score, unless the model takes the answer alone (as on the card)
    if pred is None:
        return translate("ReviewSpeech", "No model scores this answer.")
    if not pred.valid:
        return translate("ReviewSpeech", "The model gave no usable score.")
    if takes_none(session, session.answers[key].item):   # a suggestion, as the line under the card says
        return translate("ReviewSpeech", "The model suggests {score}, {percent} sure.").format(
            score=fmt_score(pred.score), percent=percent_down(pred.confidence))
    return translate("ReviewSpeech", "The model says {score}, {percent} sure.").format(
        score=fmt_score(pred.score), percent=percent_down(pred.confidence))


def decision_said(session: GradingSession, key: int) -> str:
    dec = session.decisions.get(key)
    if dec is not None:
        return translate("ReviewSpeech", "Your score: {score}.").format(score=fmt_score(dec.score))
    if session.status(key) == AUTO:
        return translate("ReviewSpeech", "Accepted with the model's score, without your review.")
    return translate("ReviewSpeech", "Not scored yet.")


def flags_said(session: GradingSession, key: int) -> str:
    names = session.flags.get(key, [])
    return translate("ReviewSpeech", "Flagged: {flags}.").format(flags=flags_text(names)) if names else ""
