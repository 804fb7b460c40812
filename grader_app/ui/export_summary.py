"""What the export dialog says first, above the formats: the session as it is now (:func:`summary_text`).

The session's sentence in the teacher's language (:func:`~grader_app.ui.wording.session_sentence`), then what goes out
with it: the answers still without a score (to score in the review first, or exported with an empty one; in the points
sheet, the students who get no total because of them; the questions whose model is still learning from the marks,
in one sentence),
identical answers scored differently (:func:`~grader_app.ui.differing_scores.export_note`), a question out of Grader's
guess, and the format chosen because the sheet came from a learning management system.

The figures that go over every answer are worked out once per state of the session (:func:`_kept`, by its
``revision``), not again at each format the teacher picks: at 10,000 answers each pass stalled the window.
"""
from __future__ import annotations

from typing import Any, Callable
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication

from ..core.session import GradingSession
from ..io.lms import Identifiers, Recognition
from ..io.lms.plain import without_total
from .differing_scores import export_note
from .export_formats import choice
from .export_notes import listed
from .i18n import current_language
from .learning_words import question_name, with_question
from .scale_words import guessed_note
from .wording import session_sentence


translate = QCoreApplication.translate


def summary_text(session: GradingSession, fmt: str, recognition: Recognition | None, recognised_format: str | None,
                 awaited: Callable[[], list[str]] | None, refresh: Callable[[], None]) -> str:
    """The summary for the format ``fmt`` chosen; ``recognised_format``: the one chosen for the system the sheet came
    from (None when it is not offered: its own line says why); ``awaited``: the questions whose model is still
    learning from the marks; ``refresh``: called once figures worked out later have come (export_note)."""
    open_n = _kept(session, "open", lambda: sum(1 for a in session.answers if session.final_score(a.key) is None))
    text = _kept(session, ("sentence", current_language()),   # session.sentence(), translated, each question's
                 lambda: session_sentence(session, session.counts()))   # estimate its own
    waits = awaited() if awaited is not None and open_n else []
    if open_n:
        waiting = _kept(session, ("waiting", *waits), lambda: sum(
            1 for item in waits for a in session.answers_for(item) if session.final_score(a.key) is None))
        if waiting < open_n:   # the teacher can score them now: what to do, before what happens if she does not
            text += " " + translate("ExportDialog", "%n answers still have no score: score them in the review first, or "
                                    "export now and their scores are left empty.", "", open_n)
        else:   # each one waits for a model learning from the marks: its own sentence says to wait
            text += " " + translate("ExportDialog", "%n answers still have no score; they are exported with an empty "
                                    "score.", "", open_n)
        if fmt == "points":   # a student with one of them open gets no total there
            given = recognition.identifiers if recognition is not None else None
            ids = given if given is not None else Identifiers(None)
            kept = _kept(session, ("no total", id(given)), lambda: (given, without_total(session, ids)))
            n = kept[1] if kept[0] is given else without_total(session, ids)   # (else another at a freed one's address)
            text += " " + translate("ExportDialog", "%n students get no total in the points sheet because of them.",
                                    "", n)
        text += _learning(session, waits)
    text += export_note(session, refresh)   # identical answers scored differently: a note, not a block
    text += guessed_note(session)   # a question out of Grader's guess (3): said before it goes out so
    if recognised_format is not None and recognition is not None:
        text += " " + translate("ExportDialog", "This sheet came from {system}, so “{format}” is chosen to give "
                                "the grades back to it.").format(
            system=recognition.system, format=choice(recognised_format).label)
    return text


_figures: WeakKeyDictionary[GradingSession, tuple[int, dict[Any, Any]]] = WeakKeyDictionary()


def _kept(session: GradingSession, what: Any, work: Callable[[], Any]) -> Any:
    """``work()``, the figure ``what`` of ``session`` as it is now: worked out once per :attr:`~GradingSession.revision`
    (every decision, threshold or model's row moves it on), kept for the next format chosen. A change made while it is
    worked out (from a worker) moves the revision on: the figure is worked out anew the next time."""
    revision = session.revision
    kept_at, known = _figures.get(session, (-1, {}))
    if kept_at != revision:
        known = {}
        _figures[session] = (revision, known)
    if what not in known:
        known[what] = work()
    return known[what]


def _learning(session: GradingSession, waits: list[str]) -> str:
    """The sentence (after a space, "" for none) on the questions whose model is still learning from the marks: their
    answers are empty only for now. One sentence for them all (a sentence each said the same thing once a question)."""
    if not waits:
        return ""
    if len(waits) == 1:
        return " " + with_question(translate(
            "ExportDialog", "The model for question {question} is still learning from your marks, so its answers have "
            "no score yet: wait until this note goes to export them with its scores."), question_name(waits[0], session.mapping))
    names = listed([question_name(item, session.mapping) for item in waits])
    return " " + translate("ExportDialog", "The models for %n questions ({questions}) are still learning from your marks, "
                           "so their answers have no score yet: wait until this note goes to export them with their "
                           "scores.", "", len(waits)).format(questions=names)
