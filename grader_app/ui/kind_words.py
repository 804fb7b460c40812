"""A note or reason that carries a kind and its values (an export's notes, :mod:`grader_app.io.lms.reasons`) said in
the interface's language by the sentence its module has for that kind (:mod:`.export_notes`, :mod:`.unmatched_words`)."""
from __future__ import annotations

from collections.abc import Callable, Mapping

__all__ = ["kind_words"]


def kind_words(said: object, sayers: Mapping[str, Callable[[dict], str]]) -> str:
    """``said`` in the sentence ``sayers`` has for its kind, made from its values; one of a kind not among them (or a
    plain string), or whose values do not fit its kind, as it was written (its ``str()``, the English)."""
    say = sayers.get(getattr(said, "kind", ""))
    if say is None:
        return str(said)
    try:
        return say(getattr(said, "values", {}))
    except (KeyError, IndexError, ValueError, TypeError):
        return str(said)
