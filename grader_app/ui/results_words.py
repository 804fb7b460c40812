"""What the results page says: the plain sentence and the counts per status (:func:`figures`, pure: it may run on a
worker thread), and the next step its default button names. Plain functions, in the page's translation context
("ResultsView")."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..core import review
from ..core.consistency import differing
from ..core.session import GradingSession
from .i18n import counted
from .wording import session_sentence

translate = QCoreApplication.translate


def figures(session: GradingSession) -> tuple[dict[str, int], str, list, int]:
    """The counts per status, the plain sentence, the identical answers scored differently
    (:func:`~grader_app.core.consistency.differing`: a pass over every answer, 0.2–0.7 s on 20,000 on the GUI thread)
    and the session's revision they were worked out at (read first: a change made meanwhile makes them stale) (pure;
    may run on a worker thread)."""
    revision = session.revision
    c = session.counts()
    # session.sentence(), translated, each question counted where it belongs
    return c, session_sentence(session, c), differing(session), revision


# a count this long or shorter ("3 confirmadas por ti") never breaks inside; a longer one ("3 waiting for the model
# that learns from your marks") only keeps its number with its first word, so that it can still fold on a narrow page
WHOLE_COUNT = 32


def _held(text: str) -> str:
    """``text`` (one count, "3 confirmadas por ti") with no-break spaces where the folded counts line must not break:
    all of it if it is short, else between its number and the word after it (the word before, in a language that puts
    the number last). The line then folds only between its counts (after " ·", ",", or before "("), never leaving "3"
    at one line's end and "confirmadas por ti" at the next's start, nor "3 von Ihnen" above "bestätigt"."""
    if len(text) <= WHOLE_COUNT:
        return text.replace(" ", "\u00a0").replace("-", "\u2011")    # "auto-accepted": a no-break hyphen too
    held = re.sub(r"(?<!\S)(\d+) ", "\\1\u00a0", text, count=1)
    return held if held != text else re.sub(r" (\d+)(?!\S)", "\u00a0\\1", text, count=1)


def counts_line(counts: dict[str, int], waiting: int = 0) -> str:
    """'1 needs review · 3 auto-accepted · ...': each count its own plural text, so each language bends it. ``waiting``
    of the answers without a model wait for the model learning from the teacher's marks (said so, not "without").

    The first count is the one the sentence above and the review button give: the answers that need the teacher.
    While some of them have no model score it is "12 need you", and the brackets say what they are ("3 need review,
    9 without a model"), never "0 need review" under "12 answers need you"; when a model scored every answer it is
    "3 need review", as the table's filter names them."""
    review_need, unscored = counts.get(review.NEEDS_REVIEW, 0), counts.get(review.UNSCORED, 0)
    first = _held(translate("ResultsView", "%n need review", "", review_need))
    if unscored:
        kinds = [first] if review_need else []
        if waiting:
            waits = translate("ResultsView", "%n waiting for the model that learns from your marks", "", waiting)
            kinds.append(_held(waits))
        if unscored > waiting:
            kinds.append(_held(translate("ResultsView", "%n without a model", "", unscored - waiting)))
        first = _held(translate("ResultsView", "%n need you", "", review_need + unscored)) + f" ({', '.join(kinds)})"
    parts = [
        first,
        _held(translate("ResultsView", "%n auto-accepted", "", counts.get(review.AUTO, 0))),
        _held(translate("ResultsView", "%n confirmed by you", "", counts.get(review.REVIEWED, 0))),
        _held(translate("ResultsView", "%n changed by you", "", counts.get(review.OVERRIDDEN, 0))),
    ]
    if counts.get(review.DECIDED):   # scores of yours where no model had given one (nothing to confirm or change)
        parts.append(_held(translate("ResultsView", "%n scored by you", "", counts[review.DECIDED])))
    return "\u00a0· ".join(parts)     # a fold leaves the "·" at a line's end, never at the next one's start


def scoring_line(scored: int, total: int) -> str:
    """"5 of 80 answers scored", while the scores are coming: whole on one line when it is no longer than a count of
    :func:`counts_line` kept whole (:data:`WHOLE_COUNT`), else with no number at a line's end (:func:`~.i18n.counted`).
    At 16 pt on a narrow window it read "5 von 80 Antworten / bewertet" and "5 de 80 / respuestas puntuadas"."""
    text = translate("ResultsView", "{scored} of %n answers scored", "", total).format(scored=scored)
    return text.replace(" ", "\u00a0") if len(text) <= WHOLE_COUNT else counted(text)


def review_tip() -> str:
    return translate("ResultsView", "Go through the answers that need you, one at a time (Enter)")


ENTER = "  ⏎"   # drawn after the default button's words: Enter presses it (its tooltip says "(Enter)" in words)


def next_step(need: int) -> tuple[str, str, str]:
    """The default button's words (shown followed by :data:`ENTER`; a screen reader is given the words alone), the
    status whose icon it shows, and its tooltip: review what needs the teacher (``need`` answers), then export."""
    if need:
        return translate("ResultsView", "Review %n answers", "", need), review.NEEDS_REVIEW, review_tip()
    return (translate("ResultsView", "Export the grades…"), review.REVIEWED,
            translate("ResultsView", "Every answer has a score: write the graded sheet or a report (Ctrl+E)"))
