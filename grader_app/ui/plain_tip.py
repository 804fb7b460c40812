"""A tooltip that shows a text from the sheet as it was typed.

Qt shows a tooltip as rich text whenever the text *might* be HTML (``Qt.mightBeRichText``: a tag-like ``<b`` or
``<img`` anywhere in its first line). A student's "x<b and b>c" then lost its middle, "<b>Yes</b>" turned bold, and an
``<img src=...>`` made Qt read a local file. Such a text is escaped and wrapped in a paragraph that keeps its spaces
and line breaks; every other text is left as it is (a plain tooltip), so nothing changes for ordinary answers.
"""
from __future__ import annotations

from html import escape
from typing import overload

from PySide6.QtGui import Qt


@overload
def plain_tip(text: str) -> str: ...
@overload
def plain_tip(text: None) -> None: ...
def plain_tip(text: str | None) -> str | None:
    """``text`` as a tooltip that Qt shows word for word (``None`` and ``""`` stay as they are)."""
    if not text or not Qt.mightBeRichText(text):
        return text
    return '<p style="white-space:pre-wrap">' + escape(text, quote=False) + "</p>"
