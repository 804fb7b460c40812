"""Ctrl+G on copies the teacher gave other scores of her own: asked first (:mod:`.review_actions`).

Ctrl+G gives the card's score to every identical answer. Where some of them hold a score of the teacher's other than
that one (she marked a copy on its own: copied from a neighbour, say), the first press says so and changes nothing;
Ctrl+G again on the same card with the same score gives it to all of them (one undo step gives each its own mark
back). As a digit on a group whose members she scored differently: her marks are never replaced without a word.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .commands import _fmt
from .i18n import score_list

translate = QCoreApplication.translate


def asks_first(view, key: int, keys: list[int], score) -> bool:
    """Whether Ctrl+G on ``key`` (giving ``score`` to ``keys``, the card's with its copies) asks first: the first press
    on copies holding other scores of the teacher's says so (on the view's line) and returns True; the same press again
    (the view's ``identical_asked``) returns False, as does one with nothing of hers to replace."""
    decisions = view.session.decisions
    other = [k for k in keys if k != key and k in decisions and decisions[k].score != score]
    if not other or view.identical_asked == (key, score):
        view.identical_asked = None
        return False
    view.identical_asked = (key, score)
    scores = sorted({decisions[k].score for k in other})
    view.message_label.setText(translate(
        "IdenticalAsk", "%n of these {total} identical answers have another score of yours ({scores}). Press Ctrl+G "
        "again to give all {total} of them {score}.", "", len(other)).format(
            total=len(keys), scores=score_list(scores), score=_fmt(score)))
    return True
