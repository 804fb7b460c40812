"""Sentences for the teacher: the window shows every problem through :func:`plain`, which is
:func:`grader_app.errors.sentence` said in the interface's language where the problem has a kind
(:mod:`grader_app.ui.problem_words`); the command line prints the same sentence in English. A problem said after a
colon in another sentence ("...could not be saved: the disk is full.") goes through :func:`plain_after_colon`."""
from __future__ import annotations

from .problem_words import plain, plain_after_colon

__all__ = ["plain", "plain_after_colon"]
