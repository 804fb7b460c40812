"""What each cell of the results table holds, for an answer (``key``) of a session and a column: its text, the value
it sorts by, its tooltip, its colour and its icon. Plain functions of the session (the Qt model,
:class:`~.results_model.ResultsModel`, only asks them), in the table's translation context ("ResultsModel").

``scoring`` names the questions whose model is scoring the sheet: an answer of one of them that has no score yet is
shown as being scored (:data:`.style.SCORING`: :func:`status`), not as the teacher's to score."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..core import review
from ..core.flags import UNSAVED, most_serious_first
from ..core.hidden_characters import show_hidden
from ..core.session import GradingSession
from ..text import read_part
from . import comment_cell, style
from .blind import StudentNames
from .flag_chips import why
from .group_panel import hidden_note
from .i18n import list_separator, percent_down
from .learning_words import question_name
from .wording import spread_out

translate = QCoreApplication.translate

STUDENT, QUESTION, ANSWER, MODEL_SCORE, CONFIDENCE, FLAGS, STATUS, FINAL, COMMENT = range(9)

ANSWER_CHARS = 90
_CUT_MARK = re.compile(r"⟦(?:U(?:\+[0-9A-F]{0,5})?)?$")   # a hidden character's mark's start (hidden_characters.show_hidden)


TIP_CHARS = 4_000   # an answer's tooltip: every real answer whole (the longest ASAP-SAS one has 2,083), a paste's start


def elide(text: str, n: int = ANSWER_CHARS) -> str:
    t = " ".join(str(text).split())
    return t if len(t) <= n else _CUT_MARK.sub("", t[: n - 1]).rstrip() + "…"


def _start(text: str, n: int) -> str:
    """Enough of ``text`` for a cell of ``n`` characters, its spaces collapsed: a paste of megabytes is not split
    into words at every paint (a hidden character's mark, written out, is longer than the character)."""
    t = text.lstrip()
    return t if len(t) <= 20 * n else t[:20 * n] + " …"


NOT_SCORING: frozenset[str] = frozenset()
LEARNED_MARK = "\u2014"   # the Model cell of an answer its model learned from (:func:`learned_from_mark`)


def status(s: GradingSession, key: int, scoring: frozenset[str] = NOT_SCORING) -> str:
    """The answer's status as the table shows it: :data:`.style.SCORING` while its question's model (one of
    ``scoring``) has not scored it yet, else the session's."""
    st = s.status(key)
    return style.SCORING if st == review.UNSCORED and scoring and s.answers[key].item in scoring else st


def learned_from_mark(s: GradingSession, key: int) -> bool:
    """The answer's Model and Confidence cells hold no score: the teacher marked it and its question's model learned
    from that mark (``GradingSession.learned_from_mark``, the rule an export follows too)."""
    return s.learned_from_mark(key)


def background(s: GradingSession, key: int, scoring: frozenset[str] = NOT_SCORING):
    c = style.status_colour(status(s, key, scoring))
    if c is None and s.flags.get(key):
        c = style.FLAG_COLOUR
    return c


def icon(s: GradingSession, key: int, col: int, scoring: frozenset[str] = NOT_SCORING, on=None):
    """The cell's icon: the light look's, or one that stands out from a dark palette's row ``on``."""
    if col == STATUS:
        return style.status_icon(status(s, key, scoring), on)
    if col == FLAGS and s.flags.get(key):
        return style.flag_icon(on)
    return None


def display(s: GradingSession, names: StudentNames, key: int, col: int, scoring: frozenset[str] = NOT_SCORING):
    a = s.answers[key]
    if col == STUDENT:
        return names.who(s, key)
    if col == QUESTION:   # a sheet that names no question: its answer column's header, else its key in your words
        return question_name(a.item, s.mapping)
    if col == ANSWER:
        if not a.text.strip():   # a formula whose value was never saved is no blank answer (core.flags.UNSAVED)
            return f"({style.flag_text(UNSAVED)})" if key in s.unsaved else translate("ResultsModel", "(blank)")
        return elide(show_hidden(_start(a.text, ANSWER_CHARS)))
    if col in (MODEL_SCORE, CONFIDENCE) and learned_from_mark(s, key):   # fitted to the mark: no check of it
        return LEARNED_MARK if col == MODEL_SCORE else ""   # dimmed; its tooltip says why (the column fits a score)
    if col == MODEL_SCORE:   # none for a row that is not a score (invalid model output: its flag says so)
        p = s.model_row(key)
        return style.fmt_score(p.score) if p else ""
    if col == CONFIDENCE:   # a blank answer's too: the bars, the tooltip and the graded sheet give it
        p = s.model_row(key)
        return percent_down(p.confidence) if p else ""
    if col == FLAGS:   # the most serious in a word or two, and how many more (the tooltip says them whole)
        return style.flags_cell(s.flags.get(key, ()))
    if col == STATUS:
        return style.status_text(status(s, key, scoring))
    if col == FINAL:
        return style.fmt_score(s.final_score(key))
    if col == COMMENT:   # the decision's, or marked, one waiting for the score
        return comment_cell.shown(s, key)
    return None


def sort_value(s: GradingSession, names: StudentNames, key: int, col: int, scoring: frozenset[str] = NOT_SCORING):
    if col in (MODEL_SCORE, CONFIDENCE):
        p = s.shown_model_row(key)
        if p is None:   # no row, one that is not a score, or one fitted to the mark: sorted as no score
            return -1.0
        return float(p.score) if col == MODEL_SCORE else p.confidence
    if col == FINAL:
        v = s.final_score(key)
        return -1.0 if v is None else float(v)
    if col == STATUS:   # being scored: after every status
        st = status(s, key, scoring)
        return review.STATUSES.index(st) if st in review.STATUSES else len(review.STATUSES)
    if col == FLAGS:
        return len(s.flags.get(key, []))
    if col == STUDENT:
        return names.sort_value(s, key)
    if col == QUESTION:
        return question_name(s.answers[key].item, s.mapping).lower()
    if col == ANSWER:   # a paste by what a model reads of it
        return read_part(s.answers[key].text).lower()
    v = display(s, names, key, col)
    return "" if v is None else str(v).lower()


def tooltip(s: GradingSession, key: int, col: int, scoring: frozenset[str] = NOT_SCORING):
    if col == ANSWER:
        t = s.answers[key].text
        if len(t) > TIP_CHARS:   # a paste: its start, and its length (the review card shows far more)
            t = t[:TIP_CHARS] + "…\n\n" + translate("ResultsModel", "[%n characters in all]", "", len(t))
        note = hidden_note(t)
        if key in s.unsaved:
            return why(UNSAVED)
        return show_hidden(t) + "\n\n" + note if note else t or translate("ResultsModel", "(blank answer)")
    if col == STATUS:
        st = status(s, key, scoring)
        if st == review.NEEDS_REVIEW:
            f = s.flags.get(key)
            if f:
                return translate("ResultsModel", "Flagged: {flags}").format(flags=style.flags_text(f))
            if spread_out(s, key):   # its confidence reaches the threshold: say why it is here all the same
                return translate("ResultsModel", "The model's likeliest score reaches the threshold, but the rest of "
                                 "its probability lies on scores far from it; please check it")
            return translate("ResultsModel", "The model is not sure enough; please check it")
        if st == review.UNSCORED:
            return translate("ResultsModel", "No model scores this question; you give the score")
        if st == style.SCORING:
            return translate("ResultsModel", "Its question's model is scoring the sheet; this answer's score follows")
        return style.status_text(st)
    if col in (MODEL_SCORE, CONFIDENCE) and learned_from_mark(s, key):
        return translate("ResultsModel", "This question's model learns from your marks, your mark on this answer among "
                         "them: its score for this answer is fitted to that mark, so agreeing with it checks nothing "
                         "and it is not shown")
    if col == CONFIDENCE:
        p = s.model_row(key)
        if p:
            return translate("ResultsModel", "Model's probability per score: {scores}").format(scores=list_separator().join(
                f"{style.fmt_score(lab)}: {percent_down(pr)}" for lab, pr in zip(p.labels, p.probabilities)))
    if col == COMMENT:
        return comment_cell.tooltip(s, key)
    if col == FLAGS:   # every flag whole, one a line, the one the cell shows first
        return "\n".join(map(style.flag_text, most_serious_first(s.flags.get(key, ())))) or None
    if col == QUESTION:   # the whole id where the column cuts it
        return question_name(s.answers[key].item, s.mapping)
    return None
