"""A sheet that is the very one a model of the teacher's was made from: her marks are there already (QA s52a #11).

The teacher gave this class's own marked sheet as "last year's": Grader learned from it without a word, the window then
had her mark all 150 answers again, and ``grader score`` said "about 4 more marks could let it take some" of answers
every one of which the model had learned from. A model that keeps the marks it learned from
(:mod:`grader_app.bundles.kept_marks`) tells it: :func:`own_sheets` finds each question of a session whose answers are
mostly (:data:`SAME_SHEET` of those not blank, :data:`FEWEST` at least) word for word answers its model learned from.

Then (:class:`OwnMarks`) the marks it learned are her decisions on those answers, for the window to offer as such
(once, when the sheet is opened and none of them is decided yet: she need not mark them again); an answer whose
words were given several marks is left to her. Until she decides them the model accepts none of them on its own
(:func:`hold_own`): its score of an answer it learned from is the mark it learned, no evidence that it is right, and
its out-of-fold guarantee does not reach it; the scores stay as suggestions. ``grader score`` says so plainly instead
of hoping for more marks (:func:`grader_app.cli.said.own_marks_line`). The words are compared as written, spaces
aside. No Qt.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Mapping

from ..bundles.errors import BundleError
from ..bundles.kept_marks import KeptMarks, read_kept
from ..core.review import shown_check
from ..core.session import GradingSession
from .in_session import NOT_YET
from .library_names import learns_on

SAME_SHEET = 0.8   # the share of a question's answers (not blank) word for word among its model's marks: the same sheet
FEWEST = 5         # ... and at least this many of them


@dataclass(frozen=True)
class OwnMarks:
    item: str
    bundle_id: str
    model: str                    # the model's title
    matched: int                  # answers (not blank) word for word among the marks it learned from
    answers: int                  # answers (not blank) of the question
    scores: dict = field(default_factory=dict)   # answer key -> the mark its words were given (one mark only)


def _words(text: str) -> str:
    return " ".join(str(text or "").split())


def own_marks(session: GradingSession, item: str, kept: KeptMarks, bundle_id: str = "", model: str = "") -> OwnMarks | None:
    """:class:`OwnMarks` of ``item`` if its answers are mostly word for word the ``kept`` marks' (see the module notes),
    else None."""
    given: dict[str, set] = {}
    for text, score in zip(kept.texts, kept.scores):
        given.setdefault(_words(text), set()).add(score)
    answers = session.answers_for(item)
    said = [a for a in answers if _words(a.text)]
    matched = [a for a in said if _words(a.text) in given]
    if len(matched) < FEWEST or len(matched) < SAME_SHEET * len(said):
        return None
    scores = {a.key: next(iter(given[_words(a.text)])) for a in answers
              if len(given.get(_words(a.text), ())) == 1}
    return OwnMarks(item, bundle_id, model, len(matched), len(said), scores)


def own_sheets(session: GradingSession, bundles: Mapping) -> list[OwnMarks]:
    """Every question of ``session`` whose model (``bundles``: question → bundle) keeps its marks and was made from these
    very answers; a model whose marks cannot be read is left out (its question does not learn: said elsewhere)."""
    found = []
    for item, bundle in bundles.items():
        if bundle is None or not learns_on(bundle):
            continue
        try:
            kept = read_kept(bundle)
        except BundleError:
            continue
        own = own_marks(session, item, kept, bundle.id, bundle.title) if kept is not None else None
        if own is not None:
            found.append(own)
    return found


def hold_own(session: GradingSession, found: list[OwnMarks]) -> None:
    """Each question of ``found``: its model takes no answer on its own (its threshold one no confidence reaches, no
    risk table), as it learned them all; its scores are suggestions (the marks it learned). Its check on those marks
    stays for the threshold panel to show (``ItemInfo.check``), never to take an answer."""
    for own in found:
        info = session.items[own.item]
        session.set_item_info(dataclasses.replace(info, default_threshold=NOT_YET, risk=(),
                                                  check=shown_check(info.risk) or info.check))


def hold_own_sheets(session: GradingSession, bundles: Mapping) -> list[OwnMarks]:
    """:func:`own_sheets`, each held (:func:`hold_own`): before the model's rows come back (a model changed drops them)."""
    found = own_sheets(session, bundles)
    hold_own(session, found)
    return found


def undecided(session: GradingSession, found: list[OwnMarks]) -> list[OwnMarks]:
    """Those of ``found`` none of whose answers with a mark is decided yet: her marks are worth offering as decisions."""
    return [own for own in found if own.scores and not any(k in session.decisions for k in own.scores)]
