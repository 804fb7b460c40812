"""A digit on a group whose card asks the teacher to read some members first: those members are left open.

The group card names the members that differ from the typical answer in words, or that the model scores otherwise than
the rest (:func:`~grader_app.core.groups.to_read`, the very test the card makes). It asked the teacher to read them
"before one key scores all" (it now says that one key scores the group but leaves them open). A QA teacher's group of
18 "Ice is less dense than water." held 4 "ice is more dense than water": one digit gave all 18 the same score, and the
model learning from the marks learned "more dense" was right.

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
from .commands import DecideCommand, make_decision
from .i18n import score as _fmt
from .undo_words import undo_in_menu

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
                     "for you to read and score next; undo the group's score with Ctrl+Z or {menu}.", "",
                     left).format(menu=undo_in_menu())
    return first + " " + rest


def split_label(session: GradingSession, unit: list[int], targets: list[int], typical: int) -> str:
    """The score buttons' label for a group whose score leaves flagged members open ("Give the 14 that agree:", "Give
    the one that agrees:", never "Give the 1 that agrees:"); "" for a group whose score goes to all of ``targets`` (the
    review screen's "Give all 18:"). The comment tells a translator what the label does (Spanish said "Dar a la 1 que
    coincide:", which reads as "give to the 1")."""
    left = left_open(session, unit, targets, typical)
    return translate("GroupSplit", "Give the %n that agree:",
                     "before the score buttons: the score goes to the answers of the group that agree with its typical "
                     "answer; the others stay open", len(targets) - len(left)) if left else ""


# ----- Enter on the members left open ---------------------------------------------------------------------------------
# Enter accepts the model's score for the answer in front of the teacher; on a group, the typical answer's for all of
# them, since they are alike. The members left open by the split are those the card says are *not* like the typical
# answer, so the typical answer's score is not the model's score for them (the model itself may give "more dense" 0).
# Enter there gives the member chosen its own model score, and chooses the next one left: one at a time, because they
# were left open to be read, and one Enter for all would accept the model for answers no one looked at (the model may be
# the one that is wrong: what it learns from those scores would only repeat it). A digit still gives them all one score.

def flagged_left(session: GradingSession, unit: list[int], targets: list[int], typical: int | None) -> list[int]:
    """The open members of the group ``unit`` once its score went to the others, when all of them are flagged (the
    split's state: :func:`left_open`); [] otherwise (a group not yet scored, or one without a flagged member)."""
    if typical is None or not targets or len(targets) == len(unit):
        return []
    words, odd = to_read(session, unit, typical)
    flagged = set(words) | set(odd)
    return targets if all(k in flagged for k in targets) else []


def enter_key(view) -> int | None:
    """The member whose own model score Enter gives on the review screen ``view`` (its chosen member left open, else
    the first one left), or None when the group is not in the split's state."""
    unit = view.current_unit()
    left = flagged_left(view.session, unit, view._group_targets(unit), view.shown_key(unit)) if len(unit) > 1 else []
    if not left:
        return None
    return view.current_key() if view.current_key() in left else left[0]


def accept_left(view, key: int, score) -> bool:
    """Give the member ``key`` left open its own model ``score`` (one undoable step) and choose the next one left; after
    the last one the review moves on as after any score."""
    unit = view.current_unit()
    try:
        decision = make_decision(view.session, key, score)
    except ValueError as exc:
        view.message_label.setText(str(exc) + ".")
        return False
    view._push(DecideCommand(view.session, key, decision, text=translate("ReviewActions", "score {score} for {student}")
                             .format(score=_fmt(score), student=view.who(key))))
    view.decisionsMade.emit([key])
    rest = [k for k in unit if k not in view.session.decisions]   # (all scored: _group_targets gives every member)
    if not rest:
        view.message_label.clear()
        view._advance(view.session.answers[key].item, [key])
        view.refresh()
        return True
    view.message_label.setText(translate(
        "GroupSplit", "The model's score {score} given to {student}. %n answers that differ from the typical answer are "
        "still open: Enter gives the next one its own model score, a digit gives them all one score.", "",
        len(rest)).format(score=_fmt(score), student=view.who(key)))
    # straight, not through view.do: Enter (or its button) got here through do, which gives a score being typed alone
    # (typed_first), so none is being typed now; this is Enter's own step to the next member left, not a teacher's
    view.choose_member(rest[0])
    return True
