"""What the export dialog says before Export about the students an LMS file cannot take, in the teacher's language.

:func:`grader_app.io.lms.coverage` counts, for each LMS file, the students of the sheet without the identifier it
matches by, and :func:`grader_app.io.lms.offer` decides what is offered; this module only words it, each as a short
line and the longer sentence of its tooltip (why, and what to do):

* a file that could take no student is not offered, and a line in its place says which identifier the sheet lacks
  (:func:`cannot_take`): "Google Classroom needs email addresses, and your sheet has none." (no colon: read
  after the system's heading, "Google Classroom: No email addresses…: …" was one colon too many). Moodle, whose
  heading holds more than one file, names the file the line is about: "“Moodle assignment grading worksheet” is not
  offered, as …" (QA: in Spanish, "Moodle's grading worksheet needs participant identifiers…" under the Moodle gradebook
  offered read as if that choice could not work);
* a file that would leave some students out is offered, and a line under it says how many (:func:`some_left_out`):
  "12 of 150 students have no email address and are left out.", its tooltip (and the note under the
  destination while it is chosen) what happens to them (listed after saving with their scores, and in the
  "-unmatched.csv" beside the file) and how to include them.

No widget here (:class:`~grader_app.ui.export_formats.FormatChooser` shows them).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from ..io.lms import Coverage, Offer
from ..io.lms.coverage import MOODLE_BY_ID, MOODLE_GRADEBOOK
from ..io.lms.fields import EMAIL, ID_NUMBER, ORG_DEFINED_ID, PARTICIPANT, SHEET_ID, USERNAME
from .i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
CONTEXT = "FormatChooser"
BLACKBOARD, BRIGHTSPACE = "blackboard-grade-center", "brightspace-grades"
GOOGLE, WORKSHEET = "google-classroom", "moodle-worksheet"

# (the line in its place, its tooltip: why, and what to do) for an LMS file not offered because the sheet gives none
# of the identifiers it matches students by; {choice}: another export to choose
CANNOT = {
    BLACKBOARD: (QT_TRANSLATE_NOOP("FormatChooser", "Blackboard needs usernames, and your sheet has none."),
                 QT_TRANSLATE_NOOP("FormatChooser", "Blackboard's Grade Center matches each student by their username, "
                                   "and your sheet gives none: add a “Username” column with each student's username, "
                                   "open the sheet again and export again, or choose “{choice}”, which needs no "
                                   "identifier.")),
    BRIGHTSPACE: (QT_TRANSLATE_NOOP("FormatChooser", "Brightspace needs OrgDefinedIds or usernames, and your sheet "
                                    "has neither."),
                  QT_TRANSLATE_NOOP("FormatChooser", "Brightspace matches each student by their OrgDefinedId or "
                                    "username, and your sheet gives neither: add an “OrgDefinedId” or “Username” column "
                                    "with them, open the sheet again and export again, or choose “{choice}”, which needs "
                                    "no identifier.")),
    GOOGLE: (QT_TRANSLATE_NOOP("FormatChooser", "Google Classroom needs email addresses, and your sheet has none."),
             QT_TRANSLATE_NOOP("FormatChooser", "Google Classroom matches each student by their email address, and your "
                               "sheet gives none: add an “Email” column with each student's email address, open the "
                               "sheet again and export again, or choose “{choice}”, which needs no identifier.")),
    MOODLE_GRADEBOOK: (QT_TRANSLATE_NOOP("FormatChooser", "“{format}” is not offered, as your sheet has no "
                                         "email addresses, usernames or ID numbers."),
                       QT_TRANSLATE_NOOP("FormatChooser", "Moodle's gradebook matches each student by their email "
                                         "address, username or ID number, and your sheet gives none: add an “Email”, "
                                         "“Username” or “ID number” column with them, open the sheet again and export "
                                         "again, or choose “{choice}”, which needs no identifier.")),
    WORKSHEET: (QT_TRANSLATE_NOOP("FormatChooser", "“{format}” is not offered, as your sheet has no "
                                  "participant identifiers."),
                QT_TRANSLATE_NOOP("FormatChooser", "Moodle's grading worksheet matches each student by the participant "
                                  "identifier (“Participant 123”) that only a grading worksheet downloaded from Moodle "
                                  "gives, and your sheet has none: in Moodle open the assignment, choose View all "
                                  "submissions > Download grading worksheet and open that file here, or choose "
                                  "“{choice}”.")),
}


def cannot_take(offered: Offer, label: Callable[[str], str]) -> dict[str, tuple[str, str]]:
    """The line and its tooltip in place of each LMS file ``offered`` leaves out for want of an identifier, in the
    interface's language; ``label(key)``: a choice's name as shown. What to choose instead: for Moodle's worksheet the
    Moodle gradebook offered, else (and for every other file) the points sheet, which needs no identifier."""
    points = label("points")
    moodle = next((k for k in (MOODLE_GRADEBOOK, MOODLE_BY_ID) if k not in offered.left_out), None)
    out = {}
    for key in offered.cannot_take:
        line, why = CANNOT[key]
        instead = label(moodle) if key == WORKSHEET and moodle is not None else points
        out[key] = (translate(CONTEXT, line).format(format=label(key)), translate(CONTEXT, why).format(choice=instead))
    return out


# the identifier a file matches by -> the line under it, and its tooltip (why, {left_out}: what happens to them, and
# how to include them), each counting the students without it (%n) of {total}; a Canvas gradebook matching by any of
# its ids: under None
_SHORT: dict[str | None, Callable[[int], str]] = {
    EMAIL: lambda n: translate("FormatChooser", "%n of {total} students have no email address and are left out.", "", n),
    USERNAME: lambda n: translate("FormatChooser", "%n of {total} students have no username and are left out.", "", n),
    ORG_DEFINED_ID: lambda n: translate("FormatChooser", "%n of {total} students have no OrgDefinedId and are left out.", "", n),
    ID_NUMBER: lambda n: translate("FormatChooser", "%n of {total} students have no ID number and are left out.", "", n),
    SHEET_ID: lambda n: translate("FormatChooser", "%n of {total} students have no student id and are left out.", "", n),
    PARTICIPANT: lambda n: translate("FormatChooser", "%n of {total} students have no participant identifier "
                                     "and are left out.", "", n),
    None: lambda n: translate("FormatChooser", "%n of {total} students have no Canvas id, SIS User ID or student id "
                              "and are left out.", "", n),
}
_WHY: dict[str | None, Callable[[int], str]] = {
    EMAIL: lambda n: translate("FormatChooser", "{system} matches students by their email address, and %n of the "
                               "{total} students in your sheet have none. {left_out} To include them, add their email "
                               "addresses to the sheet, open it again and export again.", "", n),
    USERNAME: lambda n: translate("FormatChooser", "{system} matches students by their username, and %n of the {total} "
                                  "students in your sheet have none. {left_out} To include them, add their usernames to "
                                  "the sheet, open it again and export again.", "", n),
    ORG_DEFINED_ID: lambda n: translate("FormatChooser", "{system} matches students by their OrgDefinedId, and %n of "
                                        "the {total} students in your sheet have none. {left_out} To include them, add "
                                        "their OrgDefinedIds to the sheet, open it again and export again.", "", n),
    ID_NUMBER: lambda n: translate("FormatChooser", "{system} matches students by their ID number, and %n of the "
                                   "{total} students in your sheet have none. {left_out} To include them, add their ID "
                                   "numbers to the sheet, open it again and export again.", "", n),
    SHEET_ID: lambda n: translate("FormatChooser", "This file gives {system} your student id column, and %n of the "
                                  "{total} students in your sheet have no id in it. {left_out} To include them, fill in "
                                  "their ids in the sheet, open it again and export again.", "", n),
    PARTICIPANT: lambda n: translate("FormatChooser", "{system} matches the grading worksheet by each student's "
                                     "participant identifier (“Participant 123”), and %n of the {total} students in "
                                     "your sheet have none. {left_out} To include them, download the grading worksheet "
                                     "from {system} again, open it and export again.", "", n),
    None: lambda n: translate("FormatChooser", "{system} matches students by their Canvas id or SIS User ID, or by your "
                              "student id column given as SIS User ID, and %n of the {total} students in your sheet "
                              "have none of them. {left_out} To include them, add their ids to the sheet, open it again "
                              "and export again.", "", n),
}
_WHAT_HAPPENS = QT_TRANSLATE_NOOP("FormatChooser", "Whoever is left out is listed here after saving, with their scores, "
                                  "and in a small “-unmatched.csv” beside the file, so that you can enter those grades "
                                  "in {system} by hand.")


def some_left_out(offered: Offer, fit: dict[str, Coverage]) -> dict[str, tuple[str, str]]:
    """The line under each LMS file ``offered`` that would leave students out, and the sentences of its tooltip (and
    of the note while it is chosen): how many of the sheet's students have no identifier the file matches by, what
    happens to them and how to include them; in the interface's language."""
    out = {}
    for key in offered.some_left_out:
        c = fit[key]
        field = c.field if c.field in _SHORT else None
        line = _SHORT[field](c.without).format(total=c.students)
        then = translate(CONTEXT, _WHAT_HAPPENS).format(system=c.system)
        out[key] = (line, _WHY[field](c.without).format(total=c.students, system=c.system, left_out=then))
    return out
