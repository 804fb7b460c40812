"""What the results page's search finds each answer by: the student as the table shows them, the question, the answer
(as written, as shown and without its hidden characters) and its comment, in lower case with every run of spaces
as one and the letters without their accents ("nunez" finds "Núñez", as most teachers type a search).

At 20,000 answers, working that out for every row on every filter pass (a filter button, each pause in typing) took
about 0.5 s on the GUI thread (QA s52g finding 8). The parts that seldom change are kept: the answers' words for
the session, the students' and questions' words while the names shown (blind marking, its seed, the language) and the
questions' names stay the same. The comment, which changes with the teacher's decisions, is added as the search runs.
"""
from __future__ import annotations

import re
import unicodedata

from ..core.hidden_characters import hidden_spans, show_hidden
from ..core.session import GradingSession
from ..io.headers import question_words as lms_named
from . import comment_cell
from .blind import StudentNames
from .learning_words import question_name
from .text_wrap import shown_part

_MARK = re.compile(r"⟦U\+[0-9A-F]{4,6}⟧")                  # a hidden character's whole mark (hidden_characters.show_hidden)
# the accents a letter decomposes into (NFKD): the combining diacritical marks' blocks, taken off in one pass
_ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def searchable(text: str) -> str:
    """What a search finds ``text`` by: the text, and where it holds hidden characters also the text as shown
    ("⟦U+202E⟧" for each: "U+202E" finds it) and the text without them ("photosynthesis" finds it split in two by
    a zero-width space)."""
    spans = hidden_spans(text)
    if not spans:
        return text
    kept, last = [], 0
    for start, end in spans:
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    return "\n".join((text, show_hidden(text), "".join(kept)))


def folded(text: str) -> str:
    """``text`` as the search compares it: lower case, its letters without their accents ("Íñigo Núñez" ->
    "inigo nunez", "Straße" -> "strasse"), every run of spaces one space, none at the ends. The search box's words
    are folded the same way, so a search typed with or without the accents finds both."""
    text = text.casefold()
    if not text.isascii():
        text = _ACCENTS.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(text.split())


def joined(*parts: str) -> str:
    """The folded ``parts`` as one folded text: ``folded(" ".join(raw))`` of the parts they were folded from."""
    return " ".join(p for p in parts if p)


def searched_question(item: str, mapping) -> str:
    """What the search finds question ``item`` by, folded: the name the window shows, and where that name is the key
    without the LMS's question id before it (:func:`~grader_app.io.headers.question_words`) the key too: a teacher who
    copied the id (or the whole header) from Canvas finds the question by it."""
    name = question_name(item, mapping)
    return joined(folded(name), folded(item)) if item in lms_named(mapping) else folded(name)


class SearchTexts:
    """Per answer key, the folded words the search looks in but the comment (:meth:`haystack` adds it)."""

    def __init__(self) -> None:
        self._session: GradingSession | None = None
        self._answers: list[str] = []   # per key: the answer as written, as shown, without its hidden characters
        self._for: tuple | None = None  # what the kept texts were made for (see texts)
        self._texts: list[str] = []

    def texts(self, session: GradingSession, names: StudentNames) -> list[str]:
        """Per key: the student as the table shows them (their name's marks taken off too), the question's name and
        the answer, folded; made again only when the names shown or the questions' names changed."""
        if session is not self._session:
            self._session, self._for = session, None
            self._answers = [folded(searchable(shown_part(a.text)[0])) for a in session.answers]
        questions = {item: searched_question(item, session.mapping) for item in session.item_keys()}
        made_for = (names, names.shown_as(), questions)
        if made_for != self._for:
            who: dict[str, str] = {}
            for a in session.answers:
                if a.student not in who:
                    shown = names.who(session, a.key)   # while blind marking, a name typed here finds nobody
                    who[a.student] = folded(" ".join((shown, _MARK.sub("", shown)) if "⟦" in shown else (shown,)))
            self._texts = [joined(who[a.student], questions[a.item] if a.item in questions else
                                  searched_question(a.item, session.mapping), self._answers[a.key])
                           for a in session.answers]
            self._for = (names, names.shown_as(), questions)
        return self._texts

    @staticmethod
    def haystack(session: GradingSession, text: str, key: int) -> str:
        """All the search finds answer ``key`` by: ``text`` (its :meth:`texts`) and its comment (one waiting for its
        score too)."""
        comment = comment_cell.comment_of(session, key)
        return joined(text, folded(searchable(comment))) if comment else text
