"""What a screen reader hears of a label whose text is held whole with no-break spaces ("13\u00a0of\u00a080\u00a0answers
left to decide", :func:`~.i18n.counted`): the same words with plain spaces (:func:`~.i18n.plain_spaces`). A label's
accessible name is its text unless it is given one; such a label is given its text with plain spaces as its name, and
only while it has no name of its own (one set elsewhere, "what the model learned from your marks", stays).
:class:`PlainlyNamed` gives a label its name each time its text is set or cleared."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from .i18n import plain_spaces

_GIVEN = "plain_name"   # the property that holds the name this module gave the label


def name_plainly(label: QLabel) -> None:
    """Give ``label`` its text with plain spaces as its accessible name (none where its text has no held spaces: the
    text itself is then what is heard), unless it has a name of its own."""
    given = label.property(_GIVEN) or ""
    if label.accessibleName() not in ("", given):
        return
    text = label.text()
    plain = plain_spaces(text)
    name = plain if plain != text else ""
    if name != label.accessibleName():
        label.setAccessibleName(name)
    label.setProperty(_GIVEN, name)

if TYPE_CHECKING:   # what the mixin is mixed into, for the type checker
    _Label = QLabel
else:
    _Label = object


class PlainlyNamed(_Label):
    """A mixin for a :class:`QLabel` subclass (listed before QLabel) whose text is held whole with no-break spaces: each
    text set or cleared, it is named plainly (:func:`name_plainly`)."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Its text, held whole with no-break spaces; a screen reader hears it with plain ones."""
        super().setText(text)
        name_plainly(self)

    def clear(self) -> None:
        super().clear()
        name_plainly(self)
