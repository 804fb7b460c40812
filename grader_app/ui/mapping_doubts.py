"""What the columns dialog says beside the choice of the answers when the column chosen does not look like answers:
what it looks like (student numbers, marks, dates, one value, nothing) and what to do. :mod:`grader_app.io.answer_doubts`
decides; nothing is refused, since some questions are answered with a number ("42", "3.5 cm"), so the note says how to
keep the choice too. In one column per question, it names the first ticked column that looks wrong and counts the
others. Before all that, it says when a column chosen for the answers is also chosen as the student's id or name; and,
under the student's choices, when one column is chosen as both the student's id and their name (each student would be
named by the same cell twice)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from ..core.sheet import WIDE, ColumnMapping
from ..io.answer_doubts import DATES, EMPTY, IDS, NUMBERS, SAME, Doubt
from .i18n import QT_TRANSLATE_NOOP
from .mapping_layout import short
from .tints import Banner

translate = QCoreApplication.translate

WHAT = {
    EMPTY: QT_TRANSLATE_NOOP("MappingDialog", "“{column}” is empty."),
    SAME: QT_TRANSLATE_NOOP("MappingDialog", "Every cell of “{column}” says “{value}”."),
    DATES: QT_TRANSLATE_NOOP("MappingDialog", "“{column}” holds dates or times."),
    IDS: QT_TRANSLATE_NOOP("MappingDialog", "“{column}” holds a different code in each row, like student numbers."),
    NUMBERS: QT_TRANSLATE_NOOP("MappingDialog", "“{column}” holds only numbers, like marks or student numbers."),
}
CHOOSE = QT_TRANSLATE_NOOP("MappingDialog", "Keep it if these are the answers; if not, choose their column.")
CHOOSE_OTHER = QT_TRANSLATE_NOOP("MappingDialog", "Choose the column that holds the students' answers.")   # an empty one
UNTICK = QT_TRANSLATE_NOOP("MappingDialog", "Untick it unless it holds answers.")
COLUMN_CHARS = 30   # a column named in the note is cut after this many characters (a whole question as a header)


def doubt_label() -> QLabel:
    """The note beside the answers' choice: amber, in words and a sign (never colour alone); hidden until needed."""
    label = QLabel("")
    label.setObjectName("AnswerDoubt")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)   # column names and cells from the sheet, shown as written
    Banner(label, "#AnswerDoubt { background: {back}; color: {ink}; border: 1px solid {edge};"
                  " border-radius: 3px; padding: 2px 4px; }",
           QColor("#fff1cc"), QColor("#4d3300"), QColor("#e0b050"))   # dark in a dark palette (.tints); the label keeps it
    label.setVisible(False)
    return label


def doubt_words(doubts: list[Doubt], wide: bool) -> str:
    """The note for ``doubts`` ("" for none): the first one's column and what it looks like, what to do, and in one
    column per question how many other ticked columns look wrong too."""
    if not doubts:
        return ""
    first = doubts[0]
    what = translate("MappingDialog", WHAT[first.kind]).format(column=short(first.column, COLUMN_CHARS),
                                                               value=short(first.value, COLUMN_CHARS))
    todo = UNTICK if wide else CHOOSE_OTHER if first.kind == EMPTY else CHOOSE
    words = ["⚠ " + what, translate("MappingDialog", todo)]
    if len(doubts) > 1:
        words.append(translate("MappingDialog", "%n other ticked columns look wrong too.", "", len(doubts) - 1))
    return " ".join(words)


def student_column_chosen(mapping: ColumnMapping) -> str | None:
    """A column chosen for the answers that is also chosen as the student's id, name or first name (None: none is)."""
    who = {mapping.id_column, mapping.name_column, mapping.first_name_column} - {None, ""}
    answers = list(mapping.answer_columns) if mapping.layout == WIDE else [mapping.answer_column]
    return next((c for c in answers if c and c in who), None)


def clash_words(column: str) -> str:
    return "⚠ " + translate("MappingDialog", "“{column}” is chosen for the answers and also says who the student is "
                                             "(name or id): choose another column for one of them.").format(
        column=short(column, COLUMN_CHARS))


def id_and_name_column(mapping: ColumnMapping) -> str | None:
    """A column chosen as the student's id and also as their name or first name (None: none is)."""
    names = {mapping.name_column, mapping.first_name_column} - {None, ""}
    return mapping.id_column if mapping.id_column and mapping.id_column in names else None


def show_student_clash(label: QLabel, mapping: ColumnMapping) -> None:
    """Say on ``label`` (a :func:`doubt_label`, under the student's choices) when one column is chosen as both the
    student's id and their name; hidden otherwise. A warning, not a refusal, as for the answers' column."""
    column = id_and_name_column(mapping)
    text = "⚠ " + translate("MappingDialog", "“{column}” is chosen as both the student ID and the student's name: "
                                             "choose “(none)” for the one the sheet does not have, or the column that "
                                             "holds it.").format(column=short(column, COLUMN_CHARS)) if column else ""
    label.setText(text)
    label.setVisible(bool(text))


def show_doubts(label: QLabel, doubts: list[Doubt], wide: bool, mapping: ColumnMapping | None = None) -> None:
    """Say ``doubts`` on ``label``, hidden when there are none; first, a column of ``mapping`` chosen both for the
    answers and as the student's."""
    clash = student_column_chosen(mapping) if mapping is not None else None
    if clash:   # said instead of what that column looks like (student numbers, most often)
        doubts = [d for d in doubts if d.column != clash]
    text = " ".join(t for t in (clash_words(clash) if clash else "", doubt_words(doubts, wide)) if t)
    label.setText(text)
    label.setVisible(bool(text))
