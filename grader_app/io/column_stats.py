"""What the column guess (:mod:`.columns`) knows of each column of a sheet: its header's words and shape
(:func:`.header_words.shape`) and figures over its first rows' cells (how full, how many distinct values, how long,
how many words, letters or numbers), as :class:`ColumnStats`, with what the header says it holds."""
from __future__ import annotations

from dataclasses import dataclass

from ..core.sheet import Sheet
from .header_words import ANSWER_WORDS, ITEM_WORDS, NOT_ANSWER_WORDS, about, sentence, shape
from .response_numbers import all_emails
from .sheet_detection import is_number_text


@dataclass
class ColumnStats:
    name: str
    n: int                 # rows
    filled: int            # non-empty cells
    distinct: int          # distinct non-empty values
    mean_len: float        # mean characters of non-empty values
    mean_words: float      # mean words of non-empty values
    letters: float         # share of non-empty values holding a letter
    numeric: float         # share of distinct non-empty values that are numbers
    max_repeat: int        # how often the most common value occurs
    words: tuple[str, ...] # header words that say what the column holds (see shape)
    question: bool         # the header names one question of a wide sheet ("Q1", "Q2 (3 marks)", "1. Why ...?")
    wording: bool          # the header is a question's wording: its words do not say what the column holds
    sentence: bool         # the header reads as a question or an instruction, not a label (see header_words.sentence)
    emails: bool = False   # every filled cell is an email address: who the student is, never an answer

    @property
    def fill(self) -> float:
        return self.filled / self.n if self.n else 0.0

    def has(self, vocab: set[str]) -> bool:
        return any(w in vocab for w in self.words) or "".join(self.words) in vocab

    def says(self, vocab: set[str]) -> bool:
        """The header says the column holds what ``vocab`` names (the student's name, their id): a label with such a
        word ("Student name", "Name des Schülers"), or a sentence whose subject it is ("What is your name?") over short,
        mostly distinct values, a name or id each. A question that mentions a name ("What is the name of the process
        plants use to make food?", "Name two parts of a cell.") is not that: its answers are the class's sentences,
        or the same few words."""
        if not self.has(vocab):
            return False
        if not self.sentence:
            return True
        distinct = self.filled < 5 or self.distinct >= 0.6 * self.filled
        return about(self.words, vocab) and self.mean_words <= 4 and distinct

    @property
    def answer_header(self) -> bool:
        joined = "".join(self.words)
        if joined in ITEM_WORDS:
            return False
        if joined in ANSWER_WORDS or any(w in ANSWER_WORDS for w in self.words):
            return True
        return "text" in self.words and not any(w in ITEM_WORDS for w in self.words)

    @property
    def item_header(self) -> bool:
        """"Question", "Item ID"; not "Q1 score" or "Q1 points", whose few repeating values are scores."""
        if "".join(self.words) in ITEM_WORDS:
            return True
        return self.has(ITEM_WORDS) and not self.answer_header and not self.has(NOT_ANSWER_WORDS)


_SAMPLE_ROWS = 5000   # enough rows to judge a column; keeps a 17,000-answer sheet quick


def column_stats(sheet: Sheet) -> list[ColumnStats]:
    """What each column of ``sheet`` holds, judged on its first rows (:data:`_SAMPLE_ROWS`)."""
    out = []
    frame = sheet.frame.iloc[:_SAMPLE_ROWS]
    for j, col in enumerate(sheet.columns):
        words, question, wording = shape(col)
        values = [str(v).strip() for v in frame.iloc[:, j].tolist() if v is not None and str(v).strip()]
        counts: dict[str, int] = {}
        for v in values:
            counts[v] = counts.get(v, 0) + 1
        k = len(values) or 1
        out.append(ColumnStats(
            name=col, n=len(frame), filled=len(values), distinct=len(counts),
            mean_len=sum(map(len, values)) / k,
            mean_words=sum(v.count(" ") + 1 for v in values) / k,
            letters=sum(1 for v in values if not v.isdigit() and any(ch.isalpha() for ch in v[:50])) / k,
            numeric=sum(1 for v in counts if is_number_text(v)) / (len(counts) or 1),
            max_repeat=max(counts.values()) if counts else 0, words=words, question=question, wording=wording,
            sentence=sentence(col), emails=all_emails(values)))
    return out
