"""The review screen's top line of counts. Every count there is of answers, the thing the teacher grades, never of
groups: groups come and go during a review (the grouping may arrive after the review opened, a member may be pulled
out), and a count of groups beside one of answers read as a contradiction ("1 of 73" beside "84 of 84 left"). So the
totals never change during a review, and the answers left to decide change only when an answer is decided (or a
decision undone, or a model learned from the marks takes some).

A list in a fixed order shows the place of what is on screen among its answers ("5 of 90 to review"; a group of four
answers takes four places: "5–8 of 90 to review"), and beside it the answers left to decide. Where a question in the
list learns from the teacher's marks, Grader chooses what comes next from what its model learned (the N key, and
after each score), so the place would jump back and forth and look like progress that is none: there only the
answers left to decide are shown, a count that only goes down. Which of the two a review is, is known when it opens
(a question without a shipped model learns), not only once the grouping brings the models that learn: the line keeps
its meaning from the first answer to the last.

The line holds, left to right, the place (bold), the student, the answers left and the status. When it is short of
room (a larger font, German counts in the hundreds, a long status) the counts, a group's words and the place say
themselves short ("80 of 80 left", "Group of 3 · ▶ name", "52–54 of 80"), and a group's words give way ("▶ name"), in
the order of :data:`.review_top_line.GIVE_WAY` (the whole words in their tooltips), so that the student stays whole;
where even that is not enough the student gives way (its tooltip has it whole) and, last, the counts wrap at their
words (:class:`CountLabel`): the place itself is never cut. The student's label ends in "…" where it is
cut (:class:`StudentLabel`): cut at its edge, a German group's "… · Emma Okafor · 9B0" ran into "150 von 150
Antworten …" beside it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy

from .i18n import NO_BREAK_SPACE
from .i18n import counted as held_count
from .i18n import plain_spaces
from .plain_name import PlainlyNamed
from .width_memo import WidthMemoLabel

translate = QCoreApplication.translate
STUDENT_CHARS = 16   # the student's label keeps room for this many average characters


class CountLabel(PlainlyNamed, WidthMemoLabel):
    """A count on the top line: on one line while the line has room, wrapped at its words when it has not; a screen
    reader hears it with plain spaces (:class:`~.plain_name.PlainlyNamed`). (A wrapping
    QLabel asks for a quarter of its text's width and wraps a short text even with room to spare.) Its height for a
    width is laid out once per width and text (:class:`~.width_memo.WidthMemoLabel`)."""

    def __init__(self, parent=None) -> None:
        super().__init__("", parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        lines = self.text().split("\n")
        margins = self.contentsMargins()
        width = (max(self.fontMetrics().horizontalAdvance(line) for line in lines) + 2 * self.margin()
                 + margins.left() + margins.right() + 1)
        return QSize(width, self.heightForWidth(width))


class StudentLabel(QLabel):
    """The student on the top line, plain text on one line. A group's line has shorter forms (:meth:`set_forms`): "A
    group of 12 answers · ▶ name", "Group of 12 · ▶ name", "▶ name"; the line says the one its room holds
    (:meth:`set_level`, :mod:`.review_top_line` decides), and where even the shortest has too little room it shows its
    beginning and "…" (:meth:`shown`). Its ``text()``, and so its tooltip and what a screen reader hears, stay whole."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.forms: tuple[str, ...] = ("",)   # the whole text first, then each shorter form
        self.level = 0                        # the form said
        self.setTextFormat(Qt.TextFormat.PlainText)   # names and ids from the sheet, never markup
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_forms(self, forms) -> None:
        """Its whole text and its shorter forms, each ending in the student; said whole until the line says otherwise."""
        self.forms, self.level = tuple(forms) or ("",), 0
        super().setText(self.forms[0])
        self._keep_room()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self.set_forms((text,))

    def clear(self) -> None:
        self.set_forms(("",))

    def set_level(self, level: int) -> None:
        """Says its form ``level`` (0 whole; past its shortest: its shortest)."""
        level = max(0, min(level, len(self.forms) - 1))
        if level != self.level:
            self.level = level
            self._keep_room()
            self.update()

    def said(self) -> str:
        return self.forms[self.level]

    def wanted(self, level: int) -> int:
        """The width it needs to say its form ``level`` whole."""
        form = self.forms[max(0, min(level, len(self.forms) - 1))]
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(form) + margins.left() + margins.right() + 2 * self.margin()

    def _keep_room(self) -> None:
        """It gives way no further than :data:`STUDENT_CHARS` characters (or its whole form, if shorter): at a 16 pt
        font in German the counts beside it left it no room at all, and no student was named; they wrap instead."""
        fm = self.fontMetrics()
        margins = self.contentsMargins()
        self.setMinimumWidth(min(fm.horizontalAdvance(self.said()), fm.averageCharWidth() * STUDENT_CHARS)
                             + margins.left() + margins.right() + 2 * self.margin())

    def shown(self) -> str:
        """The text as it is drawn: its form said, whole where it fits, else cut with "…" at the label's width."""
        return self.fontMetrics().elidedText(self.said(), Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width()))

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(), self.isEnabled(),
                                  self.shown(), self.foregroundRole())


def grader_orders(learning, items) -> bool:
    """Grader chooses the order of a review of answers to ``items`` (a question among them learns from the marks)."""
    return learning is not None and any(learning.will_learn(it) for it in items)


def show_counts(view, keys: list[int], left: int, items, elsewhere: int = 0, need: int | None = None) -> None:
    """The counts of ``view`` (a :class:`~.review_view.ReviewView`) reviewing ``keys`` of questions ``items``, ``left``
    of them still to decide (:func:`~.review_end.left_to_decide`); ``elsewhere``: the answers of the sheet not in the
    review that need the teacher too. Once none is left, the top line says the review is done (or done here, when
    others wait in the table) beside the count, never an answer's place ("10 of 105 to review" read as ten to go).

    ``need``: how many of the review's answers need the teacher, as the status bar counts them. Where a model accepted
    some of the answers left (a review opened from the table's "All" filter: "90 of 90 answers left to decide" beside
    the bar's "61 need you" read as a contradiction), the count of answers left says it beside, in the bar's words
    ("90 of 90 answers left to decide · 61 need you"), and the place's tooltip says what the others are. A review of
    the answers that need her (the default one) reads as before. Said short (a line short of room: 16 pt, German) the
    count is "90 of 90 left · 61 need you" while the line has room for it, else "90 of 90 left" alone, its whole words
    in its tooltip: said always, it cut a group's student's name (tests/ui/test_review_top_line_names_student.py)."""
    # a wrapping count: "13 of 80" never parted, nor a number left at a line's end (16 pt, German, a narrow window)
    left_words = held_count(translate("ReviewView", "{left} of %n answers left to decide", "", len(keys)).format(left=left))
    short_left = held_count(translate("ReviewView", "{left} of %n left", "", len(keys)).format(left=left))
    others = fuller = ""
    if need is not None and left > need:   # some of the answers left already have a score a model accepted
        accepted = left - need
        # held whole: it folds only after the dot, which stays with the count before it, never leaving "you" (German
        # "Sie") alone on a line (tests/ui/test_counting_lines_fold_whole.py)
        need_words = translate("ReviewView", "%n need you", "", need).replace(" ", NO_BREAK_SPACE)
        left_words += NO_BREAK_SPACE + "· " + need_words
        fuller = short_left + NO_BREAK_SPACE + "· " + need_words   # said short, the bar's count kept while it fits
        others = translate("ReviewView", "%n of the answers left already have a score a model accepted, which you may "
                                         "keep or change: they do not need you, and the status bar does not count them.",
                           "", accepted)
    if keys and not left:
        view.progress_label.setText(translate("ReviewView", "✓ Done here") if elsewhere
                                    else translate("ReviewView", "✓ Review done"))
        view.progress_label.set_short("")
        counted = translate("ReviewView", "No answer here is left to decide; you can still go through them and change "
                                          "a score.")
        view.left_label.setText(left_words)
        view.left_label.set_short(short_left, fuller)   # said while the top line has no room for its words (review_top_line)
    elif grader_orders(view.learning, items):
        counted = translate("ReviewView", "Grader chooses the next answer from what the model learned from your marks, "
                                          "so the answers here have no fixed order: this counts those left to decide.")
        view.progress_label.setText(left_words)
        view.progress_label.set_short(short_left, fuller)
        view.left_label.clear()   # the place says the answers left: beside it nothing, whole or short
    else:
        counted = translate("ReviewView", "Your place among the answers to review: a group of answers that look alike "
                                          "takes as many places as it has answers.")
        before, size = view.queue.place()
        if size > 1:
            where = translate("ReviewView", "{first}–{last} of {count} to review")
            short = translate("ReviewView", "{first}–{last} of {count}")
        else:
            where = translate("ReviewView", "{position} of {count} to review")
            short = translate("ReviewView", "{position} of {count}")
        numbers = {"first": before + 1, "last": before + size, "position": before + 1, "count": len(keys)}
        view.progress_label.setText(where.format(**numbers))
        view.progress_label.set_short(short.format(**numbers))
        view.left_label.setText(left_words)
        view.left_label.set_short(short_left, fuller)   # said while the top line has no room for its words (review_top_line)
    if others and not view.left_label.text():   # the place says the answers left (Grader chooses the order)
        counted, others = counted + " " + others, ""
    view.left_label.setToolTip(others)   # what the others are, said where the words are
    view.left_label.setAccessibleDescription(others)
    view.progress_label.setToolTip(counted)
    view.progress_label.setAccessibleDescription(plain_spaces(left_words + " " + counted))   # heard with plain spaces
