"""What a grading session reads of its answers' texts for the flags that come with a model's row
(:mod:`.model_flags`), a part of :class:`~.session.GradingSession`: whether an answer denies or negates (:mod:`.denial`,
in its question's language) and whether it is a bare list of terms (:mod:`.term_list`). Reading them takes a fifth of
a millisecond an answer or so, so the worker that makes the rows reads them (:meth:`SessionReadings.denials_of`,
:meth:`SessionReadings.term_lists_of`) and hands them over with the rows; the session takes them as it stores the rows
(on the thread that owns it: the GUI thread in the app) and reads itself only what it was not given. Pure Python, no
Qt."""
from __future__ import annotations

from typing import Sequence

from .denial import denies
from .term_list import is_term_list


class SessionReadings:
    """Mixed into GradingSession, which provides what these read and the mappings they fill."""

    answers: list
    _languages: dict[str, str]
    _denies: dict[int, bool]
    _term_lists: dict[int, bool]

    def denials_of(self, keys: Sequence[int]) -> dict[int, tuple[str, bool]]:
        """Whether each answer of ``keys`` denies (:func:`.denial.denies`), with the language read in, for
        :meth:`set_predictions`; only reads, so the scoring worker works it out. Answers of no known language left out."""
        langs = {k: self._languages.get(self.answers[k].item) for k in keys}
        return {k: (lang, denies(self.answers[k].text, lang)) for k, lang in langs.items() if lang is not None}

    def term_lists_of(self, keys: Sequence[int]) -> dict[int, bool]:
        """Whether each answer of ``keys`` is a bare list of terms (:func:`.term_list.is_term_list`: of its text alone,
        which never changes), for :meth:`set_predictions`; only reads, so the scoring worker works it out."""
        return {int(k): is_term_list(self.answers[k].text) for k in keys}

    def _take_readings(self, denials: dict[int, tuple[str, bool]] | None,
                       term_lists: dict[int, bool] | None) -> None:
        """Keep what a worker read (:meth:`denials_of`, :meth:`term_lists_of`): a denial where the question's language
        is still the one it was read in."""
        for k, (language, found) in (denials or {}).items():
            if self._languages.get(self.answers[k].item) == language:
                self._denies.setdefault(k, found)
        self._term_lists.update(term_lists or {})

    def _denial(self, key: int) -> bool:
        """Does the answer deny or negate, in its class's language (:func:`.denial.denies`)? Worked out the first time
        it is asked (an answer with a model's row: DENIES comes with the row) and kept till its flags are worked out
        anew; no other answer needs it, so opening a sheet reads none."""
        found = self._denies.get(key)
        if found is None:
            a = self.answers[key]
            language = self._languages.get(a.item)
            if language is None:   # its question's flags are not worked out yet (GradingSession(flagged=False))
                return False
            found = self._denies[key] = denies(a.text, language)
        return found
