"""How an LMS export's answers are read (a :class:`grader_app.core.sheet.Reading`): what the model and the
teacher read, while the sheet keeps every cell as the system wrote it.

* HTML. Canvas's Student Analysis, and Moodle's, Brightspace's and Blackboard's downloads for questions
  answered in a rich-text editor (essays), give an answer as the editor stored it:
  ``<p>Ice is less dense &amp; floats.</p>``. Such a question's answers are read as their text: tags
  removed, entities decoded, paragraphs, list items and ``<br>`` as line breaks, runs of spaces as one.
  A question is taken as written in HTML when at least half of its filled answers carry an HTML tag, so a
  short-answer question where one student typed ``<b>x</b>`` or ``a < b`` keeps every answer as written.
  Only the standard library's :mod:`html.parser` reads it (:mod:`grader_app.io.html_text`, which also gives a
  question's name from a header written in HTML).
* Canvas's Student Analysis report has a row for "Test Student" (the teacher's Student View) once the teacher tried the
  quiz: no student, it gives no answers (as Moodle's "Overall average" row gives none).
* Moodle's Responses report writes ``-`` for a question the student did not answer: a blank answer.
* Brightspace writes ``#`` before every username and org id (``#jmuller``): the app shows the student without it.
"""
from __future__ import annotations

from typing import Sequence

from ...core.sheet import Reading
from ..html_text import html_text, is_html


def html_answers(cells: Sequence[str]) -> list[str]:
    """One question's answers read as text when the question was answered in HTML (see the module), else as they are."""
    filled = [c for c in cells if c.strip()]
    if not filled or 2 * sum(1 for c in filled if is_html(c)) < len(filled):
        return list(cells)
    return [html_text(c) if c.strip() else c for c in cells]


def moodle_answers(cells: Sequence[str]) -> list[str]:
    """Moodle's Responses report: ``-`` is no answer (blank); answers in HTML are read as text."""
    return html_answers(["" if c.strip() == "-" else c for c in cells])


HTML = Reading(texts=html_answers)


def canvas_analysis(skip: Sequence[int] = ()) -> Reading:
    """Canvas's Student Analysis report's reading; ``skip``: its rows that are no student ("Test Student", the
    teacher's Student View)."""
    return Reading(texts=html_answers, skip=frozenset(skip))


def untagged_id(sid: str) -> str:
    """A Brightspace id without the ``#`` Brightspace writes before it so a spreadsheet keeps it text: "jmuller"."""
    return sid.lstrip("#")


# Brightspace's: HTML as text, and each student shown by their id without its "#" (the project's hashes keep it)
BRIGHTSPACE = Reading(texts=html_answers, student_id=untagged_id)


def moodle_responses(skip: Sequence[int] = ()) -> Reading:
    """The Responses report's reading; ``skip``: its rows that are no student ("Overall average")."""
    return Reading(texts=moodle_answers, skip=frozenset(skip))
