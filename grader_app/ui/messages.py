"""Sentences for the teacher: the window shows every problem through :func:`plain`, which is
:func:`grader_app.errors.sentence` (the command line prints the same sentence)."""
from __future__ import annotations

from ..errors import sentence as plain

__all__ = ["plain"]
