"""Each row's question in a one-row-per-answer sheet, as grading reads it.

A teacher often names a question once, at the top of its block of answers, and leaves the question cells below it
empty (a merged cell saved as CSV looks so too). An empty question cell under a named question is that question, as
learning from a marked sheet reads it (:mod:`grader_app.learn.from_sheet`); read as written, it was a question with no
name that lumped the answers of every block together. A row above the first question named keeps its empty cell.
"""
from __future__ import annotations

from typing import Sequence


def questions_down(cells: Sequence) -> tuple[list[str], list[int]]:
    """Each cell's question (its text, stripped; an empty one under a question takes that question), and the 0-based
    positions of the cells that took the question above."""
    out: list[str] = []
    filled: list[int] = []
    for r, cell in enumerate(cells):
        text = str(cell).strip()
        if not text and out and out[-1]:
            filled.append(r)
            text = out[-1]
        out.append(text)
    return out, filled


def row_questions(frame, item_column: str) -> list[str]:
    """Each row of ``frame``'s question in ``item_column`` (see :func:`questions_down`)."""
    return questions_down(frame[item_column].tolist())[0]
