"""The Moodle grading worksheet's ``Feedback comments`` cell: the comment Moodle gave and Grader's, as HTML that needs
no formula guard.

Moodle's upload (assignfeedback_offline) puts the cell, as it is, in place of the student's feedback comment whenever
the two differ, and assignfeedback_comments stores and shows it as HTML (a new comment is saved as FORMAT_HTML; its
editor writes "<p>…</p>"). So:

* the comment the downloaded worksheet holds (written in Moodle) is given back: alone where Grader has none for the
  student (an empty cell erased it), before Grader's where it does not hold them yet (a worksheet downloaded again
  after an upload does, and nothing is added twice);
* Grader's comments are written as HTML where plain text would not show as typed (a line break as ``<br>``, ``<``
  and ``&`` escaped);
* no cell a spreadsheet could start in the field begins with a formula sign, so the export's formula guard
  (:func:`~..formula_guard.guard_cell`) finds nothing to do: its ``'`` would be stored with the comment and shown to
  the student ("'- missing units"). A field that would begin with one is wrapped in a paragraph, ``<p>- missing
  units</p>``, as Moodle's editor stores a comment; a piece after a ";", a tab or a line break (where a spreadsheet
  splitting there starts a cell, "Good; -1 for units") gets its first character as a character reference, "Good;
  &#45;1 for units", which a browser shows as the character. Moodle shows both as typed.
"""
from __future__ import annotations

import html
import re

from ..formula_guard import is_risky, risky_cuts

_NOT_PLAIN = re.compile(r"[\r\n<>&]")   # what HTML would not show as typed
_PASSED = ' "'                          # what a piece's formula sign may stand behind: spaces, a field's quotes
DELIMITER = ","                         # the worksheet's (Moodle's csv_import_reader reads it so)


def as_html(comments: str) -> str:
    """Grader's comments as HTML showing them as typed: as they are where plain text already does."""
    if not _NOT_PLAIN.search(comments):
        return comments
    return html.escape(comments, quote=False).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def _no_inner_formula(text: str) -> str:
    """``text`` (HTML) with the first character of each piece that a spreadsheet splitting at a ";", a tab or a line
    break would read as a formula written as a character reference. A reference ends in ";", which starts a piece of
    its own: each round writes one more character so, until no piece is left (a few rounds at most)."""
    for _ in range(len(text) + 1):
        at = risky_cuts(text, DELIMITER)
        if not at:
            break
        for i in reversed(at):
            j = i + 1
            while j < len(text) and text[j] in _PASSED:
                j += 1
            if j < len(text):
                text = f"{text[:j]}&#{ord(text[j])};{text[j + 1:]}"
    return text


def formula_free(cell: str) -> str:
    """A feedback cell (HTML) that Moodle shows as it showed ``cell`` and that no spreadsheet reads a formula in."""
    cell = _no_inner_formula(cell)
    return f"<p>{cell}</p>" if is_risky(cell) else cell


def feedback_cell(downloaded: str, comments: str) -> str:
    """The worksheet's feedback comment for a student: ``downloaded`` (the comment the worksheet gave, HTML) and
    Grader's ``comments`` (plain text) where it does not hold them yet, formula-free (:func:`formula_free`)."""
    said = _no_inner_formula(as_html(comments))
    if not said or said in downloaded:
        return formula_free(downloaded)
    return formula_free(f"{downloaded}<br>{said}" if downloaded else said)
