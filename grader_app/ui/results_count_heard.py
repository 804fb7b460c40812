"""The results' "Showing 23 of 90 answers", heard as the teacher filters or searches. The label under the table never
has the focus, so a teacher who hears the screen chose a filter or typed a search without learning how many rows it
left. The count is given, once it has settled, as the accessible description of the search box and of each filter
button (the button's own hint after it): Qt sends DescriptionChanged, and a screen reader says the new description of
the widget that has the focus, as the review screen's speech (:mod:`.review_speech`) and the threshold panel rely on.

It is said once the teacher pauses (:data:`PAUSE` after the last key or filter, and after the count last changed:
a large sheet's search filters only once typing pauses), never at each key: a screen reader that spoke "Showing 40
of 90", "Showing 12 of 90", "Showing 3 of 90" while the teacher typed "ann" would talk over the letters being echoed.
A count that changes on its own (scores coming in) is not said: only one that follows the teacher's filter or search.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer

from .i18n import plain_spaces
from .review_counts import CountLabel

PAUSE = 600   # ms without a key, a filter or a new count before the count is said


class HeardCount(CountLabel):
    """The count label; ``search`` and ``buttons`` (the filter buttons) carry what it says, once it settles after the
    teacher's search or filter."""

    def __init__(self, search, buttons, parent=None) -> None:
        super().__init__(parent)
        self.search = search
        self.hints = {b: b.accessibleDescription() for b in buttons}   # each button's own hint, said after the count
        self._armed = False   # the teacher searched or filtered: the next count is theirs
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE)
        self._pause.timeout.connect(self._say)
        search.textChanged.connect(self._arm)
        for b in buttons:
            b.toggled.connect(lambda on: self._arm() if on else None)

    def _arm(self) -> None:
        self._armed = True
        self._pause.start()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        if self._armed:
            self._pause.start()   # the count changed after the key: said once it rests

    def _say(self) -> None:
        self._armed = False
        count = plain_spaces(self.text())
        if self.search.accessibleDescription() != count:
            self.search.setAccessibleDescription(count)
        for b, hint in self.hints.items():
            said = ". ".join(p for p in (count, hint) if p)
            if b.accessibleDescription() != said:
                b.setAccessibleDescription(said)
