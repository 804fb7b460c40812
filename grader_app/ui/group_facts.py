"""What a group's card says of all of its members, worked out once per group rather than on every refresh.

The card above a group's member list says what kind of group it is (:func:`describe`), which members differ from the
typical answer in words (:func:`~grader_app.core.group_words.word_difference`), which the model scores otherwise than
the rest (:func:`~grader_app.core.groups.differing`) and the model's scores (:func:`model_scores`). Each reads every
member; the review screen refreshes its card after every key, and for a group of 2,000 answers that held the GUI thread
on every refresh (QA s52g). The texts never change, so what depends on them alone is kept for as long as the same group
is shown; what the model says is kept until the session's changes touch one of the members (a model's row, a flag, a
threshold or a model for the question: :meth:`~grader_app.core.session.GradingSession.changes_since`), never a decision,
which changes none of it, unless the question's model learns from the marks (a marked member's score is not counted).
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from ..core.group_words import WordDifference, word_difference
from ..core.groups import differing
from ..core.session import GradingSession
from .i18n import list_separator
from .i18n import score as fmt_score

translate = QCoreApplication.translate


def describe(texts: list[str]) -> str:
    """'4 blank answers', '3 identical answers' or '5 answers that look alike'."""
    n, kind = len(texts), _kind(tuple(texts))
    if kind == "blank":
        return translate("GroupPanel", "%n blank answers", "", n)
    if kind == "identical":
        return translate("GroupPanel", "%n identical answers", "", n)
    return translate("GroupPanel", "%n answers that look alike", "", n)


@lru_cache(maxsize=64)
def _kind(texts: tuple[str, ...]) -> str:
    """Blank, identical or alike (the same group's texts are asked about on every refresh of its card)."""
    norm = {" ".join(t.split()).lower() for t in texts}
    return "blank" if norm == {""} else "identical" if len(norm) == 1 else "alike"


def model_scores(session: GradingSession, keys) -> str:
    """The model's scores of the members ("The model's scores: 2 for 5, 1 for 1."); "" when no model scores them.
    A member the teacher marked on a question whose model learned from that mark is not counted: its score is fitted to
    the mark (``GradingSession.shown_model_row``, as the results table shows it); "" when every scored member is one."""
    counts: dict = {}
    scored = fitted = False
    for k in keys:
        p = session.model_says(k)
        scored = scored or p is not None
        if p is not None and p.valid:
            if session.learned_from_mark(k):
                fitted = True
            else:
                counts[p.score] = counts.get(p.score, 0) + 1
    # no model scores the question (the line under the card says so, once), or it scores only members fitted to marks
    if not scored or (fitted and not counts):
        return ""
    if not counts:
        return translate("GroupPanel", "The model has no score for these answers.")
    parts = [translate("GroupPanel", "{score} for {count}").format(score=fmt_score(s), count=n)
             for s, n in sorted(counts.items(), key=lambda kv: -kv[1])]
    return translate("GroupPanel", "The model's scores: {scores}.").format(scores=list_separator().join(parts))


class GroupFacts:
    """The facts of the group shown last: :meth:`texts` and :meth:`model` work them out when the group (its members
    or its typical answer) is another one, or, for the model's, when the session changed what the model says of it."""

    def __init__(self) -> None:
        self._group: tuple = ()   # (session, keys, typical) the facts are of
        self._keys: frozenset[int] = frozenset()
        self.description = ""
        self.words: dict[int, WordDifference] = {}
        self._model: tuple | None = None   # (revision, odd, model line)

    def of(self, session: GradingSession, keys: tuple[int, ...], typical: int) -> "GroupFacts":
        if not (self._group and self._group[0] is session and self._group[1:] == (keys, typical)):
            self._group, self._keys = (session, keys, typical), frozenset(keys)
            text = session.answers[typical].text
            self.description = describe([session.answers[k].text for k in keys])
            self.words = {k: d for k in keys if k != typical and (d := word_difference(session.answers[k].text, text))}
            self._model = None
        return self

    def model(self) -> tuple[list[int], str]:
        """The members the model scores otherwise than the group, and the line of its scores."""
        session, keys, typical = self._group
        if self._model is not None:
            item = session.answers[typical].item
            info = session.items[item]   # a decision changes none of it, unless the model learns from the marks
            changed = session.changes_since(self._model[0], decisions=bool(info.learned or info.continues))
            if changed is None or item in changed.items or not changed.keys.isdisjoint(self._keys):
                self._model = None
            else:
                self._model = (session.revision, *self._model[1:])
        if self._model is None:
            # each member's score as the model gives it (the likeliest, unless it takes the answer alone: model_row)
            scores = {k: p.score for k in keys if (p := session.model_row(k)) is not None}
            self._model = (session.revision, differing(scores, typical), model_scores(session, keys))
        return self._model[1], self._model[2]
