"""What the review screen shows of the answer (or group) in front of the teacher: the question, its
rubric, the answer in large text (or the group), its flags, the model's probabilities, the comment. The sentence
saying what is decided is the review screen's own, below the card's scroll area, so that a card taller than a small
screen never pushes it out of sight.

``AnswerCard.show`` only reads the session; every decision is the review screen's. The card sits in
a :class:`~.fitted_scroll.FittedScrollArea`, which is only as tall as the card, so the buttons below follow the text
instead of waiting at the bottom of the window.

The heading names the question by its first words where its name is the whole question (a sheet's question column, a
form's header: :mod:`grader_app.io.question_headings`); the line under it then has the whole question, unless the
question's prompt says it. A long prompt (a reading passage, then the question) shows only its question, and says how
much comes before it; the whole text is in its tooltip for the mouse and, for the keyboard, on the card itself after Q
(:meth:`AnswerCard.toggle_whole_question`, until Q again or another question), in a box that scrolls where the
card's area is too short for it and the answer under it (:mod:`.whole_question`). A button under it does what Q does, for a
mouse or touchpad that does not point, and a teacher who does not know Q; the button names Q, so the line above it only
says how much is left out.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..core import flags as F
from ..core.hidden_characters import show_hidden
from ..core.session import GradingSession
from ..io.question_headings import heading_name, is_cut, title_besides
from ..core.scale import GUESS
from ..io.lms_points import question_scale
from .commands import score_choices
from .scale_words import typing_hint
from .flag_chips import FlagChips, why
from .ink import INK, Ink
from .group_panel import GroupPanel, hidden_note
from .probability_bars import ProbabilityBars
from .review_room import FoldingLabel
from .i18n import score as fmt_score
from .i18n import score_list
from .learning_words import question_name, with_question
from .text_wrap import breakable, shown_part
from .whole_question import QuestionArea
from .wording import question_of
from grader_app.ui.plain_tip import plain_tip


def wrapping_label(parent: QWidget, text: str = "", bold: bool = False, scale: float = 1.0,
                   kind: type[QLabel] = QLabel) -> QLabel:
    lab = kind(text, parent)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    f = lab.font()
    f.setBold(bold)
    if scale != 1.0:
        f.setPointSizeF(max(f.pointSizeF(), 9.0) * scale)
    lab.setFont(f)
    return lab


def _sort_key(v):
    try:
        return (0, float(v))
    except (TypeError, ValueError):
        return (1, str(v))


class AnswerCard(QWidget):
    SINGLE, GROUP = 0, 1
    wholeQuestionShown = Signal(bool)   # Q or its button: the question's whole text on the card (True), or only it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # pinned above the card while a group is on it, it folds to one line on a short page (review_room)
        self.question_label = wrapping_label(self, bold=True, scale=1.2, kind=FoldingLabel)
        self.prompt_label = wrapping_label(self)
        self.prompt_area = QuestionArea(self.prompt_label, self)   # the whole question scrolls in it (whole_question)
        # folds to one line while the whole question is shown on a short page (whole_question)
        self.rubric_label = wrapping_label(self, kind=FoldingLabel)
        self.whole_button = QPushButton(self)   # what Q does, in words that say it (a passage cut, or shown whole)
        self.whole_button.setFlat(True)
        self.whole_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # keys always reach the review screen itself
        self.whole_button.setCursor(Qt.CursorShape.PointingHandCursor)
        link = self.whole_button.font()
        link.setUnderline(True)
        self.whole_button.setFont(link)
        # a link in the card's text: no style's margin around its words (they start where the question's do) and one
        # line tall, the card's spacing above and below it as between its other lines
        self.whole_ink = Ink(self.whole_button, "QPushButton { border: none; padding: 0px; margin: 0px; text-align: left;"
                             " background: transparent; } QPushButton:hover { color: " + INK + "; }",
                             QPalette.ColorRole.Link)   # the link's colour, readable on a dark window too
        self.whole_button.clicked.connect(lambda _=False: self.toggle_whole_question())
        self.whole_button.hide()
        self.whole_question = False   # Q: the prompt's whole text on the card, not only its question
        self._prompt: tuple[str, str, int] = ("", "", 0)   # the prompt shown: (whole text, its question, words before)
        self._heading: set[str] = set()   # what the question line names the question by (_same_words), not said twice
        self._item: str | None = None
        self._choices: tuple = ()   # the score buttons' scores of the question shown (show_question)
        self.single = single = QWidget(self)
        sl = QVBoxLayout(single)
        sl.setContentsMargins(0, 0, 0, 0)
        # the answer's flags ("⚑ too short") on its heading's line, above it: under it, at 1024×600 and 16 pt in German
        # they lay below the card's area as the answer opened, the reason it came to the teacher out of sight
        head = QHBoxLayout()
        sl.addLayout(head)   # added before it is filled: PySide gives each item of a filled row added a Python wrapper
        head.setContentsMargins(0, 0, 0, 0)
        self.answer_heading = wrapping_label(single, self.tr("Answer"), bold=True)
        self.answer_heading.setWordWrap(False)
        self.answer_heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.answer_heading.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        head.addWidget(self.answer_heading, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.flags_box = FlagChips(single)
        head.addWidget(self.flags_box, 1)
        self.answer_label = wrapping_label(single, scale=1.6)
        self.answer_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.answer_label.setMargin(12)
        self.answer_label.setAccessibleName(self.tr("student's answer"))
        sl.addWidget(self.answer_label)
        self.group = GroupPanel(self)
        self.bars_heading = wrapping_label(self, self.tr("The model's probability per score"), bold=True, kind=FoldingLabel)
        self.bars = ProbabilityBars(self)
        self.comment_label = wrapping_label(self)
        col = QVBoxLayout(self)
        col.addWidget(self.question_label)
        col.addWidget(self.prompt_area)
        col.addWidget(self.whole_button, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(self.rubric_label)
        col.addSpacing(8)
        col.addWidget(single)
        col.addWidget(self.group)
        col.addSpacing(8)
        col.addWidget(self.comment_label)
        col.addStretch(1)
        # as tall as their lines need at the card's width: a wrapping label's size hint is worked out for 80 average
        # characters (1173 px for the answer's font at 16 pt, wider than a 1024-pixel screen's card), and a Maximum
        # policy held the label to that hint's height, cutting off a long answer's last lines; the stretch above
        # takes the card's spare height
        for label in (self.prompt_label, self.rubric_label, self.answer_label, self.comment_label):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # the model's probabilities are shown here (set by show_answer and show_group) and placed by the review screen
        # below the card's scroll area, in one row: always in sight on a small screen (:meth:`model_row`)

    def model_row(self, parent: QWidget) -> QWidget:
        """The heading and the bars of the model's probabilities in one row, a widget of ``parent`` (the review
        screen), in line with the card's text."""
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        card_layout = self.layout()
        margins = card_layout.contentsMargins() if card_layout is not None else layout.contentsMargins()
        layout.setContentsMargins(margins.left(), 0, margins.right(), 0)
        self.bars_heading.setParent(row)
        self.bars_heading.setFixedWidth(max(160, self.bars_heading.fontMetrics().averageCharWidth() * 36))
        self.bars.setParent(row)
        layout.addWidget(self.bars_heading, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.bars, 1)
        return row

    def _page(self, index: int) -> None:
        """Show the single answer or the group (a hidden one takes no room: no QStackedWidget, whose
        height is its tallest page's)."""
        self.single.setVisible(index == self.SINGLE)
        self.group.setVisible(index == self.GROUP)

    def showing_group(self) -> bool:
        return not self.group.isHidden()

    def clear(self, sentence: str) -> None:
        self.question_label.setText(sentence)
        for w in (self.prompt_label, self.rubric_label, self.answer_label, self.comment_label):
            w.clear()
        self.comment_label.hide()
        self._prompt = ("", "", 0)
        self.prompt_label.setToolTip("")
        self.whole_button.hide()
        self.answer_label.setToolTip("")
        self._page(self.SINGLE)
        self._flags([])
        self.bars.set_prediction(None, ())
        self._bars_shown(False)

    def show_question(self, session: GradingSession, item: str, learned: bool, choices: tuple | None = None) -> None:
        """``choices``: the score buttons' scores (:func:`.commands.score_choices`), when the caller has them."""
        info = session.items[item]
        self._choices = tuple(choices or ())   # the bars follow the buttons' scale (probability_bars)
        # a sheet that names no question in the teacher's words; "Question 3: ..." without the word again
        name = question_name(item, session.mapping)
        # a name that is the whole question: its first words on the heading's line, the whole of it in the line below
        short = heading_name(name)
        title = title_besides(name, info.title)   # not the name again: "Question Ice floats — Ice floats"
        self.question_label.setText(with_question(self.tr("Question {question}"), short) + (f" — {title}" if title else ""))
        self._heading = {_same_words(t) for t in (short, info.title or "") if t}
        if item != self._item:   # another question opens with only its question again
            self._item, self.whole_question = item, False
        prompt = info.prompt or (name if is_cut(name) else "")
        question, before = question_of(prompt)
        self._prompt = (prompt, question, before)
        self._show_prompt()
        if learned:
            self.rubric_label.setText(self._scores_hint(session, item, choices))
        elif info.own_scale and not info.rubric:   # a model learned from a marked sheet: any score on its scale
            self.rubric_label.setText(self._scores_hint(session, item, choices))
        elif info.rubric:
            lines = [f"{fmt_score(k)} — {v}" for k, v in sorted(info.rubric.items(), key=lambda kv: _sort_key(kv[0]))]
            self.rubric_label.setText(self.tr("Rubric:") + "\n" + "\n".join(lines))
        elif info.labels:
            self.rubric_label.setText(self.tr("Scores: {scores}").format(scores=score_list(info.labels)))
        else:
            self.rubric_label.setText(self.tr("No model for this question: type any score 0–9."))

    def _scores_hint(self, session: GradingSession, item: str, choices: tuple | None = None) -> str:
        """What to type for a question without a shipped model: the scores its buttons offer (0–3 at first, one above
        the highest given so far: :func:`.commands.score_choices`), and that a higher digit, up to 9, gives that score
        (it said "type any score 0–9" beside buttons 0 to 3)."""
        scale = question_scale(session, item)
        if scale.source != GUESS:   # what the question is out of is known: a score from 0 to it, typed as it says
            how = typing_hint(scale) or self.tr("type a score from 0 to {top}").format(top=fmt_score(scale.top))
            info = session.items[item]
            if not info.marked_on_teachers_scale:   # a model learned from a marked sheet scores it
                if set(scale.scores()) <= set(info.labels or ()):   # it learned every score there is: no other to give
                    return self.tr("This question is marked on your model's scale: {how}.").format(how=how)
                return self.tr("Any score on this question's scale can be given, not only the scores its model learned "
                               "from: {how}.").format(how=how)
            return self.tr("No shipped model for this question: {how}. A model learns from your marks and takes over "
                           "the answers it is sure of.").format(how=how)
        offered = [v for v in (score_choices(session, item) if choices is None else choices)
                   if isinstance(v, (int, float))]
        if not offered or max(offered) >= 9:
            return self.tr("No shipped model for this question: type a score from 0 to 9. A model learns from your "
                           "marks and takes over the answers it is sure of.")
        return self.tr("No shipped model for this question: type a score from 0 to {top}, or a higher one up to 9. A "
                       "model learns from your marks and takes over the answers it is sure of.").format(
            top=fmt_score(max(offered)))

    def _show_prompt(self) -> None:
        prompt, question, before = self._prompt
        more = bool(prompt) and prompt != question   # text the question alone leaves out
        # the question line already asks it (a question without a model named by its prompt): not said twice
        self.prompt_area.shown(more or not prompt or _same_words(question) not in self._heading)
        if not self.whole_question:   # only the question: as tall as its text, the rubric and a group's panel whole
            self.prompt_area.bound(None)
            self.rubric_label.set_folded(False)
            self.rubric_label.show()   # (hidden under the whole question on a group's card: group_whole)
            self.group.set_brief(0)
        if not prompt:
            self.prompt_label.setText(self.tr("(Grader has no text for this question)"))
        elif more and self.whole_question:   # the button under it goes back to only the question
            self.prompt_label.setText(prompt)
        elif question:   # the line says how much is left out; the button under it, how to see it
            self.prompt_label.setText(question + ("\n" + self.tr("(%n more words of the question before this)", "",
                                                                  before) if before else ""))
        else:
            self.prompt_label.setText(self.tr("(the model holds a reading passage of %n words and no question)", "",
                                              before))
        self.prompt_label.setToolTip(plain_tip(prompt) if more and not self.whole_question else "")
        self.whole_button.setVisible(more)
        self.whole_button.setText(self.tr("Show only the question (Q)") if self.whole_question
                                  else self.tr("Show the whole question (Q)") if question
                                  else self.tr("Show the reading passage (Q)"))

    def toggle_whole_question(self) -> bool:
        """Q on the review screen: the question's whole text (the reading before it, too) on the card, or only the
        question again; the keyboard's way to what the tooltip shows the mouse. False, and nothing changes, when
        the question is the whole text."""
        prompt, question, _before = self._prompt
        if not prompt or prompt == question:
            return False
        self.whole_question = not self.whole_question
        self._show_prompt()
        self.wholeQuestionShown.emit(self.whole_question)   # the review screen's card goes to its top (group_in_view)
        return True

    def show_answer(self, session: GradingSession, key: int) -> None:
        a = session.answers[key]
        self._page(self.SINGLE)
        # a hidden character (U+202E shows the rest backwards) is written out, in the order the model reads it; of a
        # paste of megabytes, its start (text_wrap.SHOWN_CHARS), and how much more there is
        shown, more = shown_part(a.text)
        # a formula whose value was never saved is no blank answer: what it is and what to do (core.flags.UNSAVED)
        blank = why(F.UNSAVED) if key in session.unsaved else self.tr("(blank answer)")
        text = breakable(show_hidden(shown)) if a.text.strip() else blank
        if more:
            text += "…\n\n" + self.tr("[%n more characters are not shown here. The graded sheet you export keeps the "
                                       "whole answer.]", "", more)
        self.answer_label.setText(text)
        self.answer_label.setToolTip(hidden_note(a.text))
        self._flags(session.flags.get(key, []))
        self._bars(session, key)

    def _flags(self, flags: list[str]) -> None:
        """The chips of ``flags`` beside the answer's heading, the heading level with their first line."""
        self.flags_box.set_flags(flags)
        self.answer_heading.setMinimumHeight(self.flags_box.line_height() if flags else 0)

    def show_group(self, session: GradingSession, keys, typical: int, selected: int | None, who=None,
                   accepted: int | None = None) -> None:
        """``accepted``: the member whose model score Enter accepts (:meth:`.ReviewActions._accepted_key`). The bars are
        the typical answer's, unless its score is fitted to the teacher's mark on it (``learned_from_mark``: none shown)
        and Enter gives another member its own score (the members left open: ``group_split``): then that member's."""
        self._page(self.GROUP)
        self.group.set_group(session, keys, typical, selected, who)
        self._flags([])
        own = accepted is not None and accepted != typical and session.learned_from_mark(typical)
        self._bars(session, accepted if own and accepted is not None else typical)
        self.bars_heading.setText(self.tr("The model's probability per score, for the answer chosen") if own
                                  else self.tr("The model's probability per score, for the typical answer"))

    def _bars(self, session: GradingSession, key: int) -> None:
        # ◀ model marks the score the model gives: the likeliest, unless it takes the answer alone (what Enter accepts);
        # none on an answer whose model learned from the teacher's mark on it, fitted to that mark (the line under the
        # card says so: wording.decision_text)
        pred = None if session.learned_from_mark(key) else session.model_says(key)
        dec = session.decisions.get(key)
        self.bars_heading.setText(self.tr("The model's probability per score"))
        self.bars.set_prediction(pred, session.items[session.answers[key].item].labels,
                                 decided=dec.score if dec else None, scale=self._choices)
        self._bars_shown(pred is not None)

    def _bars_shown(self, shown: bool) -> None:
        """The heading and the bars only with a model score to show: a question no model scores yet had its heading
        above empty space (the line under the card says once that no model scores it)."""
        self.bars_heading.setVisible(shown)
        self.bars.setVisible(shown)


def _same_words(text: str) -> str:
    """A text compared as words: spaces and case do not matter."""
    return " ".join(text.split()).casefold()
