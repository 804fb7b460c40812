"""Rows under a survey tool's header that only label its columns: no student's answers are there.

* SurveyMonkey writes a second header row: "Open-Ended Response" under each question answered in words, "Response"
  under one answered by a choice, and each choice's label under a question of several choices (whose title stands
  once, over empty header cells). Where its questions are all of several choices the two rows are read as one header
  (:func:`~.sheet_detection.two_row_header`); with a question answered in words among them, the row was read as a
  student without an id or a name whose every answer was "Open-Ended Response", marked and exported.
* Qualtrics writes its short names ("Q1") as the header, then each question's text, then each column's import id
  (``{"ImportId":"QID1_TEXT"}``): two students made of the questions' wording and of those ids.

Such a row, the first below the header (Qualtrics' two: the import ids among the first two rows, with the row above
them), stays in the sheet where it was, as a header repeated below does (:mod:`.header_again`): it gives no answers
(:attr:`~grader_app.core.sheet.Reading.skip`, joined in by :func:`grader_app.io.lms.reading_for`), and a note names it
(:func:`grader_app.io.sheet_detection.build_sheet`). A student who answered "Response" is still one: a row is
SurveyMonkey's only when each of its filled cells is one of its labels or stands in a question's group of columns (a
choice's label under a question's title written once over them)."""
from __future__ import annotations

import re

__all__ = ["survey_label_rows"]

_IMPORT_ID = re.compile(r'\{\s*"ImportId"\s*:\s*"[^"]*"[^{}]*\}')
_MONKEY_LABELS = frozenset({"response", "open-ended response", "other (please specify)"})
_MONKEY_SAY = frozenset({"response", "open-ended response"})   # one of them stands in its row
_NO_HEADER = re.compile(r"Column \d+(?: \(\d+\))?")   # the name the reader gives a column whose header is empty


def survey_label_rows(frame) -> frozenset[int]:
    """The 0-based rows of ``frame`` that only label its columns as SurveyMonkey's or Qualtrics' export does."""
    first = [[str(v).strip() for v in row] for row in frame.head(2).itertuples(index=False, name=None)]
    for i, row in enumerate(first):
        filled = [v for v in row if v]
        if filled and all(_IMPORT_ID.fullmatch(v) for v in filled):
            return frozenset(range(i + 1))      # Qualtrics: the questions' wording above its import ids
    if first and _monkey_labels(first[0], [str(c) for c in frame.columns]):
        return frozenset({0})
    return frozenset()


def _monkey_labels(row: list[str], names: list[str]) -> bool:
    """Whether ``row`` is SurveyMonkey's: one of its labels in it, each filled cell a label or a choice's label in a
    question's group of columns (its title's column and those after it without a header)."""
    bare = [bool(_NO_HEADER.fullmatch(n)) for n in names]
    grouped = [bare[j] or (j + 1 < len(bare) and bare[j + 1]) for j in range(len(names))]
    said = [(v.casefold(), j) for j, v in enumerate(row) if v]
    return any(v in _MONKEY_SAY for v, _ in said) and all(v in _MONKEY_LABELS or grouped[j] for v, j in said)
