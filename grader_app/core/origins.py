"""Why the teacher marked an answer: a decision's ``origin`` (:class:`~grader_app.core.session_records.Decision`).

A question that learns from the teacher's marks (:mod:`grader_app.learn.assistant`) chooses the threshold at which its
model takes answers on its own out of fold, on marks; that bound holds for answers drawn like the marks it is checked
on. Marks on the answers Grader suggested are such a draw, or err on the safe side (docs/effort.md, "Is the guarantee
kept when the assistant chooses the marks?"); marks on answers the teacher picked herself may not be (the plainest
first: the model then vouched for answers unlike any of them). So each decision records, the moment it is made and
with it in the project file, why its answer was marked:

* the suggestion it belonged to (:data:`SUGGESTED`: the short name of the assistant's reason, ``"sample"``,
  ``"unsure"``, ``"biggest"``, ``"blank"``), when the answer was among the answers Grader suggested for its question
  at that moment (:class:`Offered`, which the window keeps up to date as it shows each suggestion);
* :data:`OWN`: the teacher chose the answer herself (any other answer, of any question, decided in the window);
* :data:`UNKNOWN` (""): not known: a decision saved before Grader kept origins, or by an older Grader, or made where
  nothing says why (:meth:`GradingSession.decide <grader_app.core.session.GradingSession.decide>` unless told: the
  scores of an earlier grading taken over from the sheet, scripts). The window's decisions always say
  (:func:`origin_for`, through ``ui.commands.make_decision``).

A decision that changes an answer's score keeps the origin of the one before it: what was chosen is the answer, once,
when it was first marked (a score corrected later is the same draw). So does a decision made again on an answer whose
decision was taken back (Ctrl+Z, a member pulled out of its group) (:meth:`Offered.taken_back`), while the session is
open or after the project is opened again (the project file keeps it: :meth:`Offered.recall`): a wrong digit on the
group Grader suggested, undone and typed again once Grader had moved its suggestion on, made the group "own", as if the
teacher had chosen it. Only an answer Grader suggests at that moment goes before it (a fair draw, whatever the answer
was before). Pure Python, no Qt.
"""
from __future__ import annotations

from typing import Iterable, Mapping

OWN = "own"
UNKNOWN = ""
SUGGESTED = ("blank", "biggest", "sample", "unsure")   # the assistant's reasons (grader_app.learn.suggestion.ORIGINS)


def counts_for_threshold(origin: str) -> bool:
    """Whether a mark of this origin may choose the learned model's threshold: a suggested answer's, and one of unknown
    origin (decided before Grader kept origins: those marks chose it then, and a project opened again keeps the model
    and threshold it had, rather than withdrawing answers the teacher saw taken, for marks she cannot tell apart now);
    never an answer the teacher chose herself (:data:`OWN`), nor an origin this Grader does not know (a newer Grader's:
    the safe side)."""
    return origin == UNKNOWN or origin in SUGGESTED


class Offered:
    """The answers Grader suggests marking now, per question, and why (the suggestion's origin): a question's newest
    suggestion replaces its last. Set by whoever shows the suggestion (:meth:`offer`); read when a decision is made."""

    def __init__(self) -> None:
        self._by_item: dict[str, dict[int, str]] = {}
        self._before: dict[int, str] = {}   # answer -> the origin of its decision taken back (this session or before)

    def copy(self) -> "Offered":
        """Another Offered holding the same suggestions and origins, changed apart from this one."""
        other = Offered()
        other._by_item = {item: dict(keys) for item, keys in self._by_item.items()}
        other._before = dict(self._before)
        return other

    def offer(self, item: str, keys: Iterable[int], origin: str) -> None:
        self._by_item[item] = {int(k): origin for k in keys}

    def withdraw(self, item: str | None = None) -> None:
        """No suggestion on offer for ``item`` (None: for any question)."""
        if item is None:
            self._by_item.clear()
        else:
            self._by_item.pop(item, None)

    def origin(self, item: str, key: int) -> str | None:
        """The origin of the suggestion ``key`` (of question ``item``) is in now, or None."""
        return self._by_item.get(item, {}).get(int(key))

    def taken_back(self, key: int, decision) -> None:
        """The decision of answer ``key`` was taken back (``decision``: the one it had, or None): a decision made on it
        again keeps its origin (:func:`origin_for`)."""
        if decision is not None:
            self._before[int(key)] = decision.origin

    def recall(self, earlier: Mapping[int, str]) -> None:
        """The origins of decisions taken back before the session began (answer -> origin, as the project file kept
        them: :mod:`grader_app.io.project_origins`), for the answers whose decision none was taken back since."""
        for key, origin in earlier.items():
            self._before.setdefault(int(key), origin)

    def before(self, key: int) -> str | None:
        """The origin of answer ``key``'s decision taken back, or None."""
        return self._before.get(int(key))


def origin_for(session, key: int, follows: int | None = None) -> str:
    """The origin of a decision made now on answer ``key`` of ``session`` (a
    :class:`~grader_app.core.session.GradingSession`): the earlier decision's, if the answer has one; else the
    suggestion's it is in; else that of its decision taken back, if it had one; else, for an answer given the score
    of the answer ``follows`` (Ctrl+G: a copy of it), that answer's (the teacher chose that one, the copies follow
    it); else :data:`OWN`."""
    old = session.decisions.get(key)
    if old is not None:
        return old.origin
    offered = session.offered.origin(session.answers[key].item, key)
    if offered is not None:
        return offered
    before = session.offered.before(key)
    if before is not None:
        return before
    return OWN if follows is None or follows == key else origin_for(session, follows)
