"""A digit on a group whose card asks the teacher to read some members first: those members are left open.

The group card names the members that differ from the typical answer in words, or that the model scores otherwise than
the rest (:func:`~grader_app.core.groups.to_read`, the very test the card makes), and asks the teacher to read them
"before one key scores all". A QA teacher's group of 18 "Ice is less dense than water." held 4 "ice is more dense than
water": one digit gave all 18 the same score, and the model learning from the marks learned "more dense" was right.

So the first score for such a group goes to the open members that agree with the typical answer only, in one undoable
step (Ctrl+Z takes it back whole); the flagged ones stay open in the group, the first of them chosen in its list, and
the line under the card says so in a sentence. The next digit (or Enter) is the score of those left: the review stays
on the group for it. A group without a flagged member, a group's score changed once every member holds one (asked
first when they differ: ``ReviewActions._asks_first``), and the open members when they are all flagged (what was left)
take the score all at once, as before.

Asking once instead ("press 1 again to give all 18") was not chosen: it costs the same key more, and a second press
made in haste scores the "more dense" answers as before; leaving them open puts them in front of the teacher, and the
one key more, only where the card flags a member, also scores them when they do deserve the group's score.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.groups import to_read
from ..core.session import GradingSession
from .i18n import score as _fmt

translate = QCoreApplication.translate


def left_open(session: GradingSession, unit: list[int], targets: list[int], typical: int) -> list[int]:
    """The members of ``targets`` (those the group's score goes to: ``group_targets``) that a score for the group
    ``unit`` leaves open: those the card flags (:func:`~grader_app.core.groups.to_read`, with the typical answer it
    shows), when the others are open too. None when every member holds a score (the teacher changes the group's),
    when none is flagged, or when all of them are (the ones left, scored next)."""
    if any(k in session.decisions for k in targets):
        return []
    words, odd = to_read(session, unit, typical)
    flagged = set(words) | set(odd)
    left = [k for k in targets if k in flagged]
    return left if len(left) < len(targets) else []


def split_said(score, given: int, left: int) -> str:
    """The line under the card once the group's score went to ``given`` members and ``left`` flagged ones stay open."""
    first = translate("GroupSplit", "Score {score} given to %n answers in the group.", "", given).format(score=_fmt(score))
    rest = translate("GroupSplit", "%n answers that differ from the typical answer (marked in the list) are left open "
                     "for you to read and score next; Ctrl+Z takes the group's score back.", "", left)
    return first + " " + rest


def split_label(session: GradingSession, unit: list[int], targets: list[int], typical: int) -> str:
    """The score buttons' label for a group whose score leaves flagged members open ("Give the 14 that agree:"); ""
    for a group whose score goes to all of ``targets`` (the review screen's "Give all 18:")."""
    left = left_open(session, unit, targets, typical)
    return translate("GroupSplit", "Give the %n that agree:", "", len(targets) - len(left)) if left else ""
