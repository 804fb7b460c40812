"""Scores as numbers and as text: the one copy of each conversion the writers, reports, LMS files,
project file and screens use.

A score may be a Python number, a NumPy scalar (from a model's labels), text (a label like "A", or
a number typed in a sheet) or None (not scored). NumPy scalars never reach a file or the screen as
such: they become the Python value they hold.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

WHOLE_DIGITS = 21   # a whole number of up to this many digits reads as its digits, never as 2.02e+16


def plain(v: Any) -> Any:
    """A NumPy scalar as the Python value it holds; anything else as it is."""
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        return v.item()
    return v


def tidy(v: Any) -> Any:
    """:func:`plain`, with a whole float as an int (2.0 -> 2)."""
    v = plain(v)
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def number_or_text(v: Any) -> Any:
    """:func:`plain`, with text that reads as a number turned into it (" 2" -> 2, "1.5" -> 1.5);
    other text, and anything else, as it is."""
    v = plain(v)
    if isinstance(v, str):
        try:
            f = float(v.strip())
        except ValueError:
            return v
        return int(f) if f.is_integer() else f
    return v


def as_number(v: Any) -> Any:
    """A score for a spreadsheet cell: a number (int when whole; True -> 1) when it is or reads as one,
    None for None, any other value as its text."""
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    v = plain(v)
    if isinstance(v, (int, float)):
        return tidy(v)
    parsed = number_or_text(str(v))
    return str(v) if isinstance(parsed, str) else parsed


def score_text(v: Any, empty: str = "") -> str:
    """A score as the teacher reads it: 2.0 -> "2", 2.5 -> "2.5", "A" -> "A"; ``empty`` for None."""
    if v is None:
        return empty
    return str(tidy(v))


def whole_number_text(v: float) -> str | None:
    """A whole number held as a float (a spreadsheet's number cell) as its digits: 2.023123456789012e+16 ->
    "20231234567890120", 7.0 -> "7"; None for a fraction, infinity, NaN or more than :data:`WHOLE_DIGITS` digits.

    A student id stored as a number is such a float. Excel keeps only 15 significant digits of a number, so an id
    of 16 or more digits typed into Excel has lost its last digits already (Excel shows them as zeros, and saves
    them so); the digits read here are those the file holds, the shortest that give the float back, padded with
    the zeros Excel shows, never a float's binary tail nor scientific notation."""
    if not isinstance(v, float) or v != v or v in (float("inf"), float("-inf")) or not v.is_integer():
        return None
    digits = format(Decimal(repr(v)).to_integral_value(), "f") if v else "0"
    return digits if len(digits.lstrip("-")) <= WHOLE_DIGITS else None
