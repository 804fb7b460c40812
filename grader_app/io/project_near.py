"""Near matches for the index of projects (:mod:`.project_index`): a copy of a graded sheet that is not the very same
answers, the usual case at home: one or two late submissions added, a typo corrected, the sheet exported again from
the LMS with one more row. Pure Python; no Qt.

What is compared is the answers' hashes (column, question, student and text: :func:`.project_records.digests_of`), the
ones a project file keeps, so only the same student's same text to the same question counts. Blank and very short
answers (fewer than :data:`MIN_CHARS` characters: "", "-", "no", "n/a", "idk") are left out of the counting: two sheets
of the same students, another quiz with questions of the same names, share them by chance, and a sheet mostly left
blank would otherwise look like another mostly left blank.

Thresholds, both ways (:data:`ENOUGH`, 80 %): at least 80 % of this sheet's counted answers are answers the project
holds, and at least 80 % of the project's answers are in this sheet. A copy with late submissions or corrections
differs by a few rows: a class of 25 students and 6 questions (150 answers) with 2 late students (12 answers) shares
93 % of its answers; even 5 late students of 25 share 83 %. Another sheet of the same students (another quiz whose
questions are named alike) shares only what they happened to write the same, far below. The project's own check takes
a sheet holding half its answers (:meth:`.project_store.ProjectStore.check`), but that is the project beside the sheet,
which the teacher chose by its place; a project in another folder is offered on the answers alone, so a wrong offer
(another quiz's decisions put on this one) must not come from a share that large: 80 % both ways leaves a copy's usual
changes well inside and half a class (a part, or two sections merged) outside. At least :data:`FEWEST` counted answers
must be found, so that a sheet of three written answers is not taken for another on them.

The index keeps no list of every answer per project: per answers' fingerprint, a :func:`sketch` of 64 of its counted
answers' hashes (the 64 smallest, each cut to 4 bytes: a uniform sample of them, 344 characters of base64) and how many
there are. A sheet being opened has all its hashes at hand, so the share of the sketch found in it estimates the share
of the project's answers in the sheet, and with the count, the share of the sheet's in the project
(:func:`estimate`; exact for 64 answers or fewer). The few candidates it finds (:data:`LIKELY`, 60 % both ways: sampling 64 of
a set found at 80 % misses it by 0.2 only once in about 20 000) are then confirmed exactly from the project file itself
(:func:`confirmed`), off the GUI thread as the whole lookup is.
"""
from __future__ import annotations

import base64
from typing import Sequence

from ..core.sheet import Answer
from .project_part import Shared
from .project_records import digests_of

MIN_CHARS = 4      # an answer of fewer characters (stripped) is not counted: blanks, "-", "no", "n/a", "idk"
ENOUGH = 0.8       # the share of each side's answers found in the other, confirmed from the project file
LIKELY = 0.6       # the share estimated from the sketch for the project file to be read and confirmed
FEWEST = 5         # counted answers found at least
SKETCH = 64        # the hashes a sketch keeps
CUT = 4            # the bytes kept of each (8 hex digits)
CANDIDATES = 6     # the project files read at most to confirm near matches, the likeliest first


def counted(answers: Sequence[Answer]) -> list[int]:
    """The positions of ``answers`` that count: those written out (at least :data:`MIN_CHARS` characters)."""
    return [i for i, a in enumerate(answers) if len(a.cell.strip()) >= MIN_CHARS]


def sketch(answers: Sequence[Answer]) -> dict:
    """What the index keeps of ``answers`` to find near matches: how many counted answers (``n``) and the smallest
    :data:`SKETCH` of their hashes, each cut to :data:`CUT` bytes, as base64 (``min``)."""
    every = digests_of(answers)
    digests = sorted({every[i] for i in counted(answers)})
    kept = b"".join(bytes.fromhex(d[:2 * CUT]) for d in digests[:SKETCH])
    return {"n": len(digests), "min": base64.b64encode(kept).decode("ascii")}


def estimate(kept, digests: set[str]) -> tuple[float, float] | None:
    """From the index's sketch ``kept`` of a project's answers and a sheet's counted hashes ``digests``, the estimated
    share of the sheet's answers in the project and of the project's in the sheet; None if the sketch does not read
    (one written before near matches, or damaged) or either side counts no answer."""
    try:
        n, raw = int(kept["n"]), base64.b64decode(str(kept["min"]), validate=True)
    except (KeyError, TypeError, ValueError):
        return None
    values = {raw[i:i + CUT].hex() for i in range(0, len(raw) - CUT + 1, CUT)}
    if not n or not values or not digests:
        return None
    cut = {d[:2 * CUT] for d in digests}
    in_sheet = sum(1 for v in values if v in cut) / len(values)   # of the project's answers, the share in the sheet
    return min(1.0, in_sheet * n / len(digests)), in_sheet


def confirmed(share: Shared) -> bool:
    """Does the project file, which holds ``share`` of the sheet's answers, hold most of them, and are most of its
    answers this sheet's (:data:`ENOUGH` both ways, :data:`FEWEST` at least)? The project's answers not in the sheet
    all count against it, blank or not (the project keeps no texts to tell)."""
    mine = counted(share.answers)
    held = set(share.keymap.values())
    found = sum(1 for i in mine if i in held)
    missing = share.stored - len(share.keymap)   # the project's answers this sheet lacks
    return found >= FEWEST and found >= ENOUGH * len(mine) and found >= ENOUGH * (found + missing)
