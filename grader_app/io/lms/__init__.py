"""Learning management systems: know where a sheet came from, and give the grades back to it.

Recognising (issue 13.1): :func:`recognise` asks each system's recogniser in turn whether a sheet
is one of its exports (Canvas Student Analysis, Moodle quiz responses or grading worksheet,
Google Forms responses, Microsoft Forms responses, Blackboard test results, Brightspace question
details) and returns a :class:`Recognition` with the column mapping, the student identifiers the
system needs back, and one sentence for the teacher; None when no system claims it. Its ``reading``
(:func:`reading_for`, :mod:`.cleaning`) is how the session reads the answers: HTML as text, Moodle's "-" as
blank, a report's "Overall average" row as no student; the sheet and the graded sheet keep every cell.

Giving back (issue 13.2): :data:`FORMATS` lists the export formats (key, name, system, suffix,
``write(session, path, identifiers=None, item_names=None) -> ExportResult``). A student whose
identifier is missing, shared with another student or unsafe is neither written into the import
file nor dropped: they are in ``ExportResult.unmatched`` and in a small ``<name>-unmatched.csv``
beside it (in the words of ``ListWords``: the window gives the teacher's language). Each reason is a kind with
its values (:mod:`.reasons`), so the window says it in the teacher's language. A file that could take no student
is not written: :class:`NothingMatched` names the identifier the system needs and the sheet lacks.
:func:`identifiers_for` gives the identifiers of any sheet (a recognised export's, else the columns a teacher's
own sheet names Email, Username, OrgDefinedId, ...). :func:`coverage` says before exporting how many students each
file could take, and :func:`offer` which files the export dialog offers for the sheet and what it says of them.
:mod:`.quiz_titles` puts the quiz's name before question titles that are only a number ("Week 3 quiz – Q1").

Pure Python, no Qt.
"""
from __future__ import annotations

from ._common import Identifiers, Recognition
from .export_files import ExportResult, Unmatched, report_path_for
from .formats import FORMATS, ExportFormat, export_format
from .reasons import ListWords, NothingMatched, Reason
from .coverage import Coverage, Offer, coverage, offer
from .recognition import (has_canvas_ids, identifiers_for, no_student_rows, question_texts, reading_for, reading_of,
                          recognise)

__all__ = ["recognise", "coverage", "Coverage", "offer", "Offer", "has_canvas_ids", "Recognition", "Identifiers",
           "no_student_rows", "identifiers_for", "reading_for", "reading_of", "question_texts", "FORMATS", "export_format",
           "ExportFormat", "ExportResult", "Unmatched", "report_path_for", "ListWords", "NothingMatched", "Reason"]
