"""What the export dialog offers, from what a worker found for the session (:mod:`.export_fit`): the LMS files' counts
and the LMS the sheet came from.

Known when the dialog opens (the worker started as scoring finished is done), the chooser shows them at once. Not yet
known (the dialog opened the moment scoring finished, or on a sheet whose worker has not run), the dialog opens all the
same, nothing counted on the GUI thread: the chooser offers the sheet's and the feedback files, and shows the choices
the counts decide (:data:`~.export_formats.COUNTED`) not enabled under a line saying they are being counted, the
Canvas and Moodle gradebooks as most sheets have them. Once the counts are in, a chooser made from them takes its
place (:class:`ChooserPlace`), still on the choice the teacher made meanwhile (:func:`kept`). A worker that failed
leaves every file offered, as before counts were said: writing an LMS file still lists whom it left out.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout, QWidget

from ..core.session import GradingSession
from .export_fit_words import cannot_take, some_left_out
from .export_formats import BY_KEY, CANVAS, XLSX, FormatChooser, choice

if TYPE_CHECKING:
    from ..io.lms import Offer, Recognition
    from .export_fit import Found

CANVAS_GRADEBOOK, MOODLE_GRADEBOOK, MOODLE_BY_ID = "canvas-gradebook", "moodle-gradebook", "moodle-gradebook-by-id"
# one file under two headings: the counts keep one of each pair (io.lms.offer), the other is the same choice
_SAME_FILE = {CANVAS: CANVAS_GRADEBOOK, CANVAS_GRADEBOOK: CANVAS, MOODLE_GRADEBOOK: MOODLE_BY_ID,
              MOODLE_BY_ID: MOODLE_GRADEBOOK}


@dataclass
class Offered:
    chooser: FormatChooser
    recognition: Recognition | None   # the LMS the sheet came from (None: none, or not known yet)
    recognised_format: str | None     # its format, offered first
    offer: Offer | None               # what the counts offer (None: not known)


def offered(session: GradingSession, found: Found | None, given: Recognition | None, parent: QWidget,
            counting: bool) -> Offered:
    """The chooser for ``session`` from what the worker ``found`` (None: not known, ``counting`` while it is being
    worked out); ``given``: the LMS the sheet came from, known to the caller (else the worker's)."""
    from ..io.lms import has_canvas_ids, offer

    recognition = given if given is not None else (found.recognition if found is not None else None)
    exports = recognition.exports if recognition is not None else ()
    recognised = next((k for k in exports if k in BY_KEY), None)
    known = recognition if recognised is not None else None
    came_from, gives_back = (known.system, known.exports) if known is not None else (None, ())
    canvas_ids = has_canvas_ids(session.sheet, session.mapping, recognition)   # the headers only
    if found is None:   # the gradebooks as a sheet without missing identifiers has them
        chooser = FormatChooser(came_from, gives_back, parent, (CANVAS if canvas_ids else CANVAS_GRADEBOOK, MOODLE_BY_ID),
                                counting=counting)
        return Offered(chooser, recognition, recognised, None)
    made = offer(found.fit, canvas_ids)
    chooser = FormatChooser(came_from, gives_back, parent, made.left_out,
                            cannot_take(made, lambda k: choice(k).label.replace("&", "")), some_left_out(made, found.fit))
    return Offered(chooser, recognition, recognised, made)


def kept(picked: str | None, buttons: dict, recognised: str | None) -> str:
    """What is chosen once the counts are in: the teacher's choice made meanwhile (``picked``; its file under the other
    heading when the counts offer that one), else the format of the LMS the sheet came from, else the graded XLSX."""
    for key in (picked, _SAME_FILE.get(picked or ""), recognised):
        if key is not None and key in buttons:
            return key
    return XLSX


class ChooserPlace:
    """Where the export dialog's chooser stands in ``layout``: made from what the worker found, replaced by one made
    from the counts once they are in."""

    def __init__(self, layout: QBoxLayout, parent: QWidget, session: GradingSession, given: Recognition | None) -> None:
        self.layout, self.parent, self.session, self.given = layout, parent, session, given
        self.chooser: FormatChooser | None = None

    def put(self, found: Found | None, counting: bool) -> Offered:
        """The chooser of what ``found`` says (None: ``counting``, or the count failed), in place of the last one."""
        made = offered(self.session, found, self.given, self.parent, counting)
        old, self.chooser = self.chooser, made.chooser
        if old is None:
            self.layout.addWidget(made.chooser)
        else:
            old.changed.disconnect()
            self.layout.replaceWidget(old, made.chooser)
            old.hide()
            old.deleteLater()
            made.chooser.show()
        return made
