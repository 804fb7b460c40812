"""What the window says about a question's scale (:mod:`grader_app.core.scale`), in the interface's language: what it
is out of ("out of 10, in half points"), where that comes from ("as the sheet says", "Grader's guess, as the sheet does
not say"), how to type a score on it, and why a score is not on it. In the translation context "ScaleWords"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from typing import Sequence

from ..core.scale import GUESS, LEARNED, MODEL, SHEET, TEACHER, Scale, number
from ..io.lms_points import question_scale
from .i18n import QT_TRANSLATE_NOOP, score, score_list
from .learning_words import question_name

translate = QCoreApplication.translate

SOURCES = {
    MODEL: QT_TRANSLATE_NOOP("ScaleWords", "the model's scale"),
    TEACHER: QT_TRANSLATE_NOOP("ScaleWords", "set by you"),
    SHEET: QT_TRANSLATE_NOOP("ScaleWords", "as the sheet says"),
    LEARNED: QT_TRANSLATE_NOOP("ScaleWords", "as the marks its model learned from"),
    GUESS: QT_TRANSLATE_NOOP("ScaleWords", "Grader's guess, as the sheet does not say"),
}


def out_of(scale: Scale) -> str:
    """"out of 10", or "out of 10, in half points"."""
    if scale.half and not scale.labels:
        return translate("ScaleWords", "out of {top}, in half points").format(top=score(scale.top))
    return translate("ScaleWords", "out of {top}").format(top=score(scale.top))


def source(scale: Scale) -> str:
    """Where the scale comes from, in a few words."""
    return translate("ScaleWords", SOURCES.get(scale.source, SOURCES[GUESS]))


def source_by_buttons(scale: Scale, marks: Sequence = ()) -> str:
    """Where the scale comes from, said beside the score buttons: a guess says too that Change…, the button at the end
    of that line, sets it (a teacher reading "Grader's guess" asks what to do about it; the other sources need not).
    A guess widened to the teacher's highest mark (a 5 typed on a question guessed 0-3) says so: "out of 5 · Grader's
    guess, as the sheet does not say" read as if Grader had picked the 5. A guess the teacher's ``marks`` stop short of
    (:meth:`~grader_app.core.scale.Scale.short_of`: many marks, none 3 on a guess of 0-3) says that too: the teacher
    marking a question out of 2 sees why the 3 is there and what sets it."""
    if (highest := scale.short_of(marks)) is not None:
        return translate("ScaleWords", "Grader's guess, but your %n marks go no higher than {highest}; Change… sets it",
                         "", len([m for m in marks if number(m) is not None])).format(highest=score(highest))
    if scale.from_marks:
        return translate("ScaleWords", "Grader's guess from your highest mark so far; Change… sets it")
    if scale.source == GUESS:
        return translate("ScaleWords", "Grader's guess, as the sheet does not say; Change… sets it")
    return source(scale)


def typing_hint(scale: Scale) -> str:
    """How to type a score the digits alone do not give at once (10, a half point); "" where every score is a digit."""
    typed = scale.typed()
    if scale.labels or (typed.top < 10 and not typed.half):
        return ""
    if typed.top >= 10 and typed.half:
        return translate("ScaleWords", "type a score's digits one after another (1 then 0 for 10) and a comma or point "
                         "for a half (4,5); Enter gives it at once")
    if typed.top >= 10:
        return translate("ScaleWords", "type a score's digits one after another (1 then 0 for 10); Enter gives it "
                         "at once")
    return translate("ScaleWords", "type a comma or point after the digit for a half point (4,5); Enter gives it "
                     "at once")


def off_scale(scale: Scale, value) -> str:
    """Why ``value`` is not a score on ``scale``, and what to do (one sentence, no full stop)."""
    if scale.labels:
        return translate("commands", "{score} is not a score for this question; use one of {allowed}").format(
            score=score(value), allowed=score_list(scale.labels))
    if scale.source == GUESS:
        return translate("ScaleWords", "{score} is not a score here: type a score from 0 to {top}, or set what this "
                         "question is out of with Change… beside the score buttons").format(
            score=score(value), top=score(scale.typed().top))
    return translate("ScaleWords", "{score} is not a score for this question, which is {out_of} ({source}); Change… "
                     "beside the score buttons sets another scale").format(
        score=score(value), out_of=out_of(scale), source=source(scale))


def guessed_note(session) -> str:
    """The sentence (after a space, "" for none) before an export on the marked questions that nothing says the scale
    of: they go out of Grader's guess, and how to set it."""
    guessed = [(item, scale) for item in session.item_keys() if (scale := question_scale(session, item)).source == GUESS
               and any(session.final_score(k) is not None for k in session.keys_for(item))]
    if not guessed:
        return ""
    names = ", ".join(question_name(item, session.mapping) for item, _ in guessed[:5]) + ("…" if len(guessed) > 5 else "")
    if len({scale.top for _, scale in guessed}) > 1:
        return " " + translate("ScaleWords", "Nothing says what %n questions are out of ({questions}): each is exported "
                               "on Grader's guess; Change… beside the review's score buttons sets it.", "",
                               len(guessed)).format(questions=names)
    return " " + translate("ScaleWords", "Nothing says what %n questions are out of ({questions}): they are exported "
                           "{out_of}, Grader's guess; Change… beside the review's score buttons sets it.", "",
                           len(guessed)).format(questions=names, out_of=out_of(guessed[0][1]))
