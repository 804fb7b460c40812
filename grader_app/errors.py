"""The one error base of the app, and the one way to show a problem to the teacher.

A :class:`GraderError` is a problem the user can fix: its ``str()`` is one plain sentence, what is
wrong and what to do, naming a file by its name only, never with traceback text. Each part of the
app has its own subclass (``io.SheetError``, ``io.project_store.ProjectError``,
``bundles.BundleError``, the command line's ``UserError``, ...), so a caller that only shows the
problem catches ``GraderError``. :func:`sentence` is how every problem reaches the teacher: the
command line prints it after ``grader: ``, the window's messages (``ui.messages``) show it.
"""
from __future__ import annotations


class GraderError(Exception):
    """A problem the user can fix; ``str()`` is one sentence (what is wrong, what to do)."""

    def __init__(self, message: object = "") -> None:
        super().__init__(" ".join(str(message).split()))


def sentence(problem: object) -> str:
    """A problem (a GraderError, another exception whose text is a sentence, or text) as one plain
    sentence: whitespace runs collapsed, a capital first letter, a full stop at the end. A first word
    that is a file name (it holds a dot or a slash) is left as it is spelled."""
    s = " ".join(str(problem).split()) or "Something went wrong."
    first = s.split(" ", 1)[0]
    if "." not in first.rstrip(".:;,") and "/" not in first:
        s = s[0].upper() + s[1:]
    return s if s.endswith((".", "!", "?", "…")) else s + "."
