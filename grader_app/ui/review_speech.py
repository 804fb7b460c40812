"""What a screen reader hears on the review screen.

The review is one focused widget (:class:`~.review_view.ReviewView`): its keys do everything, and its labels,
cards and buttons never take the focus. So the view itself carries the spoken text. Its accessible name says
where the teacher is and whose answer it is ("Answer 3 of 38: Student 17, question 2"; in a group, which member
↑/↓ chose); its accessible description says what the screen shows of it: a message the screen just gave, the
answer, the model's score and how sure it is, the teacher's score and comment, the flags, the group's progress
and the question. The student is named as the screen names them (``view.who``): a neutral label while blind
marking is on, never a name.

Qt sends the accessibility events itself when a widget's accessible name or description changes (NameChanged,
DescriptionChanged), and a screen reader announces the new text of the widget that has the focus. The texts are
set at the end of every ``refresh``, all at once, so that one key is heard once; a change of the message alone
("Nothing to undo.") is spoken one turn of the event loop later (:class:`MessageLabel` says when it changes).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from ..core.hidden_characters import show_hidden
from ..core.session import GradingSession
from .answer_speech import decision_said, flags_said, model_said
from .group_panel import describe
from .learning_words import question_name, with_question
from .text_wrap import shown_part
from .wording import question_of

translate = QCoreApplication.translate


def spoken(session: GradingSession, unit: list[int], key: int | None, typical: int | None, before: int, count: int,
           who, message: str = "", end: str = "", note: str = "") -> tuple[str, str]:
    """(accessible name, accessible description) of the review screen showing ``unit`` (one answer, or a group of
    them whose member ``key`` the keys act on, ``typical`` its most typical one) after ``before`` of the ``count``
    answers to review (a group's place is as many answers as it has, as the screen counts:
    :mod:`.review_counts`); ``who(key)`` names a student, ``message`` is what the screen says under the card, ``end``
    that the review is done (:mod:`.review_end`) and ``note`` why every answer to the question comes to the teacher
    (said with the first of its answers heard, not with each: :class:`ReviewSpeaker`)."""
    if key is None:
        return (translate("ReviewSpeech", "Review: nothing to review"),
                _lines(message, translate("ReviewSpeech", "No answer is waiting for you here; press Esc to go back "
                                                          "to the table.")))
    a = session.answers[key]
    if len(unit) > 1:
        name = with_question(translate("ReviewSpeech", "Answers {first}–{last} of {count}: a group of {group}; "
                                                       "{student}, answer {member} of the group, question {question}"),
                             question_name(a.item, session.mapping), first=before + 1, last=before + len(unit), count=count,
                             group=describe([session.answers[k].text for k in unit]), student=who(key),
                             member=unit.index(key) + 1 if key in unit else 1)
        scored = sum(1 for k in unit if k in session.decisions)
        group = translate("ReviewSpeech", "{scored} of the group's %n answers are scored.", "", len(unit)).format(
            scored=scored)
        if key == typical:
            group = translate("ReviewSpeech", "This is the group's most typical answer.") + " " + group
    else:
        name = with_question(translate("ReviewSpeech", "Answer {position} of {count}: {student}, question {question}"),
                             question_name(a.item, session.mapping), position=before + 1, count=count, student=who(key))
        group = ""
    return name, _lines(message, end, note, _answer(a.text), model_said(session, key), decision_said(session, key),
                        _comment(session, key), flags_said(session, key), group, _question(session, a.item))


def _lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def _answer(text: str) -> str:
    if not text.strip():
        return translate("ReviewSpeech", "The answer is blank.")
    # a hidden character (one that shows the rest backwards) is said as the card writes it out; of a paste, what the
    # card shows
    return translate("ReviewSpeech", "Answer: {answer}").format(answer=show_hidden(shown_part(text)[0]))


def _comment(session: GradingSession, key: int) -> str:
    dec = session.decisions.get(key)
    if dec is not None:
        comment = dec.comment
        return translate("ReviewSpeech", "Comment: {comment}").format(comment=comment) if comment else ""
    waiting = session.waiting_comments.get(key, "")
    return translate("ReviewSpeech", "Comment, waiting for the score you give next: {comment}").format(
        comment=waiting) if waiting else ""


def _question(session: GradingSession, item: str) -> str:
    info = session.items[item]
    question, _before = question_of(info.prompt)
    text = " — ".join(t for t in (info.title, question) if t)
    return with_question(translate("ReviewSpeech", "Question {question}: {text}"), question_name(item, session.mapping),
                         text=text) if text else ""


class MessageLabel(QLabel):
    """The review screen's message line, which says when its text changes. It takes no room while it says nothing:
    an empty line under the card took a line of a 1024×600 screen from a group's member list (the buttons below stay
    where they are either way: the room left over lies between them and it)."""

    changed = Signal()

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.setVisible(bool(self.text()))

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setVisible(bool(text))
        self.changed.emit()

    def clear(self) -> None:
        super().clear()
        self.setVisible(False)
        self.changed.emit()


class ReviewSpeaker(QObject):
    """Keeps the review screen's accessible name and description what :func:`spoken` says of it now."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.speak)
        self._heard: tuple = (None, None, False)   # the answer last spoken, its question, whether with the note
        view.message_label.changed.connect(self.later)
        view.end.changed.connect(self.later)   # the end of the review's note came after the key

    def later(self) -> None:
        """Speak once the key (or the undo step) being handled is done with: the screen may change again before."""
        self._later.start()

    def speak(self) -> None:
        v = self.view
        unit = v.current_unit()
        key = v.current_key()
        item = v.session.answers[key].item if key is not None else None
        # a question's note (view.model_note) is heard with the first of its answers, not with each, as the screen
        # shows it once above them; the same answer spoken again (a message) keeps what it said
        last_key, last_item, with_note = self._heard
        with_note = with_note if key == last_key else item != last_item
        self._heard = (key, item, with_note)
        note = v.model_note.text() if with_note else ""
        message = _lines(v.question_switch.text(), v.message_label.text())   # on to another question: said first
        name, description = spoken(v.session, unit, key, v.shown_key(unit), v.queue.place()[0],
                                   v.queue.size(), v.who, message, v.end.text(), note)
        if v.accessibleName() != name:   # Qt sends NameChanged: the screen reader says the new name
            v.setAccessibleName(name)
        if v.accessibleDescription() != description:   # and DescriptionChanged
            v.setAccessibleDescription(description)
