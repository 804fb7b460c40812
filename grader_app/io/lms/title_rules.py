"""What a question's column title may hold in an LMS import file whose header carries more than the title.

Blackboard's Grade Center heads a score column ``Title [Total Pts: 5 Score]``, and its own download adds the column's
id after a bar, ``Title [Total Pts: 5 Score] |14001`` (the upload matches a column by that id and makes a new column
for a header without one). A title holding square brackets or a bar would be read as part of that grammar, so
:func:`fitted` writes ``[`` ``]`` as ``(`` ``)`` and ``|`` as ``/``. Brightspace heads a grade item's column
``Title Points Grade <Numeric MaxPoints:4>``: angle brackets in a title would open or close that part, so they are
written as the look-alike ``‹`` ``›``, which no importer reads as anything. A title is written on one line as its words
(an HTML header read as text, as Canvas's file does) and cut after its last whole word that fits the LMS's limit for
a name, ending in "…".

Limits. Moodle keeps a grade item's name in 255 characters and Canvas an assignment's name in 255 (their modules cut at
250, leaving room for " (2)"). Blackboard's Grade Center column name limit is not in its public help pages that could
be found: uncertain, taken as 255 like the others. Brightspace's grade item name limit could not be confirmed either
(uncertain): 128 is used, which is the shorter of what its help pages hint at, so a name is never refused for length.
The room left covers " (2)" to " (9)"; a tenth name alike needs " (10)", and a name the formula guard quotes gets a
``'`` in front: :func:`~.name_limits.within` cuts such a name shorter, so the name as the file writes it is never longer than the
limit (QA h4: Brightspace's came out at 129 characters, Moodle's at 256).

Pure Python, no Qt.
"""
from __future__ import annotations

from .canvas_file import short_title
from .name_limits import within

__all__ = ["blackboard_title", "brightspace_title", "fitted", "within"]

BLACKBOARD_LIMIT = 250     # uncertain (see above); room left for " (2)"
BRIGHTSPACE_LIMIT = 124    # uncertain: 128, less room for " (2)"
BLACKBOARD_MOST, BRIGHTSPACE_MOST = 255, 128   # a name's characters as written, " (10)" and the guard's "'" counted
BLACKBOARD_SWAP = str.maketrans({"[": "(", "]": ")", "|": "/"})
BRIGHTSPACE_SWAP = str.maketrans({"<": "‹", ">": "›"})


def fitted(title: str, limit: int, swap: dict[int, str]) -> str:
    """``title`` as an LMS header of that grammar can hold it: read as its words, on one line, at most ``limit``
    characters (cut after a word, "…"), its characters ``swap`` says written as their look-alikes."""
    return short_title(str(title), limit).translate(swap)


def blackboard_title(title: str) -> str:
    """A question's title as Blackboard's Grade Center upload can take it: no ``[``, ``]`` or ``|``."""
    return fitted(title, BLACKBOARD_LIMIT, BLACKBOARD_SWAP)


def brightspace_title(title: str) -> str:
    """A question's title as Brightspace's grades import can take it as a grade item's name: no ``<`` or ``>``."""
    return fitted(title, BRIGHTSPACE_LIMIT, BRIGHTSPACE_SWAP)
