"""The one error type of ``grader_app.io``.

``str(SheetError(...))`` is a single plain sentence for the teacher: what is wrong with the file and
what to do about it. It names the file by its name only, never by its full path, and never carries
traceback text.
"""
from __future__ import annotations


class SheetError(Exception):
    """A sheet cannot be read or written; the message says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))
