"""Sentences for the teacher."""
from __future__ import annotations


def plain(msg: object) -> str:
    """One sentence for the teacher: capital first letter, full stop at the end."""
    s = " ".join(str(msg).split()) or "Something went wrong."
    first = s.split(" ", 1)[0]
    if "." not in first.rstrip(".") and "/" not in first:   # leave a file name as it is spelled
        s = s[0].upper() + s[1:]
    return s if s.endswith((".", "!", "?")) else s + "."
