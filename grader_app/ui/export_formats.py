"""What the export dialog offers, and the widget that offers it.

Three kinds of file, one radio button each (one exclusive group):

* the teacher's sheet, graded: XLSX with a Summary sheet, CSV, the Canvas gradebook by the
  sheet's own student id column, the printable PDF report;
* feedback for students: one row per student for a mail merge (XLSX or CSV,
  :func:`grader_app.io.feedback.write_feedback`), or one printable page per student (PDF,
  :func:`grader_app.ui.feedback_pdf.write_feedback_pdf`);
* the grades back to a learning management system: every format of
  :data:`grader_app.io.lms.FORMATS`, under its system's name, each with the sentence saying where
  the file is uploaded. The system the sheet came from is marked and its format preselected.

Of the two Canvas gradebooks only the one that applies to the sheet is offered: they write the same file unless the
sheet holds Canvas's own ids. Of the two Moodle gradebooks likewise one: the one by the sheet's student id column
(written as Moodle's ``ID number``) for a sheet with a student id column of its own and none of Moodle's identifiers,
else the ordinary one. An LMS file that could take no student of the sheet is not offered, and a line in its place
says which identifier is missing; one that would leave some students out says how many under it
(:func:`grader_app.io.lms.offer` decides, :mod:`.export_fit_words` words it).

Pure description plus one widget; the writing itself is the dialog's (off the GUI thread). The texts
are marked for translation here and translated where they are shown (``Choice.label``, ``.tip``,
``.filter_text``, and the default file name's ending, ``.file_ending``: "class-graded.xlsx" in English,
"class-bewertet.xlsx" in German; a translation keeps to letters, digits and dashes, and :func:`file_safe` drops any
character a file system refuses). An LMS format's name, system and upload sentence come from :mod:`grader_app.io.lms` in
English and are marked here (:data:`_LMS_WORDS`): a translation says the menu names inside an upload sentence
("Grades > Import") as that LMS's menus say them in its language where it knows them (Spanish «Calificaciones >
Importar»), else as the LMS writes them in English, and as the note after saving says them (:mod:`.export_notes`).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from ..io.lms import FORMATS as LMS_FORMATS
from ..io.lms import ExportFormat
from ..io.lms.coverage import MATCHED_ON
from .balanced_columns import BalancedColumns
from .i18n import QT_TRANSLATE_NOOP
from .wrap_radio import WrapRadio

XLSX = "xlsx"
CSV = "csv"
CANVAS = "canvas"
PDF = "pdf"
FEEDBACK_XLSX = "feedback-xlsx"
FEEDBACK_CSV = "feedback-csv"
FEEDBACK_PDF = "feedback-pdf"

SHEET, FEEDBACK, LMS = "sheet", "feedback", "lms"
GROUP_TITLES = {SHEET: QT_TRANSLATE_NOOP("export_formats", "Your sheet, graded"),
                FEEDBACK: QT_TRANSLATE_NOOP("export_formats", "Feedback for students"),
                LMS: QT_TRANSLATE_NOOP("export_formats", "Grades back to your learning platform")}

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Choice:
    key: str
    text: str              # the radio button's text
    suffix: str            # ".xlsx"
    ending: str            # the default file name's ending: "-graded"
    file_filter: str       # for the Save dialog
    note: str              # shown under the destination while the choice is selected
    group: str             # SHEET, FEEDBACK or LMS
    lms: ExportFormat | None = None

    @property
    def system(self) -> str | None:
        return self.lms.system if self.lms is not None else None

    @property
    def label(self) -> str:
        """The radio button's text in the interface's language."""
        return translate("export_formats", self.text)

    @property
    def tip(self) -> str:
        """The note in the interface's language (for an LMS: where the file is uploaded, and the unmatched)."""
        if self.lms is not None:
            return f"{self.upload} {translate('export_formats', _UNMATCHED)}"
        if self.key == CANVAS:   # it lists the students it leaves out too (those without an id)
            return f"{translate('export_formats', self.note)} {translate('export_formats', _UNMATCHED)}"
        return translate("export_formats", self.note)

    @property
    def upload(self) -> str:
        """Where an LMS's file is uploaded, in the interface's language ("" for the teacher's own files)."""
        return translate("export_formats", self.lms.upload) if self.lms is not None else ""

    @property
    def system_name(self) -> str:
        """The LMS's name as shown ("any system" in the interface's language); "" for the teacher's own files."""
        return translate("export_formats", self.system) if self.system else ""

    @property
    def file_ending(self) -> str:
        """The default file name's ending in the interface's language ("-graded", German "-bewertet")."""
        return file_safe(translate("export_formats", self.ending)) or self.ending

    @property
    def filter_text(self) -> str:
        if self.lms is not None and self.suffix != ".csv":
            return translate("export_formats", "{kind} file (*{suffix})").format(
                kind=self.suffix.lstrip(".").upper(), suffix=self.suffix)
        return translate("export_formats", self.file_filter)


def file_safe(ending: str) -> str:
    """``ending`` as part of a file name: no character a file system refuses (``/ \\ : * ? " < > |``, control
    characters), no spaces at its ends; "" when nothing is left of it but dashes."""
    kept = "".join(ch for ch in ending if ch not in '/\\:*?"<>|' and ch.isprintable()).strip()
    return kept if kept.strip("-. ") else ""


_CSV_FILTER = QT_TRANSLATE_NOOP("export_formats", "CSV file (*.csv)")
_XLSX_FILTER = QT_TRANSLATE_NOOP("export_formats", "Excel workbook (*.xlsx)")
_UNMATCHED = QT_TRANSLATE_NOOP("export_formats", "Students it cannot match are not left out silently: they are listed "
                               "here after saving, and in a small “-unmatched.csv” beside the file.")


# io.lms's English words for its formats, marked for translation (the test of this module checks that every
# format's name, system and upload sentence is here, so a format added there is not shown in English)
_LMS_WORDS = (
    QT_TRANSLATE_NOOP("export_formats", "Canvas gradebook (CSV import)"),
    QT_TRANSLATE_NOOP("export_formats", "In Canvas: Grades > Import, then choose this file."),
    QT_TRANSLATE_NOOP("export_formats", "Moodle gradebook (CSV import)"),
    QT_TRANSLATE_NOOP("export_formats", "In Moodle: Grades > Import > CSV file."),
    QT_TRANSLATE_NOOP("export_formats", "Moodle gradebook by your student id column (CSV import)"),
    QT_TRANSLATE_NOOP("export_formats", "In Moodle: Grades > Import > CSV file; your student ids go in as ID numbers."),
    QT_TRANSLATE_NOOP("export_formats", "Moodle assignment grading worksheet"),
    QT_TRANSLATE_NOOP("export_formats", "In Moodle: the assignment's View all submissions > Upload grading worksheet."),
    QT_TRANSLATE_NOOP("export_formats", "Blackboard Grade Center (CSV upload)"),
    QT_TRANSLATE_NOOP("export_formats", "In Blackboard: Grade Center > Work Offline > Upload."),
    QT_TRANSLATE_NOOP("export_formats", "Brightspace (D2L) grades (CSV import)"),
    QT_TRANSLATE_NOOP("export_formats", "In Brightspace: Grades > Import."),
    QT_TRANSLATE_NOOP("export_formats", "Google Classroom grades (CSV by email)"),
    QT_TRANSLATE_NOOP("export_formats", "In Google Classroom: the grades by email address, one column per question."),
    QT_TRANSLATE_NOOP("export_formats", "Points per question (CSV)"),
    QT_TRANSLATE_NOOP("export_formats", "any system"),
    QT_TRANSLATE_NOOP("export_formats", "Open it in a spreadsheet, or paste the columns into any gradebook."),
)
# the default file name's ending of each choice ("class-graded.xlsx"), marked for translation: an LMS format's is "-"
# and its key (the test of this module checks that every one is here)
_ENDINGS = (
    QT_TRANSLATE_NOOP("export_formats", "-graded"),
    QT_TRANSLATE_NOOP("export_formats", "-canvas"),
    QT_TRANSLATE_NOOP("export_formats", "-report"),
    QT_TRANSLATE_NOOP("export_formats", "-feedback"),
    QT_TRANSLATE_NOOP("export_formats", "-canvas-gradebook"),
    QT_TRANSLATE_NOOP("export_formats", "-moodle-gradebook"),
    QT_TRANSLATE_NOOP("export_formats", "-moodle-gradebook-by-id"),
    QT_TRANSLATE_NOOP("export_formats", "-moodle-worksheet"),
    QT_TRANSLATE_NOOP("export_formats", "-blackboard-grade-center"),
    QT_TRANSLATE_NOOP("export_formats", "-brightspace-grades"),
    QT_TRANSLATE_NOOP("export_formats", "-google-classroom"),
    QT_TRANSLATE_NOOP("export_formats", "-points"),
)


def _lms_choice(fmt: ExportFormat) -> Choice:
    return Choice(fmt.key, fmt.name, fmt.suffix, "-" + fmt.key, _CSV_FILTER if fmt.suffix == ".csv" else
                  f"{fmt.suffix.lstrip('.').upper()} file (*{fmt.suffix})", f"{fmt.upload} {_UNMATCHED}", LMS, fmt)


# the texts are marked here (QT_TRANSLATE_NOOP) and translated where they are shown
CHOICES: tuple[Choice, ...] = (
    Choice(XLSX,
           QT_TRANSLATE_NOOP("export_formats",
                             "&Graded spreadsheet (.xlsx) with a Summary sheet and a chart per question"),
           ".xlsx", "-graded", _XLSX_FILTER,
           QT_TRANSLATE_NOOP("export_formats",
                             "Your original columns are kept; the grading columns and a Summary sheet are added."),
           SHEET),
    Choice(CSV, QT_TRANSLATE_NOOP("export_formats", "Graded sheet as &CSV (.csv)"), ".csv", "-graded", _CSV_FILTER,
           QT_TRANSLATE_NOOP("export_formats",
                             "Your original columns are kept; the grading columns are added. UTF-8, opens in Excel."),
           SHEET),
    Choice(CANVAS, QT_TRANSLATE_NOOP("export_formats", "C&anvas gradebook by your student id column (.csv)"),
           ".csv", "-canvas", _CSV_FILTER,
           QT_TRANSLATE_NOOP("export_formats",
                             "Import it in Canvas under Grades ▸ Import. Students are matched by the SIS User ID "
                             "(your student id column); empty cells leave Canvas's grade unchanged."),
           SHEET),
    Choice(PDF, QT_TRANSLATE_NOOP("export_formats", "&Printable grade report (.pdf)"), ".pdf", "-report",
           QT_TRANSLATE_NOOP("export_formats", "PDF document (*.pdf)"),
           QT_TRANSLATE_NOOP("export_formats",
                             "A report to print: score distribution per question, what you reviewed and changed, and "
                             "every student's scores."),
           SHEET),
    Choice(FEEDBACK_XLSX, QT_TRANSLATE_NOOP("export_formats", "&Feedback for each student (.xlsx)"),
           ".xlsx", "-feedback", _XLSX_FILTER,
           QT_TRANSLATE_NOOP("export_formats",
                             "One row per student with their own answers, scores, rubric words and your "
                             "comments, ready for a mail merge."),
           FEEDBACK),
    Choice(FEEDBACK_CSV, QT_TRANSLATE_NOOP("export_formats", "Feedback for each student (.csv)"),
           ".csv", "-feedback", _CSV_FILTER,
           QT_TRANSLATE_NOOP("export_formats",
                             "One row per student with their own answers, scores, rubric words and your "
                             "comments, ready for a mail merge. UTF-8, opens in Excel."),
           FEEDBACK),
    Choice(FEEDBACK_PDF, QT_TRANSLATE_NOOP("export_formats", "Feedback for students, one printable page each (P&DF)"),
           ".pdf", "-feedback", QT_TRANSLATE_NOOP("export_formats", "PDF document (*.pdf)"),
           QT_TRANSLATE_NOOP("export_formats",
                             "One page per student to print or hand out: each question, their answer, the score, "
                             "the rubric's words, your comment."),
           FEEDBACK),
    *(_lms_choice(f) for f in LMS_FORMATS),
)
BY_KEY = {c.key: c for c in CHOICES}
COUNTED = frozenset((*MATCHED_ON, CANVAS))   # the files offered as the counts say (io.lms.offer)


def shown(text: str) -> str:
    """A choice's text (its label, note or file filter) in the interface's language."""
    return translate("export_formats", text)


CANVAS_GRADEBOOK = "canvas-gradebook"   # the LMS column's Canvas gradebook


def choice(key: str) -> Choice:
    if key not in BY_KEY:
        raise ValueError(f"unknown export format {key!r}")
    return BY_KEY[key]


class FormatButton(WrapRadio):
    """One choice, its text wrapped where the dialog is narrower than it (:class:`.wrap_radio.WrapRadio`: a small
    screen at a large font). The whole row takes a click (a plain QRadioButton takes it only on its circle and its
    text, so a click beside a short label did nothing), and Up/Down go through every choice in reading order, the
    left column then the right (Qt's own arrows go by distance, and Down from the last feedback choice skipped to the
    LMS column's foot); Left/Right stay Qt's, from one column to the other."""

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Down.value: 1, Qt.Key.Key_Up.value: -1}.get(event.key())
        group = self.group()
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if step is None or group is None or not plain:
            super().keyPressEvent(event)
            return
        order = [b for b in group.buttons() if b is self or (not b.isHidden() and b.isEnabled())]
        at = order.index(self) + step
        if 0 <= at < len(order):
            order[at].setFocus(Qt.FocusReason.OtherFocusReason)
            order[at].click()
        event.accept()


class _Heading(QLabel):
    """A system's name above its choices; a click on it chooses its choice when it has only one (Canvas: the
    heading is part of that one option), and nothing when it heads several (Moodle's two)."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)   # a long system's name and what it says of the sheet: the dialog keeps to the screen
        self.options: list[FormatButton] = []

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if (event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint())
                and len(self.options) == 1 and self.options[0].isEnabled()):
            self.options[0].setFocus(Qt.FocusReason.MouseFocusReason)
            self.options[0].click()


class FormatChooser(QWidget):
    """Every choice as a radio button (:class:`FormatButton`: the whole row, and a system's heading over its only
    choice, take the click; Up/Down go through them all): the sheet and feedback on the left, the LMS formats on the
    right under their systems' names. ``changed(key)`` when the teacher picks one. While ``counting`` (the LMS files'
    counts are not known yet) the choices they decide (:data:`COUNTED`) are shown but not enabled, a line saying so.

    ``came_from`` is the system the sheet was exported from, ``gives_back`` the keys of the formats
    that take its grades back: their headings say so. ``leave_out``: keys not offered
    (:attr:`grader_app.io.lms.Offer.left_out`); the LMS column's Canvas gradebook left out, its heading stays and says
    where Canvas's file is. ``cannot``: the line and its tooltip in place of a file not offered because the sheet gives
    none of the identifiers it matches by; ``some``: the line under an offered file that would leave students out, and
    the sentences its tooltip adds (:mod:`.export_fit_words`).
    """

    changed = Signal(str)

    def __init__(self, came_from: str | None = None, gives_back: tuple[str, ...] = (),
                 parent: QWidget | None = None, leave_out: tuple[str, ...] = (),
                 cannot: dict[str, tuple[str, str]] | None = None, some: dict[str, tuple[str, str]] | None = None,
                 counting: bool = False) -> None:
        super().__init__(parent)
        cannot, self._some = cannot or {}, some or {}
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.system_labels: dict[str, _Heading] = {}
        self.canvas_elsewhere: QLabel | None = None   # where the Canvas gradebook is, when not in the LMS column
        self.cannot_match: dict[str, QLabel] = {}   # an LMS file that could take no student: why, in its place
        self.some_left_out: dict[str, QLabel] = {}   # under a file that would leave students out: how many
        self.came_from = came_from
        self._back_to = {BY_KEY[k].system for k in gives_back if k in BY_KEY} if came_from else set()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.two = BalancedColumns(self)   # the platforms' column as short as the left one can make it
        outer.addWidget(self.two)
        left, right = self.two.left, self.two.right
        boxes: dict[str, QGroupBox] = {}
        columns: dict[str, QVBoxLayout] = {}
        self.group_titles: dict[str, QLabel] = {}
        for side in (left, right):   # each title hugs its box; the groups keep their room between them (at 16 pt on
            side.setSpacing(2)       # 1280x720 in German the feedback's last choice was 10 px below the fold)
        for group, side in ((SHEET, left), (FEEDBACK, left), (LMS, right)):
            if side.count():
                side.addSpacing(4)
            # each group's title above its box, wrapped where the row is narrow (a group box's title is on one line: in
            # German at a 16 pt font the two columns' titles made the choices wider than a 1024 px screen)
            title = self.group_titles[group] = QLabel(translate("export_formats", GROUP_TITLES[group]), self)
            title.setWordWrap(True)
            box = boxes[group] = QGroupBox(self)
            box.setAccessibleName(title.text())   # what a screen reader says of the group, as a titled box's title
            columns[group] = QVBoxLayout(box)
            side.addWidget(title)
            side.addWidget(box)
        columns[LMS].setSpacing(2)   # its headings group it: room for what it says about the sheet
        for column in columns.values():   # snug above and below (at 16 pt on 1280x720 a last choice was past the fold)
            room = column.contentsMargins()
            column.setContentsMargins(room.left(), min(room.top(), 4), room.right(), min(room.bottom(), 4))
        left.addStretch(1)
        last_system = None
        for i, c in enumerate(CHOICES):
            box, col = boxes[c.group], columns[c.group]
            if c.group == LMS and c.system != last_system:
                if last_system is not None:
                    col.addSpacing(2)   # a little more room above each system than between its lines
                last_system = c.system
                col.addWidget(self._system_label(c.system or "", box, c.system_name))
            if c.key in leave_out:
                if c.key == CANVAS_GRADEBOOK and CANVAS not in leave_out:
                    col.addWidget(self._elsewhere(box))
                elif c.key in cannot:
                    col.addWidget(self._said(self.cannot_match, c.key, *cannot[c.key], box))
                continue
            rb = FormatButton(c.label, box)
            rb.setToolTip(self.tip(c.key))
            if c.lms is not None:
                rb.setAccessibleName(f"{c.system_name}: {c.label}")
                rb.setAccessibleDescription(c.upload)
                self.system_labels[c.system or ""].options.append(rb)
            self.group.addButton(rb, i)
            self.buttons[c.key] = rb
            if c.key in self._some:   # the line hugs its choice; a screen reader hears it with the choice
                rb.setAccessibleDescription(self.tip(c.key))
                pair = QVBoxLayout()
                pair.setSpacing(0)
                pair.addWidget(rb)
                pair.addWidget(self._said(self.some_left_out, c.key, *self._some[c.key], box, indent=rb))
                col.addLayout(pair)
            else:
                col.addWidget(rb)
            rb.toggled.connect(lambda on, k=c.key: self.changed.emit(k) if on else None)
        columns[LMS].addStretch(1)
        self.counting_label: QLabel | None = None
        if counting:   # which files could take the students is being counted: they are chosen once it is known
            self.counting_label = QLabel(self.tr("Counting which of your students each of these files can take…"),
                                         boxes[LMS])
            self.counting_label.setWordWrap(True)
            columns[LMS].insertWidget(0, self.counting_label)
            for key, button in self.buttons.items():
                button.setEnabled(key not in COUNTED)

    def _system_label(self, system: str, parent: QWidget, shown_as: str) -> _Heading:
        remark = ""
        if system == self.came_from:
            remark = " — " + self.tr("your sheet came from here")
        elif system in self._back_to:
            remark = " — " + self.tr("takes the grades of your {system} sheet").format(system=self.came_from)
        label = _Heading(f"<b>{shown_as[:1].upper()}{shown_as[1:]}</b>{remark}", parent)
        self.system_labels[system] = label
        return label

    def _elsewhere(self, parent: QWidget) -> QLabel:
        """Under the Canvas heading when its gradebook is offered with the sheet's files: where to choose that gradebook
        (one short line: the dialog keeps to a small screen; no colon, which read after the heading as "Canvas: not
        possible"), and why, that the sheet has no Canvas ids (its tooltip)."""
        label = self.canvas_elsewhere = QLabel(self.tr("Choose the Canvas gradebook under “{group}”.").format(
            group=translate("export_formats", GROUP_TITLES[SHEET])), parent)
        label.setWordWrap(True)
        why = self.tr("Your sheet has no Canvas ids, so both Canvas gradebooks would be the same file: “{choice}” "
                      "matches students by your student id column.").format(
            choice=BY_KEY[CANVAS].label.replace("&", ""))
        label.setToolTip(why)
        label.setAccessibleDescription(why)
        return label

    def _said(self, into: dict[str, QLabel], key: str, line: str, why: str, parent: QWidget,
              indent: QRadioButton | None = None) -> QLabel:
        """A line said before the teacher chooses: in place of an LMS file that could take no student (which identifier
        the sheet lacks), or under the choice ``indent`` that would leave some out (how many), as Canvas's line says
        where its gradebook is; why, and what to do, is its tooltip."""
        label = into[key] = QLabel(line, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if indent is not None:   # under the choice's text, beside its circle
            label.setIndent(indent.style().pixelMetric(indent.style().PixelMetric.PM_ExclusiveIndicatorWidth, None, indent)
                            + indent.style().pixelMetric(indent.style().PixelMetric.PM_RadioButtonLabelSpacing, None, indent))
        label.setToolTip(why)
        label.setAccessibleDescription(why)
        return label

    def tip(self, key: str) -> str:
        """What a choice says as its tooltip and, while it is chosen, under the destination: where its file goes and
        what happens to the students it cannot match; for one that would leave some out, how many and why (instead of
        the general sentence)."""
        c = choice(key)
        if key not in self._some:
            return c.tip
        return f"{c.upload} {self._some[key][1]}" if c.lms is not None else f"{translate('export_formats', c.note)} " \
            f"{self._some[key][1]}"

    def current(self) -> str:
        for key, rb in self.buttons.items():
            if rb.isChecked():
                return key
        return XLSX

    def set_current(self, key: str) -> None:
        choice(key)
        self.buttons[key].setChecked(True)
