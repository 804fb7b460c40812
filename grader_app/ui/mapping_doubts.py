"""What the columns dialog says beside the choice of the answers when the column chosen does not look like answers:
what it looks like (student numbers, marks, dates, one value, nothing) and what to do. :mod:`grader_app.io.answer_doubts`
decides; nothing is refused, since some questions are answered with a number ("42", "3.5 cm"), so the note says how to
keep the choice too. In one column per question, it names the first ticked column that looks wrong and counts the
others."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ..io.answer_doubts import DATES, EMPTY, IDS, NUMBERS, SAME, Doubt
from .i18n import QT_TRANSLATE_NOOP
from .mapping_layout import short

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
    label.setStyleSheet("#AnswerDoubt { background: #fff1cc; color: #4d3300; border: 1px solid #e0b050;"
                        " border-radius: 3px; padding: 2px 4px; }")
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


def show_doubts(label: QLabel, doubts: list[Doubt], wide: bool) -> None:
    """Say ``doubts`` on ``label``, hidden when there are none."""
    text = doubt_words(doubts, wide)
    label.setText(text)
    label.setVisible(bool(text))
