"""Sentences for the teacher: the window shows every problem through :func:`plain`, which is
:func:`grader_app.errors.sentence` said in the interface's language where the problem has a kind
(:mod:`grader_app.ui.problem_words`); the command line prints the same sentence in English."""
from __future__ import annotations

from .problem_words import plain

__all__ = ["plain"]
